import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * Blind batch 23: 27.4 and 27.5. "幫我開張單啦 電話…" at the contact step opens the complaint with that phone as its
 * contact — never the pickup-code text read into "開"; and "要交啲咩文件？" at the summary hears the papers a claim takes.
 * (These are lost parcels: since the blind rescore of batch 23 (27.5 — the damage photos are wrong for a parcel that
 * is missing) they hear the lost parcel's own entry, `lost claim evidence`, instead of the damage-oriented one.)
 */
describe('a complaint opened with a phone, and the papers asked at the summary', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes the phone and answers the papers in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我寄去台北嘅件唔見咗，我要賠償',
      '跳過',
      '幫我開張單啦 電話91234567',
      '要交啲咩文件？',
    ]);
    const opened = (replies.at(-2) ?? []).join('\n');
    expect(opened).toContain('聯絡方法：+85291234567');
    expect(opened).not.toContain('取件碼');
    expect(last(replies)).toContain('遺失件索償文件');
  });

  it('takes the phone and answers the papers in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我的包裹丢了，我要赔偿',
      '跳过',
      '帮我开单吧 电话13912345678',
      '需要提供哪些证明？',
    ]);
    const opened = (replies.at(-2) ?? []).join('\n');
    expect(opened).toContain('联系方式：+8613912345678');
    expect(opened).not.toContain('取件码');
    expect(last(replies)).toContain('丢失件理赔材料');
  });

  it('answers the papers at the summary in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'my parcel got lost, I want compensation',
      'skip',
      'skip',
      'which documents do you need from me?',
    ]);
    expect(last(replies)).toContain('Claim documents for a lost parcel');
  });

  it('takes "請幫我開個案件" with a phone in Traditional Chinese as the contact, no pickup code', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我的包裹不見了，我要賠償',
      '跳過',
      '好吧，請幫我開個案件，聯絡電話0922332222',
    ]);
    expect(last(replies)).toContain('+886922332222');
    expect(last(replies)).not.toMatch(/取件碼|取貨碼/);
  });
});
