import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A Cantonese writer's summary names the demand in Cantonese (畀個解釋), as the buttons did — not Taiwan's 給個說法
 * (conv24b's report on blind batch 18).
 */
describe('the demand in the summary keeps the customer’s register', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW (Cantonese): 畀個解釋 said back and in the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `我個件 ${delayed} 遲咗三日 點解㗎`,
      '畀個解釋',
      '唔使喇',
    ]);
    expect(all(replies.at(-1))).toMatch(/要求：畀個解釋/);
    expect(all(replies.slice(1).flat())).not.toContain('給個說法');
  });
});
