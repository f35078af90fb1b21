import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { returned } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * A returned parcel's sender asking for it to go out again is asked when it should reach the recipient — never when
 * "we deliver it to you" (batch 22 09.4: a sender was told "we can send it again to you"). New wording in each language.
 */
describe('a resend asked by the sender goes to the recipient', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${returned} 给退回来了，可以再寄一次吗`, '寄件人，手机尾号2222', /派送给收件人/, /给您派送/],
    ['zh-TW', `${returned} 被退件了，麻煩再寄一次給買家`, '寄件人，手機末四碼2222', /配送給收件人/, /為您配送/],
    [
      'en-US',
      `${returned} was returned, could you send it out again?`,
      'sender here, my phone ends 2222',
      /to the recipient/,
      /When should we deliver \S+\?/,
    ],
  ])('%s', async (locale, asked, proof, toRecipient, toYou) => {
    const [, question] = await talk(h.adapter({ locale }), [asked, proof]);
    expect(said(question)).toMatch(toRecipient);
    expect(said(question)).not.toMatch(toYou);
  });
});
