import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered; // signed for; no insurance on its waybill

/**
 * "How much will I get back?" beside another claim question in a damage complaint (issue #17, blind batch 24: 08.3,
 * answered only with how to send photos, and "no specific demand" recorded): the claim limits, and for insurance the
 * customer says they paid (the waybill shows none) the insured rule on their figure with its proof asked for; the
 * evidence a claim takes; compensation taken as the demand. Wording differs from the fixture's.
 */
describe('how much a claim pays, asked beside what to send: answered, compensation the demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`我要投诉 ${DELIVERED} 里面的茶具全碎了，寄的时候保价了3000元`, '收件人1111', '我要准备哪些材料？能赔多少钱？'],
      /保价了 3000元：保价的包裹按实际损失赔偿，最高赔到声明价值/,
      /已记下您的诉求：赔偿/,
    ],
    [
      'en-US',
      [
        `complaint: the lamp in ${DELIVERED} arrived shattered, and I bought insurance worth $800`,
        'recipient 1111',
        'which documents are needed, and how much will I be compensated?',
      ],
      /insure it for \$800: an insured parcel is paid the actual loss, up to its declared value/,
      /compensation/,
    ],
    [
      'zh-TW',
      [`我要投訴 ${DELIVERED} 入面個花樽爛咗，寄嗰陣有保價2000蚊`, '收件人1111', '要俾咩文件你哋？賠幾多？'],
      /保價 2000蚊：保價嘅包裹按實際損失賠/,
      /賠償/,
    ],
  ])('%s: the amount and the proof answered', async (locale, turns, amount, demand) => {
    const a = h.adapter({ locale, user: `claim-amount-${locale}` });
    const replies = await talk(a, turns as string[]);
    const last = replies.at(-1)?.join('\n') ?? '';
    expect(last).toMatch(amount);
    expect(last).toMatch(demand);
  });
});
