import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "I'll send the photos later — what do you need for a claim and how long does it take?" in the middle of a damage
 * complaint: the photos are taken as coming later AND the claim rules are told (what to provide, how long) — not the
 * photos alone (blind batch 18: 02.3).
 */
describe('photos later, with a question about the claim', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delivered} arrived today and the teapot inside is in pieces`,
      "photos later tonight, i'm out. what documents do you need for a claim and how long does it take?",
      /send the photos whenever[^]*7 days/,
    ],
    ['zh-CN', `${delivered} 到了 里面的杯子碎了`, '照片晚点发 理赔需要准备什么材料 要多久', /照片可以之后再发[^]*7 天/],
    ['zh-TW', `${delivered} 收到時杯子破了`, '照片我晚點再傳 請問理賠要準備什麼？多久會處理好', /之後再傳[^]*7 天/],
  ])('%s', async (locale, opening, both, answered) => {
    const replies = await talk(h.adapter({ locale }), [opening, both]);
    expect(all(replies[1])).toMatch(answered);
  });
});
