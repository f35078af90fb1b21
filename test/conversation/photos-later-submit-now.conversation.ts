import { botHarness, talk, type BotHarness } from './harness';

const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

/**
 * Photos promised for later, the complaint wanted filed now (blind batch 27: 14.6–14.7): at the photo step this is its
 * answer — how to add the photos afterwards, then the summary, not the photo question again — and contents missing
 * from a box that looks tampered with are missing items (the damaged type), not a packaging complaint.
 */
describe('photos later, submit now; contents missing from a resealed box', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('goes to the summary in English, typed as missing contents', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'the box was resealed with different tape and only one of the two jackets I bought was inside, SF1402837465921',
      '4444',
      'I want compensation',
      '13912345678',
      "I'll send the photos in a bit, file it now please, what's my ticket number?",
    ]);
    const summary = last(replies);
    expect(replies.at(-1)?.[0]).toContain('send the photos whenever you can');
    expect(summary).toContain('Shall I submit it?');
    expect(summary).toContain('Type: damaged contents');
    expect(summary).not.toContain('Type: packaging');
  });

  it('goes to the summary in Simplified Chinese, typed as missing contents', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '箱子被人拆开重新封过，里面只有一件外套，我买了两件，单号SF1402837465921',
      '4444',
      '要求赔偿',
      '13912345678',
      '图片等下再传，你先帮我登记，投诉编号是多少？',
    ]);
    const summary = last(replies);
    expect(replies.at(-1)?.[0]).toContain('照片可以之后再发');
    expect(replies.at(-1)).toContainEqual(expect.stringContaining('提交后马上就会生成工单号'));
    expect(summary).toContain('确认提交吗');
    expect(summary).toContain('类型：损毁');
    expect(summary).not.toContain('包装问题');
  });

  it('goes to the summary in Cantonese, typed as missing contents', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '個箱畀人拆過再封返，打開得返一件褸，我買咗兩件，單號SF1402837465921',
      '4444',
      '要賠償',
      '91234567',
      '啲相我遲啲先傳，你幫我交咗先',
    ]);
    const summary = last(replies);
    expect(replies.at(-1)?.[0]).toMatch(/相片遲啲再傳|照片可以之後再傳/);
    // ("交咗先": submitted outright — filed, or the summary to confirm; never the photo question again.)
    expect(summary).toMatch(/確認提交|投訴單號/);
    expect(summary).not.toContain('而家可以send過嚟');
    expect(summary).not.toContain('包裝問題');
  });
});
