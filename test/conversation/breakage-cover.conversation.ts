import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 25: 16.4 ("那酒要怎么包装？碎了你们赔不赔" heard the item's rule again) — asked here in other words.
describe('whether breakage is paid for, asked before sending', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[][]): string => (replies[replies.length - 1] ?? []).join('\n');

  it('gives the packing and the claim rules beside an item in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'can I ship a glass jar of honey? how do I pack it, and if it smashes will you compensate me?',
    ]);
    const text = all(replies);
    expect(text).toContain('declared value');
    expect(text).toMatch(/bubble wrap|padding/i);
  });

  it('gives the claim rules beside an item in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['红酒可以寄吗？万一摔坏了能赔吗']);
    expect(all(replies)).toContain('保价');
  });

  it('gives the packing and the claim rules in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), ['玻璃杯可以寄嗎？要怎麼包裝？破了有沒有賠']);
    const text = all(replies);
    expect(text).toContain('保價');
    expect(text).toContain('包裝');
  });
});
