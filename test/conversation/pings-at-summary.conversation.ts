import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "人呢", "???" at the summary: the bot is here, and the complaint waits only for "submit" — said in a line, with the
 * summary's buttons, not the whole summary again each time (blind batch 17: 12.5–12.6). "提交" then files it.
 */
describe('pings at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: two pings hear it waits for 提交, and 提交 files it', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${delayed} 晚了三天 我要投诉 电话13800006666`,
      '赔偿',
      '人呢',
      '？？？',
      '提交',
    ]);
    expect(all(replies[1])).toMatch(/确认提交吗/);
    for (const ping of [replies[2], replies[3]]) {
      expect(all(ping)).toMatch(/还没有提交/);
      expect(all(ping)).not.toMatch(/您的投诉信息/);
    }
    expect(all(replies[4])).toMatch(/C-\d{8}-\d{4}/);
  });

  it('en: “hello??” at the summary', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${delayed} is 3 days late, I want to complain, call me on 13800006666`,
      'compensation',
      'hello??',
    ]);
    expect(all(replies[2])).toMatch(/not submitted yet/);
    expect(all(replies[2])).not.toMatch(/Here's your complaint/);
  });
});
