import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered; // signed for; no insurance on its waybill

/**
 * Insurance the customer says was NOT taken ("it wasn't insured", "没有保价", "冇買保險") beside the goods' value
 * (issue #17, blind batch 29: 09.3 heard "You say you paid to insure it for 1200"): never read as insurance paid — the
 * uninsured cap is what they hear. Wording differs from the fixture's.
 */
describe('insurance said not taken: the uninsured cap, never "you say you paid to insure it"', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [
        `complaint: the speaker in ${DELIVERED} arrived smashed, I want compensation`,
        'recipient 1111',
        "I don't think it was insured, it cost 900 dollars. how much compensation would that be?",
      ],
      /not insured on its waybill/,
      /insure it for/,
    ],
    [
      'zh-CN',
      [`我要投诉 ${DELIVERED} 里面的花瓶碎了，要求赔偿`, '收件人1111', '当时没有给它保价，花了1500元买的，能赔多少？'],
      /运单上没有保价/,
      /保价了/,
    ],
    [
      'zh-TW',
      [`我要投訴 ${DELIVERED} 入面部相機爛咗，我要賠償`, '收件人1111', '寄嗰陣冇幫佢買保險，值3000蚊，可以賠幾多？'],
      /冇保價/,
      /有保價|保價了/,
    ],
  ])('%s: the uninsured cap', async (locale, turns, uninsured, claimed) => {
    const a = h.adapter({ locale, user: `not-insured-${locale}` });
    const replies = await talk(a, turns as string[]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toMatch(uninsured);
    expect(last).not.toMatch(claimed);
  });
});
