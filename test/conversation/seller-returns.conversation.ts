import { botHarness, sendAll, type BotHarness } from './harness';

// A seller asking about returns from their buyers (issue #17, batch 22: 21.1, 21.3) is answered as the seller: the
// return comes to them freight collect (the courier's rules on return postage and on freight collect), and what the
// buyer writes on the waybill — never the buyer's own return ("write the seller's address").
describe("a seller's question on returns from buyers", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'I sell candles online and customers sometimes return stuff. can they send it back with the postage charged to me?',
      ['Returns at your cost', 'freight collect', 'the seller pays'],
      'and what should they write on the label?',
      ['writes you as the recipient', 'freight collect'],
    ],
    [
      'zh-CN',
      '我是开网店的，买家退货的时候运费能不能记我账上，让他们直接寄过来',
      ['退货运费算您的', '到付', '由卖家付'],
      '那买家退货运单上怎么写',
      ['收件人写您', '到付'],
    ],
    [
      'zh-TW',
      '我在網拍賣衣服，顧客要退貨的話可以寄回來我付運費嗎',
      ['退貨運費算您的', '運費到付', '由賣家付'],
      '那他們託運單要怎麼寫',
      ['收件人寫您'],
    ],
    [
      'zh-HK',
      '我喺網上開舖，啲客人退貨寄返嚟，運費可唔可以計我數？',
      ['退貨運費計你數', '到付'],
      '咁佢哋張單點填',
      ['收件人寫你'],
    ],
  ])('answers as the seller (%s)', async (locale, cost, costSays, waybill, waybillSays) => {
    const adapter = h.adapter({ locale });
    const first = (await sendAll(adapter, cost)).text;
    for (const part of costSays) expect(first).toContain(part);
    expect(first).not.toMatch(/new shipment you send|寄出的一件新件|寄出嘅一件新件|寄出的一件新件/);
    const second = (await sendAll(adapter, waybill)).text;
    for (const part of waybillSays) expect(second).toContain(part);
  });
});
