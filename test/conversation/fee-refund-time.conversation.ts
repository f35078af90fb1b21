import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;

/**
 * "When does the money come back?" inside a fee complaint (charged twice, overcharged) hears the refund time of a
 * fee, not a lost parcel's compensation payout (issue #17, blind batch 20: 13.4).
 */
describe('the refund time inside a fee complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${normal} 同一单运费被扣了两遍`, '钱几天能退回来', '3 个工作日内原路退回'],
    ['zh-TW', `${normal} 同一件運費被扣了兩次`, '錢多久會退回來', '3 個工作天'],
    [
      'en-US',
      `${normal} you charged my card twice for the same parcel`,
      'how long until I get it back?',
      'within 3 working days',
    ],
  ])('%s: the refund time, not the compensation payout', async (locale, first, asked, expected) => {
    const adapter = h.adapter({ locale });
    await send(adapter, first);
    const said = (await send(adapter, asked)).join('\n');
    expect(said).toContain(expected);
    expect(said).not.toMatch(/赔款到账|賠款入帳|Compensation payout/);
  });
});
