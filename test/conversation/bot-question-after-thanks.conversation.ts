import { botHarness, sendAll, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import { DEMO_TRACKING } from '../../src/tracking';
import type { Locale } from '../../src/nlu';

/**
 * The bot question after a thanks or an "ok" — "thanks. oh one more - are you a bot?", "ok thx, is this a real person
 * btw" (blind batch 37b: 01.5 got only "you're welcome", 05.5 was handed to a person): what is answering, and a person
 * offered; nothing handed off unasked. And "ok and my other one SF…?" after one parcel's status is that parcel's status —
 * "other one" names no earlier complaint (37b: 01.2 was told no complaint of theirs was found). Every sentence is new.
 */
describe('a question after a courtesy, and "my other one"', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'en', 'cheers for that! one more question, am I talking to a robot?', undefined],
    ['en-US', 'en', 'ok great, are you a real person btw', undefined],
    ['zh-CN', 'zh-CN', '好的谢谢 对了 你是真人吗', undefined],
    ['zh-TW', 'zh-TW', '唔該 順便問下 你係咪機械人嚟㗎', 'yue' as const],
  ])('%s: "%s" is answered with what the assistant is', async (channel, locale, ask, yue) => {
    const adapter = h.adapter({ locale: channel });
    await talk(adapter, [`${DEMO_TRACKING.normal} where is it`]);
    const { text, buttons } = await sendAll(adapter, ask);
    expect(text).toContain(replies.t(locale as Locale, 'bot.identity', {}, yue));
    expect(buttons).toContain(replies.t(locale as Locale, 'choice.human', {}, yue));
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    ['en-US', 'and my other one', /Guangzhou → Beijing/],
    ['zh-CN', '那我另一个呢', /广州 → 北京/],
    ['zh-TW', '咁我另一件呢', /廣州 → 北京/],
  ])('%s: "%s <number>?" after a parcel\'s status is that parcel tracked', async (channel, words, route) => {
    const adapter = h.adapter({ locale: channel });
    await talk(adapter, [`${DEMO_TRACKING.normal} where is it`]);
    const { text } = await sendAll(adapter, `${words} ${DEMO_TRACKING.delayed}?`);
    expect(text).toMatch(route);
    const locale: Locale = channel === 'en-US' ? 'en' : (channel as Locale);
    expect(text).not.toContain(replies.t(locale, 'tickets.noneOnParcel', { number: DEMO_TRACKING.delayed }));
  });
});
