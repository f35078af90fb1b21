import type { Activity } from 'botbuilder-core';
import { cutToLimit } from '../../src/bot';
import { botHarness, contains, type BotHarness } from './harness';

// Issue #17: a message longer than web chat reads (the Direct Line endpoint keeps it cut to the limit and marks
// it, see cutToLimit) is answered in the customer's language with what to do, and nothing else is read from it.
const LIMIT = 2000;

/** A customer's message as the web chat channel hands it to the bot. */
function longMessage(text: string): Partial<Activity> {
  return cutToLimit({ type: 'message', text }, LIMIT);
}

describe('over-long messages', () => {
  let h: BotHarness;
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `My parcel SF2210478832106 is late and I am furious. ${'It has been days and nobody tells me anything. '.repeat(60)}`,
      /^Your message is 2,8\d\d characters long, more than the 2,000 one chat message can hold.*or email it to support@courier\.example\.$/,
    ],
    [
      'zh-CN',
      `我的快递 SF2210478832106 晚了三天，${'你们到底怎么回事，一直没人管，我每天都在等。'.repeat(100)}`,
      /^您的消息共 2,\d{3} 个字符，超过了单条消息 2,000 个字符的上限.*或发邮件到 support@courier\.example。$/,
    ],
    [
      'zh-TW',
      `我的包裹 SF2210478832106 晚了三天，${'你們到底怎麼回事，一直沒人處理，我每天都在等。'.repeat(100)}`,
      /^您的訊息共 2,\d{3} 個字元，超過了單則訊息 2,000 個字元的上限.*或寄電子郵件到 support@courier\.example。$/,
    ],
  ])(
    'answers what to do, in the customer’s language, and reads nothing else from it (%s)',
    async (locale, text, answer) => {
      h = await botHarness({ emailAddress: 'support@courier.example' });
      expect(text.length).toBeGreaterThan(LIMIT);
      await h
        .adapter({ locale })
        .send(longMessage(text))
        .assertReply((reply) => expect(reply.text).toMatch(answer))
        .send(locale === 'en-US' ? 'where is SF1402837465921' : '我的快递 SF1402837465921 到哪了')
        .assertReply(contains('SF1402837465921'))
        .startTest();
      // The parcel named in the long message was not answered and nothing was filed from half a rant.
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it('says only "send it in parts" where the courier takes no mail, and the intake goes on where it was', async () => {
    h = await botHarness();
    await h
      .adapter({ locale: 'zh-CN' })
      .send('快递员把我的包裹扔在门口 SF1402837465921')
      .assertReply(contains('SF1402837465921'))
      .assertReply(contains('您希望我们怎么处理'))
      .send(longMessage('我希望你们赔偿，'.repeat(300)))
      .assertReply((reply) => {
        expect(reply.text).toMatch(/^您的消息共 2,400 个字符.*请分成几条较短的消息发送。$/);
        expect(reply.text).not.toMatch(/邮件/);
      })
      .send('赔偿')
      .assertReply(contains('联系电话或邮箱'))
      .startTest();
  });
});
