import { botHarness, NOW, talk, type BotHarness } from './harness';
import { routeParcels, TAIWAN_PARCEL } from './route-parcels';

// Issue #17, blind batch 4 (P6): a short follow-up is read against the previous topic, and a plain question
// about the service (hours on a named day, next-day delivery, cash on delivery, volumetric weight, the cost of a
// hold) is answered from the knowledge files — not taken for a parcel question or a complaint.
describe('questions about the service and short follow-ups', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
    for (const shipment of routeParcels(NOW)) await h.store.shipments.upsert(shipment);
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it.each([
    ['zh-TW', ['銅鑼灣服務點喺邊度？', '禮拜日有冇開？'], '星期日及公眾假期 10:00–18:00'],
    [
      'en-US',
      ['where is the Tsim Sha Tsui service point?', 'open sundays?'],
      'Sundays and public holidays 10:00–18:00',
    ],
    ['zh-CN', ['徐汇网点在哪里', '周日开门吗？'], '周一至周日 9:00–20:00'],
  ])('a day asked about after an outlet answer gets that outlet’s hours (%s)', async (locale, turns, hours) => {
    const replies = await play(locale, turns);
    expect(replies[1]).toContain(hours);
  });

  it.each([
    ['zh-TW', ['台中寄到台南3公斤多少錢？', '那隔天就會到嗎？'], '隔日配'],
    ['zh-CN', ['北京寄到上海2公斤多少钱', '第二天能到吗？'], '次日达'],
    [
      'en-US',
      ['how much to send 2 kg from Beijing to Shanghai?', 'will it get there the next day?'],
      'Next-day delivery',
    ],
  ])(
    '"will it arrive the next day?" after a price, with no parcel in sight, is about the service (%s)',
    async (locale, turns, answer) => {
      const replies = await play(locale, turns);
      expect(replies[1]).toContain(answer);
      expect(replies[1]).not.toMatch(/tracking number|单号|單號/);
    },
  );

  it.each([
    ['zh-TW', '請問你們有提供貨到付款嗎', '貨到付款（代收貨款）'],
    ['zh-CN', '请问你们有没有代收货款这个服务', '代收货款：'],
    ['en-US', 'hi, do you offer cash on delivery for my online shop?', 'Cash on delivery:'],
  ])('"do you offer cash on delivery?" is answered, not taken for a complaint (%s)', async (locale, text, answer) => {
    const [reply] = await play(locale, [text]);
    expect(reply).toContain(answer);
    expect(reply).not.toMatch(/sorry|抱歉/i);
  });

  it.each([
    [
      'en-US',
      'I paid 70 yuan for SF1402837465921 which weighs 2kg, why so much?',
      'how is volumetric weight worked out anyway?',
      '÷ 6000',
      'What would you like us to do?',
    ],
    ['zh-CN', 'SF1402837465921 才2公斤收了我70元，怎么回事', '体积重到底怎么算', '÷ 6000', '您希望我们怎么处理'],
    ['zh-TW', 'SF1402837465921 才2公斤收我70元，怎麼這麼貴', '材積到底怎麼算', '÷ 6000', '您希望我們怎麼處理'],
  ])(
    'a volumetric-weight question in a fee complaint is answered, then the step goes on (%s)',
    async (locale, complaint, ask, formula, step) => {
      const replies = await play(locale, [complaint, ask]);
      expect(replies[1]).toContain(formula);
      expect(replies[1]).toContain(step);
    },
  );

  it.each([
    [
      'en-US',
      ['YT6865635515058 can you hold it at the station, I will pick it up myself', '7777', 'how much does that cost?'],
      'free for the first 3 days, then CNY 1 a day',
    ],
    ['zh-CN', ['YT6865635515058 能不能放网点，我自己去取', '7777', '这个要钱吗？'], '暂存前 3 天免费，之后每天 1 元'],
    // The parcel goes 杭州 → 成都: the Mainland's table, in the customer's script; a parcel for 臺中 has Taiwan's.
    [
      'zh-TW',
      ['YT6865635515058 可以幫我放營業所嗎，我自己去拿', '7777', '這個要錢嗎？'],
      // 人民幣: in Taiwan 元 alone is the NT dollar (blind batch 10).
      '暫存前 3 天免費，之後每天 人民幣 1 元',
    ],
    ['zh-TW', [`${TAIWAN_PARCEL} 可以幫我放營業所嗎，我自己去拿`, '5678', '這個要錢嗎？'], '暫存前 7 天免費'],
  ])('"what does that cost?" after a hold is asked about the hold (%s)', async (locale, turns, answer) => {
    const replies = await play(locale, turns);
    expect(replies[2]).toContain(answer);
  });

  it.each([
    ['en-US', ['how much from Hong Kong to Shenzhen?', 'and to Taipei?'], 'Taiwan from HK$65'],
    ['zh-TW', ['香港寄去深圳幾多錢？', '咁寄去台北呢？'], '寄台灣首重 0.5 公斤 HK$65'],
    ['zh-CN', ['寄香港多少钱', '那寄台北呢'], '寄台湾 0.5 公斤 90 元'],
  ])('a place named in a price follow-up stands for its region (%s)', async (locale, turns, price) => {
    const replies = await play(locale, turns);
    expect(replies[1]).toContain(price);
  });

  it.each([
    ['zh-CN', ['我上周投诉过一个件，一直没人理', '单号找不到了 算了'], '那先这样'],
    ['zh-TW', ['我上禮拜有客訴過，都沒人回', '單號找不到 算了'], '那先這樣'],
    [
      'en-US',
      ['I complained last week and nobody answered', "can't find the number, never mind"],
      "let's leave it there",
    ],
  ])('letting go after an offer is acknowledged, not taken for a new complaint (%s)', async (locale, turns, answer) => {
    const replies = await play(locale, turns);
    expect(replies[1]).toContain(answer);
  });

  it.each([
    ['en-US', 'hmm when do i get a reply?'],
    ['zh-CN', '那什么时候回复我？'],
    ['zh-TW', '那什麼時候會回覆我？'],
  ])('"when will I hear back?" right after filing is about the ticket (%s)', async (locale, ask) => {
    const adapter = h.adapter({ locale });
    const first =
      locale === 'en-US' ? 'SF2210478832106 is late, I want to complain' : 'SF2210478832106 延误了，我要投诉';
    const replies = (
      await talk(adapter, [
        first,
        locale === 'en-US' ? 'an apology' : '道歉',
        '13911112222',
        locale === 'en-US' ? 'submit' : '提交',
        ask,
      ])
    ).map((r) => r.join('\n'));
    expect(replies[3]).toMatch(/C-\d{8}-\d{4}/);
    expect(replies[4]).toMatch(/C-\d{8}-\d{4}/);
    expect(replies[4]).not.toContain('Beijing sorting hub');
  });
});
