import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A price follow-up after other questions (issue #17, blind batch 7 P3: 12.4, 22.4): "and to Taipei?" after an
 * outlet question or two keeps the weight the last price question gave — the price is worked out, the weight
 * not asked for again.
 */
describe('a price follow-up after other questions keeps the weight given', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', ['从上海寄2公斤到北京要多少钱', '浦东有网点吗', '周末开门吗', '那寄到广州呢？'], /几公斤|多重/],
    ['zh-TW', ['寄3kg去將軍澳幾錢', '銅鑼灣有冇門市', '咁寄去台灣呢？'], /幾重|多重/],
    [
      'en-US',
      ['price for 4 kg from Sha Tin to Central?', 'any outlet in Causeway Bay?', 'and to Taiwan?'],
      /How heavy/,
    ],
  ] as const)('%s: the weight of the last price question is kept', async (locale, turns, asksWeight) => {
    const replies = await talk(h.adapter({ locale }), [...turns]);
    const last = all(replies.at(-1));
    expect(last).toMatch(/=/);
    expect(last).not.toMatch(asksWeight);
  });
});
