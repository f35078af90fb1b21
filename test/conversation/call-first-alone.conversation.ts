import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // in transit; the recipient's phone on the waybill ends 4444
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const COMPLAINT_DEMAND = { 'zh-CN': /怎么处理/, 'zh-TW': /點樣處理|怎麼處理/, en: /What would you like us to do/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A call before delivery asked for on its own, about a parcel on its way (blind batch 21: 07.4–07.6), is a delivery
 * request — the delivery as planned, with the call first to the waybill's number — never a complaint; said again in
 * other words after the digits were asked for, it is the same request, still no complaint.
 */
describe('a call before delivery asked for on its own', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      'could the courier phone me before coming round? I sleep during the day',
      'not a complaint, I just need a ring first',
      '4444',
    ],
    ['zh-CN', '派送之前能不能先给我打个电话 白天在睡觉', '不是投诉 就是想送之前先打电话给我', '4444'],
    ['zh-TW', '送嚟之前可唔可以打俾我先 我日頭瞓覺', '唔係投訴呀 只係想送之前打電話俾我', '4444'],
  ] as const)(
    '%s: a request with the call on it, to the waybill number, and no complaint',
    async (locale, ask, again, proof) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const replies = await talk(adapter, [PARCEL, ask, again, proof]);
      for (const turn of replies.slice(1)) expect(all(turn)).not.toMatch(COMPLAINT_DEMAND[locale]);
      const [request] = await h.store.deliveryChanges.list({ trackingNumber: PARCEL, limit: 10 });
      expect(request).toMatchObject({
        kind: 'call_first',
        status: 'requested',
        details: { callFirst: '+8613933334444', callFirstOnWaybill: true },
      });
      expect(all(replies[3])).toContain('4444');
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
