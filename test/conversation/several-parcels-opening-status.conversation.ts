import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck, lostLooking } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * A complaint opening that names two parcels tells each one's status in the same reply, not only the first's
 * (blind batch 23: 11.1 — "YT… 和 782…，两个都不动了" heard only the YT parcel, twice); "the second one" afterwards is
 * the second parcel. New wording here.
 */
describe('every parcel a complaint opening names gets its status', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `这俩件 ${stuck} 跟 ${lostLooking} 怎么都没动静了 急死了`],
    ['zh-TW', `${stuck}、${lostLooking} 兩件都卡住不動 到底怎樣`],
    ['en-US', `${stuck} and ${lostLooking} are both stuck, nothing moving for days, what is going on`],
  ])('%s: both parcels told at once', async (locale, opening) => {
    const [first] = await talk(h.adapter({ locale }), [opening]);
    // A status line opens with the number and its route: "782828807290222 (Zhengzhou → Xi'an)", "782…（郑州 → 西安）".
    expect(said(first)).toMatch(new RegExp(`${stuck}\\s?[(（]`));
    expect(said(first)).toMatch(new RegExp(`${lostLooking}\\s?[(（]`));
  });
});
