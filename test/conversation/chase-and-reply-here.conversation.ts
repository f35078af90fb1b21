import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * Blind batch 23: 03.3 and 03.5. A chase asked for in a complaint about a parcel standing still (the bot had offered to
 * have its station chase it) is that speed-up, its proof asked — not the demand question again; and "text me here"
 * at the contact step makes this conversation the contact — no phone or email asked again.
 */
describe('the offered chase taken in a complaint, and this chat as the contact', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes "push them on it" in English as the speed-up of the stalled parcel', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'YT6865635515058 where is it',
      'no scan for days?? ridiculous',
      'ok push them on it',
    ]);
    expect(last(replies)).toContain('I can take that change too');
    expect(last(replies)).toContain('last 4 digits');
  });

  it('takes "那你们催一下啊" in Simplified Chinese as the speed-up', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'YT6865635515058 到哪了',
      '4天都没动 搞什么',
      '那你们催一下啊',
    ]);
    expect(last(replies)).toContain('这个修改我也可以一起办');
  });

  it('takes "幫我催下佢" in Cantonese as the speed-up', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'YT6865635515058 去咗邊',
      '4日都冇郁 搞乜呀',
      '咁你幫我催下佢啦',
    ]);
    expect(last(replies)).toContain('尾4位');
    expect(last(replies)).not.toContain('點樣處理');
  });

  it('makes "just message me in this chat" the contact in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'the courier was rude to me, I want to complain',
      'skip',
      'an apology',
      'just message me in this chat',
    ]);
    expect(last(replies)).toContain("We'll reply to you here");
    expect(last(replies)).toContain("We'll reach you: here, in this conversation");
  });

  it('makes "就在这里回我吧" the contact in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '快递员态度太差了 我要投诉',
      '跳过',
      '道歉',
      '就在这里回我吧 不用打电话',
    ]);
    expect(last(replies)).toContain('联系方式：在这里回复您');
    expect(last(replies)).not.toContain('方便留一个联系电话');
  });

  it('makes "喺度覆我得啦" the contact in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '送貨嗰個態度好差 我要投訴',
      '跳過',
      '道歉',
      '喺度覆我得啦',
    ]);
    expect(last(replies)).toContain('聯絡方法：喺度覆你');
  });

  // (Blind batch 32: 16.3 — "the chat" named, in Chinese: "在这个对话里回", "喺呢個chat度覆".)
  it.each([
    ['zh-CN', '快递员态度太差了 我要投诉', '跳过', '在这个对话里回复我就行', '联系方式：在这里回复您'],
    ['zh-TW', '送貨嗰個態度好差 我要投訴', '跳過', '喺呢個chat度覆我得啦', '聯絡方法：喺度覆你'],
  ])('makes this chat, named as the chat, the contact (%s)', async (locale, opening, skip, here, shown) => {
    const replies = await talk(h.adapter({ locale }), [opening, skip, '道歉', here]);
    expect(last(replies)).toContain(shown);
  });
});
