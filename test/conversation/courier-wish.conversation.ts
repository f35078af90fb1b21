import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit, due tomorrow; the recipient's phone on the waybill ends 4444
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const COMPLAINT = {
  'zh-CN': /怎么处理|投诉(?!。)|抱歉您被/,
  'zh-TW': /點樣處理|怎麼處理|投訴|客訴|抱歉你俾人/,
  en: /What would you like us to do|complaint|treated like that/,
};
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * How the courier is to hand over a parcel not yet delivered — carry it upstairs, knock rather than phone — is a
 * delivery request with a note for the courier, never a complaint about a courier (blind 27: 29.1–29.3, 04.4–04.5);
 * the thanks after it is acknowledged, with no demand question.
 */
describe('a wish about how the courier hands the parcel over', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      'when it comes could the driver take it up to her flat? she cannot manage the stairs',
      'thanks, that is all',
    ],
    ['zh-CN', '这个件到了麻烦帮忙搬到六楼，家里老人腿脚不方便', '好的谢谢'],
    ['zh-TW', '送嚟嗰陣記得大力拍門呀，唔好打電話，佢耳仔唔好', '唔該晒'],
  ] as const)('%s: a request with the note on it, and no complaint', async (locale, wish, thanks) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const replies = await talk(adapter, [PARCEL, wish, '4444', thanks]);
    for (const turn of replies.slice(1)) expect(all(turn)).not.toMatch(COMPLAINT[locale]);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 });
    expect(request).toMatchObject({ kind: 'call_first', status: 'requested' });
    expect(request?.details.courierNote).toBeTruthy();
    expect(all(replies[2])).toContain(request?.details.courierNote ?? '-');
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  // Before the digits are sent: "not a complaint" with the wish again stays the request, and what happens if the
  // delivery fails is answered from the market's rule, with the digits still asked for (blind 27: 29.2, 29.4).
  const FAILED_RULE = { 'zh-CN': /没人|再派|退回/, 'zh-TW': /冇人|沒人|再派|退返|退回/, en: /nobody|again|return/i };
  it.each([
    [
      'en',
      'please ask the courier to bring it upstairs, my dad is on the 5th floor and walks with a stick',
      'I am not complaining about anyone, I just want it carried up',
      'and what happens if the delivery fails? does it go back to the sender?',
    ],
    [
      'zh-CN',
      '麻烦跟快递员说一声送上楼 我爸住五楼 走路不方便',
      '我没有投诉啊 就是想让他送上楼',
      '万一派送失败怎么办？会直接退回去吗',
    ],
    [
      'zh-TW',
      '可唔可以叫速遞員拎上五樓，我阿爸行路要用拐杖',
      '我唔係投訴呀，只係想佢拎上樓',
      '咁如果派送唔成功會點？會唔會即刻退返去？',
    ],
  ] as const)(
    '%s: the wish again and the failed-delivery question, before the digits',
    async (locale, wish, again, fails) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const replies = await talk(adapter, [PARCEL, wish, again, fails]);
      for (const turn of replies.slice(1)) expect(all(turn)).not.toMatch(COMPLAINT[locale]);
      expect(all(replies[3])).toMatch(FAILED_RULE[locale]);
      expect(all(replies[3])).toContain('4');
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  // (Blind batch 27 replay, 07.1: a courier who shouted that he would not carry it up was read as a wish to carry it
  // up — "before I change anything, the last 4" — and the rude courier was never heard.)
  it.each([
    ['en', `your courier was so rude, he yelled he's not carrying ${PARCEL} up 6 floors and hung up on me`],
    ['zh-CN', `${PARCEL} 快递员态度太差了，吼我说不给送上六楼，直接挂了我电话`],
    ['zh-TW', `${PARCEL} 個速遞員好冇禮貌，話唔會搬上六樓，仲鬧我同收我線`],
  ] as const)(
    '%s: a courier who would not carry it up, told in anger, is a complaint, not a wish',
    async (locale, told) => {
      const [reply] = await talk(h.adapter({ locale: BROWSER[locale] }), [told]);
      expect(all(reply)).toMatch(/What would you like us to do|怎么处理|點樣處理|怎麼處理|how can we reach|联系|聯絡/i);
      expect(all(reply)).not.toMatch(/Before I change|改.{0,12}之前|更改.{0,12}之前/);
    },
  );
});
