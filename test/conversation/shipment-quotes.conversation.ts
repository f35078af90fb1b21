import path from 'node:path';
import { loadFeeTables } from '../../src/bot';
import { botHarness, send, type BotHarness } from './harness';

/**
 * A price asked for a weight and a route is worked out from the fee table of the market the parcel is sent
 * from, with its arithmetic in one line (issue #17, blind batch 6 P7); what is missing (the weight, where it
 * goes) is asked for and nothing else; a place no list knows, or a route no served market prices, is said so
 * with the price list — never priced as local.
 */
describe('shipment quotes worked out from the fee tables', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');

  it('zh-CN (Mainland): the sum with its steps, a follow-up in 斤 on the same route, what is missing', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'cn-1' });
    const first = await said(a, '我要寄个3公斤的包裹去杭州，运费多少？');
    // From another city: 12 + 2 × 5; within Hangzhou the same-city rate, 12 + 2 × 2.
    expect(first).toContain('寄往杭州，3 公斤：12 元（首重 1 公斤） + 2 × 5 元');
    expect(first).toContain('= 22 元（同城寄：16 元）');
    // 8 斤 is 4 kg on the mainland, and it is said.
    const jin = await said(a, '那8斤呢');
    expect(jin).toContain('8 斤（4 公斤：这里 1 斤按 0.5 公斤算）');
    expect(jin).toContain('= 27 元');
    const noWeight = await said(a, '寄到西安多少钱');
    expect(noWeight).toContain('寄往西安：首重 1 公斤 12 元，续重每 1 公斤 5 元');
    expect(noWeight).toContain('包裹大概多重');
    expect(noWeight).not.toMatch(/= \d+ 元/);
  });

  it('zh-CN: sent from Hong Kong is priced on Hong Kong’s table; a place on no list is said unknown', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'cn-2' });
    const inbound = await said(a, '从香港寄2公斤到深圳多少钱');
    expect(inbound).toContain('按香港的价目表计费');
    // HK$45 for the first 0.5 kg, three more 0.5 kg steps at HK$12.
    expect(inbound).toContain('香港 → 深圳，2 公斤：HK$45（首重 0.5 公斤） + 3 × HK$12');
    expect(inbound).toContain('= HK$81');
    const unknown = await said(a, '寄1公斤去纽约要多少钱');
    expect(unknown).toContain('找不到“纽约”');
    expect(unknown).toContain('国内标准快递'); // the price list follows
    expect(unknown).not.toMatch(/= \d+ 元|：12 元。/);
  });

  it('zh-TW Cantonese (Hong Kong): local, then Macau on the same weight; 斤 is a Hong Kong catty', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'hk-1' });
    const local = await said(a, '我想由沙田寄個4公斤嘅箱去荃灣，要幾錢？');
    expect(local).toContain('沙田 → 荃灣，4 公斤：HK$30（首重 1 公斤） + 3 × HK$8');
    expect(local).toContain('= HK$54');
    const macau = await said(a, '咁去澳門呢');
    expect(macau).toContain('沙田 → 澳門，4 公斤：HK$38（首重 0.5 公斤） + 7 × HK$10');
    expect(macau).toContain('= HK$108');
    const catty = await said(a, '寄5斤去觀塘幾錢');
    expect(catty).toContain('5 斤（3.025 公斤：香港 1 斤當 0.605 公斤計）');
    expect(catty).toContain('= HK$54');
  });

  it('zh-TW Cantonese: sent to Hong Kong from the Mainland is the Mainland’s price, never a local one', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'hk-2' });
    await said(a, '你好，我喺旺角');
    const inbound = await said(a, '由廣州寄1公斤嚟香港幾錢');
    expect(inbound).toContain('跟內地嘅價目表計');
    // 人民幣: to a Hong Kong reader 元 alone is their own dollar (blind batch 10).
    expect(inbound).toContain('廣州 → 香港，1 公斤：人民幣 38 元（首重 0.5 公斤） + 1 × 人民幣 10 元');
    expect(inbound).not.toContain('HK$30');
  });

  it('a courier serving Hong Kong only says a parcel from Shenzhen is not on its list, with the list', async () => {
    const knowledge = path.join(__dirname, '../../knowledge');
    const hkOnly = await botHarness({ fees: loadFeeTables(knowledge, ['HK']) });
    try {
      const a = hkOnly.adapter({ locale: 'zh-TW', user: 'hk-only' });
      const reply = (await send(a, '由深圳寄3公斤去香港要幾錢呀')).join('\n');
      expect(reply).toContain('由深圳寄出嘅件唔喺我哋嘅價目表度');
      // Hong Kong's price list follows: its entry on cross-border parcels, which the place names.
      expect(reply).toContain('由內地寄嚟香港');
      expect(reply).not.toMatch(/HK\$\d+。/);
    } finally {
      await hkOnly.close();
    }
  });

  it('en: pounds are read where the market’s table weighs in them, and converted out loud', async () => {
    const knowledge = path.join(__dirname, '../../knowledge');
    const shipped = loadFeeTables(knowledge, ['CN', 'TW', 'HK']);
    const hk = shipped.HK as NonNullable<(typeof shipped)['HK']>;
    const withPounds = await botHarness({ fees: { ...shipped, HK: { ...hk, weightUnits: { lb: 0.4536 } } } });
    try {
      const a = withPounds.adapter({ locale: 'en-HK', user: 'hk-lb' });
      const reply = (await send(a, 'how much to send 5 lb from Central to Mong Kok?')).join('\n');
      // 5 × 0.4536 = 2.268 kg: HK$30 for the first kg and two started kg at HK$8.
      expect(reply).toContain(
        'Central → Mong Kok, 5 lb (2.268 kg: a pound is 0.4536 kg): HK$30 (first 1 kg) + 2 × HK$8',
      );
      expect(reply).toContain('= HK$46');
    } finally {
      await withPounds.close();
    }
  });

  it('zh-TW (Taiwan): a route inside Taiwan, an island on the same weight, a route to the Mainland', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'tw-1' });
    const domestic = await said(a, '從台北寄2.5公斤到台南要多少');
    expect(domestic).toContain('台北 → 台南，2.5 公斤：NT$120（首重 1 公斤） + 2 × NT$30');
    expect(domestic).toContain('= NT$180');
    const island = await said(a, '那寄到澎湖呢');
    expect(island).toContain('台北 → 澎湖，2.5 公斤：NT$180（首重 1 公斤） + 2 × NT$30');
    expect(island).toContain('= NT$240');
    // Taiwan's shipped table has a Mainland zone (blind batch 13, 13.1): the price, worked out.
    const mainland = await said(a, '寄2公斤到上海多少錢');
    expect(mainland).toContain('寄往上海，2 公斤：NT$380（首重 0.5 公斤） + 3 × NT$90');
    expect(mainland).toContain('= NT$650');
  });

  it('zh-TW (Taiwan): a route a table does not price is said so, with the list’s cross-border entry, not the domestic one', async () => {
    const knowledge = path.join(__dirname, '../../knowledge');
    const fees = loadFeeTables(knowledge, ['CN', 'TW', 'HK']);
    const tw = fees.TW as (typeof fees)[string];
    const noMainland = await botHarness({
      fees: { ...fees, TW: { ...tw, zones: tw.zones.filter((z) => z.id !== 'mainland') } },
    });
    try {
      const a = noMainland.adapter({ locale: 'zh-TW', user: 'tw-no-mainland' });
      const reply = (await send(a, '從高雄寄3公斤到上海大概多少錢')).join('\n');
      expect(reply).toContain('台灣的價目表沒有寄往上海的價格');
      expect(reply).not.toMatch(/= NT\$\d+/);
      expect(reply).toContain('寄中國大陸：首重 0.5 公斤 NT$380'); // the cross-border entry
      expect(reply).not.toContain('國內宅配'); // not Taiwan's domestic list
    } finally {
      await noMainland.close();
    }
  });

  it('en: a Mainland route in kilos, Hong Kong’s outlying islands, and an unknown or unserved place', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'en-1' });
    const cn = await said(a, 'What would 2.5 kilos from Hangzhou to Chengdu cost?');
    expect(cn).toContain('Hangzhou → Chengdu, 2.5 kg: CNY 12 (first 1 kg) + 2 × CNY 5');
    expect(cn).toContain('= CNY 22');
    const island = await said(a, 'price for 3kg from Sha Tin to Tai O?');
    expect(island).toContain('Sha Tin → Tai O, 3 kg: HK$50 (first 1 kg) + 2 × HK$8');
    expect(island).toContain('= HK$66');
    const fromMacau = await said(a, 'how much to send 2kg from Macau to Hong Kong');
    expect(fromMacau).toContain('A parcel sent from Macau is not on our price list');
    const nowhere = await said(a, 'how much for 1kg to Atlantis');
    expect(nowhere).toContain("I can't find “Atlantis”");
    expect(nowhere).not.toMatch(/= (CNY|HK\$)/);
  });

  it('en: a weight with no destination asks where it goes; pounds are asked again in kg where the table has none', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'en-2' });
    const noPlace = await said(a, 'how much does a 3kg parcel cost to send?');
    expect(noPlace).toMatch(/^The price for 3 kg depends on where it goes/);
    const pounds = await said(a, 'how much to send 4 lb from Shanghai to Beijing?');
    expect(pounds).toContain('I work prices out in kilograms');
    // The box's volumetric weight is charged when it is the larger: 50×40×30 cm ÷ 6000 = 10 kg.
    const box = await said(a, 'how much for a 2kg box of 50x40x30cm from Shanghai to Beijing?');
    expect(box).toContain("2 kg, charged by the box's volumetric weight");
    expect(box).toContain('= CNY 57');
  });
});
