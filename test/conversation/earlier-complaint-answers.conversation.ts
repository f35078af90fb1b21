import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

// Issue #17 (batch 11, patterns 4 and 5): questions about an earlier complaint and about the bot itself get an
// answer, never a dead end — what is known of the parcel beside "no complaint of yours on it", the way on after the
// last 4 digits proved the parcel, "how long?" answered about that complaint rather than a new one started; "can't
// you check?" inside a complaint, "a straight answer" as the demand, "are you a bot?".
describe('earlier complaints and questions to the bot answered', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');
  const LATE = 'SF2210478832106';

  it.each([
    ['zh-CN', 'zh-CN', '上礼拜投诉的那个事到底处理得怎么样了', `是这个单 ${LATE}`, '寄件人尾号3333', '还要等多久啊'],
    ['zh-TW', 'zh-TW', '我之前投訴過一單嘢 你哋處理成點呀', `單號係 ${LATE}`, '我係寄件人 尾號3333', '咁仲要等幾耐呀'],
    [
      'en-US',
      'en',
      'what happened with the complaint I made last week',
      `tracking number was ${LATE}`,
      'I sent it, last four 3333',
      'so how long do I have to wait',
    ],
  ])(
    'names what is wrong with the parcel, answers after the proof, and takes "how long?" as about the complaint (%s)',
    async (channelLocale, locale, opening, parcel, proof, howLong) => {
      const cantonese = /[咗嘢哋係]/.test(opening) ? 'yue' : undefined;
      const t = (key: Parameters<Replies['t']>[1], vars: Record<string, string | number> = {}) =>
        replies.t(locale as Locale, key, vars, cantonese);
      const turns = await talk(h.adapter({ locale: channelLocale }), [opening, parcel, proof, howLong]);
      // The parcel is 3 days late: said beside "no complaint of yours on it".
      expect(said(turns[1])).toContain(t('tickets.parcelMeanwhile', { number: LATE }));
      expect(said(turns[1])).toContain(t('anomaly.past_promised_date', { days: 3 }));
      // The proof is followed by what became of the complaint and the way on.
      expect(said(turns[2])).toContain(t('tickets.noneAfterProof', { number: LATE }));
      // "How long?" is about that complaint: no new complaint started.
      expect(said(turns[3])).toContain(t('tickets.stillNoneOnParcel', { number: LATE }));
      expect(said(turns[3])).not.toContain(t('intake.askDemand'));
    },
  );

  it.each([
    ['zh-CN', 'zh-CN', '你是机器人吧？', undefined],
    ['zh-TW', 'zh-TW', '你係咪機械人嚟㗎', 'yue' as const],
    ['zh-TW', 'zh-TW', '請問你是機器人嗎', undefined],
    ['en-US', 'en', 'are u a bot?', undefined],
  ])('says it is an automated assistant when asked (%s: %s)', async (channelLocale, locale, question, register) => {
    const turns = await talk(h.adapter({ locale: channelLocale }), [question]);
    expect(said(turns[0])).toContain(replies.t(locale as Locale, 'bot.identity', {}, register));
  });

  it.each([
    ['zh-CN', 'zh-CN', 'SF2210478832106 晚了好几天还没到', '你们自己不能查一下吗？'],
    ['zh-TW', 'zh-TW', 'SF2210478832106 晚了好幾天還沒到', '你們不能自己查一查嗎？'],
    ['en-US', 'en', 'SF2210478832106 is days late and still not here', "can't you just look it up yourselves?"],
  ])(
    'answers "can\'t you check?" inside a complaint with what the complaint does (%s)',
    async (channelLocale, locale, complaint, check) => {
      const t = (key: Parameters<Replies['t']>[1]) => replies.t(locale as Locale, key);
      const turns = await talk(h.adapter({ locale: channelLocale }), [complaint, check]);
      expect(said(turns[1])).toContain(t('intake.weWillCheck'));
      expect(said(turns[1])).not.toContain(t('intake.questionNotAnswered'));
    },
  );

  it.each([
    ['zh-CN', 'SF2210478832106 晚了好几天还没到', '我就要你们给个准信', '给个说法'],
    ['zh-TW', 'SF2210478832106 晚了好幾天還沒到', '我只要一個準話', '給個說法'],
    ['en-US', 'SF2210478832106 is days late and still not here', 'I just want a straight answer', 'an explanation'],
  ])('takes a demand for a straight answer as an explanation wanted (%s)', async (locale, complaint, demand, kind) => {
    const turns = await talk(h.adapter({ locale }), [complaint, demand]);
    expect(said(turns[1])).toContain(kind);
    expect(said(turns[1])).toMatch(/phone number or an email|联系电话或邮箱|聯絡電話或郵箱/);
  });
});
