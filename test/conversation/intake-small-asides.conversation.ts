import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, talk, type BotHarness } from './harness';

const { delayed, delivered, stuck, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const count = (text: string, words: RegExp) => (text.match(new RegExp(words.source, 'g')) ?? []).length;

/**
 * Smaller things a person would get right (issue #17, blind batch 10 pattern 7): a parcel number corrected at the
 * number question hears that the parcel is treated as possibly lost, as a number in the first message does; "hang
 * on, the doorbell" is not added to the complaint; the offer under a stalled parcel apologises and asks about a
 * complaint once; "how long until I see the money?" in a complaint about cash on delivery hears when the collected
 * money is paid over, not the claim rules.
 */
describe('small asides in a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '我的快递是不是丢了 7828288072902', `写错了 应该是${lostLooking}`, /按疑似丢失处理/],
    // (Written in Cantonese: the Cantonese catalog's 當疑似遺失處理.)
    ['zh-TW', '我件貨係咪唔見咗 7828288072902', `打錯咗 係${lostLooking}`, /按疑似遺失處理|當疑似遺失處理/],
    ['en-US', 'I think my parcel is lost 7828288072902', `sorry typo, it's ${lostLooking}`, /possibly lost/],
  ])('%s: a corrected number hears that the parcel is treated as possibly lost', async (locale, first, fixed, lost) => {
    const adapter = h.adapter({ locale });
    const [, corrected] = await talk(adapter, [first, fixed]);
    expect(all(corrected)).toContain(lostLooking);
    expect(all(corrected)).toMatch(lost);
  });

  it.each([
    ['zh-CN', `${delayed} 晚了三天 太慢了`, '退款', '等一下 有人敲门 好像是快递来了', '跳过', /您先去看看/],
    ['zh-TW', `${delayed} 遲咗三日 好慢`, '退款', '等陣 有人撳鐘 好似係件貨到咗', '跳過', /你去睇下先/],
    [
      'en-US',
      `${delayed} is three days late`,
      'refund',
      'wait, someone is at the door, might be the parcel',
      'skip',
      /Go ahead and check/,
    ],
  ])('%s: "the doorbell, maybe it is the parcel" is not added to the complaint', async (locale, ...rest) => {
    const [opening, demand, door, skip, check] = rest as [string, string, string, string, RegExp];
    const adapter = h.adapter({ locale });
    const [, , paused, summary] = await talk(adapter, [opening, demand, door, skip]);
    expect(all(paused)).toMatch(check);
    expect(all(paused)).not.toMatch(/已加到投诉|加咗落投訴|added that to your complaint/);
    expect(all(summary)).not.toContain(door);
  });

  it.each([
    ['zh-CN', `${stuck} 到哪了`, /抱歉/, /登记投诉吗/],
    ['zh-TW', `${stuck} 到哪裡了`, /抱歉/, /登記客訴嗎/],
    ['en-US', `where is ${stuck}`, /Sorry/, /file a complaint\?/],
  ])(
    '%s: the offer under a stalled parcel apologises once and asks about a complaint once',
    async (locale, ask, sorry, offer) => {
      const replies = await send(h.adapter({ locale }), ask);
      const offered = replies.at(-1) ?? '';
      expect(count(offered, sorry)).toBe(1);
      expect(count(offered, offer)).toBe(1);
      expect(offered).not.toMatch(/也可以为您登记投诉|也可以為您登記客訴|or take a complaint/);
    },
  );

  it.each([
    ['zh-CN', `${delivered} 代收货款快两周了还没打给我`, '要多久才能收到钱？'],
    ['zh-TW', `${delivered} 代收貨款兩個禮拜都未俾我`, '要等幾耐先收到錢？'],
    ['en-US', `${delivered} my cash on delivery money still hasn't been paid to me`, 'how long until I see the money?'],
  ])('%s: "how long until I get the money" in a COD complaint hears the COD rule', async (locale, opening, when) => {
    const adapter = h.adapter({ locale });
    const [, answer] = await talk(adapter, [opening, when]);
    expect(all(answer)).toMatch(/代收货款|代收貨款|Cash on delivery/);
    expect(all(answer)).toMatch(/3 个工作日|3 個工作天|3 個工作日|3 working days/);
    expect(all(answer)).not.toMatch(/赔款到账|賠款撥付|賠款過數|Compensation payout/);
  });
});
