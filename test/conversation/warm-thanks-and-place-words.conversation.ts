import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 25: 25.6 (warm thanks heard as "sorry I didn't help") and 25.4 (a question word read as a place:
// 找不到「哪裡」) — asked here in other words, in the three languages.
describe('warm thanks taken at their word, and question words never read as places', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies[replies.length - 1] ?? []).join('\n');

  it('takes warm Traditional Chinese thanks as thanks', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), ['可以寄香水嗎？', '好喔謝謝你喔，真的幫了大忙']);
    expect(last(replies)).not.toContain('沒幫上忙');
    expect(last(replies)).not.toContain('轉真人');
  });

  it('takes warm Simplified Chinese thanks as thanks', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['可以寄香水吗？', '谢谢你，很有帮助']);
    expect(last(replies)).not.toContain('没帮上');
  });

  it('takes warm English thanks as thanks', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), ['can I send perfume?', 'thanks, that really helped']);
    expect(last(replies)).not.toMatch(/hasn't helped/i);
  });

  it('never reads 哪裡 as the place a Traditional Chinese customer sends to', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我想寄禮物給住在廈門的朋友，要拿去哪裡寄？',
      '2 公斤多少錢？',
    ]);
    expect(last(replies)).not.toContain('「哪');
    expect(last(replies)).toContain('廈門');
  });

  it('never reads 哪里 as the place a Simplified Chinese customer sends to', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['想寄点东西给在北京的同学，去哪里寄？', '3公斤多少钱']);
    expect(last(replies)).not.toContain('「哪');
    expect(last(replies)).toContain('北京');
  });
});
