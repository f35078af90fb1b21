import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batches 48a (wrong or incomplete deliveries) and 48b (paperwork, money and the account), and the rest of 47a/47b:
 * an invoice for a named shipment opened a complaint; "how do I stop your texts" and "delete my data" were not
 * understood; the colleague from yesterday could not be asked for; a monthly statement was asked for a tracking number;
 * someone else's parcel at the door was asked what they wanted and "is anyone coming?" went unanswered; missing contents
 * heard a lost parcel's evidence; a sender's weight gap heard "don't worry, it isn't lost"; cash on delivery paid for
 * goods nobody ordered was read as a parcel not received. Wordings differ from the testers'.
 */
describe('paperwork, the account, and deliveries that went wrong', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: a company invoice for a named shipment hears where it is and how to get the invoice — no complaint', async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'could you send me a company invoice for SF1402837465921? accounts need it by friday',
    ]);
    expect(all(asked)).toMatch(/SF1402837465921 \(Shenzhen → Shanghai\)/);
    expect(all(asked)).toMatch(/Request invoice/);
    expect(all(asked)).not.toMatch(/What would you like us to do|I'm sorry about this/);
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it('zh-CN: "SF2210478832106 麻烦开张发票" is the invoice, not a complaint about the late parcel', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['SF2210478832106 麻烦开张发票 报销用']);
    expect(all(asked)).toMatch(/申请开票/);
    expect(all(asked)).not.toMatch(/您希望我们怎么处理/);
  });

  it('zh-TW (Cantonese): a receipt told of beside a number is no invoice request', async () => {
    const [told] = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF1402837465921 張收據寫1kg 但我寄嗰陣有4公斤 係咪俾人拆咗',
    ]);
    expect(all(told)).not.toMatch(/收據同發票/);
    expect(all(told)).toMatch(/紀錄上面嘅重量比你寄嗰陣輕咁多/);
  });

  it("stopping the courier's texts, in three languages: the parcel's own stop at delivery, promotions are turned off", async () => {
    const [en] = await talk(h.adapter({ locale: 'en-US' }), [
      'how can i stop getting all these text messages from you',
    ]);
    expect(all(en)).toMatch(/stop by themselves once it is delivered/);
    const [cn] = await talk(h.adapter({ locale: 'zh-CN', user: 'cn' }), ['双十二的推广短信太多了 怎么取消']);
    expect(all(cn)).toMatch(/回复TD退订/);
    const [hk] = await talk(h.adapter({ locale: 'zh-HK', user: 'hk' }), ['我唔想再收你哋啲推廣SMS']);
    expect(all(hk)).toMatch(/回覆 STOP 就退訂/);
  });

  it('zh-CN: "请把我的个人信息全部删除" goes to the privacy team on a ticket; "把“浦东”删掉" in an address does not', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['我不用你们了 请把我的个人信息全部删除']);
    expect(all(asked)).toMatch(/删除个人信息的申请已写进工单/);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.history.some((e) => /personal data deletion requested/.test(e.note ?? ''))).toBe(true);
  });

  it("en: a former employee's details to delete hear that she asks, or the account's admin removes her", async () => {
    const [asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'a former employee of ours still has her phone and ID registered on our account, can you delete her details?',
    ]);
    expect(all(asked)).toMatch(/privacy team/);
    expect(all(asked)).toMatch(/A former employee's details/);
  });

  it('zh-CN: "能帮我接回上次那个客服吗 工号2231" is a person, the wish on the ticket', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-CN' }), ['能帮我接回上次那个客服吗 工号2231']);
    expect(all(asked)).toMatch(/没法指定某一位客服/);
    const tickets = await h.store.tickets.find({});
    expect(tickets[0]?.history.some((e) => /asks for the agent spoken with before/.test(e.note ?? ''))).toBe(true);
  });

  it('en: in a complaint, "can I get the same lady I talked to on friday?" is noted on it, a person offered', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF2210478832106 is 3 days late again',
      'can I get the same lady I talked to before? she knew the whole story',
    ]);
    expect(all(asked)).toMatch(/noted on your complaint that you spoke with someone before/);
    expect(all(asked)).not.toMatch(/I can't answer that one here/);
  });

  it('en: a monthly statement disputed is a fee complaint that asks no tracking number', async () => {
    const [told] = await talk(h.adapter({ locale: 'en-US' }), [
      'our monthly statement for october is wrong, it bills us for a dozen parcels we never sent',
    ]);
    expect(all(told)).toMatch(/No tracking number is needed for this/);
    expect(all(told)).not.toMatch(/Which tracking number/);
  });

  it('zh-TW (Cantonese): someone else\'s parcel at the door asks no demand; "幾時有人嚟攞走" is answered', async () => {
    const [first, when] = await talk(h.adapter({ locale: 'zh-HK' }), [
      '有件人哋嘅嘢放咗喺我門口 單號JT0001234567890',
      '咁幾時有人嚟攞走',
    ]);
    expect(all(first)).not.toMatch(/你想我哋點樣處理/);
    expect(all(when)).toMatch(/派速遞員上門攞返件貨/);
  });

  it('en: "which apartment does she live in" of a parcel left at the wrong door is refused', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'en-US' }), [
      'the courier left a parcel at my door that is not mine, JT0001234567890',
      'i dont know her, which apartment does she live in? ill take it over',
    ]);
    expect(all(asked)).toMatch(/I can't give out anyone's phone number, address or full name/);
  });

  it('zh-CN: missing contents — what to photograph and keep, then "我有开箱视频 有用吗"', async () => {
    const [, photos, video] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 到了 箱子被拆过 少了一双鞋',
      '需要拍哪些照片 留什么证据',
      '我有开箱视频 这个有用吗',
    ]);
    expect(all(photos)).toMatch(/先不要重新封箱、不要寄回、不要丢掉/);
    expect(all(photos)).not.toMatch(/丢失的包裹不用拍物品照片/);
    expect(all(video)).toMatch(/开箱视频请保留好/);
  });

  it('en: a sender\'s weight gap opens a complaint; "who weighed it at 0.6?" is answered', async () => {
    const [told, , who] = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 the app says 0.6kg but i weighed it at 2.5kg before sending, did someone open it and take stuff',
      'im the sender 2222',
      'so who weighed it at 0.6?',
    ]);
    expect(all(told)).toMatch(/compares the weights scanned at pickup and at each hub/);
    expect(all(told)).not.toMatch(/isn't lost/);
    expect(all(who)).toMatch(/scanned when the courier picked the parcel up/);
  });

  it('zh-TW: cash on delivery paid for goods nobody ordered hears the payout hold, then "錢拿得回來嗎"', async () => {
    const [told, back] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我爸幫我簽收了一個貨到付款350元的包裹 我們根本沒訂過東西',
      '那錢拿得回來嗎',
    ]);
    expect(all(told)).toMatch(/暫停撥款/);
    expect(all(told)).not.toMatch(/該到的包裹沒收到/);
    expect(all(back)).toMatch(/要看貨款有沒有及時攔下/);
  });

  it('en: after a scam text warning, "so its a scam then?" hears yes; "should i report this text" how', async () => {
    const [, scam] = await talk(h.adapter({ locale: 'en-US' }), [
      'got an sms saying my parcel is stuck and to pay 2.99 at a link, is that you',
      'so its a scam then?',
    ]);
    expect(all(scam)).toMatch(/Most likely, yes/);
    const [report] = await talk(h.adapter({ locale: 'en-US', user: 'other' }), [
      'should i report the text somewhere? it had a link to pay',
    ]);
    expect(all(report)).toMatch(/report it to the police's anti-fraud line/);
  });

  it('zh-CN: "这是韵达的单子 你们不是韵达吗" in a complaint whose number we never knew: not us, and whom to ask', async () => {
    const [, , notUs, whom] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '箱子被拆过 少了两件衣服 单号4312 8876 5501 2',
      '4312887655012',
      '这是韵达的单子 你们不是韵达吗',
      '那我该找商家还是找快递',
    ]);
    expect(all(notUs)).toMatch(/韵达是另一家快递公司/);
    expect(all(whom)).toMatch(/请联系韵达/);
  });

  it('en: candles may be sent; "whats the holdup" without a question mark asks why', async () => {
    const [candles] = await talk(h.adapter({ locale: 'en-US' }), ['can i post scented candles']);
    expect(all(candles)).toMatch(/Solid candles and wax/);
    const [, why] = await talk(h.adapter({ locale: 'en-US', user: 'late' }), [
      'SF2210478832106 is late',
      'whats the holdup',
    ]);
    expect(all(why)).toMatch(/No cause is recorded/);
  });

  it("weather asked as the cause: the record's own reason or no weather hold, and the market's rule", async () => {
    const [, snow] = await talk(h.adapter({ locale: 'en-US' }), [
      'YT6865635515058 has not moved since thursday',
      'is this because of the snow on the highways?',
    ]);
    expect(all(snow)).toMatch(/YT6865635515058's record notes no weather hold: its last scan was at Wuhan sorting hub/);
    expect(all(snow)).toMatch(/Severe weather/);
    expect(all(snow)).not.toMatch(/treated like that/);
    const [, rain] = await talk(h.adapter({ locale: 'zh-HK', user: 'hk' }), [
      'EA526018152CN 點解退咗件',
      '上星期黑雨喎 係咪因為咁',
    ]);
    expect(all(rain)).toMatch(/寫明咗原因：收件人地址無法派送——唔係天氣/);
    expect(all(rain)).toMatch(/黑色暴雨警告/);
  });
});
