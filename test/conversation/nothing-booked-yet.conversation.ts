import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const MENU = /Just to be sure|您是指下面哪一项|您是想问下面哪一项|係咪指|是指下面/;

/**
 * "Is the delivery booked?" with nothing booked on the parcel (blind 27: 07.6 got a menu): not yet, said plainly, and
 * the booking taken up — the last 4 asked for, then the time said in the question booked; asked again once a request
 * is with the team, it is told as it stands.
 */
describe('whether a delivery is booked, told as it stands', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `where is ${parcel}`,
      'so has the evening delivery on Wednesday been scheduled?',
      /Not yet/,
      /last 4 digits/,
      /is with our team|station hasn't confirmed/,
    ],
    ['zh-CN', `${parcel} 到哪了`, '后天晚上送的那个，你们约好了没有？', /还没有：/, /后4位/, /已交给我们的团队/],
    ['zh-TW', `${parcel} 去到邊`, '星期三夜晚再派嗰個安排咗未呀？', /未呀|還沒有/, /尾4位|末4碼/, /交咗俾|已交給/],
  ] as const)(
    '%s: says nothing is booked yet, asks the last 4, then books the time asked about',
    async (locale, track, asked, notYet, last4, standing) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, told, proved, again] = await talk(adapter, [track, asked, '4444', asked]);
      expect(all(told)).toMatch(notYet);
      expect(all(told)).toMatch(last4);
      expect(all(told)).not.toMatch(MENU);
      expect(all(proved)).toMatch(/18:00/);
      const [request] = await h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 });
      expect(request?.details).toMatchObject({ date: '2026-11-25', after: '18:00', before: '21:00' });
      expect(all(again)).toMatch(standing);
      expect(all(again)).not.toMatch(notYet);
    },
  );
});
