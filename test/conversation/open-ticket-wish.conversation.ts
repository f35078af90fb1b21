import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
// The contact step's "no phone or email recognised": for a failed number, not for a wish to file.
const CONTACT_RETRY = /couldn't find a phone|没能识别|沒能識別|認唔到電話/;

/**
 * "開張投訴單啦，唔該", "open a complaint ticket please" where a contact was asked for: the complaint is being filed,
 * said so, and the contact asked for again — never taken for a number that failed (issue #17, blind batch 24: 27.4).
 * Wording other than the batch's, in every language.
 */
describe('a wish to open the complaint ticket at the contact step (blind batch 24)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delayed} is 3 days late`,
      'an apology',
      'just open a complaint ticket for me please',
      /taking this down as your complaint/,
      /reach you/,
    ],
    ['zh-CN', `${delayed} 晚了三天还没到`, '道歉', '帮我开个投诉单吧', /这就在为您登记投诉/, /联系电话或邮箱/],
    ['zh-TW', `${delayed} 遲咗三日都未到`, '道歉', '即刻開返張投訴單啦，唔該晒', /幫你登記緊投訴/, /聯絡電話或者電郵/],
    [
      'zh-TW',
      `${delayed} 已經晚了三天還沒到`,
      '道歉',
      '幫我開一張客訴單吧',
      /為您登記客訴/,
      /聯絡電話|電子郵件|Email|email/i,
    ],
  ])('%s: said to be filing, and the contact asked again', async (locale, opening, demand, wish, filing, contact) => {
    const replies = await talk(h.adapter({ locale }), [opening, demand, wish]);
    const text = all(replies[2]);
    expect(text).toMatch(filing);
    expect(replies[2]?.at(-1)).toMatch(contact);
    expect(text).not.toMatch(CONTACT_RETRY);
  });
});
