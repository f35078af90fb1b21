import pino from 'pino';
import { NoticeWriter, Replies } from '../../../src/bot';
import { ChannelNoticeComposer } from '../../../src/channels/notice-delivery';
import { ClaimNews } from '../../../src/proactive';
import type { ChannelId, Locale } from '../../../src/conversations/records';
import type { OutboxItem } from '../../../src/store/records';
import type { Shipment } from '../../../src/tracking/records';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { BusinessHours, type Claim } from '../../../src/tickets';
import type { Ticket } from '../../../src/tickets/records';
import { DEFAULT_ANOMALY_TABLE } from '../../../src/tracking';
import { sampleTicket } from '../../contract/store-harness';
import { TestClock } from '../../support/test-clock';

const ZONE = 'Asia/Shanghai';
const PARCEL = 'SF5550000000009';
const OTHER = 'SF5550000000010';
const SENDER = '+8613811112222';
const RECIPIENT = '+85291234567';

const shipment = (sender = SENDER): Shipment => ({
  trackingNumber: PARCEL,
  carrier: 'sf',
  sender: { name: '张伟', phone: sender },
  recipient: { name: '李娜', phone: RECIPIENT },
  origin: '深圳',
  destination: '香港',
  events: [{ at: '2026-11-23T01:00:00.000Z', place: '深圳转运中心', status: 'lost' }],
  updatedAt: '2026-11-23T01:00:00.000Z',
});

/**
 * Who hears a claim's later steps, on a real SQLite store with the bot's words and the channels' payloads: those
 * told it opened, where they were told, in their language, once, never when opted out or no longer linked.
 */
describe('ClaimNews: a claim’s decisions reach everyone told of it, and nobody else', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let parcel: Shipment;
  let news: ClaimNews;
  beforeEach(() => {
    store = SqliteStore.open({ file: ':memory:', timeZone: ZONE });
    clock = new TestClock(new Date('2026-11-23T02:00:00Z')); // 10:00 in Shanghai
    parcel = shipment();
    news = new ClaimNews({
      store,
      composer: new ChannelNoticeComposer(
        new NoticeWriter({
          replies: new Replies(),
          timeZone: ZONE,
          table: DEFAULT_ANOMALY_TABLE,
          now: () => clock.now(),
        }),
        'ParcelCare Express',
      ),
      hours: BusinessHours.parse('Mon-Sun 08:00-21:00', ZONE),
      sms: true,
      defaultLocale: 'zh-CN',
      findShipment: async (trackingNumber) => (trackingNumber === PARCEL ? parcel : undefined),
      now: () => clock.now(),
      logger: pino({ level: 'silent' }),
    });
  });
  afterEach(() => store.close());

  async function customer(name: string, channel: ChannelId, externalId: string, parcelNo: string, locale: Locale) {
    const now = clock.now().toISOString();
    const kind = channel === 'sms' ? 'phone' : channel === 'email' ? 'email' : 'webchat';
    const created = await store.customers.create({ name, identities: [{ kind, value: externalId }] }, now);
    const conversation = await store.conversations.create(
      { channel, externalId, customerId: created.id, reference: {}, mode: 'bot', locale },
      now,
    );
    await store.parcelLinks.link({
      trackingNumber: parcelNo,
      customerId: created.id,
      conversationId: conversation.id,
      kind: 'asked',
      at: now,
    });
    return { customer: created, conversation };
  }

  /** The parcel's claim on a ticket of `owner`'s, as the claim opener leaves it. */
  async function claimTicket(ownerId: string, conversationId: string): Promise<{ ticket: Ticket; claim: Claim }> {
    const created = await store.tickets.create(
      sampleTicket({ customerId: ownerId, trackingNumbers: [PARCEL], conversationIds: [conversationId] }),
    );
    const claim: Claim = {
      id: 'claim-1',
      trackingNumber: PARCEL,
      reason: 'lost',
      openedAt: clock.now().toISOString(),
      openedBy: 'system',
      amount: { value: 800, currency: 'CNY', basis: 'insured' },
      status: 'opened',
    };
    const ticket = await store.tickets.update({ ...created, claim }, clock.now().toISOString());
    return { ticket, claim };
  }

  /** The claim's step after an agent decided it (as ClaimService records it). */
  async function decide(ticket: Ticket, change: Partial<Claim>): Promise<Ticket> {
    const current = (await store.tickets.get(ticket.id)) as Ticket;
    return store.tickets.update(
      { ...current, claim: { ...(current.claim as Claim), ...change } },
      clock.now().toISOString(),
    );
  }

  const pending = (): Promise<OutboxItem[]> => store.outbox.listByStatus('pending', 100);
  const stepItems = async (step: string) =>
    (await pending()).filter((i) => i.idempotencyKey.startsWith(`claim:claim-1:${step}:`));
  const textOf = (item: OutboxItem | undefined): string => String(item?.payload.text);

  it('keeps who was told, and tells each the decision where they were told, in their language', async () => {
    const carol = await customer('Carol', 'webchat', 'dl-carol', PARCEL, 'en');
    await customer('王', 'email', 'wang@example.com', PARCEL, 'zh-CN');
    const stranger = await customer('Lin', 'webchat', 'dl-lin', OTHER, 'zh-CN');
    const { ticket, claim } = await claimTicket(carol.customer.id, carol.conversation.id);

    expect(await news.announce(claim, ticket, parcel)).toBe(4);
    const told = (await store.tickets.get(ticket.id))?.claim?.told ?? [];
    expect(told.map((r) => [r.key.split(':')[0], r.channel, r.to, r.locale])).toEqual([
      ['customer', 'webchat', 'dl-carol', 'en'],
      ['customer', 'email', 'wang@example.com', 'zh-CN'],
      ['phone', 'sms', RECIPIENT, 'zh-TW'],
      ['phone', 'sms', SENDER, 'zh-CN'],
    ]);

    const rejected = await decide((await store.tickets.get(ticket.id)) as Ticket, {
      status: 'rejected',
      decision: { approved: false, by: 'alice', at: clock.now().toISOString(), reason: '签收人王芳已确认收货' },
    });
    expect(await news.tellStep(rejected, 'rejected')).toBe(4);
    const items = await stepItems('rejected');
    const to = (address: string) => items.find((i) => i.to === address);
    // The ticket's own customer reads the ticket's number and the agent's reason …
    expect(textOf(to('dl-carol'))).toBe(
      `We have looked at the compensation claim on ticket ${ticket.number} and cannot approve it: 签收人王芳已确认收货. If you disagree, just reply here and a person will look again.`,
    );
    expect(to('dl-carol')?.ticketId).toBe(ticket.id);
    // … everyone else the parcel's number only, in their own language, on their own channel.
    expect(String(to('wang@example.com')?.payload.text)).toContain(
      `我们审核了包裹 ${PARCEL} 的赔付申请，暂时无法批准。`,
    );
    expect(to('wang@example.com')?.payload.subject).toBe(`[ParcelCare Express] 包裹 ${PARCEL}：赔付进展`);
    expect(textOf(to(RECIPIENT))).toContain(`我們審核了包裹 ${PARCEL} 的賠付申請，暫時無法核准。`);
    expect(to(RECIPIENT)?.payload.notice).toBe(true); // checked against STOP again when sent
    for (const item of items.filter((i) => i.to !== 'dl-carol')) {
      expect(JSON.stringify(item.payload)).not.toContain(ticket.number);
      expect(JSON.stringify(item.payload)).not.toContain('王芳');
      expect(item.ticketId).toBeUndefined();
    }
    expect((await pending()).filter((i) => i.to === stranger.conversation.externalId)).toEqual([]);
  });

  it('tells a step once however often it is told (one outbox key per claim, step and recipient)', async () => {
    const carol = await customer('Carol', 'webchat', 'dl-carol', PARCEL, 'en');
    const { ticket, claim } = await claimTicket(carol.customer.id, carol.conversation.id);
    await news.announce(claim, ticket, parcel);
    await news.announce(claim, ticket, parcel); // a second process, or the scheduler finishing it
    const approved = await decide(ticket, { status: 'approved' });
    await news.tellStep(approved, 'approved');
    await news.tellStep(approved, 'approved');
    expect((await pending()).filter((i) => i.idempotencyKey.startsWith('claim:claim-1:'))).toHaveLength(6);
    expect(await stepItems('approved')).toHaveLength(3);
    expect((await store.tickets.get(ticket.id))?.claim?.told).toHaveLength(3);
  });

  it('skips whoever opted out, a phone taken off the waybill, and customers linked only after it opened', async () => {
    const carol = await customer('Carol', 'webchat', 'dl-carol', PARCEL, 'en');
    const wang = await customer('王', 'email', 'wang@example.com', PARCEL, 'zh-CN');
    const { ticket, claim } = await claimTicket(carol.customer.id, carol.conversation.id);
    await news.announce(claim, ticket, parcel);

    const late = await customer('Late', 'webchat', 'dl-late', PARCEL, 'zh-CN');
    await store.customers.update(
      { ...wang.customer, optedOut: { email: clock.now().toISOString() } },
      clock.now().toISOString(),
    );
    const stopped = await store.customers.create(
      { identities: [{ kind: 'phone', value: RECIPIENT }], optedOut: { sms: clock.now().toISOString() } },
      clock.now().toISOString(),
    );
    expect(stopped.optedOut?.sms).toBeDefined();
    parcel = shipment('+8613900001111'); // the courier corrected the sender's phone on the waybill

    const paid = await decide(ticket, { status: 'paid' });
    expect(await news.tellStep(paid, 'paid')).toBe(1);
    expect((await stepItems('paid')).map((i) => i.to)).toEqual(['dl-carol']);
    expect((await pending()).some((i) => i.to === late.conversation.externalId)).toBe(false);
  });

  it('tells the ticket’s own customer of a claim nobody was told of (opened before claims kept who was told)', async () => {
    parcel = { ...parcel, sender: { name: '张伟' }, recipient: { name: '李娜' } }; // no phones on the waybill
    const carol = await customer('Carol', 'webchat', 'dl-carol', OTHER, 'en');
    const { ticket } = await claimTicket(carol.customer.id, carol.conversation.id);
    const requested = await decide(ticket, {
      status: 'approval_requested',
      approvalRequest: {
        by: 'alice',
        at: clock.now().toISOString(),
        amount: { value: 800, currency: 'CNY', basis: 'insured' },
      },
    });
    expect(await news.tellStep(requested, 'approval_requested')).toBe(1);
    expect(textOf((await stepItems('approval_requested'))[0])).toBe(
      `The compensation claim on ticket ${ticket.number} (CNY 800.00) now waits for a supervisor's approval, as claims of this size need one. We will tell you the decision here.`,
    );
  });

  it('waits for the end of quiet hours', async () => {
    const carol = await customer('Carol', 'webchat', 'dl-carol', PARCEL, 'en');
    const { ticket, claim } = await claimTicket(carol.customer.id, carol.conversation.id);
    await news.announce(claim, ticket, parcel);
    clock.set('2026-11-23T15:00:00Z'); // 23:00 in Shanghai
    await news.tellStep(await decide(ticket, { status: 'approved' }), 'approved');
    for (const item of await stepItems('approved')) expect(item.nextAttemptAt).toBe('2026-11-24T00:00:00.000Z');
  });
});
