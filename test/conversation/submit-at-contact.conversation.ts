import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (batch 11, pattern 8): a customer who answers "can we have a phone number?" with "submit", "file it",
// "送出" or a bare thank-you wants the complaint filed now without one. The bot does it and says so — no summary
// asking for a second "submit", no photo question right after. A yes that only confirms a demand is no such answer:
// the demand is taken and the phone is asked for again.
describe('"submit" where a phone is asked for files the complaint at once', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  // The summary's first line ("Here's your complaint:"): the summary shown to be confirmed once more.
  const summaryHead = (t: (key: 'intake.summary') => string) => t('intake.summary').split('\n')[0] ?? '';

  it.each([
    [
      'zh-CN',
      'zh-CN',
      'SF1402837465921 快递员把箱子直接往门口一扔就走了，态度太差',
      '要他给我道个歉',
      '行，那就直接给我登记吧',
      undefined,
    ],
    ['zh-TW', 'zh-TW', 'SF1402837465921 送貨的人態度超差，東西用丟的', '請他道歉', '好 那就送出', undefined],
    // Written in Hong Kong Cantonese: the bot's lines are the Cantonese catalog's (the last column, the register).
    ['zh-TW', 'zh-TW', 'SF1402837465921 你哋個送貨佬好冇禮貌，擺低個箱就走', '要佢同我道歉', '多謝晒', 'yue' as const],
    [
      'en-US',
      'en',
      'SF1402837465921 the driver was really rude and tossed the box over my gate',
      'I want an apology',
      'sure, go ahead and file it',
      undefined,
    ],
  ])(
    'files on the first word at the contact step (%s: %s)',
    async (channelLocale, locale, complaint, demand, submit, register: 'yue' | undefined) => {
      const t = (key: Parameters<Replies['t']>[1]) => replies.t(locale as Locale, key, {}, register);
      const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, demand, submit]);
      expect(said(turns[1])).toContain(t('intake.askContact'));
      const last = said(turns[2]);
      expect(last).toContain(t('intake.filingWithoutContact'));
      expect(last).not.toContain(summaryHead(t));
      const tickets = await h.store.tickets.find({});
      expect(tickets).toHaveLength(1);
      expect(tickets[0]?.demand).toBe('apology');
      expect(last).toContain(tickets[0]?.number);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', 'JT0001234567890 收到的时候玻璃杯全碎了', '赔偿', '提交就好', undefined],
    // Written in Hong Kong Cantonese (啲, 爛晒): the bot's lines are the Cantonese catalog's.
    ['zh-TW', 'zh-TW', 'JT0001234567890 收到啲碗全部爛晒', '賠錢', '好 幫我交上去', 'yue' as const],
    [
      'en-US',
      'en',
      'JT0001234567890 arrived with the vase smashed to pieces',
      'compensation',
      'ok just lodge it',
      undefined,
    ],
  ])(
    'files a damage complaint without asking for photos next, and says photos can still come (%s)',
    async (channelLocale, locale, complaint, demand, submit, register: 'yue' | undefined) => {
      const t = (key: Parameters<Replies['t']>[1]) => replies.t(locale as Locale, key, {}, register);
      const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, demand, submit]);
      const last = said(turns[2]);
      expect(last).toContain(t('intake.filingWithoutContact'));
      expect(last).toContain(t('intake.photosAfterFiling'));
      expect(last).not.toContain(t('intake.askPhotos'));
      expect(await h.store.tickets.find({})).toHaveLength(1);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', 'SF2210478832106 晚了好几天了', '赔偿', '收件人尾号6666', '是的，就要赔钱，邮费也得退给我'],
    [
      'en-US',
      'en',
      'SF2210478832106 is days late',
      'compensation',
      'recipient last 4 is 6666',
      'yes, compensation and my postage refunded too',
    ],
  ])(
    'takes a yes that confirms a demand, and files nothing before the customer confirms it (%s)',
    async (channelLocale, locale, complaint, demand, lastFour, yes) => {
      const t = (key: Parameters<Replies['t']>[1]) => replies.t(locale as Locale, key);
      const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, demand, lastFour, yes]);
      const last = said(turns[3]);
      expect(last).toContain(t('demand.refund'));
      // The phone was asked for twice already (after the demand, after the last 4 digits): not a third time — the
      // answer comes here, a number can still be sent, and the summary waits for a yes (batch 11 01.4).
      expect(last).not.toContain(t('intake.askContact'));
      expect(last).toContain(t('intake.contactLetGo'));
      expect(last).not.toContain(t('intake.contactSkipped'));
      expect(last).toContain(summaryHead(t));
      expect(await h.store.tickets.find({})).toHaveLength(0);
    },
  );
});
