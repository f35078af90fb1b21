import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, normal } = DEMO_TRACKING; // signed for in person in Suzhou; in transit to Shanghai
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
/** The record: handed over in person, in no locker, no fee for the customer. */
const NOT_IN_LOCKER = {
  'zh-CN': /没有放进快递柜，所以这件包裹没有快递柜超时费/,
  'zh-TW': /沒有放進智慧櫃，所以這件包裹沒有逾時費|冇放入智能櫃，所以呢件冇超時費/,
  en: /not put in a locker — so no locker overtime fee is due on it/,
};
/**
 * The market's locker rule (free hours or days, who pays, refunded when unagreed) — the Mainland's sample for a Mainland
 * customer; a Traditional Chinese writer hears the market ruleOn picks for them (case-rules.ts).
 */
const RULE = {
  'zh-CN': /一般 18–24 小时/,
  'zh-TW': /一般 18–24 小時|免費保管 [57] 天|免費保管 [57] 日/,
  en: /usually 18–24 hours/,
};
const CANT_ANSWER = /can't answer that one here|答不上來|答不上来|答唔到/;

/**
 * "Who pays the locker's overtime fee?" in a complaint (blind 27 replay: 11.4 heard "I can't answer that"): the
 * parcel's record — signed for in person, in no locker, so no locker fee is the customer's — and the market's rule on
 * locker fees; then the step again.
 */
describe('a locker fee asked about in a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${delivered} is marked delivered but I have nothing`,
      'a refund',
      'if it sat in some locker for days, am I paying the storage charge?',
    ],
    ['zh-CN', `${delivered} 说已经送达了，我啥也没收到`, '赔偿', '要是在丰巢里放超过一天，那个超时费是不是得我掏？'],
    ['zh-TW', `${delivered} 顯示送達了，但我什麼都沒拿到`, '賠償', '如果放在櫃子裡超過一天，逾時費要我付嗎？'],
  ] as const)(
    '%s: the record and the rule answer it, not "I can\'t answer"',
    async (locale, opening, demand, asked) => {
      const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [opening, demand, asked]);
      const last = all(replies[2]);
      expect(last).toMatch(NOT_IN_LOCKER[locale]);
      expect(last).toMatch(RULE[locale]);
      expect(last).not.toMatch(CANT_ANSWER);
    },
  );

  it.each([
    [
      'en',
      `${normal} is late, the courier never even called`,
      'an explanation',
      'who pays the locker fee if they put it in one?',
    ],
    ['zh-CN', `${normal} 快递员一直没联系我，太慢了`, '给个说法', '万一放快递柜超时了，超时费谁出？'],
  ] as const)('%s: a parcel not yet delivered hears the rule alone', async (locale, opening, demand, asked) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [opening, demand, asked]);
    const last = all(replies[2]);
    expect(last).toMatch(RULE[locale]);
    expect(last).not.toMatch(NOT_IN_LOCKER[locale]);
  });

  it.each([
    [
      'en',
      'if I only get to the parcel locker after two days, is there a charge and who covers it?',
      /usually 18–24 hours|free for [57] days/,
    ],
    ['zh-CN', '丰巢放超过一天要收钱吗？是不是要我出', /一般 18–24 小时/],
    ['zh-TW', '智能櫃放耐咗，超時費使唔使我俾㗎？', /免費保管 [57] (日|天)/],
  ] as const)(
    '%s: asked with no complaint, it is a question answered by the rule, not a fee complaint',
    async (locale, asked, rule) => {
      const [replies] = await talk(h.adapter({ locale: BROWSER[locale] }), [asked]);
      expect(all(replies)).toMatch(rule);
      expect(all(replies)).not.toMatch(
        /What would you like us to do|怎么处理|怎麼處理|點樣處理|tracking number|单号|單號/,
      );
    },
  );

  it('zh-CN: a locker fee already charged, told in anger, is still a complaint', async () => {
    const [replies] = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${normal} 没问我就塞进柜子，还收了我超时费，凭什么？`,
    ]);
    expect(all(replies)).toMatch(/怎么处理/);
  });
});
