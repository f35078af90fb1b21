import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "Whose phone are the last 4 digits of — mine or the sender's?" right after a parcel was shown: either phone on the
 * waybill, whichever the customer is, in one line — never the parcel's status again (issue #17, blind batch 24: 21.3).
 * Wording other than the batch's, in every language.
 */
describe('whose phone the last 4 digits are of (blind batch 24)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `where is ${normal}`,
      'which phone do you mean for the last 4, mine or the sender’s?',
      /Either phone number on the waybill/,
    ],
    ['zh-CN', `${normal} 到哪了`, '后四位是谁的手机号？', /运单上寄件人或收件人的手机号都可以/],
    ['zh-TW', `${delayed} 去咗邊`, '尾數係邊個嘅電話？我嘅定係收件人嘅？', /運單上面寄件人或者收件人嘅電話都得/],
    [
      'zh-TW',
      `${normal} 現在到哪裡了`,
      '要傳哪個人的末四碼？寄件人的還是我的？',
      /貨運單上寄件人或收件人的手機號碼都可以/,
    ],
  ])('%s: either phone on the waybill, in one line', async (locale, asked, whose, answer) => {
    const [, replies] = await talk(h.adapter({ locale }), [asked, whose]);
    expect(replies).toHaveLength(1);
    expect(all(replies)).toMatch(answer);
    expect(all(replies)).not.toMatch(/Last scan|最新扫描|最新掃描/);
  });
});
