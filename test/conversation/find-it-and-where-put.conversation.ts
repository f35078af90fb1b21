import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const DEMAND_AGAIN = /^(你想我哋點樣處理|您希望我们怎么处理|What would you like us to do)/m;

/**
 * Recipients whose parcel was signed for and is not there (blind batch 39b: 02, 15): "我要搵返件嘢" and "find my
 * parcel" want it found and brought (a redelivery), "i want the driver to tell me where he actually put it" wants to
 * know where it went (an explanation) — each heard the demand question again, 15 three times.
 */
describe('find it, and where was it put', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', `${delivered} 話隔籬代收咗 但隔籬話冇收過`, '咁點算 我要搵返件嘢 係我買嘅波鞋', /重新派送/],
    ['zh-CN', `${delivered} 显示签收了 可我根本没收到`, '我就想找回我的东西', /重新派送/],
    ['en-US', `${delivered} says delivered but i never got it`, 'just find my parcel', /redelivery/],
    [
      'en-US',
      `${delivered} says delivered but i never got it`,
      'so what now, do i just wait? i want the driver to tell me where he actually put it',
      /explanation/,
    ],
    ['zh-CN', `${delivered} 显示签收了 可我根本没收到 保安也说没有`, '我要快递员说清楚到底放哪了', /解释|说法/],
  ])('%s: %s → the demand is taken', async (locale, opening, wish, demand) => {
    const adapter = h.adapter({ locale });
    const [asked, noted] = await talk(adapter, [opening, wish]);
    expect(all(asked)).toMatch(DEMAND_AGAIN);
    expect(all(noted)).toMatch(demand);
    expect(all(noted)).not.toMatch(DEMAND_AGAIN);
  });
});
