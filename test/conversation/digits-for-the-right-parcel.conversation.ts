import { botHarness, send, type BotHarness } from './harness';

/**
 * Last-4 digits are checked against the parcel the customer is talking about: after they moved to a second parcel
 * in the middle of a complaint, that one (a mismatch names the parcel checked); a parcel our records do not have is
 * never proven — it is not found, and the number is what to check (issue #17).
 */
describe('last 4 digits checked against the right parcel', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());
  const said = async (adapter: ReturnType<BotHarness['adapter']>, text: string) =>
    (await send(adapter, text)).join('\n');

  it('zh-CN: digits after the second parcel was named prove that parcel', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'digits-second-cn' });
    await said(a, 'SF2210478832106 说好前几天到的，到现在都没有，投诉');
    await said(a, '还有一个YT6865635515058也好几天没动了');
    const proved = await said(a, '收件人手机尾号7777');
    expect(proved).toContain('核对无误');
    expect(proved).toContain('赵敏');
    expect(proved).not.toContain('不符');
  });

  it('en: wrong digits after the second parcel name the parcel they were checked against', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'digits-second-en' });
    await said(a, 'SF2210478832106 was due on the 20th and is still not here, I want to complain');
    await said(a, 'and my other parcel YT6865635515058 is stuck as well');
    const wrong = await said(a, 'the last four are 3141');
    expect(wrong).toContain("don't match the phone numbers on parcel YT6865635515058");
    expect(wrong).not.toContain('SF2210478832106');
  });

  it('zh-TW Cantonese: the mismatch names the second parcel', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'digits-second-hk' });
    await said(a, 'SF2210478832106 遲咗幾日都未到，我要投訴');
    await said(a, '另外一件YT6865635515058都幾日冇郁過');
    const wrong = await said(a, '尾數3141');
    expect(wrong).toContain('YT6865635515058');
    expect(wrong).not.toContain('SF2210478832106');
  });

  it('en, zh-CN and zh-TW: digits for a parcel we cannot find say so and ask to check the number', async () => {
    const en = h.adapter({ locale: 'en-US', user: 'digits-unknown-en' });
    await said(en, 'please speed up SF8888888888888');
    const reply = await said(en, '5678');
    expect(reply).toContain("I can't find SF8888888888888");
    expect(reply).toContain('Please check the number');
    expect(reply).not.toMatch(/match/);
    const cn = h.adapter({ locale: 'zh-CN', user: 'digits-unknown-cn' });
    await said(cn, 'SF8888888888888 想改个收货地址');
    const zh = await said(cn, '5678');
    expect(zh).toContain('没有查到单号 SF8888888888888');
    expect(zh).not.toContain('不符');
    const tw = h.adapter({ locale: 'zh-TW', user: 'digits-unknown-tw' });
    await said(tw, 'SF8888888888888 想改送貨地址，得唔得');
    const yue = await said(tw, '5678');
    expect(yue).toContain('查唔到單號 SF8888888888888');
    expect(yue).not.toContain('不符');
  });
});
