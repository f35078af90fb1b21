import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 25: 25.2 ("我想寄東西給住在深圳的女兒，要怎麼寄啊？" heard Taiwan's domestic NT$ table): the price list of
// the region the parcel goes to, said as a person living there — asked here in other words.
describe('the price for a parcel to someone living in another region', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies[replies.length - 1] ?? []).join('\n');

  it('gives the mainland route, not the domestic table, in Traditional Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), ['想寄一些東西給在廣州念書的兒子，運費怎麼算？']);
    expect(last(replies)).toContain('中國大陸');
    expect(last(replies)).not.toContain('國內宅配');
  });

  it('gives the Hong Kong route, not the domestic table, in Simplified Chinese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), ['想寄点东西给在香港工作的姐姐，运费怎么算？']);
    expect(last(replies)).toContain('香港');
    expect(last(replies)).not.toContain('首重 1 公斤 12 元');
  });

  it('gives the cross-border route in English', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I want to send a few things to my sister who works in Macau, what is the price?',
    ]);
    expect(last(replies)).toMatch(/Macau/);
    expect(last(replies)).not.toContain('Domestic standard');
  });
});
