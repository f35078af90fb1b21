import { botHarness, contains, type BotHarness } from './harness';

// Issue #17: every intake step reads free text in the three languages; buttons are a shortcut. Cancel in its
// usual phrasings, answered in the conversation's language and script; last-4 digits inside a sentence.
describe('free text at every intake step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'the courier threw my parcel at the door, SF1402837465921', 'make him apologise', 'an apology'],
    ['zh-CN', '快递员把我的包裹扔在门口 SF1402837465921', '让他本人给我道歉', '道歉'],
    ['zh-TW', '送貨員態度很差，把包裹丟在門口 SF1402837465921', '給我一個解釋', '給個說法'],
  ])('reads the demand written as a sentence (%s)', async (locale, complaint, demand, summary) => {
    await h
      .adapter({ locale })
      .send(complaint)
      .assertReply(contains('SF1402837465921'))
      .assertReply(() => undefined) // what would you like us to do?
      .send(demand)
      .assertReply(contains(summary)) // said back as taken
      .assertReply(() => undefined) // how can we reach you?
      .send('13812345678')
      .assertReply(contains(summary))
      .startTest();
  });

  it.each([
    [
      'en-US',
      'refund',
      'never mind the refund, just an explanation',
      "You'd like: an explanation",
      'submit it then',
      'Your complaint is filed',
    ],
    ['zh-CN', '退款', '退款就算了，给个说法就行', '诉求：给个说法', '那就提交吧', '投诉已登记'],
    ['zh-TW', '退款', '退款就不用了，給個說法就好', '訴求：給個說法', '好，送出吧', '客訴已登記'],
  ])(
    'changes the summary from a sentence, and submits on a plain yes (%s)',
    async (locale, demand, change, changed, submit, filed) => {
      const rude = { 'en-US': 'the courier was very rude to me', 'zh-CN': '快递员态度很差', 'zh-TW': '送貨員態度很差' };
      await h
        .adapter({ locale })
        .send(`SF1402837465921 ${rude[locale as keyof typeof rude]}`)
        .assertReply(contains('SF1402837465921'))
        .assertReply(() => undefined)
        .send(demand)
        .assertReply(() => undefined)
        .send('13812345678')
        .assertReply(contains('13812345678'))
        .send(change)
        .assertReply(contains(changed))
        .send(submit)
        .assertReply(contains(filed))
        .assertReply(() => undefined)
        .startTest();
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({ demand: 'explanation', customer: { phone: '+8613812345678' } });
    },
  );

  it.each([
    ['en-US', 'cancel the complaint please, I have it now', "I've cancelled this complaint"],
    ['zh-CN', '拿到了，算了不投诉了', '已取消本次投诉'],
    ['zh-TW', '取消', '已取消本次客訴'],
  ])(
    'cancels on a cancel phrase, in the conversation’s language and script (%s)',
    async (locale, cancel, cancelled) => {
      await h
        .adapter({ locale })
        .send(
          locale === 'en-US'
            ? 'My parcel is late, I want to complain'
            : locale === 'zh-CN'
              ? '快递晚了，我要投诉'
              : '包裹遲到了，我要客訴',
        )
        .assertReply(() => undefined) // the acknowledgement of the late parcel
        .assertReply(() => undefined) // which parcel?
        .send(cancel)
        .assertReply(contains(cancelled))
        .startTest();
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it('keeps a Traditional Chinese conversation in Traditional after words both scripts share', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('包裹遲到了，我要客訴')
      .assertReply(contains('抱歉'))
      .assertReply(contains('貨運單號'))
      .send('取消')
      .assertReply(contains('已取消本次客訴'))
      .send('好的')
      // A bare "好的" after the cancel is an acknowledgement (LABELS.md: "OK that's all" is thanks, not a question to
      // guess at): acknowledged in Traditional, never in Simplified.
      .assertReply(contains('好的。還有什麼可以幫您的嗎？'))
      .startTest();
  });

  it.each([
    [
      'en-US',
      'where is SF1402837465921?',
      'it is 1234 I think',
      'oh sorry, the recipient is 4444',
      'Recipient: Li Na, 100 Century Avenue',
    ],
    ['zh-CN', 'SF1402837465921 到哪了', '尾号是1234', '不对，收件人尾号4444', '收件人：李娜，上海市浦东新区'],
    ['zh-TW', 'SF1402837465921 到哪裡了', '末四碼1234', '打錯了，收件人末四碼4444', '收件人：李娜，上海市浦東新區'],
  ])(
    'reads last-4 digits inside a sentence and lets a wrong one be retried (%s)',
    async (locale, track, wrong, right, details) => {
      await h
        .adapter({ locale })
        .send(track)
        .assertReply(contains('SF1402837465921'))
        .send(wrong)
        .assertReply((activity) => expect(activity.text).not.toContain(details))
        .send(right)
        .assertReply(contains(details))
        .startTest();
    },
  );

  it('checks last-4 digits offered unasked in the middle of a complaint, then asks the step again', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('my parcel SF2210478832106 is 3 days late')
      .assertReply(contains('SF2210478832106'))
      .assertReply(contains('What would you like us to do?'))
      .send('receiver, 6666')
      .assertReply(contains('Thanks, that matches.', 'Recipient: Chen Jie, 5 Wangjing Street'))
      .assertReply(contains('What would you like us to do?'))
      .startTest();
  });
});
