import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "Is this going to be high priority or not?" before the complaint is submitted: the priority it is filed with as it
 * stands and its first-answer and resolution times, then the summary again — and a phone given in the same message
 * is still taken (issue #17, blind batch 23: 08.4, 08.6).
 */
describe('the complaint’s priority asked before it is submitted', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`the courier was really rude to me when he dropped off ${normal}`, 'an apology', '13912345678'],
      'will this get prioritised?',
      ['medium priority', '30 minutes', '24 hours'],
      'Shall I submit it?',
    ],
    [
      'zh-CN',
      [`快递员态度很差，还骂人，单号${normal}`, '道歉', '13912345678'],
      '这个会优先处理吗',
      ['按中优先级处理', '30 分钟内首次回复', '24 小时内解决'],
      '确认提交吗',
    ],
    [
      'zh-TW',
      [`${normal} 我的個人資料被快遞員貼到網路上了`, '把照片刪掉', '0912345678'],
      '這個算不算急件？',
      ['按高優先級處理', '15 分鐘內首次回覆', '2 小時內解決'],
      '確認提交嗎',
    ],
  ])('%s: the priority and its times, then the summary', async (locale, before, asked, parts, summary) => {
    const replies = await talk(h.adapter({ locale }), [...before, asked]);
    const heard = all(replies.at(-1));
    for (const part of parts) expect(heard).toContain(part);
    expect(heard).toContain(summary);
  });

  it('en: a phone given beside the question is taken, and the priority said', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `someone from your company shared my address and phone from ${normal} in a public group chat`,
      'remove the post',
      'you can call me on 13712345678 - are you treating this as urgent or not?',
    ]);
    const heard = all(replies.at(-1));
    expect(heard).toContain('high priority: a first answer within 15 minutes');
    expect(heard).toContain('+8613712345678');
  });
});
