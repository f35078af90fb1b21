import { botHarness, talk, type BotHarness } from './harness';

/**
 * A question about one named item gets a yes, a no or the conditions for the customer's market, not the
 * general list (issue #17, blind batch 3's P9): the item's own entry in that market's knowledge file.
 */
describe('prohibited items, item by item', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());

  it.each([
    // Hong Kong bans alternative smoking products: a plain no, in Cantonese and in English.
    ['zh-TW', '我想寄部電子煙俾朋友，得唔得？', /唔可以寄.*電子煙/s],
    ['en-HK', 'can I send a vape to my cousin in Kowloon?', /^No: Hong Kong law bans/],
    ['zh-TW', '洗頭水可唔可以寄去觀塘？', /液體可以寄本地件/],
    ['en-HK', 'can I post mooncakes from Mong Kok to Shenzhen?', /mooncakes can be sent locally and to the Mainland/],
    // The mainland's rules in Simplified Chinese and English.
    ['zh-CN', '请问液体能寄吗 是两瓶洗发水', /液体可以寄国内件/],
    ['zh-CN', '我想寄点零食和月饼回老家 可以吗', /常温食品可以寄国内件/],
    ['en-US', 'Is it ok to ship some medicine to Beijing?', /Over-the-counter medicines/],
    // Taiwan's rules.
    ['zh-TW', '請問鋰電池可以寄嗎？台北寄台中', /單獨的鋰電池依行動電源規定/],
    ['zh-TW', '香水可以寄到高雄嗎', /香水、指甲油及噴霧屬易燃品/],
  ])('%s: %s', async (locale, question, answer) => {
    const [reply] = await talk(h.adapter({ locale }), [question]);
    expect((reply as string[]).join('\n')).toMatch(answer);
  });
});
