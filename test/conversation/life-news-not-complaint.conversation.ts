import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

/**
 * News of the customer's life with no parcel, no problem and no request ("my brother who lives in Hong Kong is
 * visiting me in Shanghai") started a complaint (issue #17, session 30): it gets a question back, no complaint, no
 * apology, no tracking number asked for. Wording is new.
 */
describe('news with no problem and no request', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'en', 'my sister from Taipei is coming to stay with me in Beijing next week', undefined],
    ['zh-CN', 'zh-CN', '我妈妈住在广州，下个月来北京看我', undefined],
    ['zh-TW', 'zh-TW', '我家姐住喺台北，下個月嚟香港探我', 'yue' as const],
  ])('%s: "%s" — how can I help, no complaint', async (channel, locale, news, yue) => {
    const [said] = await talk(h.adapter({ locale: channel, user: `life-news-${channel}` }), [news]);
    const text = (said ?? []).join('\n');
    expect(text).toContain(replies.t(locale as Locale, 'smallTalk.howCanIHelp', {}, yue));
    expect(text).not.toMatch(/tracking number|單號|单号|sorry|抱歉/i);
    expect(await h.store.tickets.find({})).toEqual([]);
  });
});
