import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Thanks in the middle of a complaint the customer asked for: not filed yet and how to file it, with Submit and
 * Cancel — the step's question not put again, no summary pushed, nothing filed unasked (blind-31 23.6).
 */
describe('thanks while a complaint of theirs is taken down', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'en-US',
      turns: [`I want to make a complaint about ${normal}, the driver shouted at me`, 'thank you'],
      notFiled: /not filed yet — say "submit"/,
      pushed: /What would you like us to do|Submit this complaint\?|Shall I submit/,
    },
    {
      locale: 'zh-CN',
      turns: [`我要投诉 ${normal} 快递员对我大吼大叫`, '谢谢你'],
      notFiled: /还没有登记——回复“提交”/,
      pushed: /您希望我们怎么处理|确认提交吗/,
    },
    {
      locale: 'zh-TW',
      turns: [`我要投訴 ${normal} 個速遞員鬧我`, '唔該晒你'],
      notFiled: /仲未登記——覆「提交」/,
      pushed: /你想我哋點樣處理|確認提交/,
    },
  ])('$locale: said not filed, how to file, nothing re-asked', async ({ locale, turns, notFiled, pushed }) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-1))).toMatch(notFiled);
    expect(all(replies.at(-1))).not.toMatch(pushed);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
