import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered; // signed for; a rude-courier complaint is medium priority (no hand-off)
const LOST = DEMO_TRACKING.lostLooking; // exception at the hub, 6 days late: a loss is high priority (hand-off)
const NORMAL = DEMO_TRACKING.normal; // in transit, on time

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
const TICKET = /C-\d{8}-\d{4}/;
const CONFUSED = /not sure I understood|不太明白|沒有完全明白|唔太明白|Did you mean|您是想|您是不是/;

/**
 * Questions asked after the complaint is filed are answered from what the bot knows (issue #17, blind batch 5
 * P4): the ticket's own number, and when the money comes — a refund of a fee or a claim's compensation — from
 * the courier's rules in the knowledge files and the ticket's deadline, not with the agent's wait or the
 * claims text for lost parcels.
 */
describe('questions after filing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const RUDE: Record<string, string[]> = {
    'en-US': [
      `the courier who brought ${DELIVERED} shouted at me and kicked the box`,
      'an apology',
      '13912340000',
      'submit',
    ],
    'zh-CN': [`${DELIVERED} 的快递员态度太差了 还冲我吼`, '要他道歉', '13912340000', '提交'],
    'zh-TW': [`${DELIVERED} 個速遞員好冇禮貌 仲鬧我`, '要佢道歉', '電話 91234567', '提交'],
  };

  // (The first English question reads to the NLU as "other" tied with a status question: a letter count once
  // kept it from the ticket, and the customer was asked what they meant.)
  it.each([
    ['en-US', 'remind me of the ticket number?'],
    ['en-US', 'what number did my complaint get?'],
    ['zh-CN', '我的投诉单号是多少'],
    ['zh-TW', '我張投訴嘅編號係咩話？'],
  ])('%s: "%s" after filing is answered with the ticket', async (locale, question) => {
    const replies = all(await talk(h.adapter({ locale }), [...(RUDE[locale] as string[]), question]));
    const filed = TICKET.exec(replies[3] as string)?.[0];
    expect(filed).toBeDefined();
    expect(replies[4]).toContain(filed);
    expect(replies[4]).not.toMatch(CONFUSED);
    // Asking for the number adds nothing to the ticket.
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.history.filter((e) => e.action === 'customer added') ?? []).toEqual([]);
  });

  const LOSS: Record<string, string[]> = {
    'en-US': [`${LOST} has been stuck for a week, I think you lost it`, 'compensation please', '13912340000', 'submit'],
    'zh-CN': [`${LOST} 一个星期了还没到 是不是弄丢了`, '我要赔偿', '13912340000', '提交'],
    'zh-TW': [`${LOST} 成個禮拜都未到 係咪整唔見咗`, '我要賠償', '電話 91234567', '提交'],
  };

  it.each([
    ['en-US', 'so when would the compensation actually be paid?', /within 7 working days/],
    ['zh-CN', '赔款一般几天能到账', /7 个工作日/],
    ['zh-TW', '賠款幾耐先過數？', /7 個工作天/],
  ])('%s: "%s" while waiting for an agent hears the payout rule and the deadline', async (locale, ...rest) => {
    const [question, rule] = rest as [string, RegExp];
    const replies = all(await talk(h.adapter({ locale }), [...(LOSS[locale] as string[]), question]));
    expect(replies[3]).toMatch(TICKET);
    expect(replies[4]).toMatch(rule);
    // The ticket's own deadline for the decision, and the wait in one line.
    expect(replies[4]).toMatch(/decided by|处理完毕|處理好|處理完畢/);
    expect(replies[4]).toMatch(TICKET);
  });

  const FEE: Record<string, string[]> = {
    'en-US': [`I paid twice for ${NORMAL}, 30 yuan each time`, 'refund the extra', '13912340000', 'submit'],
    'zh-CN': [`${NORMAL} 运费扣了我两次 每次30元`, '退我多扣的钱', '13912340000', '提交'],
    'zh-TW': [`${NORMAL} 運費收咗我兩次 每次30蚊`, '退返多收嗰份', '電話 91234567', '提交'],
  };

  it.each([
    ['en-US', 'and how long until the refund comes through?', /within 3 working days/],
    ['zh-CN', '那退款多久能到', /3 个工作日内原路退回/],
    ['zh-TW', '退款要幾耐？', /3 個工作天內/],
  ])('%s: "%s" after a fee complaint hears how refunds are paid, not the claims text', async (locale, ...rest) => {
    const [question, rule] = rest as [string, RegExp];
    const replies = all(await talk(h.adapter({ locale }), [...(FEE[locale] as string[]), question]));
    expect(replies[3]).toMatch(TICKET);
    expect(replies[4]).toMatch(rule);
    expect(replies[4]).not.toMatch(/Uninsured parcels|未保价的快递|未保價的包裹/);
  });
});
