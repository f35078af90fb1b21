import { botHarness, send, type BotHarness } from './harness';

// A phone said as someone else's — the courier's, the seller's — is not the customer's contact: it is kept in the
// complaint's account as theirs, said so, and the customer's own number given after is the contact (blind-30 20.4).
describe("someone else's phone in a complaint", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('keeps the courier number in the account, not as the contact, in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, '投诉你们的派件员，态度恶劣还摔我的快递，单号 SF1402837465921');
    const noted = (await send(adapter, '那个派件员的手机号码是 13622223333，你们自己去问')).join('\n');
    expect(noted).toContain('不作为您的联系方式');
    expect(noted).not.toContain('已记下您的联系方式');
    await send(adapter, '道歉');
    const summary = (await send(adapter, '我自己的号码 13533334444')).join('\n');
    expect(summary).toContain('+8613533334444');
    expect(summary).toContain('13622223333');
    expect(summary).not.toMatch(/联系方式：\+8613622223333/);
  });

  it("keeps the driver's number apart in English", async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, 'I want to complain, the driver for SF1402837465921 shouted at me');
    const noted = (await send(adapter, "the driver's mobile is 13622223333 if you want to check with him")).join('\n');
    expect(noted).toContain('not as your contact');
    expect(noted).not.toContain('+8613622223333');
  });

  it("keeps the courier's number apart in Cantonese", async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, '我要投訴，SF1402837465921 速遞員成日唔送上樓，仲鬧人');
    const noted = (await send(adapter, '速遞員個電話係 13622223333，你哋自己問佢')).join('\n');
    expect(noted).toContain('唔會當係你嘅聯絡方法');
  });
});
