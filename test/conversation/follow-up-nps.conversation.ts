import type { Activity, TestAdapter } from 'botbuilder-core';
import type { Agent } from '../../src/tickets';
import { botHarness, contains, proactiveOn, proactiveTexts, type BotHarness } from './harness';

const HOUR = 3_600_000;
const LEAD: Agent = { id: 'lin', supervisor: true };
const NUMBER = 'C-20261123-0001';

/** Each language: the hand-off, the satisfaction answer, and the 0–10 answers in its own words. */
const LANGUAGES = [
  {
    locale: 'zh-CN',
    handoff: '我要找人工客服，快递 SF2210478832106 晚了三天还没到',
    survey: `请为工单 ${NUMBER} 的处理打分`,
    satisfied: '满意',
    closed: `工单 ${NUMBER} 已结案`,
    ask: '您有多大可能把我们推荐给朋友或同事？请回复 0 到 10 的数字',
    offScale: ['11分', '“11”不在评分范围内。请回复 0 到 10 之间的整数'],
    answers: [
      ['十分', 10],
      ['8分', 8],
      ['零', 0],
      ['给9分', 9],
    ],
    thanks: (score: number) => `已记下您的评分：${score} 分`,
    unrelated: '你们几点下班',
  },
  {
    locale: 'zh-TW',
    handoff: '請幫我轉真人客服，快遞 SF2210478832106 晚了三天還沒到',
    survey: `請為客訴單 ${NUMBER} 的處理評分`,
    satisfied: '滿意',
    closed: `客訴單 ${NUMBER} 已結案`,
    ask: '您有多大可能把我們推薦給朋友或同事？請回覆 0 到 10 的數字',
    offScale: ['十五分', '「十五」不在評分範圍內。請回覆 0 到 10 之間的整數'],
    answers: [
      ['十分', 10],
      ['七分', 7],
      ['〇', 0],
      ['９', 9],
    ],
    thanks: (score: number) => `已記下您的評分：${score} 分`,
    unrelated: '你們幾點下班',
  },
  {
    locale: 'en-US',
    handoff: 'get me a human, my parcel SF2210478832106 is 4 days late',
    survey: `How satisfied are you with how ticket ${NUMBER} was handled?`,
    satisfied: 'satisfied',
    closed: `Ticket ${NUMBER} is now closed`,
    ask: 'how likely are you to recommend us to a friend or colleague? Reply with a number from 0',
    offScale: ['eleven', '"eleven" is not on the scale. Please reply with a whole number from 0'],
    answers: [
      ['ten', 10],
      ['8 out of 10', 8],
      ['zero', 0],
      ["I'd say 6", 6],
    ],
    thanks: (score: number) => `we have noted your answer: ${score} out of 10`,
    unrelated: 'what time do you close?',
  },
] as const;

describe.each(LANGUAGES)('the recommendation question after the satisfaction question ($locale)', (lang) => {
  let h: BotHarness;

  afterEach(() => h.close());

  /** A conversation whose ticket was resolved and surveyed; the survey question already taken off the queue. */
  async function surveyed(channelId = 'webchat', user = 'user1'): Promise<TestAdapter> {
    const adapter = h.adapter({ locale: lang.locale, channelId, user });
    h.parts.services.handoff.connect(channelId as 'webchat', proactiveOn(adapter));
    await adapter
      .send(lang.handoff)
      .assertReply(() => undefined)
      .startTest();
    const number = (await h.store.tickets.find({ customerId: (await customerOf(user, channelId)).id }))[0]!.number;
    const { handoff } = h.parts.services;
    await handoff.act(number, LEAD, { verb: 'accept' });
    await handoff.act(number, LEAD, { verb: 'resolve', note: 'delivered', responsibleParty: ['courier'] });
    h.clock.advance(HOUR + 60_000);
    await handoff.runSurveys();
    expect(proactiveTexts(adapter).at(-1)).toContain(lang.survey);
    return adapter;
  }

  async function customerOf(user: string, channelId: string) {
    const kind = channelId === 'sms' ? 'phone' : 'webchat';
    return (await h.store.customers.findByIdentity({ kind, value: user }))!;
  }

  it.each(LANGUAGES.find((l) => l.locale === lang.locale)!.answers.map(([text, score]) => [text, score]))(
    'asks 0–10 after the satisfaction answer, with the scale as buttons, and records %j as %i',
    async (answer, score) => {
      h = await botHarness();
      const adapter = await surveyed();
      await adapter
        .send(lang.satisfied)
        .assertReply(contains(lang.closed))
        .assertReply((activity: Partial<Activity>) => {
          expect(activity.text).toContain(lang.ask);
          expect(activity.suggestedActions?.actions.map((a) => a.value)).toEqual([
            '0',
            '1',
            '2',
            '3',
            '4',
            '5',
            '6',
            '7',
            '8',
            '9',
            '10',
          ]);
        })
        .send(answer)
        .assertReply(contains(lang.thanks(score)))
        .startTest();
      const ticket = await h.store.tickets.getByNumber(NUMBER);
      expect(ticket?.satisfaction).toMatchObject({ satisfied: true, nps: score });
      expect(ticket?.history.at(-1)).toMatchObject({ action: 'recommendation answered', note: `${score} of 10` });
    },
  );

  it('asks again, clearly, when the answer is off the scale, and takes the next one', async () => {
    h = await botHarness();
    const adapter = await surveyed();
    const [off, reask] = lang.offScale;
    await adapter
      .send(lang.satisfied)
      .assertReply(contains(lang.closed))
      .assertReply(contains(lang.ask))
      .send(off)
      .assertReply((activity: Partial<Activity>) => {
        expect(activity.text).toContain(reask);
        expect(activity.suggestedActions?.actions).toHaveLength(11);
      })
      .send(lang.answers[0][0])
      .assertReply(contains(lang.thanks(10)))
      .startTest();
    expect((await h.store.tickets.getByNumber(NUMBER))?.satisfaction?.nps).toBe(10);
  });

  it('asks on SMS in words only, and lets a customer who does not answer go on', async () => {
    h = await botHarness();
    const adapter = await surveyed('sms', '+8613800138000');
    await adapter
      .send(lang.satisfied)
      .assertReply(contains(lang.closed))
      .assertReply((activity: Partial<Activity>) => {
        expect(activity.text).toContain(lang.ask);
        expect(activity.suggestedActions).toBeUndefined();
      })
      // A question instead of a score: answered as any other message; the score stays unanswered.
      .send(lang.unrelated)
      .assertReply((activity: Partial<Activity>) => expect(activity.text).not.toContain(lang.thanks(10)))
      .startTest();
    const ticket = await h.store.tickets.getByNumber(NUMBER);
    expect(ticket?.status).toBe('closed');
    expect(ticket?.satisfaction?.nps).toBeUndefined();
    // Three days on, a bare number is no longer read as the score.
    h.clock.advance(3 * 24 * HOUR + 60_000);
    await adapter
      .send('9')
      .assertReply((a: Partial<Activity>) => expect(a.text).not.toContain(lang.thanks(9)))
      .startTest();
    expect((await h.store.tickets.getByNumber(NUMBER))?.satisfaction?.nps).toBeUndefined();
  });

  it('asks an unsatisfied customer too, whose ticket goes back to a supervisor', async () => {
    h = await botHarness();
    const adapter = await surveyed();
    const unsatisfied = { 'zh-CN': '不满意', 'zh-TW': '不滿意', 'en-US': 'unsatisfied' }[lang.locale];
    await adapter
      .send(unsatisfied)
      .assertReply(contains(NUMBER))
      .assertReply(contains(lang.ask))
      .send(lang.answers[2][0])
      .assertReply(contains(lang.thanks(0)))
      .startTest();
    expect(await h.store.tickets.getByNumber(NUMBER)).toMatchObject({
      status: 'reopened',
      satisfaction: { satisfied: false, nps: 0 },
    });
  });
});

describe('the recommendation question belongs to the ticket’s own customer', () => {
  it('does not take a score from anybody else’s conversation', async () => {
    const h = await botHarness();
    try {
      const mine = h.adapter({ user: 'me' });
      h.parts.services.handoff.connect('webchat', proactiveOn(mine));
      await mine
        .send(LANGUAGES[0].handoff)
        .assertReply(() => undefined)
        .startTest();
      const { handoff } = h.parts.services;
      await handoff.act(NUMBER, LEAD, { verb: 'accept' });
      await handoff.act(NUMBER, LEAD, { verb: 'resolve', note: 'x', responsibleParty: ['courier'] });
      h.clock.advance(HOUR + 60_000);
      await handoff.runSurveys();
      proactiveTexts(mine);
      await mine.send('满意').assertReply(contains('已结案')).assertReply(contains('推荐')).startTest();
      const other = h.adapter({ user: 'someone-else' });
      await other
        .send('10')
        .assertReply((a: Partial<Activity>) => expect(a.text).not.toContain('已记下'))
        .startTest();
      expect((await h.store.tickets.getByNumber(NUMBER))?.satisfaction?.nps).toBeUndefined();
    } finally {
      await h.close();
    }
  });
});
