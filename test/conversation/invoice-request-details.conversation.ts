import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const TAKEN = /billing team, who issue the invoice|交给财务同事开具发票|交俾會計同事開發票|交給帳務同仁開立發票/;
const COMPLAINT =
  /What would you like us to do|compensation|您希望我们怎么处理|你想我哋點樣處理|I'm sorry about this|给您添麻烦了/;

/**
 * An invoice's details sent after the receipts entry was told — the company, its tax ID, the shipments to invoice
 * (blind batch 42b: 05.2 was taken down as a complaint asking compensation, the parcels' status told): a ticket for
 * the billing team with the details, said so; no complaint, no parcel status. Wordings differ from the blind tester's.
 */
describe('an invoice requested with its details', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'I need a company invoice for two parcels I sent last week, how do I get one?',
      `company: Hangzhou Blue Tide Trading Co Ltd, tax ID 91330106MA2XXXXX3B, parcels ${delivered} and ${normal}`,
    ],
    [
      'zh-CN',
      '上周寄的两个件要开公司发票 怎么开',
      `抬头 杭州蓝潮贸易有限公司 税号 91330106MA2XXXXX3B 单号 ${delivered} ${normal}`,
    ],
    ['zh-TW', '我想要寄件嘅收據報數 點攞', `公司名 藍潮貿易有限公司 商業登記號碼 71234567 單號 ${delivered}`],
  ])('%s: the details go to the billing team, and no complaint is taken', async (locale, ask, details) => {
    const [, answer] = await talk(h.adapter({ locale }), [ask, details]);
    expect(all(answer)).toMatch(TAKEN);
    expect(all(answer)).not.toMatch(COMPLAINT);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(JSON.stringify(tickets[0])).toContain('invoice requested');
  });
});
