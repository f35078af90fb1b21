import { DEMO_TRACKING, demoShipments } from '../../src/tracking';
import { botHarness, NOW, talk, type BotHarness } from './harness';

const { normal, delayed, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "Deliver it again", "重新派送", "再派一次" for a parcel nobody has tried to deliver yet (in transit, late, stuck) asks
 * for it to be delivered at all: a chase, never a redelivery. With a time it is when to deliver it, said without
 * "again". After a failed attempt a redelivery is still one.
 */
describe('a delivery asked "again" before any attempt', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `my parcel ${delayed} is late, can you deliver it again?`, '6666', /speed up its delivery/],
    ['zh-CN', `${stuck} 能不能重新派送`, '7777', /加急派送/],
    ['zh-HK', `${delayed} 可唔可以再派一次`, '6666', /加急配送/],
    ['zh-TW', `${stuck} 可以重新配送嗎`, '7777', /加急/],
  ])('%s: “%s” is a chase', async (locale, asked, digits, told) => {
    const replies = await talk(h.adapter({ locale }), [asked, digits]);
    expect(all(replies[1])).toMatch(told);
    expect(all(replies[1])).not.toMatch(/again|重新派送|重新配送|再派送/);
    const [request] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(request?.kind).toBe('expedite');
  });

  // (Review of blind batch 26's fixes, finding 3: a parcel on time has nothing to chase — asked "again" with no day, it
  // is asked when it should come, and no rush is recorded.)
  it.each([
    ['zh-CN', `${normal} 能再送一次吗 收件人尾号4444`, /什么时候/],
    ['zh-HK', `${normal} 可唔可以再派一次 收件人尾數4444`, /幾時|什麼時候/],
    ['en-US', `can you deliver ${normal} again? recipient 4444`, /When should we/],
  ])('%s: “%s” on a parcel on time asks when, records no rush', async (locale, asked, told) => {
    const replies = await talk(h.adapter({ locale }), [asked]);
    expect(all(replies[0])).toMatch(told);
    expect(all(replies[0])).not.toMatch(/加急|speed up/);
    expect(await h.store.deliveryChanges.list({ limit: 5 })).toEqual([]);
  });

  it.each([
    ['en-US', `can you deliver ${stuck} tomorrow after 6pm`, /deliver it on Tue, Nov 24 after 18:00/],
    ['zh-CN', `${stuck} 明天晚上6点以后重新派送`, /11月24日周二 18:00 以后派送/],
    ['zh-HK', `${stuck} 聽日再派一次得唔得`, /11月24日週二派送/],
    ['en-US', `${delayed} is late, can you deliver it again tomorrow?`, /deliver it on Tue, Nov 24/],
  ])('%s: a day or a time asked for is when to deliver it, not “again”', async (locale, asked, told) => {
    const digits = asked.includes(delayed) ? '6666' : '7777';
    const replies = await talk(h.adapter({ locale }), [asked, digits]);
    expect(all(replies[1])).toMatch(told);
    expect(all(replies[1])).not.toMatch(/again|重新派送/);
    const [request] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(request).toMatchObject({ kind: 'redeliver', details: { notAttempted: true } });
  });

  it('en: after a failed attempt, “deliver it again tomorrow” is a redelivery', async () => {
    const shipment = demoShipments(NOW).find((s) => s.trackingNumber === stuck);
    if (!shipment) throw new Error('no demo parcel');
    const failed = { ...shipment.events.at(-1)!, at: '2026-11-22T08:00:00Z', status: 'delivery_failed' };
    await h.store.shipments.upsert({ ...shipment, events: [...shipment.events, failed] });
    const replies = await talk(h.adapter({ locale: 'en-US' }), [`can you deliver ${stuck} again tomorrow`, '7777']);
    expect(all(replies[1])).toMatch(/deliver it again on Tue, Nov 24/);
  });
});
