import { botHarness, sendAll, type BotHarness } from './harness';

/** Every line of a reply that is long enough to be a paragraph, and how alike two of them are (shared character pairs). */
const paragraphs = (text: string): string[] => text.split('\n').filter((line) => line.length >= 40);
const pairs = (text: string): Set<string> => new Set([...text].slice(1).map((c, i) => `${text[i]}${c}`));
function alike(a: string, b: string): number {
  const [mine, theirs] = [pairs(a), pairs(b)];
  return [...mine].filter((p) => theirs.has(p)).length / Math.min(mine.size, theirs.size);
}

// Issue #17 (batch 17 11.3, 21.2): "will it be there tomorrow, and how many days does it take?" named two knowledge
// entries — next-day delivery and delivery times — that say the same thing, and the reply gave that paragraph twice.
// Of two entries that repeat each other only the fuller one is said.
describe('no paragraph twice in one reply', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '下午寄出去的话明天能到吗，大概要几天', /次日/],
    ['zh-TW', '這個今天寄明天會到嗎？通常要幾天才到？', /隔天送達/],
    ['zh-TW', '今日寄聽日會唔會到？一般要幾耐？', /翌日送達|次日送達/],
    ['en-US', 'If I post it today will it get there tomorrow? How many days does it normally take?', /next day/],
    ['en-US', 'how do I claim, and how long do I have to do it?', /7 days/],
  ])('one paragraph for one answer (%s: %s)', async (locale, asked, answer) => {
    const told = await sendAll(h.adapter({ locale }), asked);
    expect(told.text).toMatch(answer);
    const said = paragraphs(told.text);
    for (const [at, one] of said.entries())
      for (const other of said.slice(at + 1)) expect(alike(one, other)).toBeLessThan(0.7);
  });
});
