import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (blind batch 16: last-4 digits sent with something else; new wording here). The digits are checked as
// bare digits are, and said to be; what else the message says is answered or noted as it would be on its own — a
// question gets its answer, an urging or a phone is taken down — not dropped.
describe('last-4 digits sent with more than the digits', () => {
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
    ['zh-CN', 'zh-CN', 'SF1402837465921 现在在哪', '4444', '那明天几点能到', undefined],
    ['zh-TW', 'zh-TW', 'SF1402837465921 現在到哪裡', '4444', '明天大概幾點會到', undefined],
    ['zh-TW', 'zh-TW', 'SF1402837465921 而家去到邊', '2222', '快啲啦', 'yue' as const],
    ['en-US', 'en', 'where is SF1402837465921 now', '2222', 'and what time tomorrow?', undefined],
  ])(
    'after "send the last 4 digits": proved, and the rest answered as on its own (%s: %s %s)',
    async (channel, locale, track, digits, rest, register) => {
      const together = await talk(h.adapter({ locale: channel, user: 'together' }), [track, `${digits} ${rest}`]);
      const apart = await talk(h.adapter({ locale: channel, user: 'apart' }), [track, digits, rest]);
      const [proof, ...answer] = together[1] ?? [];
      expect(proof).toContain(t(locale, 'last4Verified', register));
      expect(answer.length).toBeGreaterThan(0);
      expect(answer).toEqual(apart[2]);
    },
  );

  // Blind batch 22 28.4: "我係收件人 電話尾4444" — the phone's end named as "尾", the side in plain words — was read
  // as the digits and a message "尾", answered with "I'm not sure what you mean". Naming words are no message.
  it.each([
    ['zh-CN', 'zh-CN', '我是收货的 手机最后是4444', undefined],
    ['zh-CN', 'zh-CN', '收件人 电话尾4444', undefined],
    ['zh-TW', 'zh-TW', '我係收件嘅 電話尾4444', 'yue' as const],
    ['zh-TW', 'zh-TW', '我是收的人 手機最後四位 4444', undefined],
    ['en-US', 'en', "I'm the recipient, my mobile ends with 4444", undefined],
  ])(
    'the digits named in plain words get the proof and nothing else (%s: %s)',
    async (channel, locale, proof, register) => {
      const turns = await talk(h.adapter({ locale: channel }), ['SF1402837465921', proof]);
      const answer = turns.at(-1) ?? [];
      expect(answer[0]).toContain(t(locale, 'last4Verified', register));
      expect(answer).toHaveLength(1);
    },
  );

  const complaint = {
    'zh-CN': ['SF2210478832106 晚了三天了 我要投诉', '我要退款'],
    'zh-TW': ['SF2210478832106 晚了三天了 我要客訴', '我要賠償'],
    yue: ['SF2210478832106 遲咗三日 我要投訴', '我要賠錢'],
    en: ['SF2210478832106 is three days late, I want to complain', 'I want a refund'],
  };

  it.each([
    ['zh-CN', 'zh-CN', complaint['zh-CN'], '6666 快点吧', undefined],
    ['zh-TW', 'zh-TW', complaint['zh-TW'], '6666 快點啦', undefined],
    ['zh-TW', 'zh-TW', complaint.yue, '6666 快啲啦', 'yue' as const],
    ['en-US', 'en', complaint.en, '6666 hurry it up please', undefined],
  ])(
    'in a complaint: proved, and the urging noted (%s: %s)',
    async (channel, locale, opening, digitsAndUrging, register) => {
      const turns = await talk(h.adapter({ locale: channel }), [...opening, digitsAndUrging]);
      const answer = said(turns.at(-1));
      expect(answer).toContain(t(locale, 'last4Verified', register));
      expect(answer).toContain(t(locale, 'intake.urgencyNoted', register));
      // The digits are no demand, nor a word of the complaint's.
      expect(answer).not.toContain(digitsAndUrging);
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', complaint['zh-CN'], '6666 有事打我电话 13912345678', '+8613912345678', undefined],
    ['zh-TW', 'zh-TW', complaint['zh-TW'], '6666 有事打給我 0912345678', '+886912345678', undefined],
    ['zh-TW', 'zh-TW', complaint.yue, '6666 有咩打俾我 91234567', '+85291234567', 'yue' as const],
    ['en-US', 'en', complaint.en, '6666, call me on 9123 4567 if needed', '+85291234567', undefined],
  ])(
    'in a complaint: proved, and the phone beside the digits is the contact (%s: %s)',
    async (channel, locale, opening, digitsAndPhone, phone, register) => {
      const turns = await talk(h.adapter({ locale: channel }), [...opening, digitsAndPhone, 'ok']);
      expect(said(turns.at(-2))).toContain(t(locale, 'last4Verified', register));
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.customer.phone).toBe(phone);
    },
  );
});
