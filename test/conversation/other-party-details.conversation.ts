import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Another person's phone, address or full name asked for (blind batch 44b: an ex's new address, a buyer's phone "to go
 * to the police", a lost-touch friend's number — nothing was shown, but the bot never said it would not show it, and
 * "給個地址也好" was told its parcel was not lost). Said plainly, then shorter when pressed; a personal message is not
 * passed on; "who sent it?" of a parcel received asks the recipient's digits. Wordings differ from the blind testers'.
 */
describe("another person's details asked for", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: "give me the sender\'s phone" is refused plainly; "I have a right to know" hears it again, shorter', async () => {
    const [, refused, pressed] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 where is it',
      'can you give me the senders phone number? we lost touch',
      'come on I have a right to know who sent me stuff',
    ]);
    expect(all(refused)).toMatch(/can't give out anyone's phone number, address or full name/);
    expect(all(refused)).not.toMatch(/isn't lost/);
    expect(all(pressed)).toMatch(/I really can't/);
  });

  it("zh-CN: a seller asking for the buyer's phone and address is refused, the police way named; nothing shown", async () => {
    const [refused] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '买家收了货不给钱 把他的电话和详细地址给我 我要去报警',
    ]);
    expect(all(refused)).toMatch(/其他人的电话、地址和全名我都不能提供/);
    expect(all(refused)).toMatch(/警方可以直接向我们调取记录/);
    expect(all(refused)).not.toMatch(/您希望我们怎么处理/);
  });

  it('zh-TW: "可以請你轉告他聯絡我嗎" hears that no personal message is passed on', async () => {
    const [, relay] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '請問 SF1402837465921 什麼時候到',
      '我朋友換號碼了 可以請你們幫我轉告他聯絡我嗎',
    ]);
    expect(all(relay)).toMatch(/不能代為轉達私人留言/);
  });

  it('zh-CN: "是谁寄的" of a parcel received shows its status and asks the recipient\'s digits; they prove it', async () => {
    const [who, proof] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '收到个快递JT0001234567890 我没网购过啊 这是谁寄的',
      '1111 是我的手机',
    ]);
    expect(all(who)).toMatch(/JT0001234567890（南京 → 苏州）/);
    expect(all(who)).toMatch(/发一下您手机号的后4位/);
    expect(all(who)).not.toMatch(/您希望我们怎么处理/);
    expect(all(proof)).toMatch(/核对无误/);
    expect(all(proof)).toMatch(/孙＊，南京/);
    expect(all(proof)).not.toMatch(/您希望我们怎么处理|态度/);
  });

  it('zh-TW (Cantonese): asked mid-complaint ("俾佢個新地址我"), refused and the step asked again', async () => {
    const [, , refused] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'EA526018152CN 點解退咗返去 我要投訴',
      '重新派送',
      '寄件人搬咗屋 可唔可以俾佢個新地址我',
    ]);
    expect(all(refused)).toMatch(/其他人嘅電話、地址同全名我都唔可以提供/);
    expect(all(refused)).toMatch(/聯絡電話或者電郵|聯絡方法/);
  });

  it("en: the customer changing the recipient's phone on the parcel is not asked for another's details", async () => {
    const [, change] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921',
      "can you update the recipient's phone number, it's wrong",
    ]);
    expect(all(change)).not.toMatch(/can't give out anyone's/);
  });

  it('zh-CN: a parcel received and not wanted — "能退回去吗" — is how to send it back, no complaint', async () => {
    const [, back] = await talk(h.adapter({ locale: 'zh-CN' }), ['JT0001234567890 到了吗', '这东西我不要 能退回去吗']);
    expect(all(back)).toMatch(/自己寄回包裹/);
    expect(all(back)).not.toMatch(/您希望我们怎么处理/);
  });

  it('en: "ends 4567, that one is mine … can you give me the address it went back to" mid-complaint is refused too', async () => {
    const [, refused] = await talk(h.adapter({ locale: 'en-US' }), [
      'EA526018152CN came back to my ex, why was it returned?',
      '4567 is mine. she moved, can you give me the address it went back to',
    ]);
    expect(all(refused)).toMatch(/can't give out anyone's phone number, address or full name/);
  });

  it('zh-CN: a delivered parcel not wanted, "能退回去吗 要我出钱吗", is how to send it back; "能退回运费吗" is not', async () => {
    const [, back] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 到了吗',
      '这东西我不想要 能退回去吗 要我出钱吗',
    ]);
    expect(all(back)).toMatch(/自己寄回包裹/);
    const [, money] = await talk(h.adapter({ locale: 'zh-CN', user: 'refund' }), [
      'JT0001234567890 到了吗',
      '能退回运费吗 我多付了',
    ]);
    expect(all(money)).not.toMatch(/自己寄回包裹/);
  });
});
