import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const SHANGHAI = DEMO_TRACKING.normal; // a Mainland parcel (Shenzhen → Shanghai), recipient's phone ends 4444

/**
 * How long a held parcel waits and what happens after, asked in other words than the usual ones — Cantonese's 擺
 * ("可以擺幾耐"), "最多…幾多日", "what's the longest it can sit there" — gets the holding period of the parcel's market
 * (the Mainland's, whatever the customer's language), not its price list or the claim rules (issue #17, blind-30 29.4).
 * Wording differs from the fixture's.
 */
describe('a hold: how long it is kept, asked in other words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-TW',
      [`${SHANGHAI} 唔該幫我留喺站點，我自己過去攞`, '收件人 4444', '擺得幾耐㗎？冇去攞又會點？'],
      /7 天內沒人取的包裹會退回寄件人/,
      /首重/,
    ],
    [
      'zh-CN',
      [`${SHANGHAI} 帮我放网点，我自己去取`, '收件人 4444', '最多可以放多少天？超过了怎么办'],
      /7 天内没人取的包裹会退回寄件人/,
      /首重/,
    ],
    [
      'en-US',
      [
        `please keep ${SHANGHAI} at the station, I'll fetch it`,
        'recipient 4444',
        "what's the longest it can remain there?",
      ],
      /goes back to the sender/,
      /compensated/,
    ],
  ])('%s: the Mainland holding period and the return after it', async (locale, turns, kept, wrong) => {
    const replies = await talk(h.adapter({ locale, user: `hold-kept-${locale}` }), turns as string[]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toMatch(kept);
    expect(last).not.toMatch(wrong);
  });
});
