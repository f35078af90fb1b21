import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 47a (suspicious contacts, scams, privacy) and 47b (the customer sends the parcel): a customer who had
 * already paid a scammer was asked "which tracking number?"; "will you ever ask me for a code?", "is that your hotline?"
 * got "I can't answer that one here" (a hotline number was even taken as the customer's contact); "I want to send
 * something, how?" opened a complaint; a missed pickup's complaint asked for a parcel number it had said was not needed;
 * sweaters and books were "not on the list, I won't guess". Wordings differ from the testers'.
 */
describe('after a scam, and questions from senders', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: a code given to a caller and money gone hears the bank first and the police line — no parcel asked for', async () => {
    const [told] = await talk(h.adapter({ locale: 'en-US' }), [
      'someone rang saying they were from you and I gave them the code from my phone, now 500 is gone from my account',
    ]);
    expect(all(told)).toMatch(/that wasn't us/);
    expect(all(told)).toMatch(/first call your bank/);
    expect(all(told)).toMatch(/96110/);
    expect(all(told)).not.toMatch(/Which tracking number/);
  });

  it('zh-TW (Cantonese): the Hong Kong anti-scam line, then "bank or police first?" answered', async () => {
    const [told, first] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我頭先俾咗驗證碼個自稱速遞公司嘅人 跟住戶口少咗二千蚊',
      '咁我應該先打俾銀行定報警',
    ]);
    expect(all(told)).toMatch(/18222/);
    expect(all(first)).toMatch(/^先打俾銀行/);
  });

  it('zh-CN: the money a scammer took is not refunded as a fee — the bank and the police can', async () => {
    const [, refund] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我被骗了 点了个链接交了清关费 然后银行卡被盗刷了三千',
      '这三千你们能不能退给我',
    ]);
    expect(all(refund)).toMatch(/这笔钱我们没法退/);
    expect(all(refund)).not.toMatch(/3 个工作日/);
  });

  it('en: "do your staff ever ask customers to add them on wechat?" is answered no', async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'do your staff ever ask customers to add them on wechat?',
    ]);
    expect(all(asked)).toMatch(/^No — never/);
  });

  it('zh-CN: a hotline number asked about mid-complaint is answered, and is not taken as the contact', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 一直没到 我要投诉',
      '你们热线是不是95338',
    ]);
    expect(all(asked)).toMatch(/对方或短信里给的号码我没法替您确认/);
    expect(all(asked)).not.toMatch(/95338/);
  });

  it('zh-TW (Cantonese): "佢哋點解會知道我個名" after a scam call is answered', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '有人打嚟話係你哋職員 講得出我個名同地址',
      '佢哋點解會知道我個名',
    ]);
    expect(all(asked)).toMatch(/唔代表對方就係我哋/);
  });

  it('en: a link tapped with nothing typed is told what follows; the fee the text named is priced nowhere', async () => {
    const [warned, tapped] = await talk(h.adapter({ locale: 'en-US' }), [
      'got a text about SF1402837465921 with a link to pay a fee, is it you?',
      "I tapped the link but didn't type anything, am I ok?",
    ]);
    expect(all(warned)).toMatch(/That message isn't from us/);
    expect(all(warned)).toMatch(/Promised delivery: Nov 24/);
    expect(all(warned)).not.toMatch(/CNY 12 for the first/);
    expect(all(tapped)).toMatch(/If you only opened it and typed nothing in, no money can be taken/);
  });

  it('zh-CN: the number "in the text" after a scam is told hears its status only, no complaint offered', async () => {
    const [, status] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我被骗了 点了个链接交了清关费 然后银行卡被盗刷了三千',
      '短信里的单号是EA526018152CN',
    ]);
    expect(all(status)).toMatch(/已退回寄件人/);
    expect(all(status)).toMatch(/这个单号是骗子给的/);
    expect(all(status)).not.toMatch(/您希望我们怎么处理/);
  });

  it('zh-CN: "上楼费…这是你们规定的吗" with an ID photo hears the rule and that receiving needs no ID photo', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递小哥要拍我身份证才肯给我，还要收20块上楼费，这是你们规定的吗',
    ]);
    expect(all(asked)).toMatch(/没有“上楼费”/);
    expect(all(asked)).toMatch(/收件不需要拍身份证/);
  });

  it('zh-CN: "第一次寄快递 怎么寄" hears how to book a door pickup, not a complaint', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['第一次寄快递 想寄点东西给我女儿 怎么弄']);
    expect(all(asked)).toMatch(/上门取件：在官网或小程序下单/);
    expect(all(asked)).not.toMatch(/快递单号/);
  });

  it('en: a complaint about a pickup nobody came for asks no parcel number, and "move it to tomorrow" is answered', async () => {
    const [, filing, moved] = await talk(h.adapter({ locale: 'en-US' }), [
      'I scheduled a collection for this morning and the courier never showed up',
      'yes I want to complain about it',
      'can you get someone to come tomorrow after 2 instead',
    ]);
    expect(all(filing)).not.toMatch(/Which tracking number/);
    expect(all(moved)).toMatch(/moved free of charge on the booking page/);
  });

  it('zh-TW: books and clothes may be sent — not "not on the list"', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-TW' }), ['想寄幾本書跟一些衣服回台中 可以嗎']);
    expect(all(asked)).toMatch(/日常物品/);
    expect(all(asked)).not.toMatch(/沒有寫明/);
  });

  it('zh-TW (Cantonese): "可唔可以寄埋" names no item called 埋; the phone battery rule answers', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-TW' }), ['部舊iPad有電池 寄返大陸 可唔可以寄埋']);
    expect(all(asked)).not.toMatch(/「埋」/);
    expect(all(asked)).toMatch(/鋰電池/);
  });

  it('zh-CN: "广州寄广州要几天" is a same-city route, next day', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['广州寄广州要几天']);
    expect(all(asked)).toMatch(/广州 → 广州：一般次日送达/);
  });

  it('en: the weight of a how-long question is kept for "and the price?", with city names capitalised', async () => {
    const [, priced] = await talk(h.adapter({ locale: 'en-US' }), [
      'how many days guangzhou to beijing, 3kg',
      'and how much is it',
    ]);
    expect(all(priced)).toMatch(/Guangzhou → Beijing, 3 kg: .* = CNY 22/);
  });

  it('en: "not 2 in the morning, 2 in the afternoon" is 14:00, and a later "the morning" replaces it whole', async () => {
    const [, afternoon, morning] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 please deliver tomorrow at 2',
      'sorry I mean not 2 in the morning, 2 in the afternoon',
      'actually make it the morning',
    ]);
    expect(all(afternoon)).toMatch(/after 14:00/);
    expect(all(morning)).toMatch(/between 09:00 and 12:00/);
    expect(all(morning)).not.toMatch(/14:00 and 12:00/);
  });
});
