import { botHarness, talk, type BotHarness } from './harness';

// "Can't you look it up by my name?" asked while a complaint waits for the tracking number is a question about how a
// parcel is found, answered (by its number, and where that number is), then the step again — not "we'll go on
// without the number… what would you like us to do?" (blind batch 28: 03.2).
describe('a name lookup asked at the tracking-number step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'my parcel from an online shop still has not come, this is ridiculous',
      'could you not search for it by my full name? Anna Lee',
    ],
    ['zh-CN', '网上买的东西一个星期了还没到，太离谱了', '没单号啊，不能按我名字查一下吗？我叫王芳'],
    ['zh-TW', '網購嘅嘢一個禮拜都未到，真係離譜', '冇單號呀，可唔可以用我個名查？我叫陳美玲'],
  ])('%s', async (locale, opening, byName) => {
    const [, asked] = await talk(h.adapter({ locale }), [opening, byName]);
    const said = (asked ?? []).join('\n');
    expect(said).toMatch(/by a name|名字|個名|名稱/);
    expect(said).not.toMatch(/What would you like us to do|您希望我们怎么处理|你想我哋點樣處理|您希望我們怎麼處理/);
  });
});
