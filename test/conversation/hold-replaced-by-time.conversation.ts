import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING; // on its way, due Nov 24 (today in the harness is Nov 23), recipient …4444
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * Issue #17: after a hold at the station was arranged, a delivery time on the planned day ("same day as planned,
 * just deliver after 8pm") replaces the hold: the hold withdrawn and the window set on the promised day — never a
 * complaint intake nor the parcel's status. Wording differs from the blind testers' and from
 * hold-called-off-for-a-time.conversation.ts (here the hold is not called off in words).
 */
describe('a hold replaced by a delivery time, the hold not named', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `please keep ${normal} at your depot, I'll collect`,
      'same day as before, only bring it after 7pm',
      /after 19:00[\s\S]*withdrawn/,
    ],
    [
      'en-US',
      `hold ${normal} at the station for me`,
      'keep the planned date but deliver after 6pm',
      /after 18:00[\s\S]*withdrawn/,
    ],
    ['zh-CN', `${normal} 先放网点，我自己去拿`, '还是照原来的日子送吧，晚上7点以后', /19:00 以后[\s\S]*撤回/],
    ['zh-TW', `${normal} 先留在營業所，我自己去拿`, '還是按原本的日期送，晚上7點以後', /19:00 (以後|之後)[\s\S]*撤回/],
    ['zh-TW', `${normal} 放喺站點先，我自己去攞`, '都係照原定嗰日送啦，夜晚7點之後', /19:00 (以後|之後)[\s\S]*撤回/],
  ])('%s: “%s” then “%s”', async (locale, hold, retimed, replaced) => {
    const [, , answer] = await talk(h.adapter({ locale }), [hold, '4444', retimed]);
    expect(said(answer)).toMatch(replaced);
    expect(said(answer)).toMatch(/11月24日|Nov 24/);
    const changes = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 });
    expect(changes.map((c) => c.kind).sort()).toEqual(['hold', 'redeliver']);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
