import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const MORNING = { date: '2026-11-24', after: '09:00', before: '12:00' };

/**
 * The slot asked for is the preferred part of the day, never the fallback ("Tomorrow morning would be best, otherwise
 * deliver in the afternoon" booked the afternoon), and a time the courier came, told as a complaint after a morning
 * was booked, never makes a slot of it ("between 21:00 and 12:00") — review 31, finding 5.
 */
describe('the slot the customer prefers, not a fallback or a time in the past', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());
  const booked = async () => (await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 }))[0]?.details;

  it.each([
    ['en', 'Tomorrow morning would be best, otherwise deliver in the afternoon'],
    ['zh-CN', '明天上午最好，不行的话下午送'],
    ['zh-TW', '聽日朝早最好，唔得就下晝送'],
  ] as const)('%s: "%s" books the morning', async (locale, wish) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    await talk(adapter, [parcel, wish, '4444']);
    expect(await booked()).toMatchObject(MORNING);
  });

  it.each([
    [
      'en',
      'deliver it tomorrow morning',
      'No, the courier came at 9pm last night and I said I wanted mornings, this is terrible service',
    ],
    ['zh-CN', '明天上午送', '不是，快递员昨晚9点才来，我说了要上午，服务太差了'],
    ['zh-TW', '改聽日朝早送', '唔係呀，速遞員琴晚9點先嚟，我講咗要朝早，服務好差'],
  ] as const)(
    '%s: a time the courier came, told after a morning was booked, leaves the morning',
    async (locale, wish, told) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , , answer] = await talk(adapter, [parcel, wish, '4444', told]);
      expect((answer ?? []).join('\n')).not.toMatch(/21:00/);
      expect(await booked()).toMatchObject(MORNING);
    },
  );
});
