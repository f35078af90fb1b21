import { botHarness, talk, type BotHarness } from './harness';

// A parcel sent back unasked, complained about: "can it come again, who pays?" inside the complaint hears the rule on
// returned parcels (sent out again free when the return was the courier's doing — asked for on the complaint; the
// sender pays only for a refusal or no contact), and "open the complaint for me" opens it as returned without reason —
// no locker pickup-code paragraph (issue #17, blind batch 26b: 26.4–26.5). Wordings differ from the tester's.
describe('a returned parcel: sending it again asked about inside the complaint, then the complaint opened', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[] | undefined): string => (replies ?? []).join('\n');

  it('answers in Cantonese and files it as returned without reason', async () => {
    const [, resend, opened, summary] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'EA526018152CN 點解無啦啦退咗去寄件人度？我成日喺屋企',
      '可唔可以再deliver一次俾我？使唔使我俾錢？',
      '得 幫我開個投訴',
      '電話 91234567',
    ]);
    expect(all(resend)).toContain('免費再寄出');
    expect(all(resend)).not.toContain('答唔到');
    expect(all(opened)).not.toContain('取件碼');
    expect(all(summary)).toMatch(/類型：無故退/);
  });

  it('answers in Simplified Chinese and files it as returned without reason', async () => {
    const [, resend, opened, summary] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'EA526018152CN 怎么莫名其妙退回去了，我一直在家等',
      '还能重新寄过来吗？运费谁出？',
      '行 帮我开个投诉吧',
      '13912345678',
    ]);
    expect(all(resend)).toMatch(/免费(再|重新)寄出/);
    expect(all(opened)).not.toContain('取件码');
    expect(all(summary)).toContain('类型：无故退回');
  });

  it('answers in English and files it as returned without reason', async () => {
    // (The contact question, put again after the side question, is answered with "reply here": then the summary.)
    const [, resend, opened, summary] = await talk(h.adapter({ locale: 'en-US' }), [
      'why did EA526018152CN get sent back to the sender? nobody even tried to deliver',
      'can you resend it to me, and who covers the cost?',
      'fine, open the complaint please',
      'just reply here',
    ]);
    expect(all(resend)).toMatch(/free/i);
    expect(all(resend)).not.toMatch(/can'?t answer/i);
    expect(all(opened)).not.toMatch(/pickup code/i);
    expect(all(summary)).toContain('Type: returned without reason');
  });
});
