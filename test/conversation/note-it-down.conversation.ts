import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * "請幫我記錄下來，多久會有人聯絡我？" with no complaint filed (blind batch 23: 21.5): a complaint is started to take it
 * down — never a lookup of a complaint the customer never made.
 */
describe('"note it down" with no complaint filed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('starts a complaint in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'the locker code you sent me does not work',
      'please write it down, when will someone get back to me?',
    ]);
    expect(last(replies)).toContain('Which of these fits best?');
    expect(last(replies)).not.toMatch(/can't find|couldn't find/);
  });

  it('starts a complaint in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递柜的取件码打不开柜子',
      '帮我记下来吧，什么时候会有人联系我？',
    ]);
    expect(last(replies)).toContain('请选择最符合的类型');
    expect(last(replies)).not.toContain('没有查到');
  });

  it('starts a complaint in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '智慧櫃的取件碼打不開櫃子',
      '麻煩幫我記下來，什麼時候會有人聯絡我？',
    ]);
    expect(last(replies)).toContain('請選擇最符合的類型');
    expect(last(replies)).not.toContain('查到');
  });
});
