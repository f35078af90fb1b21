import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A change of delivery asked with no parcel in sight ("可以寄到7-11取貨嗎") waits on "which parcel?". A customer who
 * names none and goes on — a price, an outlet, a person, another question — is answered as usual, never asked "which
 * parcel?" again and again with no way out (blind batch 18: 25, 29 — six turns of the same line, "可以轉真人嗎"
 * included).
 */
describe('“which parcel?” is never a trap', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW (Taiwan): a price, an outlet and a person asked after the store question are each answered', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '請問可以寄到7-11取貨嗎？全家也可以嗎',
      '寄3公斤從台北到高雄多少錢',
      '板橋有營業所嗎 禮拜天有開嗎',
      '可以轉真人嗎',
    ]);
    const askParcel = '是哪個包裹？請傳給我貨件編號。';
    // Asked whether it can be done, the customer hears Taiwan's store-pickup rules (from the knowledge files).
    expect(all(replies[0])).toMatch(/超商[^]*7 天/);
    for (const later of replies.slice(1)) expect(all(later)).not.toContain(askParcel);
    expect(all(replies[1])).toMatch(/NT\$|元/);
    expect(all(replies[3])).toMatch(/真人|專員|客服人員|人工/);
  });

  it('zh-TW (Cantonese): a cat asked about after the Circle K question hears about sending animals', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'OK便利店同Circle K可以自取嗎',
      '我可唔可以寄隻貓返大陸',
    ]);
    // (Circle K and "OK便利店" are Hong Kong's words: Hong Kong's rule, never Taiwan's prices.)
    expect(all(replies[0])).not.toContain('NT$');
    expect(all(replies[0])).toMatch(/Circle K/);
    expect(all(replies[1])).not.toMatch(/係邊件貨/);
    expect(all(replies[1])).toMatch(/動物|活體|寵物/);
  });

  it('en: a parcel number sent after "which parcel?" still carries the request on', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'can you hold my parcel at the station',
      'SF2210478832106',
    ]);
    expect(all(replies[1])).toMatch(/last 4|digits/i);
  });
});
