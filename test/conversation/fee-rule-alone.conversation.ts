import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[][]) => replies.flat().join('\n');

/**
 * A general question on the redelivery fee or a hold's length, no parcel named: the market's rule, no number asked
 * for, no complaint or change started (blind-31 30.1, 30.2).
 */
describe('a fee or hold rule asked with no parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    { locale: 'en-US', text: 'is there a charge if you have to deliver it again?', rule: /first redelivery is free/ },
    { locale: 'zh-CN', text: '如果第一次没送到，再派送要不要钱？', rule: /再次派送第一次免费/ },
    { locale: 'zh-TW', text: '如果我唔喺屋企，再送一次要唔要錢？', rule: /再派送第一次免費，之後每次 HK\$15/ },
    { locale: 'zh-TW', text: '第二次配送要另外收費嗎？', rule: /再次配送第一次免費，之後每次 NT\$30/ },
    { locale: 'zh-TW', text: '件貨放喺服務點可以留幾耐？', rule: /免費保留 5 日/ },
  ])('$locale: "$text" is answered by the rule', async ({ locale, text, rule }) => {
    const replies = await talk(h.adapter({ locale }), [text]);
    expect(all(replies)).toMatch(rule);
    expect(all(replies)).not.toMatch(/tracking number|单号|單號|運單|抱歉|唔好意思/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
