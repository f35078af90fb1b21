import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "聽日再嚟問", "下次再来查吧", "I'll check back tomorrow" in the middle of a complaint: the customer is leaving — they
 * hear it is not filed yet and may file it as it stands, not the step's question again (blind batch 18: 30.5).
 */
describe('coming back another day, said in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-HK', '個件 EA526018152CN 退咗返去 我冇拒收過 我要投訴', '唔使住 我聽日再嚟問', /未提交|未登記|仲未/],
    ['zh-CN', 'EA526018152CN 怎么被退回去了 我要投诉', '先这样吧 下次再来查', /还没有登记|还没提交|还没/],
    [
      'en-US',
      'why was EA526018152CN sent back? I want to complain',
      "ok I'll check back tomorrow",
      /isn't filed|not filed|not been filed/i,
    ],
  ])('%s', async (locale, opening, leaving, notFiled) => {
    const replies = await talk(h.adapter({ locale }), [opening, leaving]);
    expect(all(replies[1])).toMatch(notFiled);
    // The demand question is not asked again.
    expect(all(replies[1])).not.toMatch(/點樣處理|怎么处理|What would you like us to do/);
  });
});
