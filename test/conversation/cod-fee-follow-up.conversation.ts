import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "So that's the handling fee? What percent?" right after cash on delivery was spoken of (blind batch 42b: 13.2 "咁即係
 * 手續費？幾多%㗎" heard Hong Kong's local price list): cash on delivery's entry, with its fee. Wordings differ from the
 * blind tester's.
 */
describe('the handling fee asked after cash on delivery', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '我有件貨到付款代收咗$300 點解過數得返$295', '係咪扣咗手續費？幾多%', /1\.5%/],
    ['zh-CN', '代收货款300块 到账只有297', '是扣了手续费吗 百分之几', /1%/],
    [
      'en-US',
      'my cash on delivery parcel collected 300 but I only got 297',
      'is that a handling fee? what percent?',
      /1% of the amount/,
    ],
  ])('%s: the fee is cash on delivery’s', async (locale, told, asked, fee) => {
    const [, answer] = await talk(h.adapter({ locale }), [told, asked]);
    expect(all(answer)).toMatch(fee);
    expect(all(answer)).not.toMatch(/首重|first 1 kg|first kg/);
  });
});
