import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "how long does it take?" right after the customer asked for their money back: how long until the complaint is
 * answered and the money paid (the claim rules' payout time) — not the parcel's last scan again (blind batch 18: 09.5).
 */
describe('how long, once money is asked for', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${lostLooking} hasnt moved in a week`,
      'i want my money back',
      'how long does it take?',
      /we will get back to you within[^]*7 working days/,
    ],
    ['zh-CN', `${lostLooking} 一个星期没动了`, '我要赔偿', '要多久', /给您答复[^]*7 个工作日/],
  ])('%s', async (locale, opening, demand, howLong, told) => {
    const replies = await talk(h.adapter({ locale }), [opening, demand, howLong]);
    expect(all(replies[2])).toMatch(told);
    expect(all(replies[2])).not.toMatch(/last scanned|最新扫描/);
  });
});
