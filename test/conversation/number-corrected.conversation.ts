import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, talk, type BotHarness } from './harness';

const { delayed, normal, stuck, lostLooking } = DEMO_TRACKING;
const all = (replies: string[][]) => replies.flat().join('\n');
const SUBMIT: Record<string, string> = { 'zh-CN': '提交', 'zh-TW': '提交', 'en-US': 'submit' };
/** The line that sends another parcel to a ticket of its own, per language. */
const OWN_TICKET = /另一个包裹|另一個包裹|另一件貨|different parcel/;
// A number that passes its check but that tracking does not know.
const UNKNOWN = 'SF1234567890129';

// Issue #17: "also / too / 也 / 都" was read as another parcel, so a customer correcting the complaint's own number in
// the middle of it ("单号也写错了 应该是SF…") was told that parcel would get a ticket of its own, and the complaint
// stayed under the wrong number. One reader (src/bot/parcel-mentions.ts) now tells a correction from another parcel.
describe("a corrected number is the complaint's own, not another parcel", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delayed} 好几天了还没到 我要投诉`,
      `不好意思 单号也写错了 应该是${lostLooking}`,
      '赔偿',
      '13800002468',
    ],
    ['zh-TW', `${delayed} 晚了好幾天還沒到 我要客訴`, `抱歉 單號也打錯了 正確的是${lostLooking}`, '賠償', '0912342468'],
    ['zh-TW', `${delayed} 遲咗幾日都未到 我要投訴`, `唔好意思 打錯咗 應該係${lostLooking}`, '賠錢', '98762468'],
    [
      'en-US',
      `${delayed} still hasn't come, I want to complain`,
      `oops typo, it's ${lostLooking}`,
      'compensation',
      '13800002468',
    ],
  ])('the number is replaced and the ticket filed under it (%s)', async (...row) => {
    const [locale, opening, correction, demand, phone] = row;
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    const corrected = await sendAll(adapter, correction);
    expect(corrected.text).toContain(lostLooking);
    expect(corrected.text).not.toMatch(OWN_TICKET);
    const rest = await talk(adapter, [demand, phone, SUBMIT[locale] ?? 'submit']);
    expect(all(rest)).not.toMatch(OWN_TICKET);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.trackingNumbers).toEqual([lostLooking]);
  });

  it.each([
    ['zh-CN', `${delayed} 好几天了还没到 我要投诉`, `单号写错了 应该是${UNKNOWN}`, /查不到/],
    ['zh-TW', `${delayed} 遲咗幾日都未到 我要投訴`, `打錯咗 應該係${UNKNOWN}`, /搵唔到/],
    [
      'en-US',
      `${delayed} still hasn't come, I want to complain`,
      `sorry, wrong number — I meant ${UNKNOWN}`,
      /can't find/,
    ],
  ])(
    'a corrected number tracking cannot find is named with the reason; the complaint keeps its number (%s)',
    async (...row) => {
      const [locale, opening, correction, reason] = row;
      const adapter = h.adapter({ locale });
      await sendAll(adapter, opening);
      const told = await sendAll(adapter, correction);
      expect(told.text).toContain(UNKNOWN);
      expect(told.text).toMatch(reason);
      expect(told.text).toContain(delayed);
      expect(told.text).not.toMatch(OWN_TICKET);
    },
  );

  it.each([
    ['zh-CN', `${stuck} 打错了 应该是 ${delayed} 延误三天了 我要投诉`],
    ['zh-TW', `${stuck} 打錯咗 應該係 ${delayed} 遲咗三日 我要投訴`],
    ['en-US', `${stuck} sorry I meant ${delayed}, it's three days late and I want to complain`],
  ])('a number corrected in the opening message is the parcel complained about (%s)', async (locale, opening) => {
    const adapter = h.adapter({ locale });
    const told = await sendAll(adapter, opening);
    expect(told.text).toContain(delayed);
    expect(told.text).not.toContain(`${stuck}（`);
    expect(told.text).not.toContain(`${stuck} (`);
  });

  it.each([
    ['zh-CN', `${delayed} 延误了 我要投诉`, '都三天了 也没人联系我', '赔偿', '13800001357'],
    ['zh-TW', `${delayed} 遲咗 我要投訴`, '都三日喇 佢都冇打俾我', '賠錢', '98761357'],
    [
      'en-US',
      `${delayed} is late, I want to complain`,
      'this one is also late and nobody called me too',
      'compensation',
      '13800001357',
    ],
  ])('"also" / "都" stays on the same parcel (%s)', async (...row) => {
    const [locale, opening, also, demand, phone] = row;
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [opening, also, demand, phone, SUBMIT[locale] ?? 'submit']);
    expect(all(replies)).not.toMatch(OWN_TICKET);
    const tickets = await h.store.tickets.find({});
    expect(tickets.map((t) => t.trackingNumbers)).toEqual([[delayed]]);
  });

  it.each([
    ['zh-CN', `${delayed} 延误了 我要投诉`, `另外 ${normal} 也有问题 箱子压坏了`],
    ['en-US', `${delayed} is late, I want to complain`, `also ${normal} came with the box crushed`],
  ])('another parcel named with an "also" is still its own (%s)', async (locale, opening, other) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    const told = await sendAll(adapter, other);
    expect(told.text).toMatch(OWN_TICKET);
  });
});
