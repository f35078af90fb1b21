import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const STUCK = DEMO_TRACKING.stuck;

/**
 * Live crabs or seafood that died on a stuck parcel, "do you pay?" (issue #17, blind batch 24: 19.4 answered as
 * ordinary perishables): beside the perishables rule, that live animals are not accepted as ordinary parcels and their
 * survival is never promised — what is paid is checked. Wording and goods differ from the fixture's.
 */
describe('live goods that died: their survival never promised', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', [`我要投诉，${STUCK} 寄的是活虾，一直卡着不动`, '虾要是死了你们赔不赔？'], /存活我们从不承诺/],
    [
      'en-US',
      [
        `I want to complain: ${STUCK} has live lobsters in it and it's stuck`,
        'if the lobsters die will you compensate?',
      ],
      /survival on the way is never promised/,
    ],
    ['zh-TW', [`我要投訴，${STUCK} 入面係生猛海鮮，卡咗幾日`, '啲海鮮死咗你哋賠唔賠？'], /從來唔會承諾|從不承諾/],
  ])('%s: the live-goods rule said', async (locale, turns, live) => {
    const a = h.adapter({ locale, user: `live-${locale}` });
    const replies = await talk(a, turns as string[]);
    expect(replies.at(-1)?.join('\n') ?? '').toMatch(live);
  });
});
