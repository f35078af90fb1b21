import { botHarness, sendAll, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * Whether a person or a program answers, asked in any of its usual shapes (blind batch 28: 10.1, "hiii are u a robot
 * or a person lol" was not understood): a stretched greeting, no verb ("u a bot?", "机器人吗？", "真人嚟㗎？"), the
 * agent's word ("是人工吗"), "automated", "even". Each gets who is answering and a person offered; a bare "人工" or
 * "转人工" still asks for a person and is not this question.
 */
describe('the identity question in any wording', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);

  it.each([
    ['en-US', 'en', 'heyyy u a real human or a machine?', undefined],
    ['en-US', 'en', 'is this even a person? or automated', undefined],
    ['en-US', 'en', 'yo are you actually human', undefined],
    ['zh-CN', 'zh-CN', '客服是人工吗', undefined],
    ['zh-CN', 'zh-CN', '那边是机器还是真人？', undefined],
    ['zh-TW', 'zh-TW', '請問是人工客服嗎？', undefined],
    ['zh-HK', 'zh-TW', '對面係咪機械人嚟㗎', 'yue' as const],
    ['zh-HK', 'zh-TW', '真人定機器人嚟？', 'yue' as const],
  ])('%s (%s): "%s" — says it is the automated assistant and offers a person', async (channel, locale, ask, yue) => {
    const adapter = h.adapter({ locale: channel });
    const { text, buttons } = await sendAll(adapter, ask);
    expect(text).toContain(t(locale, 'bot.identity', yue));
    expect(buttons).toContain(t(locale, 'choice.human', yue));
  });

  it('still takes a bare request for a person as one', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const { text } = await sendAll(adapter, '转人工');
    expect(text).not.toContain(t('zh-CN', 'bot.identity'));
  });
});
