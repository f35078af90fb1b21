import type { Activity } from 'botbuilder-core';
import { botHarness, contains, type BotHarness } from './harness';

const buttons = (activity: Partial<Activity>) => activity.suggestedActions?.actions.map((a) => a.title) ?? [];

// Issue #17: clarify instead of guessing; a hand-off is offered, never forced, and carries what is known;
// short follow-ups are read against the last topic; strong feelings are acknowledged.
describe('clarify, hand off with what is known, acknowledge feelings', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'how much is it', 'Shipping prices', 'CNY 12 for the first kg'],
    ['zh-CN', '多少钱', '运费价格', '首重 1 公斤 12 元'],
    ['zh-TW', '多少錢', '運費價格', 'NT$120'],
  ])(
    'offers the likely readings as buttons and answers the one picked (%s)',
    async (locale, unclear, option, answer) => {
      // The bot offers the reading as a button and answers it when picked, or it has read the question already.
      let offered = false;
      const adapter = h.adapter({ locale });
      await adapter
        .send(unclear)
        .assertReply((activity) => {
          offered = buttons(activity).includes(option);
          if (!offered) expect(activity.text).toContain(answer);
        })
        .startTest();
      if (offered) await adapter.send(option).assertReply(contains(answer)).startTest();
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['en-US', 'can I send a power bank?', 'and alcohol?', 'factory-sealed'],
    ['zh-CN', '充电宝能寄吗', '那酒呢？', '原厂密封'],
    ['zh-TW', '行動電源可以寄嗎', '那酒呢？', '酒類'],
  ])('reads a short follow-up against the last FAQ topic (%s)', async (locale, first, followUp, answer) => {
    await h
      .adapter({ locale })
      .send(first)
      .assertReply(contains('mAh'))
      .send(followUp)
      .assertReply(contains(answer))
      .startTest();
  });

  it.each([
    ['en-US', 'where is SF2210478832106', 'talk to a person'],
    ['zh-CN', 'SF2210478832106 到哪了', '转人工'],
    ['zh-TW', 'SF2210478832106 到哪裡了', '轉真人客服'],
  ])(
    'hands off after tracking a late parcel with a delay ticket carrying the parcel (%s)',
    async (locale, track, human) => {
      await h
        .adapter({ locale })
        .send(track)
        .assertReply(contains('SF2210478832106'))
        .assertReply(() => undefined) // the offer to complain
        .send(human)
        .assertReply(contains('C-20261123-0001'))
        .startTest();
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({
        category: 'delay',
        priority: 'high',
        trackingNumbers: ['SF2210478832106'],
        route: '广州→北京',
        status: 'pending_agent',
      });
    },
  );

  it('hands off mid-intake with what the intake gathered', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('my parcel JT0001234567890 arrived with the screen cracked')
      .assertReply(contains('JT0001234567890'))
      .assertReply(contains('What would you like us to do?'))
      .send('I want to talk to a real person')
      .assertReply(contains('C-20261123-0001'))
      .startTest();
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toMatchObject({ category: 'damaged', trackingNumbers: ['JT0001234567890'] });
    expect(ticket?.description).toContain('screen cracked');
  });

  it.each([
    ['en-US', 'The courier was so rude!!! This is unacceptable, SF1402837465921', /sorry|upset|hear you/i],
    ['zh-CN', '快递员态度太差了！！！气死我了 SF1402837465921', /抱歉|不满|心情/],
    ['zh-TW', '送貨員態度很差，太過分了！！ SF1402837465921', /抱歉|不滿|心情|困擾/],
  ])(
    'acknowledges strong feelings in one sentence, never the same line twice in a row (%s)',
    async (locale, rant, pattern) => {
      const first = h.adapter({ locale, user: 'angry' });
      let line = '';
      await first
        .send(rant)
        .assertReply((activity) => {
          line = (activity.text ?? '').split('\n')[0] as string;
          expect(line).toMatch(pattern);
        })
        .assertReply(() => undefined)
        .send('cancel')
        .assertReply(() => undefined)
        .send(rant)
        .assertReply((activity) => {
          const again = (activity.text ?? '').split('\n')[0] as string;
          expect(again).not.toBe(line);
        })
        .startTest();
    },
  );

  it('does not apologise for a bare wish to complain, which tells nothing yet', async () => {
    await h
      .adapter({ locale: 'en-US' })
      .send('I want to make a complaint')
      .assertReply(contains(/^Which tracking number/))
      .startTest();
  });
});

describe('FAQ answers follow the customer’s market', () => {
  it('gives a Cantonese-writing customer Hong Kong prices, and a Taiwanese one Taiwan prices', async () => {
    const h = await botHarness();
    await h
      .adapter({ locale: 'zh-TW', user: 'hk' })
      .send('寄一公斤嘅運費要幾錢')
      .assertReply(contains('HK$30'))
      .startTest();
    await h
      .adapter({ locale: 'zh-TW', user: 'tw' })
      .send('寄一公斤運費多少錢？')
      .assertReply(contains('NT$120'))
      .startTest();
    await h.adapter({ locale: 'zh-HK', user: 'hk2' }).send('運費多少錢？').assertReply(contains('HK$30')).startTest();
    await h.close();
  });
});
