import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "The website said 2 days but it took 6" during a delay complaint is more of the delay: never a fee dispute with a
 * receipt asked for (issue #17 review of message-cues.ts, the quoted-then-charged pattern; the pattern is English —
 * the Chinese one needs 收/扣 before the second amount).
 */
describe('days promised and days taken are no overcharge', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes no fee dispute and asks for no receipt', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [
      `${delayed} is late, I want to complain`,
      'The website said 2 days but it took 6 days already and still nothing',
    ]);
    const text = all(answer);
    expect(text).not.toContain('fee dispute');
    expect(text).not.toContain('receipt');
  });
});
