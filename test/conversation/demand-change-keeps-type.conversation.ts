import { botHarness, talk, type BotHarness } from './harness';

// At the summary, a change of the demand ("诉求改成…", "change the request to …") changes only the demand: the type
// (returned without reason) and its priority stay as they were (blind-30 14.6 was retyped to a special request).
describe('a demand changed at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('keeps the type in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我要投诉 EA526018152CN 莫名其妙被退回了',
      '道歉',
      '不用留电话',
      '诉求改成免费再寄一次吧',
    ]);
    const summary = (replies.at(-1) ?? []).join('\n');
    expect(summary).toContain('类型：无故退回');
    expect(summary).not.toContain('特殊要求未满足');
  });

  it('keeps the type in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I want to complain, EA526018152CN was sent back to me for no reason',
      'an apology',
      'no thanks, reply here',
      'change the request to: send it again free of charge',
    ]);
    const summary = (replies.at(-1) ?? []).join('\n');
    expect(summary).toContain('Type: returned without reason');
  });

  it('keeps the type in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我要投訴 EA526018152CN 無啦啦俾人退返嚟',
      '道歉',
      '唔使留電話',
      '要求改成免費重新派送過去',
    ]);
    const summary = (replies.at(-1) ?? []).join('\n');
    expect(summary).toContain('類型：無故退件');
  });
});
