import { botHarness, NOW, send, type BotHarness } from './harness';
import { HONG_KONG_PARCEL, routeParcels } from './route-parcels';

/**
 * A new address in one of Hong Kong's districts is in Hong Kong (knowledge/HK/districts.json), though it never
 * says "香港": charged as a change within the city, and not sent to a supervisor as a redirection to another city.
 */
describe('an address change to a Hong Kong district, for a parcel delivered in Hong Kong', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness({ deliveryChangeSupervisor: ['change_address_other_city'] });
    for (const shipment of routeParcels(NOW)) await h.store.shipments.upsert(shipment);
  });
  afterEach(() => h.close());

  const latest = async () => (await h.store.deliveryChanges.list({ trackingNumber: HONG_KONG_PARCEL, limit: 1 }))[0];

  it.each([
    [
      'zh-TW',
      `${HONG_KONG_PARCEL} 可唔可以改送到九龍城侯王道12號 我係收件人 尾數9876`,
      '改地址使唔使加錢㗎',
      '新地址喺香港',
    ],
    ['zh-CN', `${HONG_KONG_PARCEL} 地址改成观塘开源道50号 收件人尾号9876`, '改地址要收费吗？', '新地址在香港'],
    [
      'en-US',
      `please deliver ${HONG_KONG_PARCEL} to Flat 5, 3 Sha Tin Centre Street, Sha Tin instead, recipient last 4 9876`,
      'does that cost extra?',
      'The new address is in Hong Kong',
    ],
  ])('%s: the new address is in Hong Kong, and no supervisor is needed', async (locale, request, question, said) => {
    const adapter = h.adapter({ locale });
    await send(adapter, request);
    const recorded = await latest();
    expect(recorded?.kind).toBe('change_address');
    expect(recorded?.supervisor).toBeUndefined();
    const asked = (await send(adapter, question)).join('\n');
    expect(asked).toContain(said);
    expect(asked).toContain('HK$15');
    expect(asked).not.toMatch(/不在香港|outside Hong Kong/);
  });

  it('zh-CN: an address in Shenzhen is outside Hong Kong, and waits for a supervisor', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${HONG_KONG_PARCEL} 地址改成深圳市福田区福华路8号 收件人尾号9876`);
    expect((await latest())?.supervisor).toBe('change_address_other_city');
    expect((await send(adapter, '改地址要收费吗？')).join('\n')).toContain('新地址不在香港');
  });
});
