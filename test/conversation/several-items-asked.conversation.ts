import { botHarness, talk, type BotHarness } from './harness';

/**
 * "可以寄中藥材嗎？還有肉乾" (issue #17, blind batch 24: 23.3, only the medicine answered): an item added after the
 * question ("还有…", "另外…呢", "and …?") is asked about too, each answered — meat products are refused to Taiwan, Hong
 * Kong and abroad. Wording and items differ from the fixture's.
 */
describe('an item added after an item question: each answered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '茶叶能寄到台湾吗？另外牛肉干呢', /茶叶/, /肉类制品[^\n]*寄往台湾[^\n]*不收/],
    ['en-US', 'can I send tea leaves to Taipei? and beef jerky?', /\btea\b/i, /Meat products[^\n]*not accepted/],
    ['zh-TW', '可以寄茶葉去台灣嗎？仲有臘腸', /茶葉/, /肉品[^\n]*不可寄往中國大陸、港澳及海外/],
  ])('%s: both items answered', async (locale, question, first, meat) => {
    const a = h.adapter({ locale, user: `items-${locale}` });
    const [answer] = await talk(a, [question]);
    const said = answer?.join('\n') ?? '';
    expect(said).toMatch(first);
    expect(said).toMatch(meat);
  });
});
