import { botHarness, sendAll, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * "Are you a real person or a computer?", "you're a bot right?" (blind batches 26: 09.2 and 26b: 07.4): who is
 * answering — the courier's automated assistant — and a person offered as a button; nothing filed, no hand-off
 * opened unasked, and never "I didn't get that". Every sentence here is new wording.
 */
describe('whether the customer is talking to a person or a program', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);

  it.each([
    ['en-US', 'en', 'hey there, nice evening', 'is this a human or a computer program?', undefined],
    ['en-US', 'en', 'hello', "you're a chatbot, aren't you?", undefined],
    ['en-US', 'en', 'hi', 'so ur a machine right', undefined],
    ['en-US', 'en', 'hi', 'i am chatting with a computer, huh', undefined],
    ['zh-CN', 'zh-CN', '晚上好', '你到底是真人还是机器人呀', undefined],
    ['zh-CN', 'zh-CN', '你好', '你是机器人对吧？', undefined],
    ['en-US', 'en', 'hiya', 'lol so you are a robot, right? that was quick', undefined],
    ['zh-CN', 'zh-CN', '在吗', '哈哈你是机器人吧？回得好快', undefined],
    ['zh-TW', 'zh-TW', '哈囉', '你是真人還是機器人', undefined],
    ['zh-TW', 'zh-TW', '你好呀', '你係咪真人嚟㗎', 'yue' as const],
    ['zh-TW', 'zh-TW', '喂', '你係機械人嚟啩', 'yue' as const],
  ])(
    '%s (%s): "%s", then "%s" — the assistant says what it is and offers a person',
    async (channel, locale, hi, ask, yue) => {
      const adapter = h.adapter({ locale: channel });
      await talk(adapter, [hi]);
      const { text, buttons } = await sendAll(adapter, ask);
      expect(text).toContain(t(locale, 'bot.identity', yue));
      expect(buttons).toContain(t(locale, 'choice.human', yue));
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );
});
