import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "Why do you need that?" to "how can we reach you?": what the contact is for and that it is optional, then the
 * question again — not the parcel's delay read from the word "why" (the rescore of blind batch 18: 07.4).
 */
describe('why the contact is asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delayed} is 3 days late, I want to complain`,
      'an apology',
      'why do you need that??',
      /up to you[^]*How can we reach you/,
    ],
    ['zh-CN', `${delayed} 晚了三天 我要投诉`, '道歉', '为什么要留电话？', /留不留由您决定[^]*联系电话或邮箱/],
    ['zh-TW', `我個件 ${delayed} 遲咗三日 好嬲`, '道歉', '點解要俾電話你？', /留唔留由你決定/],
  ])('%s: “%s”', async (locale, opening, demand, why, told) => {
    const replies = await talk(h.adapter({ locale }), [opening, demand, why]);
    expect(all(replies[2])).toMatch(told);
    expect(all(replies[2])).not.toMatch(/last scan|最新扫描|最新掃描/i);
  });
});
