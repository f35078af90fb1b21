import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, stuck } = DEMO_TRACKING;
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * Two parcels listed, then a complaint that counts the goods inside one of them ("收到的包裹里两件衣服都破了"): a count
 * of goods is not "both parcels" — no damage complaint is started on the first listed (still in transit) nor the
 * second lined up as a complaint of its own; the bot asks which parcel (review 29, item 1). New wording in each
 * language; "两个都" still means both (test/conversation/both-listed-parcels.conversation.ts).
 */
describe('a count of the goods inside, after two parcels were listed', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${normal} ${stuck} 这两个到哪了`, '收到的包裹里两件衣服都破了，我要投诉', /请问是哪个快递单号/],
    ['zh-TW', `${normal} ${stuck} 呢兩個去到邊`, '收到個包裹入面兩件衫都爛咗，我要投訴', /請問係邊個運單號碼/],
    [
      'en-US',
      `where are ${normal} and ${stuck}?`,
      'both cups inside the parcel I got are broken, I want to complain',
      /Which tracking number is this about\?/,
    ],
  ])('%s: asks which parcel, takes neither', async (locale, listed, goods, which) => {
    const [, complaint] = await talk(h.adapter({ locale }), [listed, goods]);
    expect(said(complaint)).toMatch(which);
    // (Neither parcel is taken for the complaint, and no second one is lined up.)
    expect(said(complaint)).not.toContain(normal);
    expect(said(complaint)).not.toContain(stuck);
  });
});
