import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A complaint filed while its resend still waits for a day (blind batch 39a: 07.6): "工单号再发我一下 我截个图" got the
 * change's reminder ("nothing changed yet — when to deliver?") instead of the ticket's number. The number asked for is
 * said; the request waits as it was.
 */
describe("the ticket's number asked again beside a change waiting", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [
        `你好 我寄去香港的EMS ${returned} 怎么显示退回了？我女儿一直在家没人联系过她`,
        '我是寄件人 手机尾号2222',
        '投诉 要求你们免费重新寄过去 里面有她要吃的药',
        '13907155286 发短信就行',
        '提交',
        '工单号再发我一下 我截个图',
      ],
    ],
    [
      'en-US',
      [
        `my EMS ${returned} to hong kong says returned?? nobody ever contacted my daughter`,
        "i'm the sender, ends 2222",
        "complaint. i want you to send it again for free, there's medicine in it",
        '13907155286 text only',
        'submit',
        'send me the ticket number again please, i need a screenshot',
      ],
    ],
  ])('%s: the number is said', async (locale, turns) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies[4])).toMatch(/C-\d{8}-\d{4}/);
    expect(all(replies[5])).toMatch(/C-\d{8}-\d{4}/);
  });
});
