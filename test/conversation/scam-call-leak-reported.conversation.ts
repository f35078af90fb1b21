import { botHarness, talk, type BotHarness } from './harness';

/**
 * A scam call told of by a customer whose details the caller knew (issue #17, blind batch 31: 20.1, 20.3): a
 * personal-data-leak complaint with the courier's rule on such calls — never the caller's "we'll pay you now on
 * WeChat" taken for a compensation the customer wants, nor "给我打电话" for a call-back asked — and at the remedy
 * question an investigation and a change to how labels are printed are the demand, noted in the customer's words,
 * never a note for the courier on the delivery ("面单不要打我全名" prints a name, it phones nobody).
 */
describe('a scam call that knew the parcel, reported as a data leak', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const all = (replies: string[] | undefined): string => (replies ?? []).join('\n');

  it('takes a data-leak complaint in Simplified Chinese, with the rule on such calls and the labelling wish noted', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '昨天有骗子给我打电话，说出了我的姓名和住址，还有运单号SF1402837465921，说包裹坏了马上赔钱给我，让我加他支付宝',
      '收件人，手机尾号4444',
      '没理他。你们必须调查清楚，今后运单上别打我的全名',
      '13800138000',
    ]);
    const first = all(replies[0]);
    expect(first).toMatch(/我们从不通过(短信、)?电话/);
    expect(first).not.toContain('当场支付');
    expect(first).not.toContain('转接人工');
    expect(first).toContain('您希望我们怎么处理');
    const demand = all(replies[2]);
    expect(demand).toContain('今后运单上别打我的全名');
    expect(demand).not.toContain('备注给快递员');
    const summary = all(replies[3]);
    expect(summary).toContain('类型：个人信息泄露');
    expect(summary).toContain('别打我的全名');
  });

  it('takes it in English, the payment offered by the caller no demand of the customer', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      "I just got a scam call. The caller knew my name, my address and my tracking number SF1402837465921, said the parcel was damaged and he'd transfer compensation to my Alipay right now",
      "I'm the recipient, 4444",
      "I hung up. Please investigate how they got my details, and in future don't print my full name on the waybill",
      '13800138000',
    ]);
    const first = all(replies[0]);
    expect(first).toContain('we never call');
    expect(first).not.toContain("can't be paid here");
    expect(first).toContain('What would you like us to do?');
    expect(all(replies[2])).toContain("don't print my full name on the waybill");
    expect(all(replies[2])).not.toContain('note for the courier');
    const summary = all(replies[3]);
    expect(summary).toContain('Type: personal data leaked');
    expect(summary).toContain('an explanation');
  });

  it('takes it in Cantonese', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      '尋日有個呃錢電話打俾我，講得出我個名同地址，仲有SF1402837465921呢個單號，話件貨爛咗即刻賠錢俾我，叫我轉數快',
      '收件人 4444',
      '我冇理佢。你哋要調查清楚係邊度漏出去，以後運單唔好印我全名',
      '91234567',
    ]);
    expect(all(replies[0])).toContain('我哋從來唔會用電話');
    expect(all(replies[0])).toContain('你想我哋點樣處理');
    expect(all(replies[2])).toContain('以後運單唔好印我全名');
    const summary = all(replies[3]);
    expect(summary).toContain('類型：個人資料外洩');
    expect(summary).toContain('畀個解釋');
  });

  it('takes it in Traditional Chinese (Taiwan)', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '剛剛接到詐騙電話，對方知道我的姓名跟地址，還報出單號SF1402837465921，說包裹弄壞了要馬上賠錢給我，叫我加他LINE',
      '我是收件人 4444',
      '我沒有加。請你們調查清楚，以後託運單不要印我的全名',
      '0912345678',
    ]);
    expect(all(replies[0])).toContain('我們從不透過電話');
    expect(all(replies[2])).toContain('以後託運單不要印我的全名');
    expect(all(replies[2])).not.toContain('備註給');
    expect(all(replies[3])).toContain('類型：個資洩露');
  });
});
