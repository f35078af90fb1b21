import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

// "Who pays the return postage if I refuse it?" of a parcel not returned (nor on its way back) is answered by the rule on
// refusing a parcel (session 44: the sender pays its return, the recipient nothing — it was the postage-payer rule, whose
// "if they refuse, the sender pays it" says the same of freight collect) — not the claim rules nor a complaint; the rule
// on returned parcels' freight is for a parcel returned or returning (issue #17, review 28: item 2).
describe('the return postage of a parcel not sent back is the postage-payer rule', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'if I refuse it, who pays the return shipping?', /the sender, who pays its return/],
    ['zh-CN', '如果我拒收 退回去的运费谁出', /退回的运费由寄件人按运费标准承担/],
    ['zh-TW', '如果我拒收 退回去的運費誰付', /退回的運費由寄件人依運費標準負擔/],
  ])('after a parcel on its way (%s)', async (locale, question, rule) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, DEMO_TRACKING.normal);
    const answer = await sendAll(adapter, question);
    expect(answer.text).toMatch(rule);
    expect(answer.text).not.toMatch(/compensat|赔偿|賠償|complaint|投诉|投訴/i);
  });

  it.each([
    ['en-US', 'if I refuse it, who pays the return shipping?', /the sender, who pays its return/],
    ['zh-CN', '如果我拒收 退回去的运费谁出', /退回的运费由寄件人按运费标准承担/],
    ['zh-TW', '如果我拒收 退回去的運費誰付', /退回的運費由寄件人依運費標準負擔/],
  ])('with no parcel named (%s)', async (locale, question, rule) => {
    const adapter = h.adapter({ locale });
    const answer = await sendAll(adapter, question);
    expect(answer.text).toMatch(rule);
  });
});
