import { botHarness, talk, type BotHarness } from './harness';

/**
 * A new pickup code asked for — also beside words about a delivery the customer never agreed to — hears how to get
 * one (the market's pickup-code rule, said again though the code was spoken of before), not "signed for, the
 * delivery cannot be changed" (issue #17, blind batch 23: 21.3).
 */
describe('a new pickup code asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('zh-TW: after the code failed, "我要的是送到府上…能不能再發一組新的取件碼？"', async () => {
    const said = await play('zh-TW', [
      'JT0001234567890 的取件碼一直顯示錯誤，智取櫃打不開',
      '我根本沒說要放櫃子，我要的是送到府上。能不能再發一組新的取件碼給我？',
    ]);
    expect(said[1]).toContain('取貨碼：');
    expect(said[1]).not.toContain('無法再修改配送');
  });

  it('zh-CN: "取件码过期了 能重新发一个取件码吗"', async () => {
    const said = await play('zh-CN', ['JT0001234567890 快递柜打不开', '取件码过期了，能重新发一个取件码吗？']);
    expect(said[1]).toContain('取件码：');
  });

  it('en: "can you send me a new pickup code?"', async () => {
    const said = await play('en-US', [
      "JT0001234567890 - the locker won't open with my code",
      'ok so can you send me a new pickup code? I never asked for a locker, deliver it to my home',
    ]);
    expect(said[1]).toContain('Pickup codes:');
    expect(said[1]).not.toContain("can't be changed");
  });
});
