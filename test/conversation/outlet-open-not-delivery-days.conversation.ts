import { botHarness, type BotHarness } from './harness';

/**
 * Whether an outlet is open on a day, and from when to when ("週六網點有開嗎？幾點到幾點"), is the outlets' hours — not
 * the days the courier delivers, which "到" in "幾點到幾點" used to point to (issue #17, batch 28: 22.4).
 */
describe("an outlet's opening on a day asked", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const hours = async (locale: string, turns: string[], said: RegExp): Promise<void> => {
    let test = h.adapter({ locale }).send(turns[0] ?? '');
    for (const next of turns.slice(1)) test = test.assertReply(() => undefined).send(next);
    await test
      .assertReply((a) => {
        expect(a.text).toMatch(said);
        expect(a.text).not.toMatch(/配送時間|派送时间|Delivery days|delivery times/i);
      })
      .startTest();
  };

  it('answers in Taiwan Mandarin after a delivery time', async () => {
    await hours('zh-TW', ['寄到台中要幾天？', '禮拜六你們門市有開嗎？開到幾點'], /營業所.*9:00–20:00/);
  });

  it('answers in Simplified Chinese', async () => {
    await hours('zh-CN', ['礼拜六你们网点开吗，几点到几点'], /营业网点/);
  });

  it('answers in English', async () => {
    await hours('en-US', ['Is your branch open on Saturdays? From what time to what time?'], /\d{1,2}:\d{2}/);
  });
});
