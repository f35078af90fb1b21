import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 28 (01): "what ADDRESS do you have on the parcel?" got "trouble understanding". The address on the waybill
// is shown once the last 4 digits prove the link (the privacy rule), and asked for first.
describe('the address a parcel is going to, asked: the last 4 digits first, then the address', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('asks for the last 4 and then shows the address in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 status',
      'what address do you have for it? I changed flats recently',
      'recipient 4444',
    ]);
    expect(replies[1]?.join('\n')).toMatch(/going to Shanghai[^]*last 4 digits/);
    expect(replies[2]?.join('\n')).toContain('100 Century Avenue');
  });

  it('asks for the last 4 and then shows the address in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 到哪了',
      '麻烦看看它寄去什么地址？',
      '收件人尾号4444',
    ]);
    expect(replies[1]?.join('\n')).toMatch(/寄往上海[^]*后 4 位/);
    expect(replies[2]?.join('\n')).toContain('世纪大道100号');
  });

  it('shows the address at once in Cantonese when the link is proved already', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF1402837465921 去到邊',
      '收件人尾數4444',
      '寄去咩地址㗎？',
    ]);
    expect(replies[2]?.join('\n')).toContain('世紀大道100號');
  });
});
