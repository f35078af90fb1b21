import path from 'node:path';
import { loadFeeTables } from '../../src/bot';
import { botHarness, send, type BotHarness } from './harness';

/**
 * A price question with a weight for each place gets one price per pair, not every weight to every place; a weight
 * said once for several places is priced to each; where the customer says they are sends the parcel from there, on
 * that market's table in its money, and a market with no table is said so with where to ask (issue #17).
 */
describe('fees by route: each weight with its own place', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');

  it('zh-CN: two bare 寄 with a weight each, then one weight for two places', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'route-pairs-cn' });
    const two = await said(a, '寄天津4公斤，再寄西安2.5公斤，各多少钱');
    expect(two).toContain('寄往天津，4 公斤');
    expect(two).toContain('寄往西安，2.5 公斤');
    expect(two).not.toContain('寄往天津，2.5 公斤');
    expect(two).not.toContain('寄往西安，4 公斤');
    const same = await said(a, '寄南京和武汉 都是3公斤 运费多少');
    expect(same).toContain('寄往南京，3 公斤');
    expect(same).toContain('寄往武汉，3 公斤');
  });

  it('zh-TW: 台中 and 台南 each with its own weight; Cantonese: 去 two places with a weight each', async () => {
    const tw = h.adapter({ locale: 'zh-TW', user: 'route-pairs-tw' });
    const two = await said(tw, '寄台中三公斤 台南一公斤 運費多少');
    expect(two).toContain('寄往台中，3 公斤');
    expect(two).toContain('寄往台南，1 公斤');
    expect(two).not.toContain('寄往台中，1 公斤');
    const hk = h.adapter({ locale: 'zh-TW', user: 'route-pairs-hk' });
    const yue = await said(hk, '寄去深圳4公斤，去廣州1公斤，幾錢呀');
    expect(yue).toContain('寄去深圳，4 公斤');
    expect(yue).toContain('寄去廣州，1 公斤');
    expect(yue).not.toContain('寄去深圳，1 公斤');
  });

  it('en: weight, place, weight, place', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'route-pairs-en' });
    const reply = await said(a, 'what would 3kg to Tianjin and 6kg to Wuhan cost me?');
    expect(reply).toContain('To Tianjin, 3 kg');
    expect(reply).toContain('To Wuhan, 6 kg');
    expect(reply).not.toContain('To Tianjin, 6 kg');
    expect(reply).not.toContain('To Wuhan, 3 kg');
  });

  it('where the customer is, in another market, is where it is sent from: that table, its money', async () => {
    const en = h.adapter({ locale: 'en-US', user: 'located-en' });
    await said(en, 'hi, I live in Taichung');
    const taipei = await said(en, "I'm in Shanghai this week, how much to send 1kg to Taipei?");
    expect(taipei).toContain('Shanghai → Taipei, 1 kg: CNY');
    expect(taipei).not.toContain('NT$');
    const tw = h.adapter({ locale: 'zh-TW', user: 'located-tw' });
    const hk = await said(tw, '我現在在上海，寄一公斤到香港要多少錢');
    expect(hk).toContain('上海 → 香港，1 公斤：人民幣');
    expect(hk).not.toContain('NT$');
  });
});

describe('fees by route: a sending market with no table', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness({ fees: loadFeeTables(path.join(__dirname, '../../knowledge'), ['TW', 'HK']) });
  });
  afterAll(() => h.close());

  it('zh-TW and en: said plainly, with where to ask, never priced on Taiwan’s table', async () => {
    const tw = h.adapter({ locale: 'zh-TW', user: 'no-table-tw' });
    const zh = (await send(tw, '我人在上海，寄一公斤到台中多少錢')).join('\n');
    expect(zh).toContain('從上海寄出的包裹不在我們的價目表上');
    expect(zh).toContain('請在寄件地的門市或下單頁面查詢');
    expect(zh).not.toMatch(/台中，1 公斤/);
    const en = h.adapter({ locale: 'en-US', user: 'no-table-en' });
    const reply = (await send(en, "I'm in Shanghai, what does 1kg to Taichung cost?")).join('\n');
    expect(reply).toContain('A parcel sent from Shanghai is not on our price list');
    expect(reply).toContain('Ask at the outlet where you send it');
  });
});
