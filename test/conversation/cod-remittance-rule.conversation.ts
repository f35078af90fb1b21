import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A seller whose cash-on-delivery money has not come asks for it to be checked ("the buyer paid on delivery two
 * weeks ago and I still haven't been paid, could you look into it?", "代收的货款到现在还没到账，帮我问问", "貨到付款嘅錢仲未
 * 過數畀我，幫我跟下"): when the money is paid out (the remittance rule) beside the complaint that traces it — asked for
 * its tracking number — not the service's fee, nor a hold at the station (代收 is no pickup here) (issue #17).
 */
describe('cash on delivery money not come: the remittance rule and the complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      "The buyer paid cash on delivery two weeks ago and I still haven't been paid, could you look into it?",
      /Remittance: .*3 working days/,
      /Which tracking number/,
    ],
    ['zh-CN', '代收的货款到现在还没到账，帮我问问是怎么回事', /回款时间：.*3 个工作日内/, /哪个快递单号/],
    ['zh-TW', '貨到付款的錢到現在都還沒收到，可以幫我查嗎', /撥款時間：.*7 個工作天內/, /哪個貨運單號/],
  ] as const)('%s: when it is paid out, then the parcel asked for', async (locale, told, rule, asks) => {
    const replies = await talk(h.adapter({ locale }), [told]);
    const answer = all(replies[0]);
    expect(answer).toMatch(rule);
    expect(answer).toMatch(asks);
    expect(answer).not.toMatch(/1% of the amount|手续费|手續費|暂存|暫存|Holds and changes/);
  });
});
