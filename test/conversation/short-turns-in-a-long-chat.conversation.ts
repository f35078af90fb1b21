import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { Replies } from '../../src/bot/replies';
import { botHarness, talk, type BotHarness } from './harness';

const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const replies = new Replies();

/**
 * Short turns in a chat of many questions (blind batch 37b): "ok that's all thanks", "好的 没有了", "算了 先这样 谢谢" end
 * it — a goodbye, never a did-you-mean menu nor a complaint summary (10.5, 06.5); a hold asked for in a long message
 * beside another parcel's number is the hold, not a menu (04.4); "who signed for it?" right after the other parcel's
 * status, inside a complaint, is about that parcel (13.4 answered for the complaint's). Every sentence is new wording.
 */
describe('short turns in a chat of many questions', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', 'how much is 2kg shanghai to beijing', "ok that's all thanks"],
    ['zh-CN', '上海寄北京2公斤多少钱', '好的 没有了'],
    ['zh-TW', '上海寄北京2公斤幾錢', '冇嘢喇 唔該'],
  ] as const)('%s: "%s", then "%s" is a goodbye', async (locale, ask, done) => {
    const [, last] = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, done]);
    const yue = locale === 'zh-TW' ? 'yue' : undefined;
    // (A goodbye with thanks in it is thanked; either way no menu.)
    const goodbyes = [replies.t(locale, 'leavingForNow', {}, yue), replies.t(locale, 'thanks', {}, yue)];
    expect(goodbyes.some((line) => all(last).includes(line))).toBe(true);
    expect(all(last)).not.toContain(replies.t(locale, 'clarify.close', {}, yue));
  });

  it.each([
    ['en', `${DEMO_TRACKING.delayed} is late, I want to complain`, 'forget it, leave it there for now, thanks'],
    ['zh-CN', `${DEMO_TRACKING.delayed} 晚了三天 我要投诉`, '算了 先这样 谢谢'],
    ['zh-TW', `${DEMO_TRACKING.delayed} 遲咗三日 我要投訴`, '算啦 先咁啦 唔該'],
  ] as const)('%s: "%s" … "%s" files nothing and shows no summary', async (locale, open, done) => {
    const turns = await talk(h.adapter({ locale: BROWSER[locale] }), [open, done]);
    expect(all(turns[1])).not.toMatch(/- (Type|类型|類型)[:：]/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    [
      'en',
      `thanks for that. one more: ${DEMO_TRACKING.normal} - could you keep it at the station so I can pick it up myself?`,
    ],
    ['zh-CN', `谢谢 还有一个 ${DEMO_TRACKING.normal} 能不能放在网点 我自己过去取`],
    ['zh-TW', `唔該 仲有一件 ${DEMO_TRACKING.normal} 可唔可以放喺服務點 我自己去攞`],
  ] as const)('%s: a hold asked in a long message is the hold', async (locale, ask) => {
    const [asked] = await talk(h.adapter({ locale: BROWSER[locale] }), [ask]);
    const yue = locale === 'zh-TW' ? 'yue' : undefined;
    expect(all(asked)).not.toContain(replies.t(locale, 'clarify.close', {}, yue));
    expect(all(asked)).toMatch(/4|4 位|4位/);
  });

  it.each([
    [
      'en',
      `${DEMO_TRACKING.returned} was sent back for no reason, I want to complain`,
      `also did ${DEMO_TRACKING.delivered} arrive?`,
      'who signed for it?',
    ],
    [
      'zh-CN',
      `${DEMO_TRACKING.returned} 无缘无故被退回 我要投诉`,
      `另外 ${DEMO_TRACKING.delivered} 到了没`,
      '谁签收的',
    ],
    [
      'zh-TW',
      `${DEMO_TRACKING.returned} 無端端退咗件 我要投訴`,
      `另外 ${DEMO_TRACKING.delivered} 到咗未`,
      '邊個簽收㗎',
    ],
  ] as const)(
    "%s: who signed, right after the other parcel, is that parcel's signer",
    async (locale, open, other, who) => {
      const turns = await talk(h.adapter({ locale: BROWSER[locale] }), [open, other, who]);
      expect(all(turns[2])).toContain(DEMO_TRACKING.delivered);
      expect(all(turns[2])).not.toContain(DEMO_TRACKING.returned);
    },
  );

  it('only right after: a turn between, and "who signed?" is the complaint\'s own parcel again', async () => {
    const turns = await talk(h.adapter({ locale: 'en-US' }), [
      `${DEMO_TRACKING.delivered} shows delivered but I never got it`,
      `also where is ${DEMO_TRACKING.normal}?`,
      'compensation',
      'who signed for it?',
    ]);
    expect(all(turns[3])).toContain(DEMO_TRACKING.delivered);
    expect(all(turns[3])).not.toContain(DEMO_TRACKING.normal);
  });
});
