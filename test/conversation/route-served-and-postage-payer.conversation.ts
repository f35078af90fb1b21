import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const POSTAGE_RULE = /Who pays the postage|运费谁出|運費誰付|運費邊個俾/;

/**
 * Sending across a border asked about before booking (blind batches 42a, 42b: "can i send stuff from shenzhen to
 * taipei?" heard Taiwan's local price list, "請問…可以寄東西到上海嗎" was told "東西" is not on the prohibited list,
 * "可以讓我表哥那邊付運費嗎" was asked twice and never answered): the route's rate from where it is sent, and who
 * pays the postage. And a numbered list's "3." is no payout (42b 09.1 opened "insured 1500 but only paid 3").
 * Wordings differ from the blind testers'.
 */
describe('a route asked about before sending, and who pays its postage', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'hi, can I send things from shenzhen to taipei? a gift for my aunt', /CNY 90/, /NT\$120/],
    ['zh-CN', '请问可以从深圳寄东西到台北吗', /90 元/, /NT\$120/],
    ['zh-TW', '請問可以從台北寄東西到上海嗎', /NT\$380/, /「東西」/],
  ])('%s: whether a route is served hears its rate from where it is sent', async (locale, asked, rate, wrong) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    expect(all(answer)).toMatch(rate);
    expect(all(answer)).not.toMatch(wrong);
  });

  it.each([
    ['en-US', 'how much to send 2kg from taipei to shanghai?', 'could my cousin pay the postage at his end?'],
    ['zh-CN', '从深圳寄2公斤到北京多少钱', '运费可以让我朋友那边付吗'],
    ['zh-TW', '從台北寄2公斤到上海多少錢', '那可以讓我表哥那邊付運費嗎'],
  ])('%s: "%s" then who pays: the postage rule', async (locale, price, payer) => {
    const [, answer] = await talk(h.adapter({ locale }), [price, payer]);
    expect(all(answer)).toMatch(POSTAGE_RULE);
  });

  it('zh-CN: a numbered list\'s "3." is no payout', async () => {
    const [answer] = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${DEMO_TRACKING.lostLooking} 一直没动静，寄的时候保价2000，运费付了25。问一下：1. 算丢了吗 2. 保价能全额赔吗 3. 运费退吗`,
    ]);
    expect(all(answer)).not.toMatch(/只赔 3|赔 3，/);
  });
});
