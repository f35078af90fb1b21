import { botHarness, talk, type BotHarness } from './harness';

// A recipient made to pay cash on delivery they did not owe (blind batch 27: 05): a fee complaint from the recipient's
// side, never the seller's remittance; "do you even do COD, how does it work?" answered inside the complaint; a bare
// "how long?" about a delivered parcel answered with the complaint's times.
describe('cash on delivery charged wrongly at the door', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes an English fee complaint from the recipient, answers how COD works and how long the complaint takes', async () => {
    const [opening = [], cod = [], contact = [], howLong = []] = await talk(h.adapter({ locale: 'en-US' }), [
      "the driver charged me 45 yuan cash on delivery for JT0001234567890 but I'd already paid the store, give it back",
      'hang on, do you guys even offer COD? how does that work',
      '13912345678',
      'ok, how long?',
    ]);
    const first = opening.join('\n');
    expect(first).toMatch(/owe/);
    expect(first).not.toMatch(/Remittance|COD money is due/);
    expect(cod.join('\n')).toContain('Yes, we offer cash on delivery');
    expect(contact.join('\n')).toContain('Type: fee dispute');
    expect(howLong.join('\n')).toContain('resolved within 24 hours');
    expect(howLong.join('\n')).not.toContain('was delivered');
  });

  it('does the same in Simplified Chinese', async () => {
    const [opening = [], cod = [], contact = [], howLong = []] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员送JT0001234567890的时候逼我付了45元货到付款，我在网上早就付过钱了，要退给我',
      '你们支持货到付款吗，怎么运作的',
      '13912345678',
      '好吧，要多久',
    ]);
    const first = opening.join('\n');
    expect(first).toContain('退还给您');
    expect(first).not.toMatch(/回款|到账时间/);
    expect(cod.join('\n')).toContain('代收');
    expect(contact.join('\n')).toContain('费用争议');
    expect(howLong.join('\n')).toContain('24 小时');
  });

  it('does the same in Hong Kong Cantonese', async () => {
    const [opening = [], cod = [], contact = [], howLong = []] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '速遞員派JT0001234567890嗰陣要我俾50蚊貨到付款，我根本冇揀過貨到付款，退返俾我',
      '你哋有冇貨到付款？點運作㗎',
      '91234567',
      '好，要幾耐',
    ]);
    const first = opening.join('\n');
    expect(first).toMatch(/退返俾你|退還給您/);
    expect(first).not.toMatch(/過數時間|入帳時間|撥款時間/);
    expect(cod.join('\n')).toContain('代收貨款服務');
    expect(contact.join('\n')).toContain('費用');
    expect(howLong.join('\n')).toContain('24');
  });
});
