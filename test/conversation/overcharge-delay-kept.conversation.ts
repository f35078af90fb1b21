import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
// "The delay you asked about goes on this same complaint too", in every language.
const DELAY_ALSO_ON = /delay you asked about|延误也一并|延誤也一併|問嘅延誤/;

/**
 * A fee complaint opened on a charge above the quote keeps beside it only a delay the customer told of this parcel —
 * never one read out of a question of how long sending takes (issue #17 review of overcharge-told.ts: "寄到北京最慢要几天？"
 * put a delay on the next fee complaint).
 */
describe('a delay is kept beside an overcharge only when it was told of the same parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '寄到北京最慢要几天？', '我要投诉，柜台报价23块 结果多收了我，收了45块'],
    [
      'en-US',
      'how slow is standard delivery to Beijing, how many days?',
      'I want to complain: I was quoted 23 at the counter but charged 45',
    ],
    ['zh-TW', '寄去北京最慢要幾多日？', '我要投訴，櫃位講好23蚊，點知收多咗我，收咗45蚊'],
  ])('%s: a transit-time question adds no delay', async (locale, asked, told) => {
    const [, answer] = await talk(h.adapter({ locale }), [asked, told]);
    expect(all(answer)).not.toMatch(DELAY_ALSO_ON);
  });
});
