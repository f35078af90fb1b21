import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
/** The last 4 digits checked. */
const MATCHED = { 'zh-CN': /核对无误/, 'zh-TW': /核對無誤/, en: /that matches/ };
/** The complaint's demand question: the not-received complaint under way. */
const COMPLAINT_MENU = { 'zh-CN': /怎么处理/, 'zh-TW': /怎麼處理/, en: /What would you like us to do/ };

/**
 * "It wasn't me who signed, last 4 1111" after the delivery record was shown (issue #17, blind batch 23: 12.2): the
 * digits are checked and the signature denied is the not-received complaint (the station checks the signer) — never the
 * same record again.
 */
describe('a signature denied', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${delivered} says delivered but I don't have it, who signed?`,
      'I never signed for it! recipient, last 4 are 1111',
    ],
    ['zh-CN', `${delivered} 怎么显示签收了 谁签的`, '我根本没签过，收件人尾号1111，那是谁签收的'],
    ['zh-TW', `${delivered} 顯示已簽收 但我沒收到 是誰簽的`, '不是我本人簽的，收件人尾號1111，到底是誰簽的'],
  ] as const)('%s: the digits are checked and the not-received complaint starts', async (locale, asked, denied) => {
    const [, replies] = await talk(h.adapter({ locale: BROWSER[locale] }), [asked, denied]);
    expect(all(replies)).toMatch(MATCHED[locale]);
    expect(all(replies)).toMatch(COMPLAINT_MENU[locale]);
  });
});
