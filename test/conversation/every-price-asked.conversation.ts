import { botHarness, send, type BotHarness } from './harness';

/**
 * A price question gets a price for every weight and every place it asks about, and a cross-border route its
 * own market's rates (issue #17, blind batch 13: 05.2 and 25.2 gave Macau only its first 0.5 kg, 13.2 Hong Kong
 * the same, 13.1 pasted Taiwan's domestic list for Kaohsiung → Shanghai).
 */
describe('every weight and every place of a price question priced', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');

  it('zh-CN: two weights to Macau, then the same weights to two other places', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'prices-cn' });
    const macau = await said(a, '我想寄两公斤和六公斤的东西去澳门，分别多少钱');
    // 45 for the first 0.5 kg, then 12 for each further 0.5 kg: 3 steps for 2 kg, 11 for 6 kg.
    expect(macau).toContain('寄往澳门，2 公斤：45 元（首重 0.5 公斤） + 3 × 12 元');
    expect(macau).toContain('= 81 元');
    expect(macau).toContain('寄往澳门，6 公斤：45 元（首重 0.5 公斤） + 11 × 12 元');
    expect(macau).toContain('= 177 元');
    expect(macau).not.toContain('只列出首重');
    const both = await said(a, '那寄到天津跟台湾呢');
    expect(both).toContain('寄往天津，2 公斤');
    expect(both).toContain('寄往天津，6 公斤');
    expect(both).toContain('寄往台湾，2 公斤：90 元（首重 0.5 公斤） + 3 × 25 元');
    expect(both).toContain('= 365 元'); // 6 kg to Taiwan: 90 + 11 × 25
    // The rule on the weight charged is said once, not after every line.
    expect(both.split('按实际重量').length).toBe(2);
  });

  it('zh-TW (Taiwan): Hong Kong and Macau by every 0.5 kg, and the Mainland on Taiwan’s own table', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'prices-tw' });
    const two = await said(a, '從台中寄1.5公斤到香港跟澳門要多少');
    expect(two).toContain('台中 → 香港，1.5 公斤：NT$350（首重 0.5 公斤） + 2 × NT$80');
    expect(two).toContain('台中 → 澳門，1.5 公斤');
    expect(two.match(/= NT\$510/g)).toHaveLength(2);
    const mainland = await said(a, '從台南寄到北京3公斤運費多少');
    expect(mainland).toContain('台南 → 北京，3 公斤：NT$380（首重 0.5 公斤） + 5 × NT$90');
    expect(mainland).toContain('= NT$830');
    expect(mainland).not.toContain('國內宅配');
  });

  it('zh-TW Cantonese (Hong Kong): two weights to Taiwan on Hong Kong’s table', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'prices-hk' });
    const reply = await said(a, '我喺觀塘，寄1公斤同3公斤去台灣幾錢呀');
    expect(reply).toContain('1 公斤：HK$65（首重 0.5 公斤） + 1 × HK$18');
    expect(reply).toContain('= HK$83');
    expect(reply).toContain('3 公斤：HK$65（首重 0.5 公斤） + 5 × HK$18');
    expect(reply).toContain('= HK$155');
  });

  it('en: one weight to two places, then a list of three regions', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'prices-en' });
    const two = await said(a, 'What does it cost to send 3kg from Taipei to Macau and to Shanghai?');
    expect(two).toContain('Taipei → Macau, 3 kg: NT$350 (first 0.5 kg) + 5 × NT$80');
    expect(two).toContain('= NT$750');
    expect(two).toContain('Taipei → Shanghai, 3 kg: NT$380 (first 0.5 kg) + 5 × NT$90');
    expect(two).toContain('= NT$830');
    const three = await said(a, 'ok and 1 kg from Shenzhen to Hong Kong, Macau or Taiwan?');
    expect(three).toContain('Shenzhen → Hong Kong, 1 kg: CNY 38');
    expect(three).toContain('Shenzhen → Macau, 1 kg: CNY 45 (first 0.5 kg) + 1 × CNY 12');
    expect(three).toContain('Shenzhen → Taiwan, 1 kg: CNY 90 (first 0.5 kg) + 1 × CNY 25');
    expect(three).not.toContain('only gives');
  });
});
