import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;

// Issue #17 (batch 17 07.4, 21.2): "how long does it take from Wuhan to Hong Kong?" got the parcel's status again or a
// request for a tracking number, "寄台北要幾天" the whole delivery-times block. A route named gets its zone's usual time
// from the fee table of where it is sent from (`days` in knowledge/<market>/fees.json), in one line.
describe('how long a route takes', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '从成都寄到香港大概要几天？', /成都 → 香港：一般 1–3 个工作日/],
    ['zh-TW', '台中寄到台北要幾天？', /台中 → 台北：一般隔天送達/],
    ['zh-TW', '喺旺角寄去廣州要幾耐先到？', /旺角 → 廣州：一般 1–3 個工作天送到/],
    [
      'en-US',
      'How many days does it take to ship from Shenzhen to Hong Kong?',
      /Shenzhen → Hong Kong: usually 1–3 working days/,
    ],
  ])("the route's time, not the price list (%s: %s)", async (locale, asked, time) => {
    const told = await sendAll(h.adapter({ locale }), asked);
    expect(told.text).toMatch(time);
    expect(told.text).not.toMatch(/首重|first (0\.5 )?kg/);
  });

  it.each([
    ['zh-CN', `${returned} 现在在哪`, '那从武汉寄去香港一般要几天？', /武汉 → 香港：一般 1–3 个工作日/],
    [
      'en-US',
      `where is ${returned}?`,
      'how long does it normally take from Wuhan to Hong Kong?',
      /Wuhan → Hong Kong: usually 1–3 working days/,
    ],
  ])("after a parcel's status: the route, not the status again (%s)", async (locale, status, asked, time) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, status);
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(time);
    expect(told.text).not.toMatch(new RegExp(returned));
  });
});
