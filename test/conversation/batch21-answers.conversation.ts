import { DEMO_TRACKING } from '../../src/tracking';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, sendAll, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;
const LATE = DEMO_TRACKING.delayed;

/**
 * Issue #17, blind batch 21: questions the bot could answer and did not — who is answering and who handles a filed
 * ticket (10.1, 20.1, 08.6), a fruit knife read as fruit (23.1), the ID needed to send or collect (20.4), what
 * happened to a late parcel with no cause recorded (01.2). Wording differs from the fixtures'.
 */
describe('batch 21: questions answered', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

  it.each([
    ['zh-CN', 'zh-CN', '请问你是真人还是机器人呀', undefined],
    ['zh-TW', 'zh-TW', '你係咪機械人定真人嚟㗎', 'yue' as const],
    ['zh-TW', 'zh-TW', '你是機器人還是真人？', undefined],
    ['en-US', 'en', 'r u a real person or a bot?? haha', undefined],
  ])('says it is the automated assistant, with one button for a person (%s: %s)', async (channel, locale, q, reg) => {
    const { text, buttons } = await sendAll(h.adapter({ locale: channel }), q);
    expect(text).toContain(replies.t(locale as Locale, 'bot.identity', {}, reg));
    const person = replies.t(locale as Locale, 'choice.human', {}, reg);
    expect(buttons.filter((b) => b === person)).toHaveLength(1);
  });

  const RUDE: Record<string, string[]> = {
    'en-US': [
      `the courier who brought ${DELIVERED} shouted at me and kicked the box`,
      'an apology',
      '13912340000',
      'submit',
    ],
    'zh-CN': [`${DELIVERED} 的快递员态度太差了 还冲我吼`, '要他道歉', '13912340000', '提交'],
    'zh-TW': [`${DELIVERED} 個速遞員好冇禮貌 仲鬧我`, '要佢道歉', '電話 91234567', '提交'],
  };

  it.each([
    ['en-US', 'en', 'does a real person ever read these or is it just you', undefined],
    ['zh-CN', 'zh-CN', '会有真人处理这个投诉吗', undefined],
    ['zh-TW', 'zh-TW', '係咪有真人跟進㗎', 'yue' as const],
  ])('after filing, says a person handles the ticket and by when (%s: %s)', async (channel, locale, q, reg) => {
    const turns = await talk(h.adapter({ locale: channel }), [...(RUDE[channel] as string[]), q]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toBeDefined();
    expect(said(turns[4])).toContain(ticket?.number);
    const key =
      ticket?.status === 'open' || ticket?.status === 'pending_agent'
        ? 'bot.handledByPerson'
        : 'bot.handledByPersonNow';
    expect(said(turns[4])).toContain(replies.t(locale as Locale, key, {}, reg).slice(0, 4));
  });

  it.each([
    ['en-US', 'en', 'does a real person ever read these or is it just you'],
    ['zh-CN', 'zh-CN', '会有真人处理这个投诉吗'],
  ])('asked after the first reply was due, says it is late, never a time gone by (%s)', async (channel, locale, q) => {
    const adapter = h.adapter({ locale: channel });
    await talk(adapter, [...(RUDE[channel] as string[])]);
    const [ticket] = await h.store.tickets.find({});
    h.clock.set(new Date(Date.parse(ticket!.deadlines.firstResponse) + 60_000).toISOString());
    const [answer] = await talk(adapter, [q]);
    expect(said(answer)).toContain(ticket?.number);
    expect(said(answer)).toMatch(locale === 'en' ? /was due by .* and is late/ : /本应在 .* 前回复您，已经晚了/);
  });

  it.each([
    ['zh-CN', '水果刀能寄吗', '刀具'],
    ['zh-TW', '請問可以寄水果刀嗎', '刀具'],
    ['en-US', 'can I send a fruit knife?', 'fruit knives'],
    ['en-US', 'can I ship scissors', 'scissors'],
  ])('a knife compound is answered by the knives rule, not the food one (%s: %s)', async (channel, q, rule) => {
    const { text } = await sendAll(h.adapter({ locale: channel }), q);
    expect(text).toContain(rule);
    expect(text).not.toMatch(/常溫食品|常温食品|零食|snacks/);
  });

  it.each([
    ['zh-CN', '去驿站取件需要身份证吗', '证件'],
    ['zh-TW', '去拿包裹要不要帶身分證', '證件'],
    ['en-US', 'do I need to bring my ID card to collect my parcel at the station?', 'ID:'],
  ])('says what ID is needed to send or collect (%s: %s)', async (channel, q, entry) => {
    const { text } = await sendAll(h.adapter({ locale: channel }), q);
    expect(text).toContain(entry);
  });

  it.each([
    ['zh-CN', 'zh-CN', `${LATE} 晚了三天还没到`, '到底发生了什么'],
    ['en-US', 'en', `${LATE} is 3 days late`, 'so what went wrong with it?'],
    ['zh-TW', 'zh-TW', `${LATE} 遲咗三日都未到`, '即係發生咗咩事'],
  ])('a late parcel with no cause recorded: says so and offers a chase (%s)', async (channel, locale, opening, q) => {
    const cantonese = /[咗]/.test(opening) ? ('yue' as const) : undefined;
    const turns = await talk(h.adapter({ locale: channel }), [opening, q]);
    expect(said(turns[1])).toContain(replies.t(locale as Locale, 'facts.noReason', {}, cantonese));
  });

  const NORMAL = DEMO_TRACKING.normal;
  it.each([
    ['zh-CN', `${NORMAL} 帮我放网点，我自己过去取`, '收件人尾号4444', '最多能放几天？', '保管期'],
    ['zh-TW', `${NORMAL} 可唔可以留喺服務點俾我自己攞`, '收件人尾數4444', '可以放幾耐？', '保管期'],
    [
      'en-US',
      `please hold ${NORMAL} at the outlet, I'll pick it up myself`,
      "i'm the recipient, last 4 is 4444",
      'how long will it be kept there?',
      'How long a parcel is kept',
    ],
  ])('a hold asked "how long is it kept?" hears the holding period (%s)', async (channel, ask, proof, q, entry) => {
    const turns = await talk(h.adapter({ locale: channel }), [ask, proof, q]);
    const last = said(turns[turns.length - 1]);
    expect(last).toContain(entry);
  });
});
