import { writesCantonese } from '../../src/bot/knowledge';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

// The demo's parcel from Wuhan to Hong Kong, sent back to its sender.
const { returned } = DEMO_TRACKING;

// Issue #17: Hong Kong's Traditional knowledge file was written in Cantonese, so a Taiwan customer asking about a parcel
// bound for Hong Kong was answered in Cantonese. Hong Kong now has a Traditional Mandarin file (faq.zh-TW.md) and a
// Cantonese one (faq.zh-TW.yue.md), chosen by how the customer writes; zh-CN and English readers keep their own files.
describe("Hong Kong's rules in the customer's own Chinese", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', '那如果要再寄一次，運費是誰出？', /退回的包裹/, false],
    ['zh-TW', '這件到香港要繳關稅嗎？', /寄進香港的一般物品/, false],
    ['yue', '如果再寄多次，運費邊個俾？', /退回嘅包裹/, true],
    ['yue', '呢件寄去香港使唔使交關稅？', /寄嚟香港嘅一般物品/, true],
    ['zh-CN', '要是再寄一次，运费谁来出？', /退回的包裹/, false],
    [
      'en-US',
      'will this one have duties to pay in Hong Kong?',
      /Hong Kong charges no duty on ordinary goods coming in/,
      false,
    ],
  ] as const)('a rule of a Hong Kong parcel (%s: %s)', async (lines, asked, rule, cantonese) => {
    const adapter = h.adapter({ locale: lines === 'yue' ? 'zh-TW' : lines });
    // (The Cantonese customer's first words are Cantonese, the Taiwan customer's Mandarin.)
    const opening = lines === 'yue' ? `${returned} 而家去咗邊度？` : `${returned} 現在在哪裡？`;
    await sendAll(
      adapter,
      lines === 'zh-CN' ? `${returned} 现在在哪里？` : lines === 'en-US' ? `where is ${returned}?` : opening,
    );
    const told = await sendAll(adapter, asked);
    expect(told.text).toMatch(rule);
    expect(writesCantonese(told.text)).toBe(cantonese);
  });
});
