import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, talk, type BotHarness } from './harness';

const DELAYED = DEMO_TRACKING.delayed; // 3 days past the promised date
const DELIVERED = DEMO_TRACKING.delivered;
const LOST = DEMO_TRACKING.lostLooking;

const TICKET = /C-\d{8}-\d{4}/g;

/**
 * An earlier complaint is found by its parcel (issue #17, batch 9 P8): the customer's own ticket on the parcel they
 * name, never another customer's on the same parcel; when there is none, that nothing of theirs is on it, and the way
 * on (a person, or a complaint now) — never a dead end, in the middle of a complaint too.
 */
describe('an earlier complaint found by its parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  /** Files a complaint for `user` in a conversation of its own; returns the ticket's number. */
  async function filed(user: string, opening: string, locale = 'zh-CN'): Promise<string> {
    await talk(h.adapter({ user, locale }), [opening, '赔偿', '13800001234', '跳过', '提交']);
    const tickets = await h.store.tickets.find({});
    return tickets[0]?.number as string;
  }

  it.each([
    ['zh-CN', `我之前投诉过的 ${DELAYED} 现在怎么样了`],
    ['zh-TW', `我之前投訴過嘅 ${DELAYED} 而家點樣`],
    ['en-US', `what happened with the complaint I made about ${DELAYED}?`],
  ])('%s: the customer hears of their own complaint on the parcel they name', async (locale, question) => {
    const late = await filed('u1', `${DELAYED} 晚了三天还没到 我要投诉`);
    const other = await filed('u1', `${DELIVERED} 外箱破了 里面的杯子碎了 我要投诉`);
    const reply = (await send(h.adapter({ user: 'u1', locale }), question)).join('\n');
    expect(reply).toContain(late);
    expect(reply).not.toContain(other);
  });

  it.each([
    ['zh-CN', `我上周投诉过 ${DELAYED} 进度怎么样`, /没有查到您关于/],
    ['zh-TW', `我之前投訴過嘅 ${DELAYED} 而家點樣`, /搵唔到你關於|沒有查到您關於/],
    ['en-US', `any news on the complaint I filed about ${DELAYED}?`, /can't find a complaint from you about/],
  ])("%s: another customer's complaint on the parcel is never shown", async (locale, question, none) => {
    const theirs = await filed('someone-else', `${DELAYED} 晚了三天还没到 我要投诉`);
    const reply = (await send(h.adapter({ user: 'u1', locale }), question)).join('\n');
    expect(reply).not.toContain(theirs);
    expect(reply.match(TICKET)).toBeNull();
    expect(reply).toContain(DELAYED);
    expect(reply).toMatch(none);
  });

  it.each([
    ['zh-CN', '我的投诉处理得怎么样了', `没有工单号 快递单号是${DELAYED}`, /快递单号发给我/, /没有查到您关于/],
    ['zh-TW', '我嘅投訴處理成點', `冇投訴編號 運單號係${DELAYED}`, /運單號碼|貨運單號/, /搵唔到你關於|沒有查到您關於/],
    [
      'en-US',
      'any update on my complaint? it was about a late parcel',
      `no ticket number, the tracking is ${DELAYED}`,
      /tracking number/,
      /can't find a complaint from you about/,
    ],
  ])('%s: no complaint found is no dead end', async (locale, ask, parcel, askParcel, none) => {
    const replies = (await talk(h.adapter({ locale }), [ask, parcel])).map((r) => r.join('\n'));
    expect(replies[0]).toMatch(askParcel);
    expect(replies[1]).toContain(DELAYED);
    expect(replies[1]).toMatch(none);
  });

  it.each([
    ['zh-TW', `${LOST} 到而家都冇消息 我要投訴`, '我之前已經申訴過一次 現在進度到哪', /之前關於/],
    [
      'en-US',
      `${LOST} still nothing, I want to complain`,
      'I already complained about this before, how is that going?',
      /earlier complaint/,
    ],
  ])(
    '%s: asked in the middle of a complaint, it is answered and the complaint goes on',
    async (locale, opening, asked, none) => {
      const replies = (await talk(h.adapter({ locale }), [opening, asked])).map((r) => r.join('\n'));
      expect(replies[1]).toMatch(none);
      expect(replies[1]).toContain(LOST);
      // The zh-TW customer opened in Cantonese (到而家都冇消息): the demand question is the Cantonese 點樣處理.
      expect(replies[1]).toMatch(/怎麼處理|點樣處理|like us to do/);
    },
  );
});
