import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const RETURNED = DEMO_TRACKING.returned; // sent back to its sender, "address undeliverable" on the record

/**
 * "运费谁出" in a complaint about a parcel sent back (issue #17, blind batch 24: 12.3, ignored, and "退款" recorded
 * though not asked): who pays — free re-delivery when the return was the courier's fault, the sender only when the
 * recipient refused it or could not be reached — and no refund taken as what the customer wants. Wording differs from
 * the fixture's.
 */
describe('who pays the freight of a parcel sent back: the rule, and no refund taken', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`${RETURNED} 被退回来了，我要投诉`, '寄件人2222', '地址明明没错，这运费由谁来承担？'],
      /免费重新寄出/,
      /退款/,
    ],
    [
      'en-US',
      [
        `${RETURNED} was sent back to me, I want to complain`,
        'sender 2222',
        'the address was fine. who covers the shipping then?',
      ],
      /send it out again free of charge/,
      /what you'd like: refund/i,
    ],
    ['zh-TW', [`${RETURNED} 俾人退返嚟，我要投訴`, '寄件人2222', '地址冇錯㗎，運費邊個俾？'], /免費/, /訴求：退款/],
  ])('%s: the return rule answered', async (locale, turns, rule, refund) => {
    const a = h.adapter({ locale, user: `returned-freight-${locale}` });
    const replies = await talk(a, turns as string[]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toMatch(rule);
    // (No refund said back as what they want: they asked who pays, they did not ask for money back.)
    expect(last).not.toMatch(refund);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket).toBeUndefined();
  });
});
