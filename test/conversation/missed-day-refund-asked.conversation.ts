import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "If you miss the day, do I get anything back?" (blind batch 41b: 04.3 heard the loss and damage claim rules): the
 * promised day missed is lateness — its rule (no compensation for lateness alone, the express surcharge refunded) is
 * the answer. Wordings differ from the blind tester's.
 */
describe('money back if the promised day is missed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', "it's a gift, if it doesn't arrive on time do I get my money back?", /only arrives late/],
    ['en-US', 'and if you miss the date, is anything refunded?', /only arrives late/],
    ['zh-CN', '是寿礼 要是没按时到 运费能退吗', /只是晚到/],
    ['zh-TW', '係生日禮物 如果趕唔切送到 運費可唔可以退', /晚到|遲到/],
  ])('%s: "%s" hears what lateness gives back', async (locale, asked, rule) => {
    const [, answer] = await talk(h.adapter({ locale }), [normal, asked]);
    expect(all(answer)).toMatch(rule);
    expect(all(answer)).not.toMatch(/3 times the shipping fee|运费的 3 倍|運費的 3 倍|運費 3 倍/);
  });
});
