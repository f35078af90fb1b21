import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
// A price list's words: a follow-up about an item's rule must not turn into one.
const PRICE = /CNY \d|first 0\.5 kg|首重|元起|HK\$\d|NT\$\d/;

/**
 * An item's rule, then only another destination — "to taiwan then?", "那寄到台湾呢", "寄去台灣又點" (blind batch 37b: 02.3 and
 * 11.4 heard the price list to Hong Kong): that item's rule again, with what is known of that destination; and an item
 * of two words typed as one ("powerbank" — 37b: 02.1 heard "not on our list") is found.
 */
describe("an item's rule asked again for another place", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', ['is it ok to ship a powerbank', 'and perfume?', 'to taiwan then?'], /Power banks/, /Perfume/],
    ['zh-CN', ['能寄打印机墨水吗', '充电宝能寄吗', '那寄到台湾呢'], /墨/, /充电宝/],
    ['zh-TW', ['可唔可以寄指甲油', '香水可唔可以寄㗎', '寄去台灣又點'], /指甲油/, /香水/],
  ] as const)("%s: the last item's rule for the new place, not a price", async (locale, turns, first, last) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [...turns]);
    expect(all(replies[0])).toMatch(first);
    expect(all(replies[2])).toMatch(last);
    expect(all(replies[2])).not.toMatch(PRICE);
  });
});
