import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit; the recipient's phone ends 4444
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const STILL_NEEDED = {
  'zh-CN': /还需要新地址/,
  'zh-TW': /仲需要新地址|還需要新地址/,
  en: /still need the new address/,
};
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * The new address given with the building's desk and a thanks after it, in clauses a space apart ("觀塘道388號…18樓
 * 前台代收 唔該", blind batch 36b: 15.5 was told the address was still needed): the address is taken without the desk's
 * clause or the thanks, and the desk goes on the request as who may take it in.
 */
describe('a new address with the desk and a thanks after it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${PARCEL} could you take it to my office instead`,
      'Unit 1203, 500 Zhangjiang Road, Pudong, leave it at the front desk thanks',
      'Unit 1203, 500 Zhangjiang Road, Pudong',
    ],
    ['zh-CN', `${PARCEL} 能改送到我单位吗`, '浦东新区张江路500号1203室 前台代收 谢谢', '浦东新区张江路500号1203室'],
    [
      'zh-TW',
      `${PARCEL} 可唔可以改送去我公司`,
      '浦東新區張江路500號1203室 前台代收 唔該晒',
      '浦東新區張江路500號1203室',
    ],
  ] as const)('%s: the address alone, the desk noted', async (locale, ask, address, taken) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [ask, '4444', address]);
    expect(all(replies[2])).not.toMatch(STILL_NEEDED[locale]);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 5 });
    expect(request).toMatchObject({ kind: 'change_address', status: 'requested', details: { address: taken } });
    expect(request?.details.leaveWith).toBeDefined();
  });
});
