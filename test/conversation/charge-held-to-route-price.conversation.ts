import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const SF = DEMO_TRACKING.normal; // Shenzhen → Shanghai
const all = (replies: string[][]) => replies.flat().join('\n');

/**
 * Issue #17, blind batch 34b: 04.2. "I was charged 68 yuan to send a 2kg box from Shenzhen to Shanghai, SF… What should
 * it actually cost?", then "so I was overcharged": the parcel named is the complaint's (its number never asked for
 * again), and what 2 kg costs on its route is said once — the places named are the parcel's own route, no other.
 * New wording in each language.
 */
describe("a charge held against the price on the parcel's own route", () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${SF} shenzhen to shanghai, 2 kg, they took 70 yuan off me. how much is it meant to be?`,
      'right so thats an overcharge, refund me the extra',
      /Which tracking number/,
    ],
    ['zh-CN', `${SF} 从深圳寄到上海 2公斤 收了我70块 正常多少钱？`, '那就是多收了 把多的退给我', /哪个单号|单号是多少/],
    ['zh-TW', `${SF} 深圳寄上海 2公斤 收咗我70蚊 正常幾錢㗎？`, '咁即係收多咗啦 退返多收嗰啲俾我', /邊個單號|單號係/],
  ])('%s: priced once, the number not asked again', async (locale, asked, overcharged, numberAsked) => {
    const replies = await talk(h.adapter({ locale }), [asked, overcharged]);
    const said = all(replies);
    expect(said.match(/= (CNY|¥|人民幣|人民币)?\s?17|=\s?(CNY|¥)?\s?17/g) ?? []).toHaveLength(1);
    expect(all(replies.slice(1))).not.toMatch(numberAsked);
  });

  it.each([
    ['en-US', `where is ${SF}? its a 2kg parcel, i paid 70 yuan`, '70 is way too much for 2 kg, refund the difference'],
    ['zh-CN', `${SF} 到哪了 2公斤的箱子 寄的时候付了70`, '2公斤收70太贵了吧 多收的退给我'],
    ['zh-TW', `${SF} 到咗邊 2公斤 寄嗰陣俾咗70蚊`, '2公斤收70蚊太貴啦 退返多收嗰啲'],
  ])('%s: the weight told a message before prices the complaint', async (locale, told, overcharged) => {
    const replies = await talk(h.adapter({ locale }), [told, overcharged]);
    expect(all(replies).match(/=\s?(CNY|人民幣|人民币)?\s?17/g) ?? []).toHaveLength(1);
  });
});
