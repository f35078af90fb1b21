import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

// Issue #17 (blind batch 12, patterns 9 and 10): last-4 digits the customer gives are checked and said so, wherever
// they stand — after the digits ("9999 is the end of my phone"), beside a question the FAQ answers, or with the
// parcel's number while waiting for a person — never silently "added" or passed over.
describe('last-4 digits given are checked and acknowledged', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  // (核對咗，冇問題: the zh-TW customers write Cantonese.)
  const MATCHED = /核对无误|核對無誤|核對咗，冇問題|that matches/;
  // (The parcel's names and addresses shown are the proof accepted too.)
  const SHOWN = /核对无误|核對無誤|核對咗，冇問題|that matches|寄件人：|Sender:/;

  it.each([
    ['en-US', `${DEMO_TRACKING.delivered} shows delivered but nothing came`, '9999 is the end of my phone'],
    ['zh-CN', `${DEMO_TRACKING.delivered} 显示签收了但我根本没收到`, '9999是我手机尾号'],
    ['zh-TW', `${DEMO_TRACKING.delivered} 話簽收咗但我根本冇收過`, '9999係我電話尾數'],
  ])('the label after the digits (%s: %s)', async (locale, complaint, digits) => {
    const turns = await talk(h.adapter({ locale }), [complaint, digits]);
    expect(said(turns[1])).toMatch(MATCHED);
  });

  it.each([
    [
      'zh-CN',
      `${DEMO_TRACKING.lostLooking} 一个多礼拜没动静了，是不是丢了`,
      '寄件人，手机后四位0000。大约值500元，没有保价。',
    ],
    [
      'zh-TW',
      `${DEMO_TRACKING.lostLooking} 一個多禮拜都冇消息，係咪唔見咗`,
      '寄件人，電話後四位0000。大約值500元，沒有保價。',
    ],
    [
      'en-US',
      `${DEMO_TRACKING.lostLooking} nothing for over a week, is it lost?`,
      'sender, last four digits 0000. worth about 500, no insurance.',
    ],
  ])('beside a claims question (%s)', async (locale, complaint, digits) => {
    const turns = await talk(h.adapter({ locale }), [complaint, digits]);
    expect(said(turns[1])).toMatch(MATCHED);
  });

  it.each([
    ['zh-TW', '我要搵真人', `${DEMO_TRACKING.delivered} 我係寄件人 9999`],
    ['zh-CN', '我要找人工', `${DEMO_TRACKING.delivered} 我是寄件人 9999`],
    ['en-US', 'let me talk to a real person', `${DEMO_TRACKING.delivered} I'm the sender, 9999`],
  ])('with the parcel number while waiting for a person (%s)', async (locale, person, parcel) => {
    const turns = await talk(h.adapter({ locale }), [person, parcel]);
    expect(said(turns[1])).toMatch(SHOWN);
  });
});
