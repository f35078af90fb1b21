import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batch 47b (the customer sends the parcel) and the rest of 47a: a shop's daily pickups heard only how to book one;
 * "the business account sounds good" opened a complaint; "how do I pay, I can't use a phone" got the price list; a
 * booked pickup to be moved was taken for a parcel not received; "should I send another one?" had a speed-up ordered; the
 * recipient's new number became the customer's contact; an unordered cash-on-delivery parcel at the door heard how cash
 * on delivery works for senders; "so the address is fine?" after a scam text reopened a complaint. Wordings differ from
 * the testers'.
 */
describe('senders, and what happens at the door', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: pickups "every morning" hear the business account\'s scheduled pickups; "is there an app" where to book', async () => {
    const [asked, where] = await talk(h.adapter({ locale: 'en-US' }), [
      'can a courier collect from my shop every morning?',
      'how do i book it, is there an app',
    ]);
    expect(all(asked)).toMatch(/scheduled pickups/);
    expect(all(where)).toMatch(/book on our website or mini-program/);
    expect(all(where)).not.toMatch(/compensated/);
  });

  it('en: "the business account thing sounds good … thanks" a few turns later hears how to apply, no complaint', async () => {
    const [, , wanted] = await talk(h.adapter({ locale: 'en-US' }), [
      'what about monthly billing for shops',
      'and can i send candles in glass jars',
      'hm ok ill ask the courier then. the business account thing sounds good we do way more than 50 a month, thanks',
    ]);
    expect(all(wanted)).toMatch(/To open one, apply under "Business account"/);
    expect(all(wanted)).not.toMatch(/Which tracking number/);
  });

  it('zh-CN: "寄件怎么付钱 可以给现金吗" hears how to pay, not the price list', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['寄件怎么付钱 可以给现金吗']);
    expect(all(asked)).toMatch(/现金一定收/);
    expect(all(asked)).not.toMatch(/首重 1 公斤 12 元，续重/);
  });

  it('en: "I booked a pickup for tomorrow, can I move it to friday?" hears the booking page, a person offered', async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'I booked a pickup for tomorrow, can I move it to friday?',
    ]);
    expect(all(asked)).toMatch(/moved to another day or time, or cancelled, free of charge on the booking page/);
    expect(all(asked)).not.toMatch(/Which tracking number/);
  });

  it('zh-TW: "我要不要先補寄一個給客人" while the parcel is looked for is the customer\'s call, no speed-up ordered', async () => {
    const [, , asked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '782828807290222 好像不見了',
      '我是寄件人 0000',
      '我要不要先補寄一個給客人',
    ]);
    expect(all(asked)).toMatch(/要不要補寄由您決定/);
    expect(all(asked)).not.toMatch(/加急/);
  });

  it('zh-CN: "收件人换号了 新号186…" is a correction of the waybill, asked to be proved', async () => {
    const [asked, done] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'YT6865635515058 收件人换号了 新号18612345678 帮忙改一下',
      '寄件人 8888',
    ]);
    expect(all(asked)).toMatch(/修改 YT6865635515058 的派送之前/);
    expect(all(done)).toMatch(/收件人的电话改为 18612345678/);
  });

  it('en: an unordered cash-on-delivery parcel at the door hears the refusal rule — refuse it, owe nothing', async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'the courier is at my door asking 60 yuan cash on delivery, i never ordered anything, should i pay?',
    ]);
    expect(all(asked)).toMatch(/you may refuse any parcel/);
    expect(all(asked)).not.toMatch(/the fee is 1% of the amount collected/);
  });

  it("zh-TW: the sender's full name and phone asked by the recipient are not given", async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 我是收件人 1111',
      '寄件人全名叫什麼 電話多少',
    ]);
    expect(all(asked)).toMatch(/其他人的電話、地址和全名我都不能提供/);
  });

  it('en: "so the address is fine, nothing to do?" after a scam text hears that nothing is needed, with the day', async () => {
    const [, fine] = await talk(h.adapter({ locale: 'en-US' }), [
      'got a text about SF1402837465921 with a link to pay a redelivery fee, is it you?',
      'so the address is fine, nothing to do?',
    ]);
    expect(all(fine)).toMatch(/Nothing is needed from you: SF1402837465921 has no problem on record .* due Nov 24/);
  });

  it('en: "so if it breaks how much do i get back" after an insurance question is the claim rules', async () => {
    const [, payout] = await talk(h.adapter({ locale: 'en-US' }), [
      'sending a camera worth 3000 rmb, how much to insure it',
      'so if it breaks how much do i get back',
    ]);
    expect(all(payout)).toMatch(/compensated up to the declared value/);
    expect(all(payout)).not.toMatch(/Domestic standard/);
  });

  it('en: "what\'s the holdup?" inside a complaint is the late parcel\'s status and recorded cause', async () => {
    const [, , why] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 my friend still hasnt got it',
      "i'm the sender 3333",
      "what's the holdup?",
    ]);
    expect(all(why)).toMatch(/No cause is recorded/);
  });

  it('zh-CN: "那15块能退吗" after the upstairs-fee rule is paid back through a complaint, offered — no damage read', async () => {
    const [, refund] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员说上楼费要我给15块现金，这是你们规定的吗',
      '那15块能退吗？我身份证照片被他拍了会不会被拿去干坏事',
    ]);
    expect(all(refund)).toMatch(/能退——快递员为此收的钱会退还/);
    expect(all(refund)).toMatch(/收件不需要拍身份证/);
    expect(all(refund)).not.toMatch(/损坏/);
  });
});
