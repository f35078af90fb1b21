import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * What a price question says, as people write it (blind batch 38b): a weight in words — "two kilos", "half a kilo",
 * "one and a half kg" — is priced, never asked for again (03.1–03.2); what insuring an item costs, asked right after
 * a price with the item named ("那保價怎麼算 東西是耳機大概五千塊"), is the insurance fee on its value — not the item's
 * sending rule (12.2 got the lithium-battery rule).
 */
describe('a weight in words, and an item insured after a price', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['how much is it to post two kilos from shanghai to beijing', /2 kg/, /CNY 17/],
    ['half a kilo shanghai to beijing, price?', /0\.5 kg/, /CNY 12/],
    ['one and a half kg from shanghai to beijing how much', /1\.5 kg/, /CNY 17/],
  ])('en: "%s" is priced', async (question, weight, price) => {
    const adapter = h.adapter({ locale: 'en-US' });
    const [heard] = await talk(adapter, [question]);
    expect(all(heard)).toMatch(weight);
    expect(all(heard)).toMatch(price);
    expect(all(heard)).not.toMatch(/How heavy/);
  });

  it.each([
    ['zh-TW', '台北寄高雄一公斤要多少', '那保價要怎麼算 裡面是一支手機 大概八千', /NT\$80/],
    ['zh-CN', '上海寄北京1公斤多少钱', '那保价呢 寄的是耳机 值两千块', /20 元/],
    ['en-US', 'how much for 1kg shanghai to beijing', 'and insurance? its a pair of earphones worth 2000', /CNY 20/],
  ])('%s: insurance on an item named after a price is its fee', async (locale, price, insure, fee) => {
    const adapter = h.adapter({ locale });
    const [, heard] = await talk(adapter, [price, insure]);
    expect(all(heard)).toMatch(fee);
    expect(all(heard)).not.toMatch(/鋰電池|锂电池|lithium/i);
  });
});
