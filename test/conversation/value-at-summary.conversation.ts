import { botHarness, send, type BotHarness } from './harness';

/**
 * What the goods were worth, said at the summary after compensation was asked for, is kept beside that demand
 * and shown (issue #17, blind batch 12: 23.4 "The vase was worth 450 RMB" was not recorded).
 */
describe('a value told at the summary joins the compensation asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      ['我的包裹到了 里面的茶具摔碎了', '跳过', '赔偿', '跳过', '跳过'],
      '那套茶具值680元',
      '赔偿（那套茶具值680元）',
    ],
    [
      'zh-TW',
      ['包裹送到了 裡面的玻璃花瓶破掉了', '跳過', '賠償', '跳過', '跳過'],
      '花瓶值 NT$2400',
      '賠償（花瓶值 NT$2400）',
    ],
    [
      'en-US',
      ['my parcel arrived and the lamp inside is smashed', 'skip', 'compensation', 'skip', 'skip'],
      'The lamp was worth 900 RMB',
      'compensation (The lamp was worth 900 RMB)',
    ],
  ])('%s', async (locale, turns, value, shown) => {
    const a = h.adapter({ locale, user: `value-${locale}` });
    for (const turn of turns) await send(a, turn);
    const summary = (await send(a, value)).join('\n');
    expect(summary).toContain(shown);
  });
});
