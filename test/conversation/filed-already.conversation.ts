import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (conv17c): "submit" once more after the complaint was filed in this conversation is answered with
// the complaint's number and that it is filed already — not taken as a note for the agent, a change of
// delivery, or something the bot cannot answer. Nothing else is filed or recorded.
describe('"submit" again after filing: filed already, with its number', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  // The reply's fixed words before the number: "Your complaint is already filed as ticket".
  const opening = (locale: Locale, key: 'tickets.filedAlready' | 'tickets.filedAlreadyAgent', yue: boolean) =>
    replies.t(locale, key, {}, yue ? 'yue' : undefined).split('{number}')[0] ?? '';

  it.each([
    [
      'zh-CN',
      'zh-CN',
      false,
      'SF1402837465921 派件的小哥凶得很，还冲我吼',
      '让他道歉',
      '行 就这样提交',
      '再提交一下吧',
    ],
    ['zh-TW', 'zh-TW', false, 'SF1402837465921 送貨員口氣非常差還對我大小聲', '要他道歉', '好 送出', '那就幫我送出'],
    ['zh-TW', 'zh-TW', true, 'SF1402837465921 個送貨佬好串，仲兇我', '要佢道歉', '得 提交', '確認提交喇'],
    [
      'en-US',
      'en',
      false,
      'SF1402837465921 your courier shouted at me at my door',
      'an apology',
      'ok submit',
      'ok submit it again please',
    ],
  ])(
    'a medium complaint: said filed, with the number and the reply time (%s, %s, Cantonese: %s)',
    async (channelLocale, locale, yue, complaint, demand, submit, again) => {
      const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, demand, submit, again]);
      const tickets = await h.store.tickets.find({});
      expect(tickets).toHaveLength(1);
      const ticket = tickets[0];
      expect(said(turns[2])).toContain(ticket?.number);
      const last = said(turns[3]);
      expect(last).toContain(opening(locale as Locale, 'tickets.filedAlready', yue));
      expect(last).toContain(ticket?.number);
      expect(last).not.toContain(replies.t(locale as Locale, 'tickets.added', { number: ticket?.number ?? '' }));
      // Nothing put on the ticket, no change of delivery taken down.
      expect(ticket?.history.filter((e) => e.action === 'customer added')).toHaveLength(0);
      expect(await h.store.deliveryChanges.list({ trackingNumber: 'SF1402837465921', limit: 5 })).toHaveLength(0);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', false, 'SF2210478832106 比承诺的日子晚了三天还没送来', '要赔偿', '提交吧', '提交一下'],
    ['zh-TW', 'zh-TW', true, 'SF2210478832106 遲咗三日仲未送到', '要賠償', '得 送出', '再送出一次'],
    [
      'en-US',
      'en',
      false,
      'SF2210478832106 is three days past its promised date',
      'compensation',
      'just submit it',
      'submit',
    ],
  ])(
    'a complaint an agent took over: said filed, with the agent reply time, not relayed as a message (%s, %s, Cantonese: %s)',
    async (channelLocale, locale, yue, complaint, demand, submit, again) => {
      const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, demand, submit, again]);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.priority).toBe('high');
      const last = said(turns[3]);
      expect(last).toContain(opening(locale as Locale, 'tickets.filedAlreadyAgent', yue));
      expect(last).toContain(ticket?.number);
      expect(last).not.toContain(replies.t(locale as Locale, 'human.addedForAgent', { number: ticket?.number ?? '' }));
      expect(await h.store.tickets.find({})).toHaveLength(1);
    },
  );
});
