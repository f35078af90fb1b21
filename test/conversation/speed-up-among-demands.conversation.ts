import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A speed-up asked for inside a complaint, though put as a question ("可不可以加快一点", "可唔可以盡快送", "could you
 * speed it up"), is one of the customer's demands: said back and listed in the summary beside compensation — not
 * a question about the complaint's priority, nor a question about the claim rules that loses the compensation
 * (issue #17). Wording other than the batch's, in every language.
 */
describe('a speed-up asked for is listed among the demands', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${stuck} has been sitting there for days, I want to complain`,
      'an apology, and could you speed it up please',
      '15900001111',
      /You'd like: an apology \(.*speed it up.*\)/,
    ],
    [
      'zh-CN',
      `${stuck} 好几天不动了，我要投诉`,
      '要道歉，可不可以加快一点',
      '15900001111',
      /诉求：道歉（可不可以加快一点）/,
    ],
    ['zh-TW', `${stuck} 幾日都唔郁，我要投訴`, '要道歉，可唔可以盡快送', '0911223344', /要求：道歉（可唔可以盡快送）/],
  ])('%s: kept beside the demand named with it', async (locale, opening, demand, phone, summary) => {
    const [, noted, shown] = await talk(h.adapter({ locale }), [opening, demand, phone]);
    expect(all(noted)).not.toMatch(/priority|优先级|優先/);
    expect(all(shown)).toMatch(summary);
  });
});
