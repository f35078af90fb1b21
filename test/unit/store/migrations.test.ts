import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../../../src/store/errors';
import { MIGRATIONS } from '../../../src/store/sqlite/migrations';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

describe('embedded store migrations (a real SQLite file)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-migrations-'));
    file = path.join(dir, 'parcelcare.db');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A file as ParcelCare left it at schema version `version`, with two messages, one of them on a ticket. */
  function fileAtVersion(version: number): void {
    const db = new Database(file);
    for (const step of MIGRATIONS.slice(0, version)) db.exec(step);
    db.pragma(`user_version = ${version}`);
    const insert = db.prepare(
      `INSERT INTO messages (id, conversation_id, ticket_id, channel, direction, transport_id, author, text,
         attachments, created_at) VALUES (?, 'conv-1', ?, 'sms', 'in', ?, 'customer', ?, '[]', ?)`,
    );
    insert.run('m1', null, 'SM1', 'where is my parcel', '2026-11-23T02:00:00.000Z');
    insert.run('m2', 'ticket-1', 'SM2', 'it is lost', '2026-11-23T02:01:00.000Z');
    db.close();
  }

  it('upgrades a version-4 file to the latest: data kept, the ticket index partial and still used', async () => {
    fileAtVersion(4);
    const store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
    expect((await store.messages.listByTicket('ticket-1')).map((m) => m.text)).toEqual(['it is lost']);
    expect((await store.messages.listByConversation('conv-1')).map((m) => m.text)).toEqual([
      'where is my parcel',
      'it is lost',
    ]);
    await store.close();

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all() as {
        name: string;
        sql: string | null;
      }[];
      expect(indexes.find((i) => i.name === 'messages_by_ticket')?.sql).toMatch(/WHERE ticket_id IS NOT NULL/);
      expect(indexes.map((i) => i.name)).not.toContain('conversations_by_created');
      const plan = db
        .prepare('EXPLAIN QUERY PLAN SELECT * FROM messages WHERE ticket_id = ? ORDER BY created_at, rowid')
        .all('ticket-1') as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('messages_by_ticket');
    } finally {
      db.close();
    }
  });

  it('gives conversations from before outcomes were kept the one their state shows (version 8 → latest)', async () => {
    fileAtVersion(8);
    const db = new Database(file);
    const ticket = db.prepare(
      `INSERT INTO tickets (id, number, created_at, updated_at, channel, customer_id, category, priority, status, level,
         assignee, first_response_due, resolution_due, first_response_at, data, version)
       VALUES (?, ?, '2026-11-20T02:00:00.000Z', '2026-11-20T02:00:00.000Z', 'webchat', 'A', 'delay', 'medium', ?,
         0, ?, '2026-11-20T02:30:00.000Z', '2026-11-21T02:00:00.000Z', NULL, '{}', 1)`,
    );
    ticket.run('t-agent', 'C-20261120-0001', 'in_progress', 'alice');
    ticket.run('t-bot', 'C-20261120-0002', 'open', null);
    const conversation = db.prepare(
      `INSERT INTO conversations (id, channel, external_id, mode, ticket_id, data, version, created_at, updated_at)
       VALUES (?, 'webchat', ?, ?, ?, ?, 1, '2026-11-20T01:00:00.000Z', '2026-11-20T01:00:00.000Z')`,
    );
    const row = (id: string, mode: string, ticketId: string | null) =>
      conversation.run(id, id, mode, ticketId, JSON.stringify({ id, channel: 'webchat', externalId: id, mode }));
    row('c-handoff', 'handoff', null);
    row('c-agent', 'bot', 't-agent');
    row('c-filed', 'bot', 't-bot');
    row('c-hello', 'bot', null);
    db.close();

    const store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
    const outcomes = await Promise.all(
      ['c-handoff', 'c-agent', 'c-filed', 'c-hello'].map(async (id) => (await store.conversations.get(id))?.outcome),
    );
    await store.close();
    expect(outcomes).toEqual(['handed_off', 'handed_off', 'filed', undefined]);
  });

  it('counts recommendation answers kept before the NPS column existed (version 11 → latest)', async () => {
    fileAtVersion(11);
    const db = new Database(file);
    const insert = db.prepare(
      `INSERT INTO tickets (id, number, created_at, updated_at, channel, customer_id, category, priority, status, level,
         first_response_due, resolution_due, data, version)
       VALUES (?, ?, '2026-11-20T02:00:00.000Z', '2026-11-20T02:00:00.000Z', 'webchat', ?, 'delay', 'medium', 'closed',
         0, '2026-11-20T02:30:00.000Z', '2026-11-21T02:00:00.000Z', ?, 1)`,
    );
    insert.run('t1', 'C-20261120-0001', 'A', JSON.stringify({ satisfaction: { satisfied: true, nps: 10 } }));
    insert.run('t2', 'C-20261120-0002', 'B', JSON.stringify({ satisfaction: { satisfied: false, nps: 3 } }));
    insert.run('t3', 'C-20261120-0003', 'C', JSON.stringify({ satisfaction: { satisfied: true } }));
    db.close();
    const store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
    const counts = await store.metrics.counts({
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-21T00:00:00.000Z',
      now: '2026-11-23T00:00:00.000Z',
      utcOffsetMinutes: 480,
    });
    await store.close();
    expect(counts).toMatchObject({ tickets: 3, recommendations: 2, promoters: 1, detractors: 1 });
  });

  it('moves each shipment’s scans into rows of their own, in order, and keeps where it stands (version 16 → latest)', async () => {
    fileAtVersion(16);
    const picked = { at: '2026-11-20T02:00:00.000Z', place: '深圳南山营业部', status: 'picked_up' };
    const atHub = { at: '2026-11-21T10:00:00+08:00', place: '上海转运中心', status: 'arrived_hub' };
    const stillThere = {
      at: '2026-11-21T06:00:00.000Z',
      place: '上海转运中心',
      status: 'in_transit',
      description: '待转运',
    };
    const waybill = {
      trackingNumber: 'SF1402837465921',
      carrier: 'sf',
      sender: { phone: '+8613811112222' },
      recipient: {},
      origin: '深圳',
      destination: '上海',
      promisedDate: '2026-11-22',
      updatedAt: '2026-11-21T06:00:00.000Z',
    };
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO shipments (tracking_number, carrier, data, updated_at) VALUES (?, ?, ?, ?)');
    insert.run(
      waybill.trackingNumber,
      'sf',
      JSON.stringify({ ...waybill, events: [picked, atHub, stillThere] }),
      waybill.updatedAt,
    );
    insert.run(
      'JT0001234567890',
      'jt',
      JSON.stringify({ ...waybill, trackingNumber: 'JT0001234567890', events: [] }),
      waybill.updatedAt,
    );
    db.close();

    const store = SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
    const inUtc = { ...atHub, at: '2026-11-21T02:00:00.000Z' };
    expect(await store.shipments.get(waybill.trackingNumber)).toEqual({
      ...waybill,
      events: [picked, inUtc, stillThere],
    });
    expect(await store.shipments.summary(waybill.trackingNumber)).toEqual({
      ...waybill,
      lastScan: stillThere,
      atPlaceSince: inUtc,
    });
    expect(await store.shipments.get('JT0001234567890')).toEqual({
      ...waybill,
      trackingNumber: 'JT0001234567890',
      events: [],
    });
    // A moved scan is known: pushed again (its time written either way), it adds nothing.
    const again = await store.shipments.addEvents(waybill.trackingNumber, [atHub, picked], '2026-11-23T00:00:00.000Z');
    expect(again.added).toEqual([]);
    await store.close();
  });

  it('refuses a file from a newer ParcelCare and leaves it untouched', () => {
    fileAtVersion(MIGRATIONS.length);
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => SqliteStore.open({ file, timeZone: 'Asia/Shanghai' })).toThrow(StoreUnavailableError);
    expect(() => SqliteStore.open({ file, timeZone: 'Asia/Shanghai' })).toThrow(/newer than this ParcelCare knows/);
    expect(Buffer.compare(fs.readFileSync(file), before)).toBe(0);
  });
});
