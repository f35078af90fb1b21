import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LATE = DEMO_TRACKING.delayed; // 广州 → 北京, 3 days past its promised date, last scan in Beijing
const DELIVERED = DEMO_TRACKING.delivered; // 南京 → 苏州, signed for
const STUCK = DEMO_TRACKING.stuck; // 杭州 → 成都, no scan for 48 hours

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
/** "I can't answer that one here." */
const CANNOT = /答不上来|答不上來|答唔到|can't answer that one/i;
/** The contact step's question, asked again after the answer. */
const CONTACT = /联系电话|聯絡電話|How can we reach you/i;
/** The demand step's question, asked again after the answer. */
const DEMAND = /怎么处理|怎麼處理|點樣?處理|What would you like us to do/i;

/**
 * A question asked inside a complaint is answered from what the bot knows, then the step is asked again (issue #17,
 * blind batch 12 P4): will it come tomorrow (the parcel's record), which of my two problems are you handling (what
 * this complaint covers), what do I do now (nothing hard: what happens next), where did my "delivered" parcel go
 * (who signed, and how the proof of delivery is checked). A demand said with the question is still taken.
 */
describe('questions inside a complaint are answered, then the step goes on', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', [`${LATE} 都晚了三天了，太离谱了`, '我要退运费', '那明天总能到了吧？'], /超过承诺送达日期[\s\S]*北京/],
    ['zh-TW', [`${LATE} 遲咗三日喇 搞乜鬼`, '我要退運費', '咁聽日會唔會到啊？'], /超過承諾送達日期[\s\S]*北京/],
    [
      'en-US',
      [
        `${LATE} is three days late, unbelievable`,
        'refund the shipping fee please',
        'so is it going to arrive tomorrow at least?',
      ],
      /3 days past[\s\S]*Beijing/,
    ],
  ])('%s: "will it come tomorrow?" is answered from the record', async (locale, turns, answered) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[2]).toMatch(answered);
    expect(replies[2]).not.toMatch(CANNOT);
    expect(replies[2]).toMatch(CONTACT);
  });

  it.each([
    ['zh-CN', `${LATE} 怎么回事 晚了好几天`, `你们到底还能不能送到，我要赔偿`, /已记下您的诉求：赔偿/],
    ['zh-TW', `${LATE} 搞咩呀 遲咗幾日`, `你哋到底會唔會送到 我要賠償`, /(已記下您的訴求|已經記低你嘅要求)：賠償/],
  ])(
    '%s: a demand said with "will it ever come?" is taken as well as answered',
    async (locale, first, second, noted) => {
      const replies = all(await talk(h.adapter({ locale }), [first, second]));
      expect(replies[1]).toMatch(/北京|Beijing/);
      expect(replies[1]).toMatch(noted);
      expect(replies[1]).not.toMatch(DEMAND);
    },
  );

  it.each([
    [
      'zh-CN',
      [`${DELIVERED} 收到的茶壶盖子碎了，还多收了我一笔燃油附加费，我要赔偿和退附加费`, '这两个问题你们都会处理吗？'],
      /费用争议[\s\S]*损毁|损毁[\s\S]*费用争议/,
    ],
    [
      'zh-TW',
      [`${DELIVERED} 收到個茶壺蓋爛咗 仲多收咗我燃油附加費 我要賠償同退返附加費`, '兩樣嘢你哋都會跟進㗎嘛？'],
      /費用爭議[\s\S]*損毀|損毀[\s\S]*費用爭議/,
    ],
    [
      'en-US',
      [
        `${DELIVERED} came with the teapot lid smashed, and on top of that I was charged an extra 15 yuan fee nobody told me about. I'd like compensation and that fee refunded.`,
        'are both problems being handled, or only one?',
      ],
      /fee dispute[\s\S]*damaged|damaged[\s\S]*fee dispute/,
    ],
  ])('%s: "are you handling both problems?" hears what this complaint covers', async (locale, turns, both) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[1]).toMatch(both);
    expect(replies[1]).not.toMatch(CANNOT);
    expect(replies[1]).toMatch(CONTACT);
  });

  // (The same wait told without asking for a complaint is a worry since #17's blind-12 04.3–04.6: reassured, and
  // "what do I do?" hears there is nothing to do — worry-not-complaint.conversation.ts. Here the customer asks to complain.)
  it.each([
    [
      'zh-CN',
      ['我要投诉，我儿子寄给我的东西一直没到', STUCK, '我不懂这些，我该怎么办？'],
      /不用做什么复杂的事[\s\S]*同事/,
    ],
    [
      'zh-TW',
      ['我要投訴，我個仔寄俾我啲嘢一直都未到', STUCK, '我唔識搞呢啲 咁我點算好？'],
      /唔使做啲乜複雜嘢[\s\S]*同事/,
    ],
  ])('%s: "what do I do now?" in a complaint hears, plainly, what happens next', async (locale, turns, plain) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    const reply = replies[2] ?? '';
    expect(reply).toMatch(plain);
    // The step after the answer, not the step alone.
    expect(reply).toMatch(DEMAND);
    expect(reply.indexOf('同事')).toBeLessThan(reply.search(DEMAND));
  });

  it.each([
    ['zh-CN', ['显示已签收但我根本没收到', DELIVERED, '门口没有，物业也说没有，那包裹到底去哪了？'], /签收凭证/],
    ['zh-TW', ['顯示簽收咗但我根本冇收到', DELIVERED, '門口冇 管理處又話冇 咁件貨去咗邊？'], /簽收證明/],
    [
      'en-US',
      [
        'the app says my parcel was delivered but I have nothing',
        DELIVERED,
        'nobody came to the door and the neighbours have nothing either. where is it then?',
      ],
      /proof of delivery/,
    ],
  ])('%s: "where did it go?" of a parcel signed for says how it is traced', async (locale, turns, traced) => {
    const replies = all(await talk(h.adapter({ locale }), turns));
    expect(replies[2]).toMatch(traced);
    expect(replies[2]).not.toMatch(CANNOT);
    expect(replies[2]).toMatch(DEMAND);
  });
});
