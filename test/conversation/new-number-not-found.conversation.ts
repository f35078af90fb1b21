import { botHarness, sendAll, type BotHarness } from './harness';

// A well-formed number tracking has no record of (the demo data has none under it).
const UNSCANNED = 'SF9876543210123';

/** Per language: the entry on new numbers (why, and the market's usual wait). */
const LINES = {
  'zh-CN': /新单号查不到.*24 小时/,
  'zh-TW': /新單號查不到.*24 小時/,
  yue: /新單號查唔到.*24 個鐘/,
  'en-US': /A new tracking number.*24 hours/,
} as const;
type Lines = keyof typeof LINES;
const localeOf = (lines: Lines) => (lines === 'yue' ? 'zh-TW' : lines);

// Issue #17, batch 20: a number the shop gave a day ago that tracking cannot find got only "check the number". The
// customer hears why that happens — the label is made, the parcel not scanned in yet, usually within the market's
// figure — and what to do (wait, ask the shop, a person), from the knowledge files; asked as a question or as a
// complaint.
describe("a shop's new number tracking cannot find yet", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `卖家今天刚发的货，给的单号${UNSCANNED}，怎么查不到`],
    ['zh-TW', `店家昨天寄出了 單號 ${UNSCANNED} 但是查不到資料`],
    ['yue', `啱啱商戶俾咗我單號${UNSCANNED} 點解搵唔到嘅`],
    ['en-US', `the seller just emailed me ${UNSCANNED} but your tracking has nothing on it`],
  ] as const)('the reason and what to do (%s)', async (lines, asked) => {
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), asked);
    expect(told.text.replace(/\n/g, ' ')).toMatch(LINES[lines]);
  });
});
