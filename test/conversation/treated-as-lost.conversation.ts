import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { lostLooking, delayed } = DEMO_TRACKING;

/**
 * A parcel the courier cannot account for and past its promise is treated as possibly lost — the bot says so — so a
 * complaint that it is late or stands still is filed as a loss (high priority, a claim's category), whether it is
 * told in the first message or after the tracking answer; a parcel only late stays a delay (blind batch 17: 03.6,
 * 13.6).
 */
describe('a complaint about a parcel treated as possibly lost', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const filedCategory = async (locale: string, turns: string[]): Promise<string | undefined> => {
    await talk(h.adapter({ locale }), turns);
    return (await h.store.tickets.find({}))[0]?.category;
  };

  it.each([
    ['zh-CN', [`我的快递${lostLooking}一个多礼拜没动静了`, '赔偿', '不用联系我', '提交']],
    ['zh-TW', [`${lostLooking} 十日都冇郁過，搞咩呀`, '賠償', '唔使留電話', '提交']],
    ['en-US', [`where is ${lostLooking}`, "it's been over a week!! unacceptable", 'compensation', 'skip', 'submit']],
  ])('%s: filed as lost', async (locale, turns) => {
    expect(await filedCategory(locale, turns)).toBe('lost');
  });

  it('a parcel that is only late stays a delay', async () => {
    expect(await filedCategory('en-US', [`${delayed} is 3 days late!!`, 'an apology', 'skip', 'submit'])).toBe('delay');
  });
});
