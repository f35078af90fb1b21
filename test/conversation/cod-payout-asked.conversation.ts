import { botHarness, talk, type BotHarness } from './harness';

// Issue #17, batch 22 (02.3, 26.2): "when do you normally pay out COD?" and "收咗錢幾耐會過數俾我？" (after asking about
// cash on delivery) got the price list; when the cash collected reaches the sender is the COD entry's remittance rule.
describe('when cash on delivery is paid out, asked in the words shops use', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', [], 'when do you normally pay out COD?', /Remittance/, /first kg/],
    [
      'zh-TW',
      ['你好 我喺香港做網店 你哋有冇貨到付款代收服務？'],
      '收咗錢幾耐會過數俾我？',
      /過數時間/,
      /首重|首 ?0?\.5/,
    ],
  ] as const)('%s: the remittance rule, not the price list', async (locale, before, asked, rule, priceList) => {
    const replies = await talk(h.adapter({ locale }), [...before, asked]);
    const answer = (replies.at(-1) ?? []).join('\n');
    expect(answer).toMatch(rule);
    expect(answer).not.toMatch(priceList);
  });
});
