import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "this is ridiculous i want to make a complaint", "我要投诉他" right after the demand question: the customer hears that
 * the complaint is being taken down, then the question — never "noted" and the question alone, as if unheard (issue
 * #17, blind batch 34a: 03.2, 07.2). New wording in each language.
 */
describe('a wish to complain said after a cry of feeling, at the demand step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delayed} still not here, 3 days late`,
      'unbelievable honestly i want to file a formal complaint',
      /taking this down as your complaint/,
      /What would you like us to do/,
    ],
    [
      'zh-CN',
      `${delivered} 那个快递员把我的东西扔在楼下就走了`,
      '太过分了 我一定要投诉他',
      /这就在为您登记投诉/,
      /怎么处理/,
    ],
    ['zh-TW', `${delayed} 遲咗三日 搞咩呀`, '真係離譜 我要投訴你哋', /幫你登記緊投訴/, /點樣處理/],
  ])('%s: said to be taking it down, then the demand asked', async (locale, opening, wish, filing, demand) => {
    const replies = await talk(h.adapter({ locale }), [opening, wish]);
    expect(all(replies[1])).toMatch(filing);
    expect(replies[1]?.at(-1)).toMatch(demand);
    expect(all(replies[1])).not.toMatch(/added that to your complaint|已补充|加落投訴/);
  });
});
