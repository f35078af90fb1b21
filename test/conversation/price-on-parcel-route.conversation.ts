import { botHarness, talk, type BotHarness } from './harness';

/**
 * A price asked beside a parcel's number and a weight, with no place (issue #17, blind-26b 24.1): priced on that
 * parcel's own route (SF1402837465921 goes Shenzhen → Shanghai) by the same table as "how much to send 2kg to
 * Beijing" — not the general list with "where does it go?".
 */
describe("a weight priced on the parcel's own route", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('prices 2kg on the parcel route in English', async () => {
    const [reply] = await talk(h.adapter({ locale: 'en-US' }), ['SF1402837465921 2kg how much should it cost']);
    const text = (reply ?? []).join('\n');
    expect(text).toContain('Shenzhen → Shanghai, 2 kg');
    expect(text).toContain('= CNY 17');
    expect(text).not.toContain('depends on where it goes');
  });

  it('prices 3公斤 on the parcel route in Simplified Chinese', async () => {
    const [reply] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF1402837465921 3公斤运费应该多少钱']);
    expect((reply ?? []).join('\n')).toContain('深圳 → 上海，3 公斤');
    expect((reply ?? []).join('\n')).toContain('= 22 元');
  });

  it('prices 1.5公斤 on the parcel route in Traditional Chinese', async () => {
    const [reply] = await talk(h.adapter({ locale: 'zh-TW' }), ['SF1402837465921 1.5公斤 運費怎麼算']);
    expect((reply ?? []).join('\n')).toContain('深圳 → 上海，1.5 公斤');
    expect((reply ?? []).join('\n')).toContain('人民幣 17 元');
  });

  it('says what the weight costs on the route when a fee complaint gives it', async () => {
    const [reply] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '你們運費到底怎麼算的？我寄 SF1402837465921 1.5公斤 被收了 68 塊 朋友說應該 20 幾塊而已',
    ]);
    const text = (reply ?? []).join('\n');
    expect(text).toContain('核對價目表');
    expect(text).toContain('深圳 → 上海，1.5 公斤');
  });

  it('keeps a place the customer names over the parcel route', async () => {
    const [reply] = await talk(h.adapter({ locale: 'en-US' }), ['SF1402837465921 how much is 2kg to Beijing']);
    expect((reply ?? []).join('\n')).toMatch(/beijing, 2 kg/i);
  });
});
