import type { TestAdapter } from 'botbuilder-core';
import pino from 'pino';
import { ProgressRound } from '../../src/bot';
import type { OutboxItem } from '../../src/store';
import { BusinessHours, ProgressSchedule, type Agent } from '../../src/tickets';
import { botHarness, contains, proactiveOn, proactiveTexts, type BotHarness } from './harness';

const HOUR = 3_600_000;
const LIN: Agent = { id: 'lin', supervisor: false };
const NUMBER = 'C-20261123-0001';

/** Each language: the hand-off, and what the customer hears as progress. */
const LANGUAGES = [
  {
    locale: 'zh-CN',
    handoff: '我要找人工客服，快递 SF2210478832106 晚了三天还没到',
    accepted: `客服小林 已接手您的工单 ${NUMBER}`,
    update: '已联系北京转运中心，包裹明天上午派送。',
    updated: `您的工单 ${NUMBER} 有新进展（客服小林）：已联系北京转运中心，包裹明天上午派送。`,
    // Filed 10:00 on 23 Nov (high priority: a parcel three days late); the resolution deadline is 12:00 that day.
    onTrack: `您的工单 ${NUMBER} 仍在处理中（客服处理中）。我们争取在 11月23日 12:00 前处理完毕`,
    overdue: `您的工单 ${NUMBER} 仍在处理中（客服处理中），已超过我们承诺的 11月23日 12:00，非常抱歉。主管正在跟进`,
  },
  {
    locale: 'zh-TW',
    handoff: '請幫我轉真人客服，快遞 SF2210478832106 晚了三天還沒到',
    accepted: `客服小林 已接手您的客訴單 ${NUMBER}`,
    update: '已聯絡北京轉運中心，包裹明天上午派送。',
    updated: `您的客訴單 ${NUMBER} 有新進展（客服小林）：已聯絡北京轉運中心，包裹明天上午派送。`,
    onTrack: `您的客訴單 ${NUMBER} 仍在處理中（客服處理中）。我們爭取在 11月23日 12:00 前處理完畢`,
    overdue: `您的客訴單 ${NUMBER} 仍在處理中（客服處理中），已超過我們承諾的 11月23日 12:00，非常抱歉。主管正在跟進`,
  },
  {
    locale: 'en-US',
    handoff: 'get me a human, my parcel SF2210478832106 is 4 days late',
    accepted: `Agent Lin has taken your ticket ${NUMBER}`,
    update: 'We called the Beijing hub: your parcel goes out tomorrow morning.',
    updated: `Update on your ticket ${NUMBER} from Agent Lin: We called the Beijing hub: your parcel goes out tomorrow morning.`,
    onTrack: `Your ticket ${NUMBER} is still being worked on (status: being handled by an agent). We aim to resolve it by Nov 23, 12:00`,
    overdue: `Your ticket ${NUMBER} is still being worked on (status: being handled by an agent) and is past the Nov 23, 12:00 we aimed for. We are sorry — a supervisor is following it`,
  },
] as const;

/** What waits in the outbox for the customer (no worker runs here), oldest first. */
async function queued(h: BotHarness): Promise<OutboxItem[]> {
  return (await h.store.outbox.listByStatus('pending', 100)).filter((item) =>
    item.idempotencyKey.startsWith('progress:'),
  );
}

describe.each(LANGUAGES)('progress updates as the customer hears them ($locale)', (lang) => {
  let h: BotHarness;
  let adapter: TestAdapter;
  let round: ProgressRound;

  beforeEach(async () => {
    h = await botHarness({
      agentDisplayNames: { lin: { en: 'Lin', zh: '小林' } },
      progress: {
        composer: { compose: (m) => ({ text: m.text, channel: m.channel }) },
        // Quiet hours 21:00–08:00 in Shanghai, as QUIET_HOURS' default.
        sendingHours: BusinessHours.parse('Mon-Sun 08:00-21:00', 'Asia/Shanghai'),
      },
    });
    adapter = h.adapter({ locale: lang.locale });
    h.parts.services.handoff.connect('webchat', proactiveOn(adapter));
    round = new ProgressRound({
      schedule: new ProgressSchedule({ store: h.store, clock: h.clock, everyMs: 24 * HOUR }),
      notifier: h.parts.services.handoff.progress,
      timeZone: 'Asia/Shanghai',
      logger: pino({ level: 'silent' }),
    });
    await adapter
      .send(lang.handoff)
      .assertReply(() => undefined)
      .startTest();
  });
  afterEach(() => h.close());

  it('tells the customer when an agent takes the ticket (once) and what the agent updates, recorded in the history', async () => {
    const { handoff } = h.parts.services;
    await handoff.act(NUMBER, LIN, { verb: 'accept' });
    await handoff.act(NUMBER, LIN, { verb: 'accept' }); // a second click says nothing new
    expect(proactiveTexts(adapter)).toEqual([expect.stringContaining(lang.accepted)]);

    h.clock.advance(HOUR);
    await handoff.act(NUMBER, LIN, { verb: 'update', customerMessage: lang.update });
    // Not a chat reply: it goes out through the outbox on the customer's channel.
    expect(proactiveTexts(adapter)).toEqual([]);
    const [item] = await queued(h);
    expect(item).toMatchObject({
      channel: 'webchat',
      payload: { text: lang.updated },
      nextAttemptAt: '2026-11-23T03:00:00.000Z',
    });
    const ticket = await h.store.tickets.getByNumber(NUMBER);
    expect(ticket?.history.at(-1)).toEqual({
      at: '2026-11-23T03:00:00.000Z',
      by: 'lin',
      action: 'customer updated',
      note: lang.update,
    });
    expect(item?.ticketId).toBe(ticket?.id);
  });

  it('says the status and the deadline honestly every 24 hours with no other news, once per period', async () => {
    const { handoff } = h.parts.services;
    await handoff.act(NUMBER, LIN, { verb: 'accept' }); // 10:00 on 23 Nov
    h.clock.advance(HOUR); // 11:00: on track for 12:00, but no period has passed
    expect(await round.runOnce()).toEqual({ progressUpdates: 0 });
    h.clock.advance(23 * HOUR); // 10:00 on 24 Nov: a day without news, past the deadline, escalated by the SLA
    await h.parts.services.tickets.escalate((await h.store.tickets.getByNumber(NUMBER))!.id, 'system', 'breach');
    // The escalation is no news for the customer: the period counts from the acceptance.
    expect(await round.runOnce()).toEqual({ progressUpdates: 1 });
    expect(await round.runOnce()).toEqual({ progressUpdates: 0 });
    const [update] = await queued(h);
    expect(update?.payload.text).toContain(lang.overdue);
    expect(update?.idempotencyKey).toBe(
      `progress:${(await h.store.tickets.getByNumber(NUMBER))!.id}:2026-11-23T02:00:00.000Z`,
    );
    const history = (await h.store.tickets.getByNumber(NUMBER))!.history;
    expect(history.filter((e) => e.action === 'progress update')).toHaveLength(1);
  });

  it('says when it aims to resolve a ticket still on track, and waits out the quiet hours', async () => {
    const { handoff, tickets } = h.parts.services;
    await handoff.act(NUMBER, LIN, { verb: 'accept' });
    const ticket = (await h.store.tickets.getByNumber(NUMBER))!;
    // A deadline pushed out (a reopening would do it): still ahead when the period ends at 23:00 local.
    await h.store.tickets.update(
      { ...ticket, deadlines: { ...ticket.deadlines, resolution: '2026-11-25T04:00:00.000Z' } },
      h.clock.now().toISOString(),
    );
    await tickets.updateCustomer(ticket.id, LIN, 'x');
    h.clock.set('2026-11-24T15:00:00.000Z'); // 23:00 in Shanghai, 37 h later
    expect(await round.runOnce()).toEqual({ progressUpdates: 1 });
    const [update] = await queued(h);
    expect(update?.payload.text).toContain(
      lang.onTrack.replace('11月23日 12:00', '11月25日 12:00').replace('Nov 23, 12:00', 'Nov 25, 12:00'),
    );
    expect(update?.nextAttemptAt).toBe('2026-11-25T00:00:00.000Z'); // 08:00, when the quiet hours end
  });

  it('sends nothing to a customer who opted out of the channel, and records why', async () => {
    const customer = (await h.store.customers.findByIdentity({ kind: 'webchat', value: 'user1' }))!;
    await h.store.customers.update(
      { ...customer, optedOut: { webchat: h.clock.now().toISOString() } },
      h.clock.now().toISOString(),
    );
    await h.parts.services.handoff.act(NUMBER, LIN, { verb: 'update', customerMessage: lang.update });
    expect((await h.store.tickets.getByNumber(NUMBER))!.history.at(-1)).toMatchObject({
      action: 'customer update not sent',
      note: 'the customer opted out',
    });
    h.clock.advance(25 * HOUR);
    expect(await round.runOnce()).toEqual({ progressUpdates: 0 });
    expect(await queued(h)).toEqual([]);
    const history = (await h.store.tickets.getByNumber(NUMBER))!.history;
    expect(history.at(-1)).toMatchObject({ action: 'progress update', note: 'not sent: the customer opted out' });
    // The customer still hears the agents' chat replies in the conversation they are in.
    await h.parts.services.handoff.agentMessage(NUMBER, LIN, 'OK');
    expect(proactiveTexts(adapter).at(-1)).toEqual(expect.stringContaining('OK'));
  });
});

describe('progress updates go only to the ticket’s own customer', () => {
  it('refuses an update from an agent who does not hold the ticket, and sends nothing', async () => {
    const h = await botHarness();
    try {
      const adapter = h.adapter();
      await adapter.send(LANGUAGES[0].handoff).assertReply(contains('已为您转接人工')).startTest();
      const { handoff } = h.parts.services;
      handoff.connect('webchat', proactiveOn(adapter));
      await handoff.act(NUMBER, { id: 'bob', supervisor: false }, { verb: 'accept' });
      await expect(handoff.act(NUMBER, LIN, { verb: 'update', customerMessage: 'hi' })).rejects.toMatchObject({
        code: 'NOT_ASSIGNEE',
      });
      expect(await queued(h)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
