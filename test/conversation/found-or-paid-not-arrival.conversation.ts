import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { lostLooking, normal } = DEMO_TRACKING;

/** Per language: the arrival answer's words, the search line of a lost-looking parcel, the claim rules on payment. */
const LINES = {
  'zh-CN': { arrival: /预计在/, search: /发起查找/, payout: /审核通过后/ },
  'zh-TW': { arrival: /預計喺|預計在/, search: /發起查找|開始搵/, payout: /審核通過後|批咗之後/ },
  'en-US': { arrival: /is due by|expected by|due to arrive/, search: /starts a search/, payout: /once approved/ },
} as const;
const linesOf = (locale: string) => LINES[locale as keyof typeof LINES];

// Issue #17: inside a complaint, "能找到吗" and "钱能收到吗" were taken for "when will it arrive?" (ON_TIME's
// "能 … 到吗" branch) and answered with the promised date. Whether a parcel can be found is what the record says
// about it (searched, handled as a loss if not found); whether money comes is the claim rules' payment entry.
describe('"can it be found?" and "will I get the money?" are no arrival questions', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${lostLooking} 好几天没动静了 我要投诉`, '那还能找到吗', '赔的钱能收到吗'],
    ['zh-TW', `${lostLooking} 好幾天沒動靜 我要客訴`, '那還找得到嗎', '賠的錢能收到嗎'],
    ['zh-TW', `${lostLooking} 好多日冇郁 我要投訴`, '咁仲搵唔搵到㗎', '咁啲錢收唔收到㗎'],
    [
      'en-US',
      `${lostLooking} hasn't moved in days, I want to complain`,
      'can it still be found?',
      'will I get the money though?',
    ],
  ])('inside a complaint (%s)', async (...row) => {
    const [locale, opening, found, money] = row;
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    await sendAll(adapter, opening);
    const searched = await sendAll(adapter, found);
    expect(searched.text).toMatch(lines.search);
    expect(searched.text).not.toMatch(lines.arrival);
    const paid = await sendAll(adapter, money);
    expect(paid.text).toMatch(lines.payout);
    expect(paid.text).not.toMatch(lines.arrival);
  });

  it.each([
    ['zh-CN', `${lostLooking} 到哪了`, '能找到吗', '钱能收到吗'],
    ['zh-TW', `${lostLooking} 喺邊`, '仲搵唔搵到㗎', '啲錢收唔收到㗎'],
    ['en-US', `where is ${lostLooking}`, 'can it still be found?', 'will I get the money?'],
  ])('after a tracking answer (%s)', async (...row) => {
    const [locale, track, found, money] = row;
    const lines = linesOf(locale);
    const adapter = h.adapter({ locale });
    await sendAll(adapter, track);
    const searched = await sendAll(adapter, found);
    expect(searched.text).toMatch(lines.search);
    const paid = await sendAll(adapter, money);
    expect(paid.text).toMatch(lines.payout);
    expect(paid.text).not.toMatch(lines.arrival);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', `${normal} 到哪了`, '明天能收到吗'],
    ['zh-TW', `${normal} 喺邊`, '聽日到唔到㗎'],
    ['en-US', `where is ${normal}`, 'will it arrive tomorrow?'],
  ])('a parcel asked about still gets its arrival (%s)', async (locale, track, arrival) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, track);
    const told = await sendAll(adapter, arrival);
    expect(told.text).toMatch(/11月24日|Nov 24/);
  });
});
