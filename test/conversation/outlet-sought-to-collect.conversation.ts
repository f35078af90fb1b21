import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const WHICH_PARCEL = { 'zh-CN': /哪个包裹/, 'zh-TW': /邊個包裹|哪個包裹|邊件/, en: /Which parcel/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "where can i collect a parcel myself in xuhui", "旺角有冇門市可以自己去攞件" with no parcel in the chat (blind batch 36b:
 * 03.1, 15.1 heard the fees of holds and "which parcel?"): the outlet of that area, its address and hours.
 */
describe('an outlet sought to collect a parcel, no parcel named', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', 'is there somewhere around xuhui where I can pick my parcels up myself?', /Caoxi/],
    ['zh-CN', '徐汇那边哪里有网点 我想自己去拿快递', /漕溪北路/],
    ['zh-TW', '旺角有冇門市可以自己去攞件', /彌敦道/],
  ] as const)("%s: the area's outlet, not the rule on holds", async (locale, asked, address) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale] }), [asked]);
    expect(all(answer)).toMatch(address);
    expect(all(answer)).not.toMatch(WHICH_PARCEL[locale]);
  });
});
