import { botHarness, contains, type BotHarness } from './harness';

// Issue #17: a message that names a parcel gets its status in the same reply, also inside a complaint or in
// the middle of an intake; questions asked mid-intake are answered and the step is asked again; a tracking
// number is checked wherever it is taken.
describe('answer first, then ask', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'SF2210478832106 still not here, it has been forever',
      'It is 3 days past the promised date',
      'What would you like us to do?',
    ],
    ['zh-CN', 'SF2210478832106 怎么还没到，等了好久了，我要投诉', '已经超过承诺送达日期 3 天', '您希望我们怎么处理'],
    ['zh-TW', 'SF2210478832106 怎麼還沒到，等很久了，我要客訴', '已經超過承諾送達日期 3 天', '您希望我們怎麼處理'],
  ])('tells where the parcel is before the first intake question (%s)', async (locale, message, status, question) => {
    await h
      .adapter({ locale })
      .send(message)
      .assertReply(contains('SF2210478832106', status))
      .assertReply(contains(question))
      .startTest();
  });

  it.each([
    [
      'en-US',
      'EA526018152CN was returned, why?',
      "Reason recorded by the courier: The recipient's address could not be delivered to",
    ],
    ['zh-CN', 'EA526018152CN 为什么被退回了？我要投诉', '快递记录的原因：收件人地址无法派送'],
    ['zh-TW', 'EA526018152CN 為什麼被退回？我要客訴', '物流記錄的原因：收件人地址無法派送'],
  ])('says why a returned parcel was returned (%s)', async (locale, message, reason) => {
    await h.adapter({ locale }).send(message).assertReply(contains(reason)).startTest();
  });

  it.each([
    [
      'en-US',
      'my vase arrived broken, JT0001234567890',
      'can I send a power bank?',
      '20,000 mAh',
      'What would you like us to do?',
    ],
    ['zh-CN', '花瓶碎了 JT0001234567890', '充电宝能寄吗', '20000mAh', '您希望我们怎么处理'],
    ['zh-TW', '花瓶破了 JT0001234567890', '行動電源可以寄嗎', '20000mAh', '您希望我們怎麼處理'],
  ])('answers a FAQ asked mid-intake, then asks the step again (%s)', async (locale, complaint, faq, answer, step) => {
    await h
      .adapter({ locale })
      .send(complaint)
      .assertReply(contains('JT0001234567890'))
      .assertReply(contains(step))
      .send(faq)
      .assertReply(contains(answer))
      .assertReply(contains(step))
      .startTest();
  });

  it.each([
    [
      'en-US',
      'the courier was rude to me, YT6865635515058',
      'where is it now?',
      'in transit',
      'What would you like us to do?',
    ],
    ['zh-CN', '快递员态度很差 YT6865635515058', '那现在件到哪了？', '运输中', '您希望我们怎么处理'],
    ['zh-TW', '送貨員態度很差 YT6865635515058', '那現在包裹到哪裡了？', '運輸中', '您希望我們怎麼處理'],
  ])(
    'answers "where is it?" mid-intake with the parcel of the complaint (%s)',
    async (locale, complaint, ask, status, step) => {
      await h
        .adapter({ locale })
        .send(complaint)
        .assertReply(contains('YT6865635515058'))
        .assertReply(contains(step))
        .send(ask)
        .assertReply(contains('YT6865635515058', status))
        .assertReply(contains(step))
        .startTest();
    },
  );

  it.each([
    [
      'en-US',
      'my parcel EA526018153CN is late, I want to complain',
      "doesn't look right",
      'refund',
      'Tracking number: EA526018152CN',
    ],
    ['zh-CN', '快递 EA526018153CN 晚了，我要投诉', '好像不对', '退款', '快递单号：EA526018152CN'],
    ['zh-TW', '包裹 EA526018153CN 遲到了，我要客訴', '好像不對', '退款', '貨運單號：EA526018152CN'],
  ])(
    'names a mistyped number inside a complaint and files only the corrected one (%s)',
    async (locale, complaint, mistyped, demand, summary) => {
      await h
        .adapter({ locale })
        .send(complaint)
        .assertReply(() => undefined) // the acknowledgement of the late parcel
        .assertReply(contains('EA526018153CN', mistyped))
        .send('EA526018152CN')
        .assertReply(contains('EA526018152CN', '→'))
        .assertReply(() => undefined) // the demand question
        .send(demand)
        .assertReply(() => undefined) // the contact question
        .send('a@example.com')
        .assertReply(contains(summary))
        .startTest();
    },
  );

  it('asks to check a number tracking does not know, and takes it as written when sent again', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('I want to complain about a late parcel')
      // Since the learned arbiter this reads as complaint.other (not delay): the general acknowledgement.
      .assertReply(contains("I'm sorry"))
      .assertReply(contains('Which tracking number'))
      .send('SF9999999999999')
      .assertReply(contains("I can't find SF9999999999999", 'send it once more'))
      .send('SF9999999999999')
      // Said so, and marked for an agent to check (blind batch 10 pattern 1).
      .assertReply(contains("I'll file it under SF9999999999999 as you wrote it"))
      .assertReply(contains('What would you like us to do?'))
      .startTest();
  });
});
