import path from 'node:path';
import { loadFeeTables } from '../../../src/bot/knowledge';
import {
  changeFee,
  formatMoney,
  insuranceFee,
  parseFeeTable,
  quoteShipping,
  volumetricKg,
  zoneOf,
} from '../../../src/tracking';

const shipped = loadFeeTables(path.join(__dirname, '../../../knowledge'), ['CN', 'TW', 'HK']);
const table = (market: string) => {
  const found = shipped[market];
  if (!found) throw new Error(`no fee table for ${market}`);
  return found;
};

describe('fee tables (knowledge/<market>/fees.json)', () => {
  it('every shipped market has one', () => {
    expect(Object.keys(shipped).sort()).toEqual(['CN', 'HK', 'TW']);
  });

  it('works out insurance: the rate of the declared value, at least the minimum', () => {
    expect(insuranceFee(table('TW'), 30000)).toEqual({ fee: 300, minimumApplied: false });
    expect(insuranceFee(table('CN'), 50)).toEqual({ fee: 1, minimumApplied: true });
    expect(insuranceFee(table('HK'), 150)).toEqual({ fee: 2, minimumApplied: true });
    expect(insuranceFee(table('HK'), 8000)).toEqual({ fee: 80, minimumApplied: false });
    expect(formatMoney(table('TW'), 'zh-TW', 30000, true)).toBe('NT$30,000');
  });

  it('writes a Mainland amount as 人民幣 for a Traditional reader, where 元 is their own dollar', () => {
    expect(formatMoney(table('CN'), 'zh-TW', 5)).toBe('人民幣 5 元');
    expect(formatMoney(table('CN'), 'zh-CN', 5)).toBe('5 元');
  });

  it('places a route in its zone: a listed destination, the same city, else domestic', () => {
    const cn = table('CN');
    expect(zoneOf(cn, { origin: '上海', destination: '北京' })?.id).toBe('domestic');
    expect(zoneOf(cn, { origin: '上海', destination: '上海' })?.id).toBe('same_city');
    expect(zoneOf(cn, { origin: '上海', destination: '新疆乌鲁木齐' })?.id).toBe('remote');
    expect(zoneOf(cn, { origin: 'Shanghai', destination: 'Hong Kong' })?.id).toBe('hong_kong');
    expect(zoneOf(cn, { origin: '上海' })).toBeUndefined();
    expect(zoneOf(table('HK'), { origin: '沙田', destination: '旺角' })?.id).toBe('local');
    expect(zoneOf(table('HK'), { origin: '沙田', destination: '深圳' })?.id).toBe('mainland');
  });

  it('computes a shipment: first weight, then every started step, plus a service surcharge', () => {
    const cn = table('CN');
    const domestic = zoneOf(cn, { origin: '上海', destination: '北京' });
    if (!domestic) throw new Error('no zone');
    expect(quoteShipping(cn, domestic, { weightKg: 2 })?.total).toBe(17);
    expect(quoteShipping(cn, domestic, { weightKg: 2.2 })?.total).toBe(22);
    expect(quoteShipping(cn, domestic, { weightKg: 0.3 })?.total).toBe(12);
    expect(quoteShipping(cn, domestic, { weightKg: 2, service: 'express' })?.total).toBe(25);
    // The volumetric weight counts when it is the larger: 40×30×20 cm is 4 kg.
    expect(volumetricKg(cn, [40, 30, 20])).toBe(4);
    expect(quoteShipping(cn, domestic, { weightKg: 1, volumetricKg: 4 })?.total).toBe(27);
    const hk = table('HK');
    const mainland = zoneOf(hk, { origin: '旺角', destination: '深圳' });
    if (!mainland) throw new Error('no zone');
    // 0.5 kg steps: 2.5 kg is the first 0.5 and 4 more steps.
    expect(quoteShipping(hk, mainland, { weightKg: 2.5 })).toEqual(
      expect.objectContaining({ total: 93, chargedKg: 2.5 }),
    );
  });

  it('says nothing (no figure) for a zone priced only at its first weight and a heavier parcel', () => {
    const cn = table('CN');
    const shippedZone = zoneOf(cn, { origin: '上海', destination: '台北' });
    if (!shippedZone) throw new Error('no zone');
    // The shipped zone has its steps (blind batch 13, 05.2): a zone without them, as a courier may configure one.
    const taiwan = { ...shippedZone, rate: { firstKg: 0.5, first: 90 } };
    expect(quoteShipping(cn, taiwan, { weightKg: 0.5 })?.total).toBe(90);
    expect(quoteShipping(cn, taiwan, { weightKg: 3 })).toBeUndefined();
    expect(quoteShipping(cn, shippedZone, { weightKg: 3 })?.total).toBe(215);
  });

  it('prices changes: a hold free for some days, the first redelivery free, an address by city', () => {
    const cn = table('CN');
    expect(changeFee(cn, 'hold')).toEqual({ kind: 'hold', freeDays: 3, perDayAfter: 1 });
    expect(changeFee(cn, 'redeliver', { earlierRedeliveries: 0 })).toEqual(expect.objectContaining({ fee: 0 }));
    expect(changeFee(cn, 'redeliver', { earlierRedeliveries: 1 })).toEqual(expect.objectContaining({ fee: 5 }));
    expect(changeFee(cn, 'change_address', { sameCity: true })).toEqual(expect.objectContaining({ fee: 0 }));
    expect(changeFee(cn, 'change_address', { sameCity: false })).toEqual(expect.objectContaining({ fee: 'new_route' }));
    expect(changeFee(table('TW'), 'change_address', { sameCity: false })).toEqual(expect.objectContaining({ fee: 50 }));
    expect(changeFee(table('TW'), 'expedite')).toEqual({ kind: 'expedite' });
    expect(formatMoney(cn, 'zh-CN', 17)).toBe('17 元');
    expect(formatMoney(cn, 'en', 17)).toBe('CNY 17');
    expect(formatMoney(table('HK'), 'zh-TW', 15)).toBe('HK$15');
  });

  it('refuses a table with a wrong field, naming it', () => {
    const broken = { ...table('CN'), zones: [{ id: 'x', match: 'everywhere', rate: { firstKg: 1, first: -2 } }] };
    expect(() => parseFeeTable(broken, 'knowledge/XX/fees.json')).toThrow(
      /knowledge\/XX\/fees.json: not a fee table \(zones\.0\.match/,
    );
    expect(() => parseFeeTable(broken, 'f')).toThrow(/zones\.0\.rate\.first/);
  });
});
