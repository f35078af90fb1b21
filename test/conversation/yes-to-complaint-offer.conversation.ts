import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, stuck, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined): string => (replies ?? []).join('\n');

/**
 * "Would you like to file a complaint?" under a late, stuck or lost-looking parcel's status, answered with a plain yes
 * (issue #17, found while checking session 30's helpers: "yes please" got "not sure I understood", "好的" and "好呀"
 * were taken for a goodbye): the complaint on that parcel starts, as its button starts it. A thank-you that closes is
 * still no yes, and a yes with nothing offered is still only acknowledged.
 */
describe('a plain yes to the complaint offered under a parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `where's ${delayed} now?`, 'yes, please do', /What would you like us to do|what happened/i],
    ['zh-CN', `帮我看看 ${stuck} 到哪了`, '好的', /登记投诉|发生了什么|怎么处理/],
    ['zh-TW', `${lostLooking} 而家喺邊`, '好呀', /登記投訴|發生咗咩事|點樣處理/],
  ])('%s: "%s", then "%s" starts the complaint on it', async (locale, track, yes, started) => {
    const [status, answer] = await talk(h.adapter({ locale }), [track, yes]);
    expect(all(status)).toMatch(/complaint|投诉|投訴/);
    expect(all(answer)).toMatch(started);
    expect(all(answer)).not.toMatch(/not sure I understood|还有什么可以帮您|仲有冇其他嘢/);
  });

  it('en: "ok thanks" after the offer closes, with no complaint started', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'en-US' }), [`where's ${delayed} now?`, 'ok thanks']);
    expect(all(answer)).not.toMatch(/What would you like us to do|take it down as a complaint/);
  });

  it('zh-CN: "好的" after a status with nothing to complain about is only acknowledged', async () => {
    const [, answer] = await talk(h.adapter({ locale: 'zh-CN' }), [`${DEMO_TRACKING.normal} 到哪了`, '好的']);
    expect(all(answer)).not.toMatch(/投诉/);
  });
});
