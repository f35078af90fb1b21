import { botHarness, sendAll, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';

/**
 * "我考虑一下", "let me think it over", "我諗下先", "I'll ask my husband first" after an answer: a pause, answered as
 * leaving for now — never taken for a complaint or met with a did-you-mean menu (issue #17, blind batch 29: 20.5).
 */
describe('a pause to think or to ask someone', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'en', 'how much is 2kg from Shenzhen to Beijing?', "ok, I'll think it over", undefined],
    ['en-US', 'en', 'can I send perfume to Beijing?', 'alright let me have a think', undefined],
    ['zh-CN', 'zh-CN', '深圳寄北京2公斤多少钱', '嗯 让我想想', undefined],
    ['zh-TW', 'zh-TW', '台北寄台南3公斤多少錢', '好 我考慮一下', undefined],
    ['zh-HK', 'zh-TW', '香水寄唔寄得去北京？', '好啦 我諗下先', 'yue' as const],
  ])('%s (%s): after "%s", "%s" is a pause', async (channel, locale, first, pause, yue) => {
    const adapter = h.adapter({ locale: channel });
    await sendAll(adapter, first);
    const { text } = await sendAll(adapter, pause);
    expect(text).toBe(replies.t(locale as Locale, 'leavingForNow', {}, yue));
  });
});
