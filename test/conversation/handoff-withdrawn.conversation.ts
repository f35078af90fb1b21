import { AgentPageDesk } from '../../src/channels/agentdesk/agent-page';
import { Replies } from '../../src/bot';
import type { Locale } from '../../src/nlu';
import { computeKpis, OPEN_STATUSES } from '../../src/tickets';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, NOW, talk, type BotHarness } from './harness';

const { delayed, stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const DAY = { from: '2026-11-22T16:00:00.000Z', to: '2026-11-23T16:00:00.000Z' };
/** "…closed ticket C-…, opened only for it": the customer hears plainly that nothing is left open. */
const CLOSED = {
  'zh-CN': /撤回.*C-\d{8}-\d{4}.*已关闭/,
  'zh-TW': /撤回.*C-\d{8}-\d{4}.*關閉/,
  en: /withdrawn.*closed ticket C-/,
};
const QUEUE = { 'zh-CN': /排第 \d+ 位/, 'zh-TW': /排第 \d+ 位/, en: /in the agents' queue/ };

/**
 * A hand-off the customer withdraws before any agent replied (issue #17, blind batch 8 pattern 2): the ticket
 * opened only for it is closed as withdrawn by the customer — out of the queue, its SLA stopped, no complaint in
 * the KPIs, the desks shown so — and the customer is told plainly. A hand-off on a real complaint keeps the
 * complaint; a complaint being told when the person was asked for goes on with the bot, nothing asked again.
 */
describe('a withdrawn hand-off', () => {
  let h: BotHarness;
  let desk: AgentPageDesk;
  beforeEach(async () => {
    desk = new AgentPageDesk({ now: () => NOW }, new Replies());
    h = await botHarness({ desks: [desk] });
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delayed} 到哪了`, '帮我转人工', '算了不用人工了，我再等两天看看'],
    ['zh-TW', `${delayed} 去到邊`, '我要搵真人', '唔使搵人喇，我自己等多兩日'],
    ['en', `where is ${delayed}`, 'get me an agent', "never mind, no need for an agent, I'll wait"],
  ] as const)(
    '%s: a ticket opened only for the person is closed as withdrawn, and counts as no complaint',
    async (locale, track, human, withdraw) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, handedOff, withdrawn] = await talk(adapter, [track, human, withdraw]);
      expect(all(handedOff)).toContain('C-20261123-0001');
      expect(all(withdrawn)).toMatch(CLOSED[locale]);
      expect(all(withdrawn)).not.toMatch(QUEUE[locale]);

      const [ticket] = await h.store.tickets.find({});
      expect(ticket?.status).toBe('withdrawn');
      expect(ticket?.closedAt).toBe(NOW.toISOString());
      expect(ticket?.history.at(-1)).toMatchObject({ by: 'customer', action: 'withdrawn', to: 'withdrawn' });
      // Out of the agents' queue, and the agent page says why it left.
      expect(await h.store.tickets.find({ status: [...OPEN_STATUSES] })).toEqual([]);
      expect(desk.noticesFor({ id: 'lin', supervisor: false }, 0).at(-1)?.text).toBe(
        'C-20261123-0001 is withdrawn by the customer before any agent replied (closed)',
      );
      // No complaint, nothing resolved, no deadline running or missed a day later; the conversation is not contained.
      const later = '2026-11-24T16:00:00.000Z';
      const counts = await h.store.metrics.counts({ ...DAY, now: later, utcOffsetMinutes: 480 });
      expect(counts).toMatchObject({ tickets: 0, resolved: 0, complainants: 0, breachedTickets: 0 });
      expect(counts.backlog).toEqual({ high: 0, medium: 0, low: 0 });
      expect(counts).toMatchObject({ conversations: 1, contained: 0 });
      expect(computeKpis(counts, DAY).botContainment).toBe(0);
    },
  );

  it.each([
    ['zh-CN', `${delayed} 晚了三天还没到，我要投诉`, '我要赔偿', '13812345678', '提交', '转人工', '不用转人工了'],
    ['zh-TW', `${delayed} 遲咗三日都未到，我要投訴`, '我要賠償', '0912345678', '提交', '轉真人', '唔使轉喇'],
    [
      'en',
      `${delayed} is three days late, I want to complain`,
      'compensation',
      '+8613812345678',
      'submit',
      'agent please',
      'no need for an agent anymore',
    ],
  ] as const)(
    '%s: a hand-off on a filed complaint withdraws only the request for a person',
    async (locale, ...turns) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const replies = await talk(adapter, [...turns]);
      const [ticket] = await h.store.tickets.find({});
      expect(all(replies.at(-1))).toContain(ticket?.number);
      expect(ticket?.status).toBe('open');
      expect(ticket?.history.map((e) => e.action)).toEqual(
        expect.arrayContaining(['created', 'handoff requested', 'handoff withdrawn']),
      );
      const counts = await h.store.metrics.counts({ ...DAY, now: DAY.to, utcOffsetMinutes: 480 });
      expect(counts).toMatchObject({ tickets: 1, complainants: 1 });
    },
  );

  it.each([
    [
      'zh-CN',
      `${delayed} 晚了三天了，我要投诉，要赔偿`,
      '找人工',
      '算了不用转人工了 你帮我登记吧 电话13812345678',
      '13812345678',
      '赔偿',
      '提交',
    ],
    [
      'zh-TW',
      `${delayed} 遲咗三日，我要投訴，要賠償`,
      '搵真人',
      '唔使搵人喇 幫我登記就得 電話0912345678',
      '+886912345678',
      '賠償',
      '提交',
    ],
    [
      'en',
      `${delayed} is three days late, I want to complain and get compensation`,
      'talk to a person',
      'never mind, no need for an agent, just log it, my phone is 13812345678',
      '+8613812345678',
      'compensation',
      'submit',
    ],
  ] as const)(
    '%s: the complaint being told when the person was asked for goes on, nothing asked again',
    async (locale, opening, human, withdraw, phone, demand, submit) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , resumed, filed] = await talk(adapter, [opening, human, withdraw, submit]);
      // Straight to the summary: the parcel, the account, the demand and the phone are all kept.
      expect(all(resumed)).toMatch(CLOSED[locale]);
      expect(all(resumed)).toContain(delayed);
      expect(all(resumed)).toContain(demand);
      expect(all(resumed)).toContain(phone);
      expect(all(filed)).toContain('C-20261123-0002');
      const tickets = await h.store.tickets.find({});
      const complaint = tickets.find((t) => t.number === 'C-20261123-0002');
      expect(tickets.find((t) => t.number === 'C-20261123-0001')?.status).toBe('withdrawn');
      expect(complaint).toMatchObject({ trackingNumbers: [delayed], demand: 'compensation' });
      // The withdrawn hand-off was no complaint: this one is not a repeat of it.
      expect(complaint?.history[0]?.note).not.toMatch(/repeat/);
      expect(complaint?.origin).toBeUndefined();
    },
  );

  it.each([
    [
      'zh-CN',
      `${delayed} 说好的日子早过了 三天了还没影 我要投诉 要赔偿`,
      '我要找真人',
      '算了 不找人了 你直接帮我登记 电话13900001234',
      '提交',
      `${delayed} 现在到哪了`,
      /没有给您转人工.*队列的最前面/,
    ],
    [
      'zh-TW',
      `${delayed} 講好嘅日子過咗三日都未見影 我要投訴 要賠償`,
      '我要搵真人',
      '算啦 唔使搵人喇 你直接幫我登記 電話0912345678',
      '提交',
      `${delayed} 而家去到邊`,
      /冇幫你轉真人客服.*隊列最前面/,
    ],
    [
      'en',
      `${delayed} was due three days ago and still nothing, I want to complain and get compensation`,
      'I want a real person',
      "forget it, I don't want a person, just log it, phone 13900001234",
      'submit',
      `where is ${delayed} now`,
      /haven't put you through to a person.*front of our agents' queue/,
    ],
  ] as const)(
    '%s: a high-priority complaint filed after the person was declined is queued first, the chat not handed over',
    async (locale, opening, human, withdraw, submit, later, queued) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const replies = await talk(adapter, [opening, human, withdraw, submit, later]);
      const filed = all(replies[3]);
      // Told what happens, truthfully: first in the agents' queue, with no person taking over the chat.
      expect(filed).toMatch(queued);
      expect(filed).not.toMatch(/接手|taking over/);
      const complaint = (await h.store.tickets.find({})).find((t) => t.number === 'C-20261123-0002');
      expect(complaint).toMatchObject({ priority: 'high', status: 'open' });
      expect(complaint?.history.map((e) => e.action)).not.toContain('handoff requested');
      // First in the queue the agent page shows (every open ticket, by priority and deadline).
      const [first] = await h.store.tickets.find({ status: [...OPEN_STATUSES], order: 'queue' });
      expect(first?.number).toBe('C-20261123-0002');
      // The bot still answers: the next question gets the parcel's status, not the line about waiting for an agent.
      expect(all(replies[4])).toContain(delayed);
      expect(all(replies[4])).not.toMatch(QUEUE[locale]);
    },
  );

  it.each([
    [
      'zh-CN',
      `${stuck} 卖家说早就到了 你们网站还显示在转运中心`,
      '转人工',
      '算了不用了 太慢 你帮我记一下就行',
      '我要投诉物流信息不对 告诉我包裹真实的位置',
      '13900001234',
      /真实的位置/,
    ],
    [
      'zh-TW',
      `${stuck} 賣家話早就送到 但你哋網站仲顯示喺轉運中心`,
      '搵真人',
      '唔使喇 等太耐 你幫我記低就得',
      '我要投訴資料錯誤 請俾我正確嘅位置',
      '0912345678',
      /正確嘅位置/,
    ],
    [
      'en',
      `${stuck} the seller says it arrived days ago but your site still shows it at the hub`,
      'human please',
      'forget it, no need for a person, it takes too long, just log it',
      'the tracking is wrong, I want the correct location',
      '13900001234',
      /correct location/,
    ],
  ] as const)(
    '%s: resumed after the person was declined, the demand given in words is taken, not asked again',
    async (locale, opening, human, withdraw, demand, phone, kept) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const replies = await talk(adapter, [opening, human, withdraw, demand, phone]);
      // (The zh-TW customer writes Cantonese: asked in the catalog's Cantonese.)
      const asked = new RegExp(
        new Replies().t(locale, 'intake.askDemand', {}, locale === 'zh-TW' ? 'yue' : undefined).slice(0, 6),
      );
      // The demand question comes back once, after the withdrawal, and the answer in words settles it.
      expect(all(replies[2])).toMatch(asked);
      expect(all(replies[3])).toMatch(kept);
      expect(all(replies[3])).not.toMatch(asked);
      expect(all(replies[4])).not.toMatch(asked);
      expect(all(replies[4])).toMatch(kept);
    },
  );
});
