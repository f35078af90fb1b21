import { botHarness, talk, type BotHarness } from './harness';

/**
 * Face cream, lotion and other cosmetics have their own rule in every market's prohibited-items answers (creams and
 * liquids per bottle or jar, sprays as flammables), not the general list or another item's rule (issue #17: a face
 * cream had no rule).
 */
describe('cosmetics and skincare: what may be sent', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const ask = async (locale: string, text: string) => ((await talk(h.adapter({ locale }), [text]))[0] ?? []).join('\n');

  it('en: a moisturiser and some lipstick', async () => {
    const said = await ask('en-US', 'is it ok to post a jar of moisturizer and a few lipsticks to my sister?');
    expect(said).toContain('Cosmetics and skincare');
    expect(said).toContain('1 litre (or 1 kg)');
    expect(said).not.toContain('Never accepted');
  });

  it('zh-CN: 护肤品', async () => {
    const said = await ask('zh-CN', '我想寄几瓶护肤品和一支防晒霜给朋友，可以吗');
    expect(said).toContain('化妆品、护肤品');
    expect(said).toContain('1 升（1 公斤）');
    expect(said).not.toContain('禁止寄递');
  });

  it('zh-TW (Taiwan): 保養品', async () => {
    const said = await ask('zh-TW', '請問乳霜類的保養品能不能寄？');
    expect(said).toContain('化妝品、保養品');
    expect(said).toContain('國內件');
    expect(said).not.toContain('寄內地');
  });

  it('zh-TW (Hong Kong Cantonese): 面霜', async () => {
    const said = await ask('zh-TW', '我想寄幾樽面霜返屋企，收唔收㗎？');
    expect(said).toContain('唔易燃嘅膏霜');
    expect(said).toContain('寄內地');
    expect(said).not.toContain('寄港澳台');
  });
});
