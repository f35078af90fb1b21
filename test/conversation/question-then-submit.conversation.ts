import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

/**
 * At the summary, a message that answers "no" to something, asks a question and says "submit" (issue #17, blind batch
 * 23: 06.6): the question is answered and the complaint is filed as asked — never the summary again, waiting for
 * another "submit".
 */
describe('a question and a submit at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${delayed} is 3 days late, I want to complain, call me on 13800006666`,
      'compensation',
      'no!! why is it late anyway? just submit it',
    ],
    ['zh-CN', `${delayed} 晚了三天 我要投诉 电话13800006666`, '赔偿', '不是！到底为什么晚了？直接提交'],
    ['zh-TW', `${delayed} 晚了三天 我要客訴 電話0912345678`, '賠償', '不對！到底為什麼延遲？直接提交'],
  ] as const)('%s: the question is answered and the complaint filed', async (locale, open, demand, last) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [open, demand, last]);
    expect(all(replies[2])).toMatch(/C-\d{8}-\d{4}/);
  });
});
