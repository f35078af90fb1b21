import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (conv17c): a complaint that a person takes over once filed (high priority: a lost parcel) says so in
// the summary shown before "submit", with roughly when they reply — the customer is not surprised by the
// hand-off after submitting. A complaint the bot keeps (an apology for a rude courier) says no such thing.
describe('the summary before submitting says a person takes over an urgent complaint', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const personLine = (locale: Locale, register?: 'yue') =>
    replies.t(locale, 'intake.summaryPerson', {}, register).split('{within}')[0]?.trim() ?? '';
  const minutes = (locale: Locale) => replies.t(locale, 'within.minutes', { n: 15 });

  it.each([
    ['zh-CN', 'zh-CN', false, '782828807290222 等了十来天都没收到，八成是弄丢了', '要赔偿', '跳过'],
    ['zh-TW', 'zh-TW', false, '782828807290222 到現在都沒收到，應該是被弄丟了', '我要賠償', '跳過'],
    ['zh-TW', 'zh-TW', true, '782828807290222 啲嘢到而家都未收到，應該係唔見咗', '要賠錢', '跳過'],
    ['en-US', 'en', false, "782828807290222 never turned up, I'm sure it's been lost", 'compensation', 'skip'],
  ])(
    'a lost parcel: the person and the reply time are in the summary (%s, %s, Cantonese: %s)',
    async (channelLocale, locale, cantonese, complaint, demand, skip) => {
      const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, demand, skip]);
      const summary = said(turns[2]);
      // A customer writing Cantonese is shown the catalog's Cantonese summary.
      const register = cantonese ? 'yue' : undefined;
      expect(summary).toContain(replies.t(locale as Locale, 'intake.summary', {}, register).split('\n')[0]);
      expect(summary).toContain(personLine(locale as Locale, register));
      expect(summary).toContain(minutes(locale as Locale));
      expect(await h.store.tickets.find({})).toHaveLength(0);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', 'SF1402837465921 快递员说话很冲，还甩脸色', '要道歉', '跳过'],
    ['en-US', 'en', 'SF1402837465921 the courier was rude and slammed my gate', 'an apology', 'skip'],
  ])('a complaint the bot keeps: no person promised (%s)', async (channelLocale, locale, complaint, demand, skip) => {
    const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, demand, skip]);
    const summary = said(turns[2]);
    expect(summary).toContain(replies.t(locale as Locale, 'intake.summary').split('\n')[0]);
    expect(summary).not.toContain(personLine(locale as Locale));
  });
});
