import { describeActivityStreamContract } from './activity-streams.contract';
import { describeAnomalyContract } from './anomalies.contract';
import { describeNoticeContract } from './notices.contract';
import { describeNoticeCapContract } from './notice-cap.contract';
import { describeDeliveryChangeContract } from './delivery-changes.contract';
import { describeClaimContract } from './claims.contract';
import { describeMetricsContract } from './metrics.contract';
import { describeProactiveMetricsContract } from './proactive-metrics.contract';
import { describeKpiReferenceContract } from './kpi-reference.contract';
import { describeTwoProcessContract } from './two-process.contract';
import type { NewTicket } from '../../src/tickets/records';
import { later, sampleTicket, T0, type StoreHarness } from './store-harness';
import { DuplicateError, NotFoundError, VersionConflictError, type Store } from '../../src/store';

/**
 * The storage contract. Every Store implementation runs exactly these tests; a difference in behaviour is
 * fixed in the adapter, never by branching here.
 */
export function describeStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`${name} store contract`, () => {
    let harness: StoreHarness;
    let store: Store;
    const peers: Store[] = [];

    beforeEach(async () => {
      harness = await makeHarness();
      store = harness.store;
    });
    afterEach(async () => {
      await Promise.all(peers.splice(0).map((peer) => peer.close()));
      await harness.cleanup();
    });
    const peer = async (): Promise<Store> => {
      const opened = await harness.openPeer();
      peers.push(opened);
      return opened;
    };

    describe('customers', () => {
      it('creates a customer and finds it by id and by each identity', async () => {
        const created = await store.customers.create(
          { name: '陈小姐', phone: '+8613900001111', identities: [{ kind: 'phone', value: '+8613900001111' }] },
          T0,
        );
        expect(created).toEqual({
          id: expect.any(String),
          name: '陈小姐',
          phone: '+8613900001111',
          identities: [{ kind: 'phone', value: '+8613900001111' }],
          createdAt: T0,
          updatedAt: T0,
          version: 1,
        });
        expect(await store.customers.get(created.id)).toEqual(created);
        expect(await store.customers.findByIdentity({ kind: 'phone', value: '+8613900001111' })).toEqual(created);
        expect(await store.customers.findByIdentity({ kind: 'email', value: 'x@example.com' })).toBeUndefined();
      });

      it('links a new identity and refuses one that belongs to another customer', async () => {
        const a = await store.customers.create({ identities: [{ kind: 'phone', value: '+8613900001111' }] }, T0);
        const b = await store.customers.create({ identities: [{ kind: 'email', value: 'b@example.com' }] }, T0);
        const linked = await store.customers.linkIdentity(a.id, { kind: 'webchat', value: 'dl_user1' }, later(1000));
        expect(linked.identities).toEqual([
          { kind: 'phone', value: '+8613900001111' },
          { kind: 'webchat', value: 'dl_user1' },
        ]);
        expect(linked.version).toBe(2);
        expect((await store.customers.findByIdentity({ kind: 'webchat', value: 'dl_user1' }))?.id).toBe(a.id);
        await expect(store.customers.linkIdentity(b.id, { kind: 'webchat', value: 'dl_user1' }, T0)).rejects.toThrow(
          DuplicateError,
        );
        expect((await store.customers.get(b.id))?.identities).toEqual([{ kind: 'email', value: 'b@example.com' }]);
        // Linking an identity the customer already has changes nothing.
        expect((await store.customers.linkIdentity(a.id, { kind: 'webchat', value: 'dl_user1' }, T0)).version).toBe(2);
      });

      it('refuses to create a second customer with a taken identity and stores nothing', async () => {
        await store.customers.create({ identities: [{ kind: 'email', value: 'same@example.com' }] }, T0);
        await expect(
          store.customers.create(
            {
              name: 'second',
              identities: [
                { kind: 'phone', value: '+8613700000000' },
                { kind: 'email', value: 'same@example.com' },
              ],
            },
            T0,
          ),
        ).rejects.toThrow(DuplicateError);
        expect(await store.customers.findByIdentity({ kind: 'phone', value: '+8613700000000' })).toBeUndefined();
      });

      it('keeps its own copy: the record it returns shares nothing with the input or the stored row', async () => {
        const input = { name: 'Wang', identities: [{ kind: 'phone' as const, value: '+8613900002222' }] };
        const created = await store.customers.create(input, T0);
        input.identities[0]!.value = '+8613900009999';
        created.identities.push({ kind: 'email', value: 'changed@example.com' });
        expect(await store.customers.get(created.id)).toMatchObject({
          identities: [{ kind: 'phone', value: '+8613900002222' }],
        });
        expect(created.identities[0]?.value).toBe('+8613900002222');
      });

      it('updates with optimistic concurrency', async () => {
        const created = await store.customers.create({ identities: [] }, T0);
        const updated = await store.customers.update({ ...created, name: 'Li Lei' }, later(1));
        expect(updated).toEqual({ ...created, name: 'Li Lei', updatedAt: later(1), version: 2 });
        await expect(store.customers.update({ ...created, name: 'stale' }, later(2))).rejects.toThrow(
          VersionConflictError,
        );
        expect((await store.customers.get(created.id))?.name).toBe('Li Lei');
        await expect(store.customers.update({ ...created, id: 'missing' }, T0)).rejects.toThrow(NotFoundError);
      });
    });

    describe('conversations', () => {
      it('creates, finds by channel and external id, and updates with a version check', async () => {
        const conversation = await store.conversations.create(
          {
            channel: 'sms',
            externalId: '+8613800000000',
            customerId: 'cust-1',
            reference: { conversation: { id: '+8613800000000' }, channelId: 'sms' },
            locale: 'zh-CN',
            mode: 'bot',
          },
          T0,
        );
        expect(await store.conversations.findByExternalId('sms', '+8613800000000')).toEqual(conversation);
        expect(await store.conversations.findByExternalId('email', '+8613800000000')).toBeUndefined();
        const handedOff = await store.conversations.update(
          { ...conversation, mode: 'handoff', ticketId: 't1' },
          later(5),
        );
        expect(handedOff).toMatchObject({ mode: 'handoff', ticketId: 't1', version: 2, updatedAt: later(5) });
        expect(await store.conversations.get(conversation.id)).toEqual(handedOff);
        await expect(store.conversations.update({ ...conversation, mode: 'bot' }, later(6))).rejects.toThrow(
          VersionConflictError,
        );
        expect(await store.conversations.listByCustomer('cust-1')).toEqual([handedOff]);
      });

      it('keeps its own copy of a new conversation: nothing shared with the input or the stored row', async () => {
        const reference = { conversation: { id: '+8613800000001' }, channelId: 'sms' };
        const input = { channel: 'sms' as const, externalId: '+8613800000001', reference, mode: 'bot' as const };
        const created = await store.conversations.create(input, T0);
        reference.conversation.id = 'changed by the caller';
        expect(created.reference).toEqual({ conversation: { id: '+8613800000001' }, channelId: 'sms' });
        (created.reference.conversation as { id: string }).id = 'changed in the result';
        expect((await store.conversations.get(created.id))?.reference).toEqual({
          conversation: { id: '+8613800000001' },
          channelId: 'sms',
        });
      });

      it('refuses a second conversation with the same channel and external id', async () => {
        const input = { channel: 'email' as const, externalId: 'thread-1', reference: {}, mode: 'bot' as const };
        await store.conversations.create(input, T0);
        await expect(store.conversations.create(input, T0)).rejects.toThrow(DuplicateError);
      });
    });

    describe('messages', () => {
      const message = (transportId: string, createdAt: string, text = 'hi') => ({
        conversationId: 'conv-1',
        channel: 'sms' as const,
        direction: 'in' as const,
        transportId,
        author: 'customer',
        text,
        attachments: [],
        createdAt,
      });

      it('reports a repeated transport id as a duplicate and stores nothing more', async () => {
        const first = await store.messages.append(message('SM1', T0, 'where is my parcel'));
        expect(first.stored).toBe(true);
        const again = await store.messages.append(message('SM1', later(1000), 'retried delivery'));
        expect(again).toEqual({ stored: false, duplicateOf: first.stored ? first.message : undefined });
        expect(await store.messages.listByConversation('conv-1')).toHaveLength(1);
        // The same id on another channel is another message.
        expect((await store.messages.append({ ...message('SM1', T0), channel: 'email' })).stored).toBe(true);
      });

      it('keeps the answer an inbound message got, for a retried delivery, and reports it with the duplicate', async () => {
        await store.messages.append(message('SM1', T0, 'where is my parcel'));
        expect((await store.messages.findByTransportId('sms', 'SM1'))?.reply).toBeUndefined();
        await store.messages.recordReply('sms', 'SM1', '<Response><Message>On its way</Message></Response>');
        await store.messages.recordReply('sms', 'SM-unknown', '<Response/>');
        const again = await store.messages.append(message('SM1', later(1000), 'retried delivery'));
        expect(again).toMatchObject({
          stored: false,
          duplicateOf: { transportId: 'SM1', reply: '<Response><Message>On its way</Message></Response>' },
        });
        expect(await store.messages.findByTransportId('sms', 'SM-unknown')).toBeUndefined();
        // Another process reads it too.
        expect((await (await peer()).messages.findByTransportId('sms', 'SM1'))?.reply).toBe(
          '<Response><Message>On its way</Message></Response>',
        );
      });

      it('keeps the transcript in order, returns the newest N, and links messages to a ticket', async () => {
        for (let i = 0; i < 5; i += 1) await store.messages.append(message(`m${i}`, later(i * 1000), `text ${i}`));
        await store.messages.append({ ...message('other', T0), conversationId: 'conv-2' });
        const all = await store.messages.listByConversation('conv-1');
        expect(all.map((m) => m.text)).toEqual(['text 0', 'text 1', 'text 2', 'text 3', 'text 4']);
        const lastTwo = await store.messages.listByConversation('conv-1', { limit: 2 });
        expect(lastTwo.map((m) => m.text)).toEqual(['text 3', 'text 4']);
        expect(await store.messages.assignTicket('conv-1', 'ticket-1')).toBe(5);
        expect((await store.messages.listByTicket('ticket-1')).map((m) => m.transportId)).toEqual([
          'm0',
          'm1',
          'm2',
          'm3',
          'm4',
        ]);
        expect(await store.messages.findByTransportId('sms', 'm2')).toMatchObject({
          text: 'text 2',
          ticketId: 'ticket-1',
        });
      });
    });

    describe('tickets', () => {
      it('lists open tickets in the agents’ queue order: priority, then the next deadline, then the oldest', async () => {
        let customers = 0;
        const make = (overrides: Partial<NewTicket>) =>
          store.tickets.create(sampleTicket({ customerId: `cust-q${(customers += 1)}`, ...overrides }));
        const lowSoon = await make({
          priority: 'low',
          deadlines: { firstResponse: later(60_000), resolution: later(120_000) },
        });
        const mediumLate = await make({
          deadlines: { firstResponse: later(50 * 60_000), resolution: later(24 * 3_600_000) },
        });
        // Answered already: its next deadline is the resolution, after mediumLate's first response.
        const mediumAnswered = await make({
          firstResponseAt: later(60_000),
          deadlines: { firstResponse: later(5 * 60_000), resolution: later(60 * 60_000) },
        });
        const mediumSoon = await make({
          deadlines: { firstResponse: later(10 * 60_000), resolution: later(24 * 3_600_000) },
        });
        const high = await make({
          priority: 'high',
          deadlines: { firstResponse: later(15 * 60_000), resolution: later(2 * 3_600_000) },
        });
        await make({ priority: 'high', status: 'closed' });
        const queue = await store.tickets.find({
          status: ['open', 'pending_agent', 'in_progress', 'reopened'],
          order: 'queue',
        });
        expect(queue.map((t) => t.id)).toEqual([high.id, mediumSoon.id, mediumLate.id, mediumAnswered.id, lowSoon.id]);
        const head = await store.tickets.find({ status: ['open'], order: 'queue', limit: 2 });
        expect(head.map((t) => t.id)).toEqual([high.id, mediumSoon.id]);
      });

      it('numbers tickets C-YYYYMMDD-NNNN by the courier day and finds them by number', async () => {
        const first = await store.tickets.create(sampleTicket());
        const second = await store.tickets.create(sampleTicket({ customerId: 'cust-2' }));
        expect(first.number).toBe('C-20261123-0001');
        expect(second.number).toBe('C-20261123-0002');
        expect(first).toEqual({
          ...sampleTicket(),
          id: expect.any(String),
          number: first.number,
          updatedAt: T0,
          version: 1,
        });
        expect(await store.tickets.getByNumber('c-20261123-0002')).toEqual(second);
        // 16:30 UTC on the 23rd is already the 24th in Shanghai.
        const nextDay = await store.tickets.create(
          sampleTicket({ customerId: 'cust-3', createdAt: '2026-11-23T16:30:00.000Z' }),
        );
        expect(nextDay.number).toBe('C-20261124-0001');
      });

      it('keeps numbers unique when many tickets are created at once from two connections', async () => {
        const other = await peer();
        const created = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            (i % 2 ? other : store).tickets.create(sampleTicket({ customerId: `cust-${i}` })),
          ),
        );
        const numbers = created.map((t) => t.number);
        expect(new Set(numbers).size).toBe(40);
        expect([...numbers].sort()[39]).toBe('C-20261123-0040');
      });

      it('keeps one open ticket per customer and parcel: a second is refused with no number used, other customers’ are not', async () => {
        const first = await store.tickets.create(
          sampleTicket({ trackingNumbers: ['SF1402837465921', 'YT1234567890123'] }),
        );
        await expect(store.tickets.create(sampleTicket({ trackingNumbers: ['YT1234567890123'] }))).rejects.toThrow(
          DuplicateError,
        );
        expect(await store.tickets.find({ customerId: 'cust-1' })).toEqual([first]);
        const someoneElse = await store.tickets.create(
          sampleTicket({ customerId: 'cust-2', trackingNumbers: ['YT1234567890123'] }),
        );
        expect(someoneElse.number).toBe('C-20261123-0002');
        // Tickets that are not open hold nothing: a resolved one frees the parcel, a closed one never takes it.
        await store.tickets.create(sampleTicket({ status: 'closed' }));
        const resolved = await store.tickets.update({ ...first, status: 'resolved' }, later(1000));
        const second = await store.tickets.create(sampleTicket({ createdAt: later(2000) }));
        expect(second.number).toBe('C-20261123-0004');
        // A reopening never fails, even while the customer's newer ticket is open on the same parcel.
        const reopened = await store.tickets.update({ ...resolved, status: 'reopened' }, later(3000));
        expect(reopened).toMatchObject({ status: 'reopened', version: 3 });
        await expect(store.tickets.create(sampleTicket({ createdAt: later(4000) }))).rejects.toThrow(DuplicateError);
        await expect(
          store.tickets.create(sampleTicket({ createdAt: later(4000), trackingNumbers: ['YT1234567890123'] })),
        ).rejects.toThrow(DuplicateError);
        await store.tickets.update({ ...second, status: 'resolved' }, later(5000));
        await store.tickets.update({ ...reopened, status: 'resolved' }, later(5000));
        expect((await store.tickets.create(sampleTicket({ createdAt: later(6000) }))).number).toBe('C-20261123-0005');
      });

      it('finds open tickets by tracking number and a customer’s tickets newest first', async () => {
        const open = await store.tickets.create(sampleTicket());
        const resolved = await store.tickets.create(sampleTicket({ status: 'resolved', createdAt: later(1000) }));
        await store.tickets.create(sampleTicket({ customerId: 'cust-2', trackingNumbers: ['YT1234567890123'] }));
        expect((await store.tickets.findOpenByTracking('SF1402837465921')).map((t) => t.id)).toEqual([open.id]);
        expect((await store.tickets.find({ customerId: 'cust-1' })).map((t) => t.id)).toEqual([resolved.id, open.id]);
        expect((await store.tickets.find({ status: ['resolved'] })).map((t) => t.id)).toEqual([resolved.id]);
        expect(await store.tickets.find({ trackingNumber: 'YT1234567890123' })).toHaveLength(1);
        expect(await store.tickets.find({ createdFrom: later(1), limit: 10 })).toEqual([resolved]);
      });

      it('updates with optimistic concurrency and keeps the tracking index in step', async () => {
        const ticket = await store.tickets.create(sampleTicket());
        const accepted = await store.tickets.update(
          {
            ...ticket,
            status: 'in_progress',
            assignee: 'agent-7',
            trackingNumbers: ['JT0001234567890'],
            history: [
              ...ticket.history,
              { at: later(60_000), by: 'agent-7', action: 'accepted', from: 'open', to: 'in_progress' },
            ],
          },
          later(60_000),
        );
        expect(accepted.version).toBe(2);
        expect(await store.tickets.get(ticket.id)).toEqual(accepted);
        await expect(store.tickets.update({ ...ticket, status: 'closed' }, later(1))).rejects.toThrow(
          VersionConflictError,
        );
        expect(await store.tickets.findOpenByTracking('SF1402837465921')).toEqual([]);
        expect((await store.tickets.findOpenByTracking('JT0001234567890')).map((t) => t.id)).toEqual([ticket.id]);
        await expect(store.tickets.update({ ...ticket, id: 'nope' }, T0)).rejects.toThrow(NotFoundError);
      });
    });

    describe('shipments', () => {
      const shipment = {
        trackingNumber: 'SF1402837465921',
        carrier: 'sf',
        sender: { name: '张三', phone: '+8613811112222' },
        recipient: { name: '李四', phone: '+8613933334444', address: '上海市浦东新区世纪大道1号' },
        origin: '深圳',
        destination: '上海',
        promisedDate: '2026-11-22',
        events: [{ at: '2026-11-20T08:00:00.000Z', place: '深圳南山营业部', status: 'picked_up' }],
        updatedAt: T0,
      };

      it('upserts, reads, and adds scan events once each', async () => {
        await store.shipments.upsert(shipment);
        expect(await store.shipments.get('SF1402837465921')).toEqual(shipment);
        const scan = { at: '2026-11-21T02:00:00.000Z', place: '上海转运中心', status: 'in_transit' };
        const { shipment: updated, added } = await store.shipments.addEvents(
          'SF1402837465921',
          [scan, shipment.events[0]!, { ...scan, at: '2026-11-21T10:00:00+08:00' }],
          later(1),
        );
        // The same scan (the same instant written with an offset too) and a known one are not added again.
        const { events: _events, ...waybill } = shipment;
        expect(updated).toEqual({ ...waybill, updatedAt: later(1), lastScan: scan, atPlaceSince: scan });
        expect(added).toEqual([scan]);
        const again = await store.shipments.addEvents('SF1402837465921', [scan], later(2));
        expect(again).toEqual({ shipment: { ...updated, updatedAt: later(2) }, added: [] });
        expect(await store.shipments.get('SF1402837465921')).toEqual({
          ...shipment,
          events: [shipment.events[0], scan],
          updatedAt: later(2),
        });
        expect(await store.shipments.summary('SF1402837465921')).toEqual(again.shipment);
        expect(await store.shipments.count()).toBe(1);
        expect(await store.shipments.carriers()).toEqual([shipment.carrier]);
        expect(await store.shipments.missing(['UNKNOWN', 'SF1402837465921', 'OTHER', 'UNKNOWN'])).toEqual([
          'UNKNOWN',
          'OTHER',
        ]);
        expect(await store.shipments.missing([])).toEqual([]);
        await expect(store.shipments.addEvents('UNKNOWN', [scan], T0)).rejects.toThrow(NotFoundError);
        expect(await store.shipments.get('UNKNOWN')).toBeUndefined();
        expect(await store.shipments.summary('UNKNOWN')).toBeUndefined();
      });

      it('keeps the history in time order and knows where the parcel stands, whatever order scans come in', async () => {
        await store.shipments.upsert({ ...shipment, events: [] });
        expect(await store.shipments.summary(shipment.trackingNumber)).toMatchObject({
          lastScan: undefined,
          atPlaceSince: undefined,
        });
        const scan = (hour: number, place: string, status = 'in_transit') => ({
          at: `2026-11-21T${String(hour).padStart(2, '0')}:00:00.000Z`,
          place,
          status,
        });
        const picked = scan(1, '深圳南山营业部', 'picked_up');
        const atHub = scan(5, '上海转运中心', 'arrived_hub');
        const stillThere = scan(9, '上海转运中心');
        const sameInstant = { ...stillThere, status: 'exception', description: '分拣延误' };
        // The hub's two scans first, then the pick-up (older than the latest known), then one at the latest instant.
        const first = await store.shipments.addEvents(shipment.trackingNumber, [stillThere, atHub], later(1));
        expect(first.added).toEqual([atHub, stillThere]);
        expect(first.shipment).toMatchObject({ lastScan: stillThere, atPlaceSince: atHub });
        const late = await store.shipments.addEvents(shipment.trackingNumber, [picked, atHub], later(2));
        expect(late.added).toEqual([picked]);
        expect(late.shipment).toMatchObject({ lastScan: stillThere, atPlaceSince: atHub });
        const tie = await store.shipments.addEvents(shipment.trackingNumber, [sameInstant], later(3));
        expect(tie.shipment).toMatchObject({ lastScan: sameInstant, atPlaceSince: atHub });
        const moved = scan(3, '上海转运中心'); // between the pick-up and the hub's first scan: the run starts earlier
        expect((await store.shipments.addEvents(shipment.trackingNumber, [moved], later(4))).shipment).toMatchObject({
          lastScan: sameInstant,
          atPlaceSince: moved,
        });
        expect((await store.shipments.get(shipment.trackingNumber))?.events).toEqual([
          picked,
          moved,
          atHub,
          stillThere,
          sameInstant,
        ]);
        // Replacing the shipment replaces its scans; a scan given twice is stored once.
        const replaced = await store.shipments.upsert({ ...shipment, events: [atHub, picked, atHub] });
        expect(replaced.events).toEqual([picked, atHub]);
        expect(await store.shipments.get(shipment.trackingNumber)).toEqual({ ...shipment, events: [picked, atHub] });
        expect(await store.shipments.summary(shipment.trackingNumber)).toMatchObject({
          lastScan: atHub,
          atPlaceSince: atHub,
        });
      });

      it('adds the scans of a list of parcels in one call, in order, and nothing when one is unknown', async () => {
        const other = { ...shipment, trackingNumber: 'SF1402837465922' };
        await store.shipments.upsert(shipment);
        await store.shipments.upsert(other);
        const scan = (hour: number, place: string) => ({
          at: `2026-11-21T${String(hour).padStart(2, '0')}:00:00.000Z`,
          place,
          status: 'in_transit',
        });
        const [a, b, c] = [scan(1, '深圳转运中心'), scan(5, '上海转运中心'), scan(9, '上海浦东营业部')];
        const results = await store.shipments.addEventsToMany(
          [
            { trackingNumber: shipment.trackingNumber, events: [a] },
            { trackingNumber: other.trackingNumber, events: [b, shipment.events[0]!] },
            // The first parcel again: it sees the scan added above (a again is not new).
            { trackingNumber: shipment.trackingNumber, events: [c, a] },
          ],
          later(1),
        );
        expect(results.map((r) => r.added)).toEqual([[a], [b], [c]]);
        expect(results.map((r) => [r.shipment.trackingNumber, r.shipment.lastScan, r.shipment.updatedAt])).toEqual([
          [shipment.trackingNumber, a, later(1)],
          [other.trackingNumber, b, later(1)],
          [shipment.trackingNumber, c, later(1)],
        ]);
        expect(await store.shipments.summary(shipment.trackingNumber)).toEqual(results[2]?.shipment);
        expect((await store.shipments.get(shipment.trackingNumber))?.events).toEqual([shipment.events[0], a, c]);
        // An unknown parcel anywhere in the list: nothing is stored, not even for the parcels before it.
        const late = scan(11, '上海浦东营业部');
        await expect(
          store.shipments.addEventsToMany(
            [
              { trackingNumber: other.trackingNumber, events: [late] },
              { trackingNumber: 'UNKNOWN', events: [late] },
            ],
            later(2),
          ),
        ).rejects.toThrow(NotFoundError);
        expect(await store.shipments.summary(other.trackingNumber)).toEqual(results[1]?.shipment);
        expect((await store.shipments.get(other.trackingNumber))?.events).toEqual([shipment.events[0], b]);
        expect(await store.shipments.addEventsToMany([], later(3))).toEqual([]);
      });
    });

    describe('outbox', () => {
      const item = (key: string) => ({
        channel: 'sms' as const,
        to: '+8613800000000',
        payload: { text: key },
        idempotencyKey: key,
      });

      it('enqueues once per idempotency key', async () => {
        const first = await store.outbox.enqueue(item('reply-1'), T0);
        const again = await store.outbox.enqueue({ ...item('reply-1'), payload: { text: 'changed' } }, later(1));
        expect(again).toEqual(first);
        expect(await store.outbox.listByStatus('pending')).toEqual([first]);
      });

      it('lets two concurrent senders claim disjoint items, retries failures, and reclaims lapsed claims', async () => {
        for (let i = 0; i < 6; i += 1) await store.outbox.enqueue(item(`k${i}`), T0);
        const other = await peer();
        const [a, b] = await Promise.all([
          store.outbox.claimDue({ now: T0, owner: 'A', leaseMs: 60_000, limit: 4 }),
          other.outbox.claimDue({ now: T0, owner: 'B', leaseMs: 60_000, limit: 4 }),
        ]);
        const ids = [...a, ...b].map((i) => i.id);
        expect(ids).toHaveLength(6);
        expect(new Set(ids).size).toBe(6);
        expect(await store.outbox.claimDue({ now: later(1000), owner: 'C', leaseMs: 60_000, limit: 10 })).toEqual([]);

        const [sent, failed] = a.length >= 2 ? a : b;
        const owner = a.length >= 2 ? 'A' : 'B';
        expect(await store.outbox.markSent(sent!.id, owner, 'SM-provider-1', later(2000))).toMatchObject({
          status: 'sent',
          providerId: 'SM-provider-1',
          attempts: 1,
        });
        const retry = await store.outbox.markFailed(failed!.id, owner, 'HTTP 500', later(2000), later(100_000));
        expect(retry).toMatchObject({ status: 'pending', lastError: 'HTTP 500', nextAttemptAt: later(100_000) });
        await expect(store.outbox.markFailed(failed!.id, owner, 'again', later(2001))).rejects.toThrow(
          VersionConflictError,
        );
        // Lapsed claims and due retries come back to the next claimer; sent items never do.
        const reclaimed = await store.outbox.claimDue({ now: later(61_000), owner: 'C', leaseMs: 60_000, limit: 10 });
        expect(reclaimed.map((i) => i.id).sort()).toEqual(
          ids.filter((id) => id !== sent!.id && id !== failed!.id).sort(),
        );
        const due = await store.outbox.claimDue({ now: later(61_000), owner: 'D', leaseMs: 60_000, limit: 10 });
        expect(due).toEqual([]);
        const retried = await store.outbox.claimDue({ now: later(200_000), owner: 'D', leaseMs: 1000, limit: 10 });
        expect(retried.map((i) => [i.id, i.attempts])).toEqual(expect.arrayContaining([[failed!.id, 2]]));
        const gaveUp = await store.outbox.markFailed(failed!.id, 'D', 'HTTP 500', later(200_001));
        expect(gaveUp.status).toBe('failed');
        expect((await store.outbox.listByStatus('failed')).map((i) => i.id)).toEqual([failed!.id]);
      });
    });

    describe('outbox delivery reports', () => {
      it('records the provider’s delivery state on the item it sent, by the provider’s id', async () => {
        const item = await store.outbox.enqueue({ channel: 'sms', to: '+86', payload: {}, idempotencyKey: 'd1' }, T0);
        await store.outbox.claimDue({ now: T0, owner: 'A', leaseMs: 1000, limit: 1 });
        await store.outbox.markSent(item.id, 'A', 'SMabc', later(1));
        const delivered = await store.outbox.recordDelivery('SMabc', 'delivered', later(2));
        expect(delivered).toMatchObject({
          id: item.id,
          status: 'sent',
          delivery: { status: 'delivered', at: later(2) },
        });
        const failed = await store.outbox.recordDelivery('SMabc', 'undelivered', later(3), '30003');
        expect(failed?.delivery).toEqual({ status: 'undelivered', at: later(3), errorCode: '30003' });
        expect(await store.outbox.recordDelivery('SMunknown', 'delivered', later(4))).toBeUndefined();
      });
    });

    describe('leases', () => {
      it('is won by exactly one of two concurrent claimers and can be reclaimed after it expires', async () => {
        const other = await peer();
        const results = await Promise.all([
          store.leases.tryAcquire('sla-scan', 'process-A', 10_000, T0),
          other.leases.tryAcquire('sla-scan', 'process-B', 10_000, T0),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results[0] ? 'process-A' : 'process-B';
        const loser = results[0] ? 'process-B' : 'process-A';
        expect(await store.leases.tryAcquire('sla-scan', loser, 10_000, later(9_999))).toBe(false);
        expect(await store.leases.tryAcquire('sla-scan', winner, 10_000, later(5_000))).toBe(true);
        expect(await store.leases.tryAcquire('sla-scan', loser, 10_000, later(14_999))).toBe(false);
        expect(await store.leases.tryAcquire('sla-scan', loser, 10_000, later(15_000))).toBe(true);
        await store.leases.release('sla-scan', winner);
        expect(await store.leases.tryAcquire('sla-scan', winner, 10_000, later(15_001))).toBe(false);
        await store.leases.release('sla-scan', loser);
        expect(await store.leases.tryAcquire('sla-scan', winner, 10_000, later(15_002))).toBe(true);
      });
    });

    describe('bot state', () => {
      it('reads nothing for unknown keys and writes with eTag semantics', async () => {
        expect(await store.botState.read(['nope'])).toEqual([]);
        const eTag1 = await store.botState.write('webchat/conversations/c1', { dialogState: { stack: [] } }, undefined);
        const [doc] = await store.botState.read(['webchat/conversations/c1', 'nope']);
        expect(doc).toEqual({ key: 'webchat/conversations/c1', document: { dialogState: { stack: [] } }, eTag: eTag1 });
        const eTag2 = await store.botState.write('webchat/conversations/c1', { n: 2 }, eTag1);
        expect(eTag2).not.toBe(eTag1);
        await expect(store.botState.write('webchat/conversations/c1', { n: 3 }, eTag1)).rejects.toThrow(
          VersionConflictError,
        );
        await store.botState.write('webchat/conversations/c1', { n: 4 }, '*');
        expect((await store.botState.read(['webchat/conversations/c1']))[0]?.document).toEqual({ n: 4 });
        await store.botState.write('odd key with/slashes?&#', { ok: true }, undefined);
        await store.botState.delete(['webchat/conversations/c1']);
        expect(
          (await store.botState.read(['webchat/conversations/c1', 'odd key with/slashes?&#'])).map((d) => d.key),
        ).toEqual(['odd key with/slashes?&#']);
      });
    });
    describeMetricsContract(() => store);
    describeProactiveMetricsContract(() => store);
    describeKpiReferenceContract(() => store);
    describeTwoProcessContract(() => harness);
    describeNoticeCapContract(() => harness);
    describeActivityStreamContract(() => store, peer);
    describeAnomalyContract(() => store, peer);
    describeNoticeContract(() => store, peer);
    describeDeliveryChangeContract(() => store, peer);
    describeClaimContract(() => store, peer);
  });
}
