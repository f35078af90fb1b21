import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered;
const DELAYED = DEMO_TRACKING.delayed;

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));

/**
 * What the customer says of their demand beyond its kind — an amount, the shipping fee, speed, someone to follow
 * it up — is kept on the ticket and said back in the summary (issue #17, blind batch 5 P9).
 */
describe('the demand in the customer’s words', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      [`${DELIVERED} 里的花瓶碎了`, '要赔偿 花瓶值600块', '13912340000', '跳过'],
      /诉求：赔偿（花瓶值600块）/,
      '花瓶值600块',
    ],
    [
      'en-US',
      [`${DELAYED} is 3 days late`, 'refund the shipping fee and deliver it faster', '13912340000'],
      /You'd like: refund \(refund the shipping fee and deliver it faster\)/,
      'deliver it faster',
    ],
    // (Written in Cantonese: the summary's Cantonese 要求：.)
    ['zh-TW', [`${DELAYED} 遲咗三日`, '我要有人跟進', '電話 91234567'], /要求：我要有人跟進/, '我要有人跟進'],
  ])('%s: the details are said back and kept on the ticket', async (locale, turns, summary, kept) => {
    const replies = all(
      await talk(h.adapter({ locale }), [...(turns as string[]), locale === 'en-US' ? 'submit' : '提交']),
    );
    const shown = replies[replies.length - 2] as string;
    expect(shown).toMatch(summary as RegExp);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toContain(kept);
  });

  it('an amount in the account, with no demand named, is no demand', async () => {
    const replies = all(
      await talk(h.adapter({ locale: 'zh-CN' }), [`${DELAYED} 晚了三天`, '运费当时收了我38元', '道歉', '13912340000']),
    );
    expect(replies[1]).toMatch(/您希望我们怎么处理/);
    expect(replies[3]).toMatch(/诉求：道歉\n/);
  });
});
