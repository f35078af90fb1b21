import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const FATE = /What happens to the courier|对快递员怎么处理|對快遞員怎麼處理|點樣處理個速遞員/;

/**
 * "有冇搞錯佢鬧我" is an outcry, not "what happens to the courier?" (review 31, finding 7); "Is the courier held
 * responsible for the loss?" asks who answers for the loss, answered with the claim rules (finding 8).
 */
describe('what becomes of the courier, only when that is asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', `我要投訴 ${parcel} 個速遞員`, '有冇搞錯佢鬧我'],
    ['zh-CN', `我要投诉 ${parcel} 的快递员`, '有没有搞错他骂我'],
  ] as const)('%s: "%s" then "%s" is no question about the courier', async (locale, complaint, outcry) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, answer] = await talk(adapter, [complaint, outcry]);
    expect(all(answer)).not.toMatch(FATE);
  });

  it.each([
    ['zh-TW', `我要投訴 ${parcel} 個速遞員`, '佢會唔會俾人鬧？'],
    ['en', `I want to complain about ${parcel}, the courier was rude`, 'will he be told off?'],
  ] as const)('%s: "%s" then "%s" is answered with what becomes of him', async (locale, complaint, asked) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, answer] = await talk(adapter, [complaint, asked]);
    expect(all(answer)).toMatch(FATE);
  });

  it('en: "Is the courier held responsible for the loss?" gets who answers for the loss and the claim rules', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [, answer] = await talk(adapter, [
      `I want to complain about ${lostLooking}, it never arrived`,
      'Is the courier held responsible for the loss?',
    ]);
    expect(all(answer)).not.toMatch(FATE);
    expect(all(answer)).toMatch(/We are\. A parcel is the courier's responsibility/);
    expect(all(answer)).toMatch(/compensated/);
  });
});
