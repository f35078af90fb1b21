import path from 'node:path';
import { loadFeeTables, loadPlaces } from '../../../src/bot/knowledge';
import { hanNumber, readQuoteAsked, weightIn } from '../../../src/bot/quote-reading';
import { Gazetteer, parseFeeTable, quoteRoute, routeDays, type FeeTables } from '../../../src/tracking';

const knowledge = path.join(__dirname, '../../../knowledge');
const tables = loadFeeTables(knowledge, ['CN', 'TW', 'HK']);
const places = loadPlaces(knowledge);

type Table = FeeTables[string];
/** The shipped tables with one market's zone left out. */
const withoutZone = (market: string, id: string): FeeTables => {
  const table = tables[market] as Table;
  return { ...tables, [market]: { ...table, zones: table.zones.filter((z) => z.id !== id) } };
};
/** The shipped tables with one market's zone priced otherwise. */
const withRate = (market: string, id: string, rate: Table['zones'][number]['rate']): FeeTables => {
  const table = tables[market] as Table;
  return { ...tables, [market]: { ...table, zones: table.zones.map((z) => (z.id === id ? { ...z, rate } : z)) } };
};

describe('places (knowledge/<region>/places.json)', () => {
  it('knows the shipped regions, the longest name first, Latin names as whole words', () => {
    expect(places.size).toBe(3);
    expect(places.regionOf('北京市朝阳区')?.region).toBe('CN');
    expect(places.regionOf('绵阳')?.region).toBe('CN');
    expect(places.regionOf('綿陽')?.region).toBe('CN'); // Traditional spelling of a Mainland city
    expect(places.regionOf('tsuen wan')?.region).toBe('HK');
    expect(places.regionOf('高雄')?.region).toBe('TW');
    // "hk" is Hong Kong, not the letters inside another word.
    expect(places.find('shkodra')).toEqual([]);
    expect(places.find('Atlantis')).toEqual([]);
  });

  it('a name in two regions is the preferred one when asked so (大埔: a Hong Kong district, a Guangdong county)', () => {
    expect(places.regionOf('大埔', 'HK')?.region).toBe('HK');
    expect(places.regionOf('大埔', 'CN')?.region).toBe('CN');
  });
});

describe('quoteRoute: priced only when both ends are known', () => {
  it('sent from the customer’s market when no origin is said; the same-city price beside it on the Mainland', () => {
    const quote = quoteRoute(tables, places, 'CN', { destination: '北京', weightKg: 2 });
    expect(quote).toMatchObject({ kind: 'priced', market: 'CN', quote: { total: 17 }, sameCity: { total: 14 } });
  });

  it('an origin in another served market is priced on that market’s table (Shenzhen → Hong Kong is CN’s)', () => {
    const inbound = quoteRoute(tables, places, 'HK', { origin: '深圳', destination: '香港', weightKg: 3 });
    expect(inbound).toMatchObject({ kind: 'priced', market: 'CN', zone: { id: 'hong_kong' }, quote: { total: 88 } });
    // The other way, Hong Kong's: a Mainland city its zone does not list by name is in its Mainland region.
    const outbound = quoteRoute(tables, places, 'HK', { origin: '旺角', destination: '成都', weightKg: 1 });
    expect(outbound).toMatchObject({ kind: 'priced', market: 'HK', zone: { id: 'mainland' }, quote: { total: 57 } });
  });

  it('an origin no served market covers is not served; an unknown place is unknown — neither priced as local', () => {
    const hkOnly: FeeTables = { HK: tables.HK as FeeTables[string] };
    expect(quoteRoute(hkOnly, places, 'HK', { origin: '深圳', destination: '香港', weightKg: 3 })).toMatchObject({
      kind: 'notServed',
      end: 'origin',
      place: '深圳',
    });
    expect(quoteRoute(tables, places, 'HK', { origin: 'Macau', destination: 'Hong Kong', weightKg: 1 })?.kind).toBe(
      'notServed',
    );
    expect(quoteRoute(tables, places, 'HK', { destination: 'London', weightKg: 1 })).toMatchObject({
      kind: 'unknownPlace',
      end: 'destination',
    });
    expect(quoteRoute(tables, places, 'CN', { destination: '火星', weightKg: 1 })?.kind).toBe('unknownPlace');
    // Known, but a Taiwan table with no Mainland zone (the shipped one has one since blind batch 13's 13.1).
    expect(quoteRoute(withoutZone('TW', 'mainland'), places, 'TW', { destination: '上海', weightKg: 1 })).toMatchObject(
      { kind: 'notServed', end: 'destination' },
    );
  });

  it('asks for what is missing, and says when a zone prices only its first weight', () => {
    expect(quoteRoute(tables, places, 'TW', { destination: '台中' })).toMatchObject({ kind: 'needWeight' });
    expect(quoteRoute(tables, places, 'TW', { weightKg: 2 })).toMatchObject({ kind: 'needDestination' });
    // A zone priced by its first weight only (the shipped Taiwan zone has its steps since blind batch 13's 05.2).
    const firstOnly = withRate('CN', 'taiwan', { firstKg: 0.5, first: 90 });
    expect(quoteRoute(firstOnly, places, 'CN', { destination: '台北', weightKg: 3 })?.kind).toBe('firstWeightOnly');
  });

  it('the shipped tables price every weight to Macau, Taiwan, Hong Kong and the Mainland, not only the first', () => {
    expect(quoteRoute(tables, places, 'CN', { destination: '澳门', weightKg: 2 })).toMatchObject({
      kind: 'priced',
      quote: { total: 81 },
    });
    expect(quoteRoute(tables, places, 'CN', { destination: '台北', weightKg: 3 })).toMatchObject({
      kind: 'priced',
      quote: { total: 215 },
    });
    expect(quoteRoute(tables, places, 'TW', { origin: '高雄', destination: '香港', weightKg: 3 })).toMatchObject({
      kind: 'priced',
      quote: { total: 750 },
    });
    expect(quoteRoute(tables, places, 'TW', { origin: '高雄', destination: '上海', weightKg: 3 })).toMatchObject({
      kind: 'priced',
      zone: { id: 'mainland' },
      quote: { total: 830 },
    });
  });

  it('without places files only the zones’ own places are known: a bare city is unknown, not domestic', () => {
    const none = new Gazetteer({});
    expect(quoteRoute(tables, none, 'CN', { destination: '成都', weightKg: 1 })?.kind).toBe('unknownPlace');
    expect(quoteRoute(tables, none, 'CN', { destination: '香港', weightKg: 1 })?.kind).toBe('priced');
  });
});

describe('reading a price question', () => {
  it('every weight and every place it goes to, joined by 和/跟/同/、/and/or; one of each is no list', () => {
    expect(readQuoteAsked('寄两公斤跟5公斤到成都、重庆要多少', places)).toMatchObject({
      weight: { amount: 2, unit: 'kg' },
      weights: [
        { amount: 2, unit: 'kg' },
        { amount: 5, unit: 'kg' },
      ],
      destination: '成都',
      destinations: ['成都', '重庆'],
    });
    expect(readQuoteAsked('1kg to Chengdu and to Wuhan, how much?', places)).toMatchObject({
      destinations: ['Chengdu', 'Wuhan'],
    });
    // A place named after the route is no second destination unless it is joined to it as one.
    const single = readQuoteAsked('寄3公斤到北京，我在上海', places);
    expect(single).toMatchObject({ destination: '北京' });
    expect(single.destinations).toBeUndefined();
    expect(single.weights).toBeUndefined();
    // A place only the caller knows (Macau is on the price lists, in no places file) joins when the caller says so.
    const macau = (p: string) => places.knows(p) || /澳[门門]/.test(p);
    expect(readQuoteAsked('寄1公斤去深圳同澳門幾錢', places, macau).destinations).toEqual(['深圳', '澳門']);
  });

  it('weights as written: kg, g, 公斤, 千克, 克, 斤 (not in 公斤), lb, Chinese numerals', () => {
    expect(weightIn('寄3公斤')).toEqual({ amount: 3, unit: 'kg' });
    expect(weightIn('2.5 kilos please')).toEqual({ amount: 2.5, unit: 'kg' });
    expect(weightIn('500g')).toEqual({ amount: 500, unit: 'g' });
    expect(weightIn('800克')).toEqual({ amount: 800, unit: 'g' });
    expect(weightIn('2千克')).toEqual({ amount: 2, unit: 'kg' });
    expect(weightIn('六斤')).toEqual({ amount: 6, unit: 'jin' });
    expect(weightIn('两公斤')).toEqual({ amount: 2, unit: 'kg' });
    expect(weightIn('4 lbs')).toEqual({ amount: 4, unit: 'lb' });
    expect(weightIn('寄到北京')).toBeUndefined();
    expect([
      hanNumber('十二'),
      hanNumber('二十'),
      hanNumber('两个半'),
      hanNumber('半'),
      hanNumber('三百'),
      hanNumber('半半'),
    ]).toEqual([12, 20, 2.5, 0.5, 300, undefined]);
  });

  it('the route in Chinese and English, a known place taken whole (和田 begins with a word that is no place)', () => {
    expect(readQuoteAsked('寄到和田2公斤多少钱', places)).toMatchObject({ destination: '和田' });
    expect(readQuoteAsked('深圳到香港3公斤多少钱', places)).toMatchObject({ origin: '深圳', destination: '香港' });
    expect(readQuoteAsked('寄東西到台中3公斤多少錢', places)).toMatchObject({ destination: '台中' });
    expect(readQuoteAsked('由觀塘寄去九龍城幾錢', places)).toMatchObject({ origin: '觀塘', destination: '九龍城' });
    expect(readQuoteAsked('how much to send 1kg from Central to Tsuen Wan ar', places)).toMatchObject({
      origin: 'Central',
      destination: 'Tsuen Wan',
    });
    expect(readQuoteAsked('Shanghai to Guangzhou 2kg how much', places)).toMatchObject({
      origin: 'Shanghai',
      destination: 'Guangzhou',
    });
    expect(readQuoteAsked('cost to ship to my mum in London?', places)).toMatchObject({ destination: 'London' });
    expect(readQuoteAsked('I want to know the price', places).destination).toBeUndefined();
  });

  it('the shipped tables say what a 斤 weighs in their market, and none weighs in pounds', () => {
    expect(() => parseFeeTable({ ...tables.CN, weightUnits: { lb: -1 } }, 'f')).toThrow(/weightUnits\.lb/);
    expect(tables.CN?.weightUnits).toEqual({ jin: 0.5 });
    expect(tables.HK?.weightUnits).toEqual({ jin: 0.605 });
    expect(tables.TW?.weightUnits).toEqual({ jin: 0.6 });
  });
});

describe('routeDays: how long a route usually takes', () => {
  const domestic = (tables.CN as Table).zones.find((z) => z.id === 'domestic') as Table['zones'][number];

  it('is the next day between two of the next-day cities (the FAQ: Shenzhen → Shanghai, Hangzhou → Suzhou)', () => {
    expect(routeDays(domestic, { origin: '深圳', destination: '上海' })).toEqual({ min: 1, max: 1, working: false });
    expect(routeDays(domestic, { origin: 'Hangzhou', destination: 'suzhou' })).toMatchObject({ max: 1 });
  });

  it("is the zone's days when either end is another city, or the origin is not said", () => {
    expect(routeDays(domestic, { origin: '上海', destination: '成都' })).toEqual(domestic.days);
    expect(routeDays(domestic, { destination: '上海' })).toEqual(domestic.days);
    expect(domestic.days?.max).toBeGreaterThan(1);
  });
});
