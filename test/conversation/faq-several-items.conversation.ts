import { botHarness, talk, type BotHarness } from './harness';

// Issue #17, blind batch 7 P7: a question about two items (or two topics) gets both answered, not the first.
describe('a FAQ question about several things answers each', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '想問下鋰電池同香水可唔可以寄', [/充電寶不可單獨寄/, /香水、指甲油同噴霧屬易燃品/]],
    [
      'zh-CN',
      '想寄香水和充电宝，能寄吗',
      [/香水、指甲油和喷雾属于易燃品/, /充电宝（移动电源）不能单独寄往港澳台或国际/],
    ],
    [
      'en-US',
      'can I ship perfume and a power bank to my friend in Beijing?',
      [/^Perfume, nail polish/m, /^Power banks/m],
    ],
  ])('%s: two items, two answers (%s)', async (locale, question, answers) => {
    const [reply] = await talk(h.adapter({ locale }), [question]);
    for (const answer of answers) expect((reply as string[]).join('\n')).toMatch(answer);
  });

  it.each([['zh-TW', '藥油可唔可以寄？', /藥油（白花油/, /保健食品及藥物屬限寄物品/]])(
    '%s: a word inside a longer one names nothing of its own (%s)',
    async (locale, question, answer, not) => {
      const [reply] = await talk(h.adapter({ locale }), [question]);
      const said = (reply as string[]).join('\n');
      expect(said).toMatch(answer);
      expect(said).not.toMatch(not);
    },
  );

  it.each([
    ['zh-CN', '寄2公斤到北京多少钱？充电宝能寄吗', /17 元/, /充电宝（移动电源）/],
    ['zh-TW', '寄2公斤去沙田幾錢？充電寶可唔可以寄', /HK\$38/, /充電寶不可單獨寄/],
    ['en-US', 'how much to send 2kg to Beijing? and can I send a power bank?', /CNY 17|17/, /^Power banks/m],
  ])('%s: a price and an item in one message: both answered (%s)', async (locale, question, price, item) => {
    const [reply] = await talk(h.adapter({ locale }), [question]);
    const said = (reply as string[]).join('\n');
    expect(said).toMatch(price);
    expect(said).toMatch(item);
  });
});
