import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * A hold at the station arranged, then "keep the planned day, but after 8 pm" — also with the hold called off in words
 * ("不放网点了", "no hold please"): the hold is withdrawn and the delivery time set on the promised day, never the menu
 * of changes nor the hold's status (issue #17: "还是按原计划那天，改晚上7点以后送吧" heard the menu). New wording.
 */
describe('a hold replaced by a time on the planned day', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${normal} 帮我放到网点，我下班去拿`,
      '算了不放网点了，还是原定那天送，改成晚上8点以后',
      /20:00 以后[\s\S]*撤回/,
    ],
    ['zh-TW', `${normal} 幫我留在營業所，我自己去拿`, '還是照原本那天好了，改晚上8點以後送', /20:00 以後[\s\S]*撤回/],
    [
      'en-US',
      `can you keep ${normal} at the depot for me to collect`,
      'no hold please, bring it on the original day after 8pm',
      /after 20:00[\s\S]*withdrawn/,
    ],
  ])('%s', async (locale, hold, retimed, replaced) => {
    const [, , answer] = await talk(h.adapter({ locale }), [hold, '4444', retimed]);
    expect(said(answer)).toMatch(replaced);
    // The promised day (Nov 24 in the demo data), not today's.
    expect(said(answer)).toMatch(/11月24日|Nov 24/);
  });
});
