import { botHarness, talk, type BotHarness } from './harness';

/**
 * Issue #17 (blind-31 24.2–24.3, 27.2–27.3): a sender's questions are answered for the parcel they send — how to pack
 * something that might break or leak (the packing entry, not the claim rules or an outlet, also when they fear it
 * breaks), a pickup at a dorm or campus (the door-pickup entry, never a place to price), and the price and pickup of
 * where the parcel is sent from: a route said earlier from a Mainland city is priced and picked up on the Mainland's
 * terms, whatever script or dialect the customer writes in.
 */
describe("a sender's packing, campus pickup and the market the parcel is sent from", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]): Promise<string[]> =>
    (await talk(h.adapter({ locale }), turns)).map((replies) => replies.join('\n'));

  it.each([
    ['en-US', 'how would you wrap glasses so they do not get smashed on the way?', /Packing a parcel you send/],
    ['en-US', 'best way to pack a few hardback books?', /Packing a parcel you send/],
    ['zh-CN', '陶瓷碗要怎么打包，怕路上摔碎', /寄件包装/],
    ['zh-TW', '幾瓶果醬要怎麼包裝，會不會漏出來', /寄件包裝/],
    ['zh-TW', '啲碟點包好，驚撞爛', /寄件包裝/],
  ])('%s: %s gets the packing advice', async (locale, text, packing) => {
    const [said] = await play(locale, [text]);
    expect(said).toMatch(packing);
    expect(said).not.toMatch(/compensated|赔偿|賠償|網點：|outlet:/i);
  });

  it.each([
    ['en-US', 'can a courier collect a box from my dorm? I am at Fudan', /Door pickup/],
    ['zh-CN', '能到宿舍来取件吗 在浙大紫金港校区', /上门取件：/],
    ['zh-TW', '可以到學校來收嗎？台大男一舍', /到府收件：/],
  ])('%s: a dorm or campus pickup gets the door-pickup entry', async (locale, text, entry) => {
    const [said] = await play(locale, [text]);
    expect(said).toMatch(entry);
    expect(said).not.toMatch(/price list|價目表|价目表/);
  });

  it('prices the weight asked after a Mainland-to-Hong Kong route on the Mainland list, in Cantonese', async () => {
    const [, price, pickup] = await play('zh-TW', [
      '我想由廣州寄啲文件去香港，得唔得㗎？',
      '咁要幾錢？1公斤左右',
      '聽日可唔可以上門收件？',
    ]);
    expect(price).toMatch(/人民幣/);
    expect(price).not.toMatch(/HK\$/);
    expect(pickup).toMatch(/8:00–20:00/);
  });

  it('prices and picks up on the Mainland terms for an English sender in Shenzhen writing to Hong Kong', async () => {
    const [, price] = await play('en-US', [
      'I need to send papers from Shenzhen to Hong Kong',
      'what would 1 kg cost?',
    ]);
    expect(price).toMatch(/CNY/);
    expect(price).not.toMatch(/HK\$/);
  });

  it('gives a Traditional-Chinese writer sending from Nanjing the Mainland pickup, not Taiwan’s', async () => {
    const [, pickup] = await play('zh-TW', ['請問從南京寄5公斤到杭州多少錢', '可以請人到宿舍來收件嗎']);
    expect(pickup).toMatch(/8:00–20:00/);
    expect(pickup).not.toMatch(/NT\$/);
  });
});
