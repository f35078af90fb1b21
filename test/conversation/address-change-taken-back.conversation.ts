import { botHarness, talk, type BotHarness } from './harness';

/**
 * "Actually no, leave the address as it is" after a new address was asked for takes the address back — not a
 * complaint — and keeps what was asked beside it (a call first); before anything was recorded nothing is changed
 * (issue #17, conv27 leftovers).
 */
describe('an address change taken back', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const replies = async (locale: string, turns: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), turns)).map((said) => said.join('\n'));

  it('en: the address is withdrawn and the call before delivery stays asked for', async () => {
    const said = await replies('en-US', [
      'SF1402837465921 please take it to 7 Wulumuqi Road, Shanghai instead. Call me before you bring it.',
      '4444',
      'wait, on second thoughts keep the address unchanged',
    ]);
    const back = said[2] ?? '';
    expect(back).toContain("I've withdrawn your request to deliver it to 7 Wulumuqi Road");
    expect(back).toContain('Still asked for, as before: deliver it as planned, calling');
    expect(back).not.toMatch(/sorry|What would you like us to do/i);
  });

  it('en: taken back before the last 4 digits, nothing was changed', async () => {
    const said = await replies('en-US', [
      'could you send SF1402837465921 to 7 Wulumuqi Road, Shanghai instead',
      "no actually, let's leave the address as it is",
    ]);
    expect(said[1]).toContain('left the delivery of SF1402837465921 as it was');
  });

  it('zh-CN: 地址不改了 withdraws the new address and keeps the call first', async () => {
    const said = await replies('zh-CN', [
      'SF1402837465921 请帮我改送到上海市长宁区延安西路300号。派送前给我打个电话',
      '4444',
      '不好意思，地址我不改了',
    ]);
    expect(said[2]).toContain('已撤回改送到');
    expect(said[2]).toContain('其余的照旧登记着');
    expect(said[2]).not.toContain('很抱歉');
  });

  it('zh-TW (Cantonese): 地址唔使改 before anything was recorded leaves it as it was', async () => {
    const said = await replies('zh-TW', ['SF1402837465921 想改送貨地址', '算啦，地址唔使改住']);
    expect(said[1]).toContain('SF1402837465921 照原本咁派送');
  });

  it('zh-TW: 地址維持不變 withdraws the recorded change', async () => {
    const said = await replies('zh-TW', [
      'SF1402837465921 請把地址改成上海市黃浦區中山東一路12號',
      '4444',
      '還是算了，地址維持不變就好',
    ]);
    expect(said[2]).toContain('已撤回改送到');
  });
});
