import { botHarness, contains, type BotHarness } from './harness';

describe('each question of a message answered, and an overcharge asked back', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers a price, the holiday service and who pays, asked in one English message', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send(
        'how much is 4kg from hangzhou to chengdu, and do you deliver on christmas day, and can the receiver pay for it?',
      )
      .assertReply(contains('Hangzhou → Chengdu, 4 kg', 'CNY 27'))
      .assertReply(contains('holiday'))
      .assertReply(contains('Freight collect'))
      .startTest();
  });

  it('answers each of three questions in Simplified Chinese', async () => {
    await h
      .adapter({ locale: 'zh-CN' })
      .send('从杭州寄成都5公斤多少钱？国庆你们派送吗？可以让收件人付吗')
      .assertReply(contains('杭州 → 成都，5 公斤', '32 元'))
      .assertReply(contains('节假日'))
      .assertReply(contains('到付'))
      .startTest();
  });

  it('answers each of three questions in Traditional Chinese, parted by commas', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('台北寄台南3公斤多少錢，過年你們有配送嗎，可以讓收件人付嗎')
      .assertReply(contains('台北 → 台南，3 公斤', 'NT$180'))
      // (The holiday question is answered from Taiwan's own entry on 國定假日 now, not the general "節假日期間…" line
      // that said the timetable was not known here — blind-30 25.4.)
      .assertReply(contains('國定假日', '春節'))
      .assertReply(contains('運費到付'))
      .startTest();
  });

  it('takes the money back of an overcharge told before as a fee complaint asking for a refund', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('why does the counter charge more than your website says?')
      .assertReply(contains('booking page'))
      .send('can i have the 22 back then')
      .assertReply(contains('the difference is refunded', 'fee complaint asking for a refund'))
      .assertReply(contains('sorry'))
      .assertReply(contains('tracking number'))
      .send('skip')
      .assertReply(contains('How can we reach you'))
      .send('13912345678')
      .assertReply(contains('Type: fee dispute', 'refund', 'charge more than your website'))
      .startTest();
  });

  // ("好像比網站報價貴" says the dissatisfaction outright — LABELS.md rule 1: a fee complaint, whose question is answered
  // before the complaint's first question.)
  it('says the way to the difference back in Traditional Chinese and takes it down', async () => {
    await h
      .adapter({ locale: 'zh-TW' })
      .send('門市的運費怎麼算？好像比網站報價貴')
      .assertReply(contains('抱歉'))
      .assertReply(contains('NT$120'))
      .assertReply(contains('貨運單號'))
      .send('那多付的差額可以退給我嗎')
      .assertReply(contains('會退還給您'))
      .assertReply(contains('貨運單號'))
      .startTest();
  });
});
