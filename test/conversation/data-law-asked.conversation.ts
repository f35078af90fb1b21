import { botHarness, talk, type BotHarness } from './harness';

/**
 * What the courier keeps of a customer's data, why, how long, who sees it and the law behind it (the Mainland's PIPL,
 * Taiwan's 個人資料保護法, Hong Kong's PDPO) is answered from the market's knowledge entry — on its own and beside the
 * step of a data-leak complaint, whose demand said beside the question is still taken (issue #17, blind-30 08.3: "what
 * do you do with my data, is there a law like GDPR" heard nothing).
 */
describe('what is done with customers’ data, and the law', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: how long my details are stored and which law covers it', async () => {
    const [said] = await play('en-US', [
      'how long do you store my personal details, and is there a data protection law?',
    ]);
    expect(said).toContain('Personal Information Protection Law');
    expect(said).toContain('1 year after delivery');
    expect(said).not.toContain('Calls asking you to pay');
  });

  it('en: asked beside the demand step of a leak complaint, the demand is still taken', async () => {
    const said = await play('en-US', [
      'the courier on SF1402837465921 posted my phone number and address in a group chat, I want to complain',
      'I demand an apology. who gets to see my personal information at your company anyway?',
    ]);
    const last = said[1] ?? '';
    expect(last).toContain('Personal Information Protection Law');
    expect(last).toMatch(/apology/i);
    expect(last).not.toContain('no specific demand');
  });

  it('zh-CN: 个人信息怎么处理、保存多久', async () => {
    const [said] = await play('zh-CN', ['想问下你们是怎么处理我的个人信息的？要保存多久？']);
    expect(said).toContain('个人信息保护法');
    expect(said).toContain('1 年');
    expect(said).not.toContain('运费');
  });

  it('zh-TW (Taiwan): 個資保存多久、個資法', async () => {
    const [said] = await play('zh-TW', ['請問我的資料你們會保存多久？有受個資法保護嗎？']);
    expect(said).toContain('個人資料保護法');
    expect(said).not.toContain('私隱條例');
  });

  it('zh-TW (Hong Kong Cantonese): 點樣處理我嘅個人資料', async () => {
    const [said] = await play('zh-TW', ['你哋點樣處理我嘅個人資料㗎？有冇私隱條例管？']);
    expect(said).toContain('《個人資料(私隱)條例》');
    expect(said).toContain('40 日');
    expect(said).not.toContain('個人資料保護法》');
  });
});
