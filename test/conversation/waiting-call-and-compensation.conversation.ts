import { botHarness, talk, type BotHarness } from './harness';

/**
 * While a person is awaited: a phone call asked for and then called off is taken off the ticket and the customer
 * hears so; "how does compensation work, it wasn't insured?" hears the claim rule with its cap and this parcel's
 * insurance — not its status again (issue #17, blind batch 23: 04.5).
 */
describe('a call called off and compensation asked while waiting for a person', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: "no need to call me after all — what does an uninsured lost parcel pay?"', async () => {
    const said = await play('en-US', [
      'where is 782828807290222',
      'I want an agent to phone me back today',
      "no need to call me after all, I'm busy. what would you pay for it if it's lost? it had no insurance",
    ]);
    expect(said[2]).toContain("you don't want to be called");
    expect(said[2]).toContain('up to 3 times the shipping fee');
    expect(said[2]).toContain('not insured on its waybill');
    expect(said[2]).not.toContain('Last scan');
  });

  it('zh-CN: "不用给我打电话了，没保价丢了怎么赔？"', async () => {
    const said = await play('zh-CN', [
      '782828807290222 到哪了',
      '转人工，今天让客服打电话给我',
      '算了不用给我打电话了，开会。没保价的话丢了怎么赔？',
    ]);
    expect(said[2]).toContain('不需要电话联系');
    expect(said[2]).toContain('3 倍');
    expect(said[2]).not.toContain('最新扫描');
  });

  it('zh-TW (Cantonese): "唔使打俾我喇，冇買保險賠幾多？"', async () => {
    const said = await play('zh-TW', [
      '782828807290222 去咗邊',
      '我要搵真人，今日打電話俾我',
      '唔使打俾我喇，要開會。冇買保險嘅話唔見咗賠幾多？',
    ]);
    expect(said[2]).toContain('唔使電話聯絡');
    expect(said[2]).toContain('3 倍');
  });
});
