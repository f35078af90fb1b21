import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING; // signed for on Nov 22 (a Sunday), Nanjing → Suzhou: the Mainland's 3 working days
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * Issue #17 (blind batch 25: 14.1, 14.3): a delivered parcel's COD money asked after hears the parcel's delivery day and
 * the payout counted from it; asked again with a day word ("the next day"), where the money stands against the rule
 * and the complaint about COD not remitted offered — never next-day delivery, never the rule word for word again.
 * Wording differs from the blind tester's.
 */
describe('the COD money of a delivered parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delivered} says it was delivered, when does the COD money reach my account?`,
      'normally the money lands the next day, still nothing this time',
      /delivered on Nov 22/,
      /due by Nov 25/,
      /still within the 3 working days/,
      /next[- ]day (delivery|service)|Next-day/,
    ],
    [
      'zh-CN',
      `${delivered} 已经签收了吧，货到付款的钱啥时候打给我`,
      '之前都是隔天就到账，这回代收的款还没打过来',
      /11月22日签收/,
      /最迟11月25日到账/,
      /还在时限内/,
      /次日达|次日送达/,
    ],
    [
      'zh-TW',
      `${delivered} 已經簽收了，代收貨款什麼時候匯給我？`,
      '以前隔天就入帳了，這次代收的款到現在都還沒收到',
      /11月22日簽收/,
      /最遲11月25日入帳/,
      /還在時限內/,
      /隔日到|次日達|隔日送達/,
    ],
    [
      'zh-TW',
      `${delivered} 簽收咗喇，代收貨款幾時過數俾我？`,
      '以前第二日就過數，今次代收貨款仲未收到',
      /11月22日簽收/,
      /最遲11月25日過數/,
      /仲喺時限之內/,
      /隔日到|次日達|隔日送達/,
    ],
  ])('%s: “%s”', async (locale, asked, again, deliveredOn, due, within, speed) => {
    const [first, second] = await talk(h.adapter({ locale }), [asked, again]);
    expect(said(first)).toMatch(deliveredOn);
    expect(said(first)).toMatch(due);
    expect(said(second)).toMatch(within);
    expect(said(second)).not.toMatch(speed);
    // The rule is not said twice: its first sentence is only in the first answer.
    const ruleStart = said(first).split('\n')[1] ?? '';
    expect(ruleStart.length).toBeGreaterThan(10);
    expect(said(second)).not.toContain(ruleStart);
    expect(said(second)).toMatch(/COD money was not remitted|代收货款未打款|代收貨款未撥款|代收貨款未過數/);
  });
});
