import { botHarness, contains, type BotHarness } from './harness';

/**
 * A business customer's invoice issued wrong is answered with how it is reissued, the details sent for it go to the
 * billing team on a ticket (no complaint about a parcel), bulk pickups and prices asked later get the business account's
 * answer, the monthly statement's currency is answered, and a call from sales asked for is a person with the call-back
 * on the ticket (issue #17, batch 29: 17.1–17.3, 27.3–27.4).
 */
describe("a business customer's invoices, statements and sales call-back", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const noComplaint = (text: string): void => {
    expect(text).not.toMatch(/tracking number|快递单号|快遞單號|運單號碼|sorry|抱歉|唔好意思/i);
  };

  it('explains an English invoice reissue, takes the details to billing and answers bulk pickups', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send("We're on a monthly account and the company name on last month's invoice is wrong - can you reissue it?")
      .assertReply((a) => {
        expect(a.text).toContain('reissued');
        expect(a.text).not.toContain('Business accounts:');
      })
      .send('Account number 8801234567, company name is Bright Star Trading Ltd, tax ID 91310000MA1K2B3C4D')
      .assertReply((a) => {
        expect(a.text).toContain('billing team');
        expect(a.text).toMatch(/ticket C-/);
        expect(a.text).not.toContain("can't find");
      })
      .send('also we have about 200 parcels going out next week, can you do a bulk pickup? any discount?')
      .assertReply(contains('scheduled pickups'))
      .startTest();
  });

  it('explains a Simplified Chinese invoice reissue and takes the details to billing, not as a complaint', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('公司月结的，9月那张发票税号写错了，怎么换开')
      .assertReply(contains('发票重开', '月结账号'))
      .send('账号 6600112233，税号 91110108MA01ABCD2X')
      .assertReply((a) => {
        expect(a.text).toContain('账单组');
        noComplaint(a.text ?? '');
      })
      .startTest();
  });

  it('explains a Taiwan invoice reissue and takes the details to the accounts team', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('我們是月結客戶，上個月的發票統編打錯了，可以重開嗎？')
      .assertReply(contains('作廢重開'))
      .send('月結帳號 22334455，統編 12345678，抬頭是大明貿易股份有限公司')
      .assertReply((a) => {
        expect(a.text).toContain('帳務組');
        noComplaint(a.text ?? '');
      })
      .startTest();
  });

  it('answers the monthly statement in HKD in Cantonese and takes a sales call-back with the number', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('我哋公司有月結，啲月結單可唔可以用港幣開？')
      .assertReply(contains('月結單', 'HK$'))
      .send('好，叫你哋業務打個電話俾我，黃小姐 6123 4567')
      .assertReply((a) => {
        expect(a.text).toContain('業務同事');
        expect(a.text).toContain('4567');
        noComplaint(a.text ?? '');
      })
      .startTest();
  });

  it('answers the monthly statement currency in English and takes a sales call-back', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send("We're a shop in Kowloon on a monthly account. Can the monthly statement be in HKD?")
      .assertReply(contains('Monthly statements', 'HKD'))
      .send('ok, please have your sales rep call me, Mr Wong 9876 5432')
      .assertReply(contains('sales team', 'phone call', '5432'))
      .startTest();
  });

  it('answers the monthly statement currency in Simplified Chinese for the Mainland', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('我们是月结客户，每个月的对账单用人民币开吗？')
      .assertReply(contains('月结账单', '人民币'))
      .send('麻烦让客户经理联系我，王先生 13900002222')
      .assertReply(contains('业务同事', '工单'))
      .startTest();
  });
});
