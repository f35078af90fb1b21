import type { Demand } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;

// The summary's line of demands, in each language's wording.
const DEMAND_LINE = /^- (?:诉求|訴求|要求|You'd like)[：:]\s*(.+)$/m;
const shownDemands = (text: string): string | undefined => DEMAND_LINE.exec(text)?.[1];

/**
 * At the summary, a demand said again in other words, or another one named plainly, joins those held — the customer
 * is not made to say them all again — unless the message drops the old one ("算了 退款不用了", "forget the refund")
 * or settles on another ("还是…", "instead"): those rules are demands-replaced-or-added's (issue #17). Wording
 * other than the batch's, in every language.
 */
describe('a demand said again at the summary keeps the earlier ones', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each<[string, string[], string, string, string, string, Demand[]]>([
    [
      'zh-CN',
      [`${delayed} 迟了好几天 我要投诉`, '重新派送', '13911112222'],
      '重新派送',
      '你们得给我一个交代',
      '重新派送、给个说法',
      '提交',
      ['redelivery', 'explanation'],
    ],
    [
      'zh-TW',
      [`${delayed} 遲咗幾日都未到 我要投訴`, '賠償', '91230000'],
      '賠償',
      '我要你哋解釋吓點解遲咗',
      '賠償、畀個解釋',
      '提交',
      ['compensation', 'explanation'],
    ],
    [
      'en-US',
      [`${delayed} is days late, I want to complain`, 'a refund', 'jo@example.com'],
      'refund',
      'I want someone to explain what happened',
      'refund, an explanation',
      'submit',
      ['refund', 'explanation'],
    ],
  ])('%s: kept beside the demands held', async (locale, toSummary, before, change, after, submit, filed) => {
    const adapter = h.adapter({ locale });
    let told = { text: '', buttons: [] as string[] };
    for (const message of toSummary) told = await sendAll(adapter, message);
    expect(shownDemands(told.text)).toBe(before);
    told = await sendAll(adapter, change);
    expect(shownDemands(told.text)).toBe(after);
    await sendAll(adapter, submit);
    const [ticket] = await h.store.tickets.find({});
    expect([ticket?.demand, ...(ticket?.moreDemands ?? [])]).toEqual(filed);
  });
  it('zh-TW: one of two said again in other words drops neither', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    for (const message of [`${delayed} 遲咗幾日都未到 我要投訴`, '要賠償同埋道歉', '91230000', '你哋一定要賠錢俾我'])
      await sendAll(adapter, message);
    await sendAll(adapter, '提交');
    const [ticket] = await h.store.tickets.find({});
    expect([ticket?.demand, ...(ticket?.moreDemands ?? [])]).toEqual(['compensation', 'apology']);
  });
});
