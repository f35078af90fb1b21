import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "It was left at the door / with the guard and I never agreed" in the middle of a complaint: the customer hears the
 * rule (leaving it needs their agreement; without it, it is on the courier) and what happens, it joins the account,
 * and the step goes on — never "I can't answer that one here" for the rhetorical "??" in it (blind batch 17: 04.3,
 * 15.3, 27.3).
 */
describe('a parcel left somewhere without the customer’s agreement', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${delivered} 显示签收了但我根本没收到`,
      '快递员说放在门口了，可是我从来没同意过放门口啊，现在东西没了',
      '都要先征得您同意',
    ],
    ['zh-TW', `${delivered} 話簽收咗但我冇收到`, '佢話交咗俾看更，但係冇人問過我，看更又話冇', '都要先問過你同意'],
    [
      'en-US',
      `${delivered} shows delivered but I never got it`,
      'the app says it was left with security?? nobody asked me if that was ok and they say they never had it',
      'needs your agreement first',
    ],
  ])('%s: the rule is said and the complaint goes on', async (locale, opening, told, rule) => {
    const replies = await talk(h.adapter({ locale }), [opening, told]);
    expect(all(replies.at(-1))).toContain(rule);
    expect(all(replies.at(-1))).not.toMatch(/can't answer that one here|答不了|答唔到/);
  });
});
