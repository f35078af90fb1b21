import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const DELAYED = DEMO_TRACKING.delayed; // 3 days late
const LOST = DEMO_TRACKING.lostLooking; // exception at a hub, 6 days late

const all = (replies: string[][]) => replies.map((r) => r.join('\n'));
/** The summary's "no particular demand", in each language. */
const NO_DEMAND = /nothing in particular|暂无具体要求|暫無具體要求|没有特别要求|沒有特別要求/;

/**
 * A demand given in free text is kept (issue #17): said at the demand step, at another step or beside other
 * words, it is taken (a claim is compensation), said back and shown in the summary — never "nothing in
 * particular" once one was given; a second problem told mid-intake (an overcharge during a complaint about cash
 * on delivery) is acknowledged and written into the ticket, and both demands of such a conversation are kept.
 */
describe('demands kept as given', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${DELAYED} 晚了三天了，我要投诉`, '我要理赔', '13811112222', /赔偿/],
    ['zh-TW', `${DELAYED} 遲咗三日，我要投訴`, '我想申請理賠', '91234567', /賠償/],
    [
      'en-US',
      `I want to complain, ${DELAYED} is 3 days late`,
      "I'd like to file a claim",
      'me@example.com',
      /compensation/,
    ],
  ])('%s: a claim asked for at the demand step is compensation, said back', async (locale, ...rest) => {
    const [opening, claim, contact, said] = rest as [string, string, string, RegExp];
    const replies = all(await talk(h.adapter({ locale }), [opening, claim, contact, 'submit']));
    // Taken and said back — not the claim rules with the same question again.
    expect(replies[1]).toMatch(said);
    expect(replies[1]).not.toMatch(/3 times|3 倍|三倍/);
    expect(replies[2]).not.toMatch(NO_DEMAND);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('compensation');
  });

  it.each([
    ['zh-CN', `${DELAYED} 晚了三天了，我要投诉`, '不知道', '重新免费寄一个给我', '13811112222'],
    ['zh-TW', `${DELAYED} 遲咗三日，我要投訴`, '唔知', '幫我補寄一個，免費', '91234567'],
    [
      'en-US',
      `${DELAYED} is 3 days late, I want to complain`,
      'whatever',
      'send it again for free. my phone is 13811112222',
      'me@example.com',
    ],
  ])(
    '%s: "send it again for free" while a contact is asked is the demand, not a change to prove',
    async (locale, ...turns) => {
      const replies = all(await talk(h.adapter({ locale }), [...turns, 'submit']));
      expect(replies[2]).not.toMatch(/last 4|末4碼|尾号|後四|尾數|末四/);
      expect(replies[2]).toMatch(/redelivery|重新派送/);
      expect(replies[3]).not.toMatch(NO_DEMAND);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.demand).toBe('redelivery');
    },
  );

  it.each([
    [
      'zh-CN',
      [`投诉 ${LOST} 代收货款一直没打给我`, '还有运费多收了我20块', '要把货款给我，多收的运费退回来', '13811112222'],
      /费用/,
      /货款给我/,
    ],
    [
      'zh-TW',
      [
        `我要投訴 ${LOST} 貨到付款的貨款一直沒收到`,
        '另外運費多收了我50塊',
        '貨款要打給我，多收的運費要退',
        '0912345678',
      ],
      /費用/,
      /貨款要打給我/,
    ],
    [
      'en-US',
      [
        `complaint: ${LOST} was cash on delivery and I never got the money`,
        'also you overcharged me on shipping by 30',
        'pay me the COD money and refund the overcharge',
        'me@example.com',
      ],
      /fee/,
      /pay me the COD money/,
    ],
  ])('%s: a second problem mid-intake is acknowledged and kept, with both demands', async (locale, ...rest) => {
    const [turns, problem, payout] = rest as [string[], RegExp, RegExp];
    const replies = all(await talk(h.adapter({ locale }), turns));
    // Heard, not met with the demand question alone.
    expect(replies[1]).toMatch(problem);
    expect((replies[1] ?? '').split('\n').length).toBeGreaterThan(1);
    const summary = replies[3] as string;
    expect(summary).toMatch(/退款|refund/);
    expect(summary).toMatch(payout);
    expect(summary).not.toMatch(NO_DEMAND);
  });

  it.each([
    [
      'zh-CN',
      [`投诉 ${LOST} 代收货款一直没打给我`, '还有运费多收了我20块', '退款', '13811112222', '提交'],
      /客户还反映了：费用争议/,
    ],
    [
      'en-US',
      [
        `complaint: ${LOST} was cash on delivery, never got the money`,
        'also you overcharged me by 30 dollars',
        'refund',
        'me@example.com',
        'submit',
      ],
      /also reported: fee dispute/,
    ],
  ])('%s: the second problem is in the ticket for the agent', async (locale, turns, named) => {
    await talk(h.adapter({ locale }), turns);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.description).toMatch(named);
    expect(ticket?.description).toMatch(/多收|overcharged/);
  });
});
