import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, sendAll, type BotHarness } from './harness';

/**
 * What the destination itself refuses is in no knowledge file here (route-rules.ts): said once per destination in a
 * conversation, with the [Talk to a person] button as every offer of a person has — not again on every item asked
 * for the same place (issue #17, session 30). Another destination gets its own note. Wording is new.
 */
describe('the destination note on prohibited items, once per destination', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], vars = {}) => replies.t(locale as Locale, key, vars);

  it.each([
    [
      'en-US',
      'en',
      [
        'I live in Taiwan. is a power bank ok to ship to Hong Kong?',
        'and tea leaves to Hong Kong?',
        'could I send tea leaves to Macau as well?',
      ],
      'Hong Kong',
    ],
    ['zh-CN', 'zh-CN', ['寄去台湾的话能寄充电宝吗', '茶叶寄台湾可以吗', '那寄到香港能寄茶叶吗'], '台湾'],
    ['zh-TW', 'zh-TW', ['我在台灣，寄香港可以寄行動電源嗎', '咖啡豆寄香港可以嗎', '那寄澳門可以寄茶葉嗎'], '香港'],
  ])(
    '%s: said with a person button once, not on the next item for the same place',
    async (channel, locale, turns, place) => {
      const a = h.adapter({ locale: channel, user: `destination-once-${channel}` });
      const [first, second, other] = turns as [string, string, string];
      const note = t(locale, 'faq.destinationRulesUnknown', { destination: place });
      const firstAnswer = await sendAll(a, first);
      expect(firstAnswer.text).toContain(note);
      expect(firstAnswer.buttons).toContain(t(locale, 'choice.human'));
      const again = await sendAll(a, second);
      expect(again.text).not.toContain(note);
      expect(again.text.length).toBeGreaterThan(0);
      // (Another destination is another place's limits: its own note.)
      const elsewhere = await sendAll(a, other);
      const noteHead = note.slice(note.indexOf(place) + place.length, note.indexOf(place) + place.length + 8);
      expect(elsewhere.text).toContain(noteHead);
    },
  );
});
