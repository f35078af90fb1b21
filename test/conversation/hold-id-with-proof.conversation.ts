import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const SHANGHAI = DEMO_TRACKING.normal; // on its way to an address in Pudong, Shanghai (recipient's phone ends 4444)

/**
 * Whether ID is needed to collect, asked with the digits that record a hold for pick-up, is answered with the
 * parcel's market's ID and pickup-code rule beside the confirmation — not left unanswered (issue #17, blind-31 05.4).
 * Wording differs from the fixture's.
 */
describe('a hold recorded with its digits: whether ID is needed to collect', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [
        `could ${SHANGHAI} wait at the outlet so I collect it myself?`,
        'recipient, 4444 — will they ask for identification when I go?',
      ],
      /pickup code/,
      /someone collecting for you/,
    ],
    ['zh-CN', [`${SHANGHAI} 能不能放在网点，我自己去拿`, '收件人 4444，去拿的时候要不要带身份证？'], /取件码/, /代取/],
    [
      'zh-TW',
      [`${SHANGHAI} 可以幫我留在營業所，我自己去領嗎`, '收件人 4444，領的時候需要出示證件嗎？'],
      /取件碼/,
      /代取/,
    ],
  ])('%s: the hold, then the pickup ID rule', async (locale, turns, code, someoneElse) => {
    const replies = await talk(h.adapter({ locale, user: `hold-id-${locale}` }), turns as string[]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toMatch(code);
    expect(last).toMatch(someoneElse);
  });

  it('en: a hold with no question about ID says nothing about ID', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US', user: 'hold-no-id' }), [
      `could ${SHANGHAI} wait at the outlet so I collect it myself?`,
      'recipient, 4444',
    ]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toContain('hold it');
    expect(last).not.toContain('pickup code');
  });
});
