import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const NOT_BOOKED = /Not yet: nothing is booked|目前还没有预约任何派送|目前還沒有預約任何派送|暫時未約好任何派送/;

/**
 * "Is it booked?" is answered only as a question asked while a delivery time or another try is spoken of (review 31,
 * finding 2): "the parcel was scheduled to arrive today, why?", "Has it been scheduled for delivery yet?" right after
 * tracking and "你们有没有安排人处理？" got "nothing is booked" and a change taken down.
 */
describe('whether a delivery is booked, only when that is asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', 'The parcel was scheduled to arrive today but the tracking says tomorrow, why?'],
    ['en', 'Has it been scheduled for delivery yet?'],
    ['zh-CN', '你们有没有安排人处理？'],
    ['zh-TW', '你們有沒有安排人處理？'],
    ['zh-TW', '你哋有冇安排人跟進？'],
  ] as const)('%s: "%s" is not told "nothing is booked", and no change is taken down', async (locale, said) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, answer] = await talk(adapter, [parcel, said]);
    expect(all(answer)).not.toMatch(NOT_BOOKED);
    expect(all(answer)).not.toMatch(/last 4 digits of the sender's or the recipient's phone\.$|修改.*之前|更改.*之前/);
    expect(await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 })).toEqual([]);
  });

  it.each([
    ['en', 'is it arriving tomorrow afternoon?', 'Has it been booked yet?'],
    ['zh-CN', '明天下午能送到吗', '那约好了没有？'],
    ['zh-TW', '聽日下晝會唔會送到', '咁約好咗未呀？'],
  ] as const)(
    '%s: asked after a time was spoken of, a parcel not yet tried is told "not yet" with no redelivery started',
    async (locale, time, asked) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , answer] = await talk(adapter, [parcel, time, asked]);
      expect(all(answer)).toMatch(NOT_BOOKED);
      expect(all(answer)).not.toMatch(/last 4|后4位|後4位|尾4位|末4碼/);
    },
  );
});
