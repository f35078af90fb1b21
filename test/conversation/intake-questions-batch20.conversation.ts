import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered, delayed, lostLooking } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const NOT_ANSWERED = /答不上来|答不上來|答唔到|can't answer/;

/**
 * Questions asked in the middle of a complaint intake are answered, then the step is asked again (issue #17, blind
 * batch 20: 01.2, 08.3, 09.3–09.4, 12.3, 21.3, 18.4) — in every language, in wording other than the batch's.
 */
describe('questions inside a complaint intake (blind batch 20)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `${delivered} came with the lamp inside smashed to bits`, 'ok so what do you need me to send?'],
    ['zh-CN', `${delivered} 收到的时候台灯摔碎了`, '那你需要我提供些什么'],
    ['zh-TW', `${delivered} 收到嗰陣盞燈爛晒`, '咁你要我俾啲乜'],
  ])(
    '%s: "what do you need from me" lists what is still needed, then the step again',
    async (locale, opening, asked) => {
      const [, answer] = await talk(h.adapter({ locale }), [opening, asked]);
      const text = all(answer);
      expect(text).not.toMatch(NOT_ANSWERED);
      // What they want done, the digits that show the parcel's details, photos of the damage.
      expect(text).toMatch(/what you'd like us to do|怎么处理|點處理/);
      expect(text).toMatch(/last 4 digits|后4位|尾4位/);
      expect(text).toMatch(/photos of the damage|损坏处和外箱的照片|爛咗嘅位同外箱嘅相/);
      // The remedy question again.
      expect(answer?.at(-1)).toMatch(/What would you like us to do|怎么处理|點樣處理/);
    },
  );

  it.each([
    [
      'en-US',
      `${delivered} arrived with the glasses inside cracked`,
      'how do I get compensated? how soon is it paid, and what documents should I send?',
      /compensated at the actual loss/,
      /paid into the account/,
      /Claim evidence/,
      /compensation/,
    ],
    [
      'zh-CN',
      `${delivered} 里面的杯子碎了`,
      '如何赔偿 多长时间 要准备什么材料',
      /按实际损失赔偿/,
      /7 个工作日内/,
      /理赔证据/,
      /诉求：赔偿/,
    ],
    [
      'zh-TW',
      `${delivered} 入面啲杯爛晒`,
      '點樣賠 要幾耐 要我準備啲咩',
      /實際損失/,
      /工作天|工作日/,
      /證據|證明/,
      /賠償/,
    ],
  ])(
    '%s: each point of a claim asked at once is answered, and "how is it paid" takes compensation',
    async (locale, opening, asked, how, howLong, proof, demand) => {
      const [, answer] = await talk(h.adapter({ locale }), [opening, asked]);
      const text = all(answer);
      expect(text).not.toMatch(NOT_ANSWERED);
      for (const part of [how, howLong, proof, demand]) expect(text).toMatch(part);
      // The remedy question is answered: the intake goes on to the next question.
      expect(answer?.at(-1)).not.toMatch(/What would you like us to do|怎么处理|點樣處理/);
    },
  );

  it.each([
    ['en-US', `${delivered} the driver left it with a neighbour and now it's gone`, 'so who is liable for that?'],
    ['zh-CN', `${delivered} 快递员放在门口没通知 现在东西没了`, '丢了应该谁来负责'],
    ['zh-TW', `${delivered} 司機放咗喺門口冇通知 而家唔見咗`, '唔見咗邊個負責'],
  ])('%s: who answers for a loss: the courier, and how a loss is paid', async (locale, opening, asked) => {
    const [, answer] = await talk(h.adapter({ locale }), [opening, asked]);
    const text = all(answer);
    expect(text).not.toMatch(NOT_ANSWERED);
    expect(text).toMatch(/courier's responsibility|由快递公司负责|速遞公司嘅責任/);
    expect(text).toMatch(/actual loss|实际损失|實際損失/);
  });

  it.each([
    [
      'en-US',
      `${delayed} is late and I want to complain`,
      "it's for a party, we need it before saturday. can you guarantee that?",
    ],
    ['zh-CN', `${delayed} 晚到了 我要投诉`, '这是寿宴要用的 一定要周六之前送到 能保证吗'],
    ['zh-TW', `${delayed} 遲咗 我要投訴`, '係壽宴要用㗎 可唔可以保證星期六之前到'],
  ])(
    '%s: a parcel needed by a day hears what the record expects, no guarantee, and the wish noted',
    async (locale, opening, asked) => {
      const [, answer] = await talk(h.adapter({ locale }), [opening, asked]);
      const text = all(answer);
      expect(text).not.toMatch(NOT_ANSWERED);
      expect(text).toMatch(/can't guarantee|没法保证|保證唔到/);
      expect(text).toMatch(/written on your complaint|写明|寫明/);
    },
  );

  it.each([
    [
      'en-US',
      `${lostLooking} seems to be lost. the camera in it was worth 2000 yuan`,
      'how long does it take?',
      /noted what the goods were worth/,
      /paid into the account/,
    ],
    ['zh-CN', `${lostLooking} 好像丢了 里面的相机值2000块`, '要多久', /东西的价值已记下/, /7 个工作日内/],
    ['zh-TW', `${lostLooking} 好似唔見咗 入面部相機值2000蚊`, '要幾耐', /值幾多我記低咗/, /工作天|工作日/],
  ])(
    '%s: a value told as a loss complaint opens is noted on it; "how long" is the claim\'s time',
    async (locale, opening, howLong, noted, payout) => {
      const [first, answer] = await talk(h.adapter({ locale }), [opening, howLong]);
      expect(all(first)).toMatch(noted);
      expect(all(answer)).toMatch(payout);
      expect(all(answer)).not.toMatch(/last scan|最新扫描|最新掃描/i);
    },
  );

  it.each([
    ['en-US', `${DEMO_TRACKING.normal} is late, I want to complain`, 'could it come saturday instead?', /Sat/],
    ['zh-CN', `${DEMO_TRACKING.normal} 晚了 我要投诉`, '那星期六送啦', /周六/],
    ['zh-TW', `${DEMO_TRACKING.normal} 遲咗 我要投訴`, '改禮拜六送得唔得', /週六/],
  ])(
    '%s: a day asked for inside a complaint is taken as a change beside it',
    async (locale, opening, day, saturday) => {
      const [, asked, proved] = await talk(h.adapter({ locale }), [opening, day, '4444']);
      expect(all(asked)).toMatch(/last 4 digits|后4位|尾4位/);
      expect(all(proved)).toMatch(saturday);
      expect(all(proved)).toMatch(/complaint goes on|投诉继续|投訴會繼續|客訴繼續/);
    },
  );
});
