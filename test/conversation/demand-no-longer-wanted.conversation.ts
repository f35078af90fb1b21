import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { lostLooking: lost } = DEMO_TRACKING; // an exception at a hub 8 days ago, 6 days late
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A demand the customer no longer cares about, said while the bot asks for a contact — "i don't even care about the
 * refund anymore, i just need the parcel … find it and deliver it this week" (blind batch 38a: 03.3, where the demand
 * was changed *to* the refund): the refund is dropped and what they want now is taken.
 */
describe('a demand no longer wanted, and what is wanted instead', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${lost} has been stuck with an exception for a week, I want a full refund`,
      "honestly I don't really care about the refund now, just locate it and bring it to me",
      /redelivery/,
      /refund/,
    ],
    ['zh-CN', `${lost} 卡了一个星期了 我要退款`, '退款我也不在乎了 你们把东西找到送过来就行', /重新派送/, /退款/],
    ['zh-TW', `${lost} 卡咗成個星期 我要退款`, '退唔退款我唔在乎喇 搵返件貨送嚟就得', /重新派送/, /退款/],
  ])('%s: the refund is dropped, the delivery taken', async (locale, opening, instead, wanted, dropped) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [opening, instead, locale === 'en-US' ? 'skip' : '跳过']);
    const summary = replies.map(all).find((r) => /类型|類型|Type:/.test(r)) ?? '';
    const demandLine = summary.split('\n').find((l) => /诉求|訴求|要求|You'd like/.test(l)) ?? '';
    expect(demandLine).toMatch(wanted);
    expect(demandLine).not.toMatch(dropped);
  });
});
