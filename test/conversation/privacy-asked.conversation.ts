import { botHarness, talk, type BotHarness } from './harness';

/**
 * "Do you sell customer data?" hears the courier's privacy rule from the knowledge files — used only to deliver,
 * never sold, how to have it deleted — also in the middle of a complaint (issue #17, blind batch 23: 08.5 heard only
 * that the complaint would find out).
 */
describe("the courier's rule on customers' data", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const play = async (locale: string, turns: string[]) =>
    (await talk(h.adapter({ locale }), turns)).map((r) => r.join('\n'));

  it('en: "are you selling my details to advertisers?"', async () => {
    const [said] = await play('en-US', ['are you selling my details to advertisers or what?']);
    expect(said).toContain('never sold');
    expect(said).toContain('deleted');
  });

  it('zh-CN: "你们会不会出卖我的个人信息给别人？"', async () => {
    const [said] = await play('zh-CN', ['你们会不会出卖我的个人信息给别人？']);
    expect(said).toContain('绝不出售');
    expect(said).toContain('删除');
  });

  it('zh-TW (Cantonese): "你哋會唔會賣客戶資料㗎？"', async () => {
    const [said] = await play('zh-TW', ['你哋會唔會賣客戶資料㗎？私隱點保障？']);
    expect(said).toContain('唔會賣');
  });

  it('zh-TW: "你們的隱私政策是什麼？"', async () => {
    const [said] = await play('zh-TW', ['想問一下你們的隱私政策是什麼？']);
    expect(said).toContain('絕不出售');
  });
});
