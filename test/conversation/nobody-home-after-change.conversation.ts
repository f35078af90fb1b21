import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "What if I'm still not home?" right after a new delivery time was taken down: what happens then — another try,
 * where the parcel waits and for how long (the courier's rule) — with the request as it stands, never a complaint
 * asking what outcome they want (blind batch 22: 25.4).
 */
describe('what happens if nobody is in, asked after a time change', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      `${normal} 明天白天沒人 可以改成晚上送嗎`,
      '收件人 4444',
      '到時候還是沒人在怎麼辦',
      // (The parcel was never tried: its delivery is asked for at a time, no 重新/again — see never-attempted-delivery.)
      /18:00–21:00配送的請求/,
      /天|日/,
    ],
    [
      'zh-CN',
      `${normal} 明天白天不在 麻烦改晚上送`,
      '收件人 4444',
      '那到时候家里还是没人怎么办',
      /18:00–21:00派送的请求/,
      /天/,
    ],
    [
      'en-US',
      `can you redeliver ${normal} tomorrow evening instead`,
      'receiver 4444',
      'and if nobody is home again, what happens?',
      /deliver it on Tue, Nov 24 between 18:00 and 21:00/,
      /days?/,
    ],
  ])('%s: “%s”', async (locale, asked, proof, whatIf, standing, kept) => {
    const replies = await talk(h.adapter({ locale }), [asked, proof, whatIf]);
    const answer = all(replies[2]);
    expect(answer).toMatch(standing);
    expect(answer).toMatch(kept);
    expect(answer).not.toMatch(/怎麼處理|怎么处理|What would you like us to do/);
  });
});
