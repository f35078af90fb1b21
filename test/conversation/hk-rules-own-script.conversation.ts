import path from 'node:path';
import { botHarness, talk, type BotHarness } from './harness';
import { answerFaq, faqEntries, loadKnowledge, writesCantonese } from '../../src/bot/knowledge';

// Issue #17 (conv17c): Hong Kong's rules read by a customer writing Simplified Chinese were the Cantonese text
// converted character by character ("退回嘅包裹：因为我哋嘅原因退件…"). Each locale has its own written text:
// Mainland written Chinese for zh-CN readers, Cantonese for Hong Kong readers, English for English ones.
describe("Hong Kong's rules in each reader's own written Chinese", () => {
  const shipped = loadKnowledge(path.join(__dirname, '../../knowledge'), ['CN', 'TW', 'HK']);
  const TOPICS = ['fee', 'outlet', 'hours', 'prohibited', 'claim'] as const;

  it.each(TOPICS)('no Cantonese in any zh-CN answer of the HK market (%s)', (topic) => {
    // The topic's general answer, then every entry's.
    const general = answerFaq(shipped, 'HK', 'zh-CN', topic, '');
    expect(general).toBeDefined();
    for (const answer of [general ?? '', ...faqEntries(shipped, 'HK', 'zh-CN', topic).map((e) => e.answer)])
      expect(writesCantonese(answer)).toBe(false);
  });

  it.each(TOPICS)('the Hong Kong readers keep their Cantonese, entry for entry (%s)', (topic) => {
    const cantonese = faqEntries(shipped, 'HK', 'zh-TW', topic, 'yue');
    // (Every topic has prose in Cantonese: the outlets' door-pickup entry, and the hours' public-holiday entry since
    // session 32 — the opening hours themselves are times only.)
    expect(cantonese.some(({ answer }) => writesCantonese(answer))).toBe(true);
    expect(faqEntries(shipped, 'HK', 'zh-CN', topic)).toHaveLength(cantonese.length);
    // (Traditional Chinese readers who do not write Cantonese read Hong Kong's Mandarin file, entry for entry.)
    const mandarin = faqEntries(shipped, 'HK', 'zh-TW', topic);
    expect(mandarin).toHaveLength(cantonese.length);
    for (const { answer } of mandarin) expect(writesCantonese(answer)).toBe(false);
  });

  describe('in the conversation', () => {
    let h: BotHarness;
    beforeEach(async () => {
      h = await botHarness();
    });
    afterEach(() => h.close());

    it.each([
      ['zh-CN', 'EA526018152CN 这个件被退回去了，再寄一次运费谁出？', '退回的包裹', false],
      ['zh-TW', 'EA526018152CN 件貨退咗返去，再寄多次邊個俾運費？', '退回嘅包裹', true],
    ])('who pays to send a returned parcel to Hong Kong again (%s)', async (locale, question, rule, cantonese) => {
      const [answer] = await talk(h.adapter({ locale }), [question]);
      const said = (answer ?? []).join('\n');
      expect(said).toContain(rule);
      expect(writesCantonese(said)).toBe(cantonese);
    });
  });
});
