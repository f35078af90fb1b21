import { botHarness, sendAll, type BotHarness } from './harness';

// Follow-up questions on the business account (issue #17, batch 22: 01.2, 01.4, 11.2–11.4) are answered from its entry
// in the knowledge files — the part that answers — never a hand-off nobody asked for, the claim rules or the price list.
describe('follow-up questions on the business account answered from its entry', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers the paperwork, the minimum, pickups from a warehouse and whom to speak to in English', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    expect((await sendAll(adapter, 'do you offer a corporate account with a monthly invoice?')).text).toContain(
      'Business accounts',
    );
    const paperwork = await sendAll(adapter, 'right, what paperwork do you need and how many parcels at least?');
    expect(paperwork.text).toContain('How to apply and the minimum volume');
    expect(paperwork.text).toContain('business licence');
    expect(paperwork.text).toContain('about 50 parcels');
    expect(paperwork.text).not.toMatch(/ticket|first kg|compensat/i);
    expect(paperwork.buttons).toEqual(['Talk to a person']);
    const pickups = await sendAll(adapter, 'could your courier come and collect from our warehouse every morning?');
    expect(pickups.text).toContain('Yes, we can come to you');
    expect(pickups.text).toContain('scheduled pickups (every working day');
    expect(pickups.text).toContain('Door pickup');
    const whom = await sendAll(adapter, 'who should we speak to about it?');
    expect(whom.text).toContain('Who to talk to');
    expect(whom.text).toContain('sales team');
    expect(whom.text).not.toMatch(/ticket/i);
    expect(whom.buttons).toEqual(['Talk to a person']);
  });

  it('answers the documents, a discount, daily pickups and whom to contact in Simplified Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    expect((await sendAll(adapter, '我们公司想开个月结账户')).text).toContain('企业账户');
    const documents = await sendAll(adapter, '申请需要带哪些证件 量大能打折不');
    expect(documents.text).toContain('关于怎么申请、要什么资料和价格');
    expect(documents.text).toContain('营业执照');
    expect(documents.text).toContain('价格按寄件量另议');
    expect(documents.text).not.toMatch(/理赔|首重|工单/);
    const pickups = await sendAll(adapter, '能每天上午派人来我们仓库收货吗');
    expect(pickups.text).toContain('可以上门收件');
    expect(pickups.text).toContain('定时上门取件（');
    expect(pickups.text).toContain('不开户、只约一次上门取件');
    const whom = await sendAll(adapter, '那具体跟谁联系');
    expect(whom.text).toContain('业务同事');
    expect(whom.text).not.toMatch(/工单|首重/);
    expect(whom.buttons).toEqual(['转人工']);
    // (Documents sent are the parcel, not the account's paperwork: the price asked is answered as a price — asked right
    // after a follow-up, when the next message is still read as one; another topic in between ends the follow-up.)
    const papers = await sendAll(adapter, '寄文件到北京多少钱');
    expect(papers.text).not.toContain('企业账户的规定');
  });

  it('answers the minimum, an offer, pickups at a fixed time and whom to talk to in Traditional Chinese', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    expect((await sendAll(adapter, '我們想申請企業月結')).text).toContain('企業月結帳戶');
    const minimum = await sendAll(adapter, '最少一個月要寄幾件？有沒有優惠');
    expect(minimum.text).toContain('關於最低寄件量和價格');
    expect(minimum.text).toContain('每月約 50 件以上');
    expect(minimum.text).not.toMatch(/理賠|首重|工單/);
    const pickups = await sendAll(adapter, '可以每週固定兩天到府收件嗎');
    expect(pickups.text).toContain('可以到府收件');
    expect(pickups.text).toContain('定時到府收件（');
    const whom = await sendAll(adapter, '要找誰談比較快');
    expect(whom.text).toContain('業務');
    expect(whom.buttons).toEqual(['轉人工']);
  });

  it('answers the documents, a cheaper price and whom to talk to in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    expect((await sendAll(adapter, '你哋有冇月結公司戶口？')).text).toContain('公司戶口');
    const documents = await sendAll(adapter, '要交咩文件？寄得多會唔會平啲');
    expect(documents.text).toContain('講到點樣申請、要咩資料同價錢');
    expect(documents.text).toContain('商業登記證');
    expect(documents.text).not.toMatch(/HK\$30|索償/);
    const whom = await sendAll(adapter, '咁搵邊個傾好');
    expect(whom.text).toContain('業務同事');
    expect(whom.buttons).toEqual(['轉真人客服']);
  });

  it.each([
    [
      'en-US',
      'get me a real person please',
      'ok cheers. one more thing, do you collect from our shop or must I bring them in',
      'Door pickup',
    ],
    ['zh-CN', '帮我转人工', '好的 另外问下能不能派人上门来收件', '上门取件：'],
    ['zh-TW', '我要轉人工', '請問可以到府收件嗎', '到府收件'],
  ])(
    'answers a door pickup asked while a person is awaited (%s), not only "added to the ticket"',
    async (locale, person, question, answer) => {
      const adapter = h.adapter({ locale });
      await sendAll(adapter, person);
      const asked = await sendAll(adapter, question);
      expect(asked.text).toContain(answer);
      expect(asked.text).not.toMatch(/added that to ticket|已加到工单|已加到客訴單/);
    },
  );
});
