import { botHarness, sendAll, type BotHarness } from './harness';

// A numbered list's introduction is let be by its place in the message: a question that repeats what the introduction
// said is still answered (issue #17, review 28: item 6).
describe('numbered questions whose introduction names them', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      '问三个问题 有一个是运费谁出 1. 充电宝能寄吗 2. 寄到北京1公斤多少钱 3. 运费谁出',
      /寄付是寄件人寄件时付运费/,
    ],
    [
      'zh-TW',
      '問三個問題 其中一個是運費誰付 1. 行動電源能寄嗎 2. 寄到台中1公斤多少錢 3. 運費誰付',
      /寄件付款是寄件人寄件時付運費|寄付是寄件人寄件時付運費/,
    ],
    [
      'en-US',
      'Three questions, one is who pays the shipping 1. can I send a power bank? 2. how much is 1 kg to Beijing? 3. who pays the shipping',
      /Prepaid: the sender pays when sending/,
    ],
  ])('%s: each numbered question is answered', async (locale, message, postage) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, message);
    expect(answer.text).toMatch(/20,?000 ?mAh/i);
    expect(answer.text).toMatch(postage);
  });
});
