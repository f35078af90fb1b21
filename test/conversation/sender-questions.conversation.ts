import { botHarness, talk, type BotHarness } from './harness';

/**
 * Issue #17 (session 24): a customer who sends a parcel asks how to pack it, whether a courier collects it at the
 * door, whether an item may go, and then a short question on the answer. Each is answered from the market's knowledge
 * files; none is read as a damage or attitude complaint, the claim rules or the price list, and none is followed by
 * "which parcel? send the tracking number" (the sender has none yet).
 */
describe('questions from a customer who sends a parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const conversation = async (locale: string, texts: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), texts)).map((r) => r.join('\n'));
  // Asking for the parcel's number, in every locale and register.
  const ASKS_FOR_NUMBER = /单号|單號|貨件編號|运单号|tracking number|Which parcel/;

  it.each([
    ['zh-CN', '我想寄一套玻璃茶具给朋友 要我自己打包吗', /寄件包装：寄出前需要您自己包好/, /易碎/],
    [
      'zh-TW',
      '寄東西要怎麼包裝比較好？營業所有沒有賣紙箱',
      /寄件包裝：寄出前需要您自己包好（到府收件或到營業所前）/,
      /易碎/,
    ],
    ['zh-TW', '寄啲碗碟返屋企 易碎嘢點樣包先得', /寄件包裝：寄之前要你自己包好/, /易碎/],
    [
      'en-US',
      'what kind of box should I use to post some wine glasses to my brother?',
      /Packing a parcel you send:/,
      /Fragile/,
    ],
  ])('%s packing: "%s" gets the packing rules', async (locale, text, rules, fragile) => {
    const [said] = await conversation(locale, [text]);
    expect(said).toMatch(rules);
    expect(said).toMatch(fragile);
    expect(said).not.toMatch(ASKS_FOR_NUMBER);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it.each([
    ['zh-CN', '下周要寄两箱衣服去成都 可以让快递员上门来取吗', /上门取件：/],
    ['zh-TW', '從高雄寄到台北 可以到府收件嗎', /到府收件：/],
    ['zh-TW', '想寄兩箱書返深圳 你哋可唔可以上門收件', /上門收件：喺官網/],
    ['en-US', "can a courier come to my house to collect a parcel I'm sending to Beijing?", /Door pickup:/],
  ])('%s door pickup: "%s" gets the door-pickup entry', async (locale, text, entry) => {
    const [said] = await conversation(locale, [text]);
    expect(said).toMatch(entry);
    expect(said).not.toMatch(ASKS_FOR_NUMBER);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });

  it.each([
    ['zh-CN', '请问能上门取件吗', '那要多少钱', /上门取件不另收费/],
    ['zh-TW', '可以到府收件嗎', '要加錢嗎', /到府收件不另加價/],
    ['zh-TW', '你哋有冇得上門收件', '幾點嚟收', /9:00–19:00/],
    ['en-US', 'do I have to pack it myself?', 'and who pays for that?', /at the outlet's price/],
    ['zh-CN', '寄东西要自己打包吗', '那要多久', /寄件时效：/],
    ['zh-TW', '可以寄到7-11讓朋友取貨嗎', '那要多少錢', /NT\$65 起/],
  ])('%s follow-up: "%s", then "%s" is read against that answer', async (locale, first, next, answer) => {
    const [, said] = await conversation(locale, [first, next]);
    expect(said).toMatch(answer);
    // (Only the sentences on what was asked, not the whole entry again.)
    expect((said ?? '').length).toBeLessThan(160);
    expect(said).not.toMatch(ASKS_FOR_NUMBER);
  });

  it.each([
    ['zh-CN', '寄2公斤到杭州多少钱', '那我养的仓鼠呢 搬家要带走', /活体动物/],
    ['zh-TW', '寄2公斤到台南多少錢', '那我家的狗狗呢 要一起搬過去', /活體動物/],
    ['zh-TW', '寄2公斤去沙田幾錢', '咁我隻貓呢 佢跟我搬屋㗎', /活體動物/],
    ['en-US', 'how much is 2kg from Shanghai to Hangzhou', 'and my kitten lol she comes too', /Live animals/],
  ])('%s item after a price: "%s", then "%s" gets the prohibited-items rule', async (locale, price, item, rule) => {
    const [, said] = await conversation(locale, [price, item]);
    expect(said).toMatch(rule);
    expect(said).not.toMatch(/首重|first kg|first 1 kg/);
  });

  it.each([
    ['zh-TW', '請問包裹能不能寄到全家讓我媽媽自己去拿', /寄到超商取貨：可以/],
    ['zh-TW', '你哋啲嘢可唔可以喺Circle K寄同攞', /OK 便利店、Circle K 代收點都可以寄件及取件/],
    [
      'en-US',
      'can I send a box to a FamilyMart in Taipei so my friend picks it up there?',
      /Sending to a convenience store for pickup: yes/,
    ],
  ])('%s stores: "%s" with no parcel is a question about the service', async (locale, text, answer) => {
    const [said] = await conversation(locale, [text]);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(ASKS_FOR_NUMBER);
  });

  it.each([
    ['zh-TW', '取件可以改到全家嗎', '寄3公斤到花蓮多少錢', /NT\$/],
    ['en-US', 'can I collect it at a locker instead', 'can I send a live crab?', /Live animals/],
  ])(
    '%s: "%s" with no parcel, then a question about the service: answered, not "which parcel?"',
    async (locale, change, question, answer) => {
      const [, said] = await conversation(locale, [change, question]);
      expect(said).toMatch(answer);
      expect(said).not.toMatch(ASKS_FOR_NUMBER);
    },
  );
});
