import { botHarness, sendAll, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * "You're a robot, right?" asked as a check at the end of the sentence ("…对不对", "…對唔對", "…係咪"), with the customer's
 * business after it (blind-33 23.2: the question went unanswered and only the rest was read). Who answers is said
 * first — the courier's automated assistant, a person on request — and the rest of the message is still read.
 */
describe('the identity question asked as a check', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);

  it.each([
    ['zh-CN', 'zh-CN', '你是个机器人对不对', undefined],
    ['zh-CN', 'zh-CN', '你是AI吧，没错吧？', undefined],
    ['zh-TW', 'zh-TW', '請問你是機器人對不對？', undefined],
    ['zh-HK', 'zh-TW', '你係機械人對唔對？', 'yue' as const],
    ['en-US', 'en', "so you're a bot, right?", undefined],
  ])('%s (%s): "%s" — says it is the automated assistant, offers a person', async (channel, locale, ask, yue) => {
    const adapter = h.adapter({ locale: channel });
    const { text, buttons } = await sendAll(adapter, ask);
    expect(text).toContain(t(locale, 'bot.identity', yue));
    expect(buttons).toContain(t(locale, 'choice.human', yue));
    expect(text).not.toContain(t(locale, 'intake.askDemand', yue));
  });

  it('answers the check first and then reads what follows it', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const { text } = await sendAll(adapter, '你是機器人對不對？寄2公斤到台中多少錢');
    expect(text).toContain(t('zh-TW', 'bot.identity'));
    expect(text).toMatch(/NT\$|元/);
  });
});
