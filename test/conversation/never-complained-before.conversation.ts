import { DEMO_TRACKING } from '../../src/tracking';
import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed: late } = DEMO_TRACKING; // 3 days late, proofs …3333 / …6666

/**
 * "I've never complained before, but this time it's too much" inside a complaint is more of the complaint, never a
 * refusal of it: a bare 没/沒/冇 before 投诉 with 过 after it, or 从来/以前 before it, tells of the past (review of blind
 * batch 26's fixes, finding 1). "我没要投诉" and "冇話要投訴" still decline.
 */
describe('a complaint never made before is no refusal of this one', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', 'zh-CN', `${late} 晚了三天了，我要投诉`, '我以前从来没投诉过，这次实在太过分了'],
    ['zh-CN', 'zh-CN', `${late} 晚了三天了，我要投诉`, '我从没投诉过，这次真的忍不了'],
    ['zh-TW', 'zh-TW', `${late} 遲咗三日，我要投訴`, '我以前從來冇投訴過，今次真係太過分'],
    ['en-US', 'en', `${late} is 3 days late, I want to complain`, "I've never complained before, but this is too much"],
  ])('%s (%s): a complaint never made before, after “%s”, keeps this one', async (channel, locale, opening, story) => {
    const adapter = h.adapter({ locale: channel });
    const [, said] = await talk(adapter, [opening, story]);
    const text = (said ?? []).join('\n');
    expect(text).not.toContain(replies.t(locale as Locale, 'intake.notComplaining'));
    expect(text).not.toContain(replies.t(locale as Locale, 'intake.notComplaining', {}, 'yue'));
    expect(text).not.toBe('');
  });

  it.each([
    ['zh-CN', 'zh-CN', `${late} 晚了三天了，到底怎么回事`, '我没要投诉，就问问到哪了'],
    ['zh-TW', 'zh-TW', `${late} 遲咗三日，到底點解`, '我冇話要投訴，淨係問下去咗邊'],
  ])('%s (%s): “%s”, then a plain refusal, still declines', async (channel, _locale, opening, decline) => {
    const adapter = h.adapter({ locale: channel });
    const [, said] = await talk(adapter, [opening, decline]);
    expect((said ?? []).join('\n')).toMatch(
      /不登记投诉|唔登記投訴|不登記客訴|没有登记任何投诉|冇登記任何投訴|沒有登記任何客訴/,
    );
  });
});
