import { botHarness, talk, type BotHarness } from './harness';

// Where a parcel goes, said in a question about what may be sent, stands for the price asked right after with only
// where it is sent from ("大概3公斤，從廣州寄"): that route is priced on the table of the market it is sent from — not
// "where does it go?" and the customer's own domestic list chosen by the script they write (blind batch 28: 22.2).
describe('a price asked with the origin after the destination was said', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      "I'd like to post some skincare to Hong Kong, is that allowed?",
      "about 2 kg, I'm sending it from Shanghai, what's the price?",
      /Shanghai → Hong Kong, 2 kg: .*= CNY 68\./,
    ],
    ['zh-CN', '我想寄些零食给在台北的同学，能寄吗', '从厦门寄 2公斤 运费多少', /厦门 → 台北，2 公斤：.*= 165 元。/],
    [
      'zh-TW',
      '想寄幾件衣服去台北給朋友，可以寄嗎？',
      '從香港寄，大概4公斤，運費怎麼算？',
      /香港 → 台北，4 公斤：.*= HK\$191。/,
    ],
    [
      'zh-TW',
      '我想寄啲衫去上海俾我阿妹，寄得唔得㗎？',
      '由觀塘寄，大約2公斤，要幾錢？',
      /觀塘 → 上海，2 公斤：.*= HK\$81。/,
    ],
  ])('%s: %s', async (locale, first, price, priced) => {
    const [, answer] = await talk(h.adapter({ locale }), [first, price]);
    const said = (answer ?? []).join('\n');
    expect(said).toMatch(priced);
    expect(said).not.toMatch(/where|寄往哪|寄到哪|寄去邊|NT\$120/i);
  });
});
