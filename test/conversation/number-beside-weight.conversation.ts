import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const INVALID = /14028374659212|14028374659213|2\.51|can't be right|check the number|cannot be right|不对|不對|唔啱/;

/**
 * A tracking number followed by a space and a weight or a count is the number alone (issue #17, blind batch 26b:
 * 24.1): the parcel is found, never "that number looks wrong".
 */
describe('a tracking number with the weight beside it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  // (The English wording is answered as a price question for 2 kg; its route taken from the parcel is not done yet.)
  it.each([
    ['en', `how is the shipping worked out? ${normal} 2kg and I paid 70 yuan`, /2 kg/],
    ['zh-CN', `运费怎么算的 ${normal} 3件 收了我一百多`, /深圳/],
    ['zh-TW', `我寄 ${normal} 2.5公斤 點解收咁貴？`, /深圳/],
  ] as const)('%s: the number is read whole, the weight apart', async (locale, message, read) => {
    const [answer] = await talk(h.adapter({ locale: BROWSER[locale as Locale] }), [message]);
    expect(all(answer)).not.toMatch(INVALID);
    expect(all(answer)).toMatch(read);
  });
});
