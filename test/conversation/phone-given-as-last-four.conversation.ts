import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

/**
 * "我的手机号是13800004444" where the last 4 were asked for (review 31, finding 3): the recipient's phone, so its last 4
 * prove the parcel and the change waiting on them is made — "my number" words no longer make it a contact only.
 */
describe('a whole phone number of the waybill, given as "my number" where the last 4 were asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${parcel} 改到明天下午送`, '我的手机号是13800004444', /核对无误/],
    ['zh-TW', `${parcel} 改聽日下晝送`, '我電話係13800004444', /核對無誤|啱晒/],
    ['en', `${parcel} please deliver it tomorrow afternoon`, 'my number is 13800004444', /that matches/],
  ] as const)('%s: proves the parcel and books the time', async (locale, asked, given, proved) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, answer] = await talk(adapter, [asked, given]);
    expect(all(answer)).toMatch(proved);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 });
    expect(request?.details).toMatchObject({ date: '2026-11-24', after: '12:00', before: '18:00' });
  });

  it("a number that is neither party's is still no proof", async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, answer] = await talk(adapter, [`${parcel} 改到明天下午送`, '我的手机号是13900001234']);
    expect(all(answer)).not.toMatch(/核对无误/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 })).toEqual([]);
  });
});
