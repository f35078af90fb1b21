import { botHarness, talk, type BotHarness } from './harness';

/**
 * "得 幫我轉 快啲" right after asking for a person: the hurry is the hand-off's — the parcel is not sped up as if the
 * chase the tracking answer offered were taken (issue #17, blind batch 25 rescore: 27.4).
 */
describe('hurrying the transfer to a person is no speed-up of the parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', ['YT6865635515058 點解幾日都冇郁', '收件人 7777', '有冇真人？', '得 幫我轉 快啲'], /加急/],
    ['zh-CN', ['YT6865635515058 怎么好几天不动', '收件人 7777', '有没有真人？', '好 快点帮我转人工'], /加急/],
    [
      'en-US',
      [
        'why has YT6865635515058 not moved for days',
        "I'm the recipient 7777",
        'is there a real person?',
        'ok transfer me, quickly',
      ],
      /speed up/i,
    ],
  ])('%s', async (locale, turns, chase) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect((replies[3] ?? []).join('\n')).not.toMatch(chase);
  });
});
