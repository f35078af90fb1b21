import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;
const all = (replies: string[][]) => replies.flat().join('\n');

/**
 * "Why was it sent back? I want it sent to me again": asking why is no demand for an explanation when the parcel
 * is wanted again in the same message — the summary's demand is redelivery (blind-25 09.5).
 */
describe('the parcel wanted again is the demand, beside a why', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${returned} 为什么被退回去了？我要你们再寄一次给我`,
      '4567',
      'a.wong@example.com',
      /重新派送/,
      /给个说法/,
    ],
    ['zh-TW', `${returned} 點解退返畀寄件人？我要你哋寄返俾我`, '4567', 'a.wong@example.com', /重新派送/, /解釋|說法/],
    [
      'en-US',
      `${returned} was returned to the sender and nobody told me why. I want it sent to me again`,
      '4567',
      'a.wong@example.com',
      /redelivery/,
      /an explanation/,
    ],
  ])('%s', async (locale, opening, digits, email, wanted, notWanted) => {
    const replies = await talk(h.adapter({ locale }), [opening, digits, email]);
    const said = all(replies);
    expect(said).toMatch(wanted);
    expect(said).not.toMatch(notWanted);
  });
});
