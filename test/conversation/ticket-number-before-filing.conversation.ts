import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "What's the ticket number?" asked in the middle of a complaint, before anything is filed: there is none yet, and
 * the customer hears when it comes — never "I've added that to your complaint" (blind batch 18: 01.6, 13.6, 23.5).
 * Once filed, the number is given.
 */
describe('the ticket number asked before filing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `${delayed} is 3 days late, file a complaint`, 'whats the ticket number again', /no ticket number yet/],
    ['zh-CN', `${delayed} 晚了三天 我要投诉`, '工单号是多少？', /还没有工单号/],
    ['zh-TW', `${delayed} 晚了三天 我要客訴`, '案件編號是多少', /還沒有案件編號/],
  ])('%s: “%s” then “%s”', async (locale, opening, question, none) => {
    const replies = await talk(h.adapter({ locale }), [opening, question]);
    const last = all(replies.at(-1));
    expect(last).toMatch(none);
    expect(last).not.toMatch(/added that to your complaint|已补充|已補充/);
  });

  it('en: at the summary, the number comes with “submit”', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `${delayed} is 3 days late, file a complaint`,
      'an apology',
      'skip',
      'what is the ticket number?',
      'submit',
    ]);
    expect(all(replies[3])).toMatch(/the moment it's filed/);
    expect(all(replies[4])).toMatch(/ticket C-\d{8}-\d{4}/);
  });
});
