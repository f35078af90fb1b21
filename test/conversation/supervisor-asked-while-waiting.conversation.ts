import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LATE = DEMO_TRACKING.delayed;
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const FLAGGED = { 'zh-CN': /标记给主管/, 'zh-TW': /標記(咗)?俾主管|標記給主管/, en: /flagged for the supervisors/ };
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A supervisor asked for while the customer's ticket waits for an agent (blind batch 35b: 05.2, 05.5 heard only "added
 * to the ticket"): the ticket is escalated one level for the supervisors — once — and the customer hears so; asked
 * again, that it is flagged already. A shop's or a building's manager named is no such request.
 */
describe('a supervisor asked for while the ticket waits', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en',
      `${LATE} three days late now, put me through to a real person`,
      'can someone senior deal with this please',
      'I want your manager',
    ],
    ['zh-CN', `${LATE} 都晚三天了 给我转人工`, '让你们领导来处理一下', '主管到底来不来'],
    ['zh-TW', `${LATE} 遲咗三日 我要同真人講`, '唔該搵你哋主管跟進', '主管呢'],
  ] as const)('%s: escalated once, said so; asked again, flagged already', async (locale, handoff, ask, again) => {
    const replies = await talk(h.adapter({ locale: BROWSER[locale] }), [handoff, ask, again]);
    expect(all(replies[1])).toMatch(FLAGGED[locale]);
    expect(all(replies[2])).toMatch(FLAGGED[locale]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.level).toBe(1);
    expect(ticket?.history.filter((e) => e.action === 'escalated')).toHaveLength(1);
  });

  it("en: the shop's manager named is no request for ours", async () => {
    await talk(h.adapter({ locale: 'en-US' }), [
      `${LATE} three days late, put me through to a real person`,
      "the shop manager keeps asking me where it is, that's why I'm writing",
    ]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.level).toBe(0);
  });
});
