import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Several questions in one message, numbered ("1. … 2. … 3. …", "1) … 2) …") or only spaced apart, each get their
 * answer in the order asked — an introduction before the list ("想问下", "quick qs:") asks nothing (blind batch 22:
 * 15.1 got only the delivery hours, 05.1 lost its third question).
 */
describe('a numbered list of questions', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'quick qs: 1. can I post a bottle of whisky 2. are your outlets open on sunday 3. how long does a claim payout take',
      // (The item asked about is named first where the rule does not name it — session 29: "What applies to …".)
      [
        /^What applies to “bottle of whisky”:\nAlcohol can be sent/,
        /^Outlets: Monday to Sunday/,
        /^Compensation payout/,
      ],
    ],
    [
      'zh-CN',
      '想问下 1、红酒能不能寄 2、周六网点几点关门 3、保价的话理赔多久到账',
      [/^酒类可以寄/, /^营业网点/, /^赔款到账/],
    ],
    ['zh-TW', '請問 1.可以寄酒嗎 2.週日門市有開嗎 3.理賠多久會入帳', [/^酒類可寄/, /^營業所/, /^賠款撥付/]],
    [
      'zh-TW',
      '想問 1) 可唔可以寄紅酒 2) 星期日服務點開唔開門 3) 索償幾耐會過數',
      [/^酒類可寄本地件/, /^服務點/, /^賠款過數/],
    ],
    ['zh-CN', '洋酒能寄吗 周日网点开门吗 理赔一般多久能到账', [/^酒类可以寄/, /^营业网点/, /^赔款到账/]],
    // (Words that ask nothing after a question — "三瓶拉菲" — are that question's: its answer is not said twice.)
    [
      'zh-CN',
      '问一下哈 1.红酒能寄吗 三瓶拉菲 2.周日网点开门吗 3.理赔多久到账',
      [/^酒类可以寄/, /^营业网点/, /^赔款到账/],
    ],
  ] as const)('%s: “%s” — each answered, in order', async (locale, message, answers) => {
    const [replies] = await talk(h.adapter({ locale }), [message]);
    expect(replies).toHaveLength(answers.length);
    answers.forEach((answer, i) => expect(replies?.[i]).toMatch(answer));
  });

  it('a weight with a decimal point is no numbered list', async () => {
    const [replies] = await talk(h.adapter({ locale: 'zh-CN' }), ['1.5公斤 杭州寄广州多少钱']);
    expect(all(replies)).toMatch(/杭州 → 广州，1.5 公斤/);
  });
});
