import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 16, patterns 4, 5, 8 and 10; every sentence here is new wording): who is answering, asked
// mid-complaint; a cancel at the summary; a hand-off given up with "no complaint"; an earlier complaint to be looked up
// by phone; "I'll wait and see" to a complaint the customer did not file yet.
describe('asides of batch 16: robot, cancel, give up, phone lookup, waiting first', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue', vars = {}) =>
    replies.t(locale as Locale, key, vars, register);

  it.each([
    ['zh-CN', 'zh-CN', 'SF2210478832106 晚了好几天 我要投诉', '你是不是机器人啊', undefined],
    ['zh-TW', 'zh-TW', 'SF2210478832106 遲咗好多日 我要投訴', '你係唔係機械人嚟', 'yue' as const],
    ['zh-TW', 'zh-TW', 'SF2210478832106 晚了好幾天 我要客訴', '請問你是真人嗎', undefined],
    ['en-US', 'en', 'SF2210478832106 is days late, I want to complain', 'r u a bot or what', undefined],
  ])(
    '"are you a robot?" mid-complaint: who answers, then the step again (%s: %s)',
    async (channel, locale, open, bot, yue) => {
      const turns = await talk(h.adapter({ locale: channel }), [open, bot]);
      expect(said(turns[1])).toContain(t(locale, 'bot.identityInIntake', yue));
      expect(said(turns[1])).toContain(said(turns[0]).split('\n').at(-1));
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', 'SF7777777777777 怎么查不到 我要投诉', '你是机器人吧', '按您写的'],
    ['en-US', 'SF7777777777777 not found?? i want to complain', 'are you a bot?', 'as you wrote it'],
  ])(
    '"are you a robot?" to "send the unknown number again" confirms no number (%s)',
    async (channel, open, bot, taken) => {
      const turns = await talk(h.adapter({ locale: channel }), [open, bot]);
      // Who is answering, then the same request for the number again: nothing was taken as written.
      expect(said(turns[1])).toMatch(/ParcelCare/);
      expect(said(turns[1]).split('\n').at(-1)).toBe(said(turns[0]).split('\n').at(-1));
      expect(said(turns[1])).not.toContain(taken + ' SF7777777777777');
    },
  );

  it.each([
    [
      'zh-CN',
      'zh-CN',
      'SF1402837465921 送件的师傅把箱子扔地上还骂人',
      '要他道歉',
      '跳过',
      '哎 不投诉了 撤了吧',
      undefined,
    ],
    [
      'zh-TW',
      'zh-TW',
      'SF1402837465921 個派件師傅掟個箱落地仲鬧人',
      '要佢道歉',
      '跳過',
      '算啦 唔投訴喇 取消',
      'yue' as const,
    ],
    [
      'en-US',
      'en',
      'SF1402837465921 your driver threw my box and swore at me',
      'an apology',
      'skip',
      'forget it, cancel the complaint',
      undefined,
    ],
  ])('a cancel at the summary cancels (%s: %s)', async (channel, locale, open, demand, skip, cancel, yue) => {
    const turns = await talk(h.adapter({ locale: channel }), [open, demand, skip, cancel]);
    expect(said(turns[3])).toBe(t(locale, 'intake.cancelled', yue));
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['zh-CN', 'SF2210478832106 给我转人工', '算了不投诉了 白费功夫'],
    ['zh-TW', 'SF2210478832106 幫我轉真人', '唔投訴喇 嘥時間'],
  ])(
    '"no complaint after all" while waiting for a person withdraws the request (%s)',
    async (channel, person, giveUp) => {
      await talk(h.adapter({ locale: channel }), [person, giveUp]);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.status).toBe('withdrawn');
    },
  );

  it.each([
    ['zh-CN', '我之前投诉过 工单 C-20261101-0009 现在怎么样了', '那你用我手机号 13912340000 查一下'],
    ['zh-TW', '我之前投訴過 編號 C-20261101-0009 而家點', '我電話 61234000 你幫我搵下'],
    ['en-US', 'any news on my complaint C-20261101-0009?', 'can you search with my number 13912340000'],
  ])('an earlier complaint to be looked up by phone goes to a person (%s)', async (channel, status, byPhone) => {
    const turns = await talk(h.adapter({ locale: channel }), [status, byPhone]);
    const tickets = await h.store.tickets.find({});
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.status).toBe('pending_agent');
    expect(said(turns[1])).toContain(tickets[0]?.number);
  });

  it.each([
    ['zh-CN', 'zh-CN', '782828807290222 是不是弄丢了 还找得回来不', '那我再等两天看看', undefined],
    ['zh-TW', 'zh-TW', '782828807290222 係咪唔見咗 仲搵唔搵到', '咁我等多兩日先', 'yue' as const],
    [
      'en-US',
      'en',
      '782828807290222 has been stuck for a week, is it lost?',
      "ok I'll wait a couple more days",
      undefined,
    ],
  ])(
    '"I\'ll wait and see" to a complaint not filed: asked whether to file, not the step again (%s)',
    async (channel, locale, worry, wait, yue) => {
      const turns = await talk(h.adapter({ locale: channel }), [worry, wait]);
      expect(said(turns[1])).toContain(t(locale, 'intake.goodbyeNotFiled', yue));
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', 'SF7777777777777 到哪了', '单号没错啊 我从订单页面复制的', undefined],
    ['zh-TW', 'zh-TW', 'SF7777777777777 去到邊', '冇打錯呀 賣家俾我嘅', 'yue' as const],
    ['en-US', 'en', 'where is SF7777777777777', 'its definitely correct, I copied it from the order page', undefined],
  ])(
    'a number not found, insisted right: why it may not show yet (%s)',
    async (channel, locale, track, insist, yue) => {
      const turns = await talk(h.adapter({ locale: channel }), [track, insist]);
      // (Since session 31 the number stood by is also kept for a complaint or a person, and the customer hears so.)
      expect(said(turns[1])).toBe(
        [
          t(locale, 'trackUnknownInsisted', yue, { number: 'SF7777777777777' }),
          t(locale, 'numberAsGiven.noted', yue, { number: 'SF7777777777777' }),
        ].join('\n'),
      );
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it('"ok right" after a number not found is no insistence', async () => {
    const turns = await talk(h.adapter({ locale: 'en-US' }), ['where is SF7777777777777', 'ok right']);
    expect(said(turns[1])).not.toContain(t('en', 'trackUnknownInsisted', undefined, { number: 'SF7777777777777' }));
  });

  it.each([
    ['zh-CN', 'zh-CN', 'JT0001234567890 显示签收了 可我压根没见到', '那快递到底放哪儿了', undefined],
    ['zh-TW', 'zh-TW', 'JT0001234567890 話簽收咗 但我一直冇見過', '咁件嘢擺咗去邊', 'yue' as const],
  ])(
    '"where was it left?" of a parcel signed for: the delivery record and how it is found (%s)',
    async (channel, locale, open, where, yue) => {
      const turns = await talk(h.adapter({ locale: channel }), [open, where]);
      expect(said(turns[1])).toContain(t(locale, 'facts.whereDelivered', yue));
    },
  );
});
