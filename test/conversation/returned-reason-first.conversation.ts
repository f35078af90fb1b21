import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
/** The reason the courier recorded for the return (the demo parcel's). */
const REASON = { 'zh-CN': /快递记录的原因/, 'zh-TW': /物流記錄(的|嘅)原因/, en: /Reason recorded by the courier/ };
/** The proof a change of delivery asks for first. */
const LAST4 = { 'zh-CN': /后4位/, 'zh-TW': /後4位|後4個|尾4位/, en: /last 4 digits/ };
/** A return is no loss: insurance pays nothing out for goods that come back. */
const NO_LOSS = { 'zh-CN': /不是丢失或损坏/, 'zh-TW': /不是遺失或損壞|唔係唔見或者整爛/, en: /not lost or damaged/ };

/**
 * "Answer first, then ask" for a parcel sent back (issue #17, blind batch 23: 06): why it came back is answered with
 * its status and the reason on record at once, never with a request for proof before a change nobody asked for; and
 * "what did I pay insurance for?" in the complaint hears what insurance covers and that a return is no loss.
 */
describe('a returned parcel: the reason first', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en', `so ${returned} just came back to me, what went wrong? why did it go back?`],
    ['zh-CN', `${returned} 怎么又退回来了？为什么被退回`],
    ['zh-TW', `${returned} 點解會退件？已經退咗返嚟`],
  ] as const)('%s: "why was it returned?" hears the status and the recorded reason at once', async (locale, ask) => {
    const [asked] = await talk(h.adapter({ locale: BROWSER[locale] }), [ask]);
    expect(all(asked)).toMatch(REASON[locale]);
    expect(all(asked)).not.toMatch(LAST4[locale]);
  });

  it.each([
    [
      'en',
      `${returned} was returned for no reason, I want to complain`,
      'I bought insurance on it, what is that for then?',
    ],
    ['zh-CN', `${returned} 莫名其妙被退回了，我要投诉`, '我还保价了，那保价有什么用？'],
    ['zh-TW', `${returned} 無故被退件，我要客訴`, '我有買保價，那保價有什麼用？'],
  ] as const)(
    '%s: "what did I pay insurance for?" hears what it covers and that a return is no loss',
    async (locale, open, ask) => {
      const [, asked] = await talk(h.adapter({ locale: BROWSER[locale] }), [open, ask]);
      expect(all(asked)).toMatch(NO_LOSS[locale]);
    },
  );
});
