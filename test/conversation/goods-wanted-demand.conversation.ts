import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "I only want my parcel", "我只要我的包裹", "我淨係要返啲嘢": the goods themselves wanted — the demand is redelivery, at
 * the demand question, in the opening and at the summary — never "nothing in particular" nor the question again
 * (issue #17). Wording other than the batch's, in every language.
 */
describe('the goods wanted are the redelivery demand', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `${stuck} hasn't moved for days, I want to complain`, 'honestly I only want my parcel', /redelivery/],
    ['zh-CN', `${stuck} 好几天不动了，我要投诉`, '我只要我的包裹', /重新派送/],
    ['zh-TW', `${stuck} 幾日都唔郁，我要投訴`, '我淨係要返啲嘢', /重新派送/],
  ])('%s: the answer to the demand question', async (locale, opening, wanted, redelivery) => {
    const [, noted] = await talk(h.adapter({ locale }), [opening, wanted]);
    expect(all(noted)).toMatch(redelivery);
  });

  it.each([
    [
      'en-US',
      `I want to complain, ${stuck} stuck for days, I need my package`,
      '15900001111',
      /You'd like: redelivery/,
    ],
    ['zh-CN', `我要投诉 ${stuck} 好几天不动，我就要我的东西`, '15900001111', /诉求：重新派送/],
    ['zh-TW', `我要投訴 ${stuck} 幾日唔郁，我淨係要返件貨`, '0911223344', /要求：重新派送/],
  ])('%s: said in the opening, not asked for again', async (locale, opening, phone, summary) => {
    const [, shown] = await talk(h.adapter({ locale }), [opening, phone]);
    expect(all(shown)).toMatch(summary);
  });

  it('takes it at the summary in place of no demand', async () => {
    const [, , , summary] = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${stuck} 好几天不动了，我要投诉`,
      '没有特别要求',
      '15900001111',
      '我只要我的快递',
    ]);
    expect(all(summary)).toMatch(/诉求：重新派送/);
  });
});
