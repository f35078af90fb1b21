/**
 * Versioned schema for the embedded store. Each entry upgrades the schema by one version; the version
 * applied last is kept in `PRAGMA user_version`. Never edit a released entry: add a new one.
 *
 * Tickets keep their whole record as JSON in `data`, plus the columns that queries filter, join or
 * aggregate on (status, priority, deadlines, ...), so that KPIs can be computed in SQL.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE customer_identities (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    PRIMARY KEY (kind, value)
  );
  CREATE INDEX customer_identities_by_customer ON customer_identities(customer_id);

  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    external_id TEXT NOT NULL,
    customer_id TEXT,
    mode TEXT NOT NULL,
    ticket_id TEXT,
    data TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (channel, external_id)
  );
  CREATE INDEX conversations_by_customer ON conversations(customer_id);

  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    ticket_id TEXT,
    channel TEXT NOT NULL,
    direction TEXT NOT NULL,
    transport_id TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    attachments TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (channel, transport_id)
  );
  CREATE INDEX messages_by_conversation ON messages(conversation_id, created_at);
  CREATE INDEX messages_by_ticket ON messages(ticket_id, created_at);

  CREATE TABLE counters (
    name TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  );

  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    category TEXT NOT NULL,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    level INTEGER NOT NULL,
    assignee TEXT,
    station TEXT,
    route TEXT,
    first_response_due TEXT NOT NULL,
    resolution_due TEXT NOT NULL,
    first_response_at TEXT,
    resolved_at TEXT,
    closed_at TEXT,
    satisfaction_score INTEGER,
    satisfied INTEGER,
    data TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  CREATE INDEX tickets_by_customer ON tickets(customer_id, created_at);
  CREATE INDEX tickets_by_created ON tickets(created_at);
  CREATE INDEX tickets_by_status ON tickets(status, priority, resolution_due);

  CREATE TABLE ticket_tracking (
    tracking_number TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id),
    PRIMARY KEY (tracking_number, ticket_id)
  );

  CREATE TABLE shipments (
    tracking_number TEXT PRIMARY KEY,
    carrier TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    claimed_by TEXT,
    claimed_until TEXT,
    ticket_id TEXT,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX outbox_due ON outbox(status, next_attempt_at);

  CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );

  CREATE TABLE bot_state (
    key TEXT PRIMARY KEY,
    document TEXT NOT NULL,
    etag TEXT NOT NULL
  );
  `,
  // 2: outbox items found by the provider's message id (delivery reports).
  `
  ALTER TABLE outbox ADD COLUMN provider_id TEXT;
  CREATE INDEX outbox_by_provider ON outbox(provider_id);
  `,
  // 3: what the KPIs count, projected from each ticket's history so that no query parses JSON; conversations
  // by start time (bot containment).
  `
  ALTER TABLE tickets ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE tickets ADD COLUMN transfer_count INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE tickets ADD COLUMN repeat_count INTEGER NOT NULL DEFAULT 0;
  UPDATE tickets SET
    reopen_count = (SELECT count(*) FROM json_each(tickets.data, '$.history') WHERE json_extract(value, '$.to') = 'reopened'),
    transfer_count = (SELECT count(*) FROM json_each(tickets.data, '$.history') WHERE json_extract(value, '$.action') = 'transferred'),
    repeat_count = (SELECT count(*) FROM json_each(tickets.data, '$.history') WHERE json_extract(value, '$.action') = 'repeat complaint');
  CREATE INDEX conversations_by_created ON conversations(created_at);
  `,
  // 4: covering indexes for the KPI queries, so that a month of tickets is counted from the index alone
  // without reading each row's JSON (bench:metrics: 1.6 s → 0.4 s for a month of 31,000 tickets).
  `
  CREATE INDEX tickets_for_metrics ON tickets(created_at, channel, category, priority, status, customer_id, station,
    route, first_response_due, resolution_due, first_response_at, resolved_at, closed_at, satisfied, reopen_count,
    transfer_count, repeat_count, assignee, number);
  CREATE INDEX tickets_for_containment ON tickets(id, first_response_at, assignee);
  CREATE INDEX conversations_for_metrics ON conversations(created_at, channel, mode, ticket_id);
  `,
  // 5: less index upkeep on every write of a bot turn. Most messages belong to no ticket: the ticket index
  // keeps only those that do (a query for "ticket_id = ?" implies it is not null, so it is still used).
  // conversations_for_metrics starts with created_at and serves whatever conversations_by_created served.
  `
  DROP INDEX messages_by_ticket;
  CREATE INDEX messages_by_ticket ON messages(ticket_id, created_at) WHERE ticket_id IS NOT NULL;
  DROP INDEX conversations_by_created;
  `,
  // 6: the answer each inbound message got (TwiML, the Direct Line response), replayed to a retried delivery.
  `
  ALTER TABLE messages ADD COLUMN reply TEXT;
  `,
  // 7: one open ticket per customer and parcel. A complaint claims (customer, tracking number) when its ticket
  // is created; a second one from the same customer at the same moment (SMS and email, two processes) hits the
  // primary key and joins the first instead of opening a duplicate. Other customers' tickets on the parcel are
  // unaffected. Files with duplicates from before keep the key on the newest open ticket.
  `
  CREATE TABLE open_complaints (
    customer_id TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES tickets(id),
    PRIMARY KEY (customer_id, tracking_number)
  );
  CREATE INDEX open_complaints_by_ticket ON open_complaints(ticket_id);
  INSERT OR IGNORE INTO open_complaints (customer_id, tracking_number, ticket_id)
    SELECT t.customer_id, k.tracking_number, t.id FROM tickets t JOIN ticket_tracking k ON k.ticket_id = t.id
    WHERE t.status IN ('open', 'pending_agent', 'in_progress', 'reopened')
    ORDER BY t.created_at DESC, t.rowid DESC;
  `,
  // 8: web chat conversations' activity streams, so any process serves them and a restart keeps them; ids come
  // from the per-conversation sequence, and a post retried with the same clientActivityID is stored once.
  `
  CREATE TABLE webchat_activities (
    conversation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    client_activity_id TEXT,
    activity TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX webchat_activities_by_client_id ON webchat_activities(conversation_id, client_activity_id)
    WHERE client_activity_id IS NOT NULL;
  `,
  // 9: where each conversation got to (bot containment counts only needs met without an agent). Earlier
  // conversations had none recorded: those a person took over are hand-offs, those with a ticket no agent
  // touched are filed; the rest are left without one (not counted: what they asked for is unknown).
  `
  ALTER TABLE conversations ADD COLUMN outcome TEXT;
  UPDATE conversations SET outcome = CASE
      WHEN mode = 'handoff' OR EXISTS (SELECT 1 FROM tickets k WHERE k.id = conversations.ticket_id
        AND (k.assignee IS NOT NULL OR k.first_response_at IS NOT NULL)) THEN 'handed_off'
      WHEN ticket_id IS NOT NULL THEN 'filed'
    END;
  UPDATE conversations SET data = json_set(data, '$.outcome', outcome) WHERE outcome IS NOT NULL;
  DROP INDEX conversations_for_metrics;
  CREATE INDEX conversations_for_metrics ON conversations(created_at, channel, outcome, ticket_id);
  DROP INDEX tickets_for_containment;
  CREATE INDEX tickets_for_containment ON tickets(id, status, first_response_at, assignee);
  `,
  // 10: parcels' anomalies, each recorded once: the unique key decides between every process that sees the same
  // scan (or the same stall). Notices not yet planned are found by the partial index; the scheduler finds the
  // parcels whose time-based anomalies fall due in anomaly_checks.
  `
  CREATE TABLE anomalies (
    id TEXT PRIMARY KEY,
    tracking_number TEXT NOT NULL,
    kind TEXT NOT NULL,
    occurrence TEXT NOT NULL,
    level INTEGER NOT NULL,
    detected_at TEXT NOT NULL,
    planned_at TEXT,
    data TEXT NOT NULL,
    UNIQUE (tracking_number, kind, occurrence)
  );
  CREATE INDEX anomalies_unplanned ON anomalies(detected_at) WHERE planned_at IS NULL;
  CREATE INDEX anomalies_by_detected ON anomalies(detected_at);
  CREATE TABLE anomaly_checks (
    tracking_number TEXT PRIMARY KEY,
    due_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX anomaly_checks_due ON anomaly_checks(due_at);
  `,
  // 11: customers linked to parcels (asked about, proved, complained), who are told of the parcels' anomalies;
  // the notices, one per anomaly and recipient (the key decides between processes planning the same anomaly).
  // notices_by_recipient serves the daily cap and finding the notice an answer refers to.
  `
  CREATE TABLE parcel_links (
    tracking_number TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (tracking_number, customer_id)
  ) WITHOUT ROWID;
  CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    anomaly_id TEXT NOT NULL,
    recipient TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    conversation_id TEXT,
    due_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    answered_at TEXT,
    data TEXT NOT NULL,
    UNIQUE (anomaly_id, recipient)
  );
  CREATE INDEX notices_by_recipient ON notices(recipient, tracking_number, due_at);
  CREATE INDEX notices_by_conversation ON notices(conversation_id, due_at) WHERE conversation_id IS NOT NULL;
  `,
  // 12: customers' change-delivery requests. request_key (conversation and turn) makes a retried turn record
  // nothing twice; the ops list reads them by status, newest first, or by parcel.
  `
  CREATE TABLE delivery_changes (
    id TEXT PRIMARY KEY,
    request_key TEXT NOT NULL UNIQUE,
    tracking_number TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX delivery_changes_by_status ON delivery_changes(status, created_at);
  CREATE INDEX delivery_changes_by_parcel ON delivery_changes(tracking_number, created_at);
  `,
  // 13: the 0–10 recommendation answer (NPS), read from the ticket's record by SQLite itself: a virtual column
  // is computed when the KPIs read it, so every ticket (earlier ones too) has it without a write of its own.
  `
  ALTER TABLE tickets ADD COLUMN nps INTEGER GENERATED ALWAYS AS (json_extract(data, '$.satisfaction.nps')) VIRTUAL;
  `,
  // 14: pre-compensation claims, one per parcel: the key decides between every process and event that would open
  // one. claims_unopened finds a claim whose ticket a stopped process did not record; anomalies_by_level the
  // level-1 anomalies still without one; claims_by_detected serves the proactive KPIs.
  `
  CREATE TABLE claims (
    tracking_number TEXT PRIMARY KEY,
    claim_id TEXT NOT NULL UNIQUE,
    anomaly_id TEXT,
    detected_at TEXT,
    registered_at TEXT NOT NULL,
    ticket_id TEXT,
    opened_at TEXT
  );
  CREATE INDEX claims_unopened ON claims(registered_at) WHERE ticket_id IS NULL;
  CREATE INDEX claims_by_detected ON claims(detected_at) WHERE detected_at IS NOT NULL;
  CREATE INDEX anomalies_by_level ON anomalies(level, detected_at);
  `,
  // 15: when each outbox item went out (the proactive-notice KPIs count an anomaly notified once a notice was sent).
  // Items sent before kept no time of their own: their last update is the best one known.
  `
  ALTER TABLE outbox ADD COLUMN sent_at TEXT;
  UPDATE outbox SET sent_at = json_extract(data, '$.updatedAt') WHERE status = 'sent';
  UPDATE outbox SET data = json_set(data, '$.sentAt', sent_at) WHERE sent_at IS NOT NULL;
  `,
  // 16: tracking questions the bot answered, for the deflection KPI: when, which parcel, which channel, the parcel's
  // open anomaly then and when its first notice went out — no words and nobody's identity. By time for the KPIs;
  // by anomaly for "notified and never asked about".
  `
  CREATE TABLE tracking_questions (
    id TEXT PRIMARY KEY,
    asked_at TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    channel TEXT NOT NULL,
    anomaly_id TEXT,
    notice_sent_at TEXT
  );
  CREATE INDEX tracking_questions_by_asked ON tracking_questions(asked_at, anomaly_id, notice_sent_at);
  CREATE INDEX tracking_questions_by_anomaly ON tracking_questions(anomaly_id) WHERE anomaly_id IS NOT NULL;
  `,
  // 17: scans as rows of their own (SqliteShipments). A scan coming in was a read and a rewrite of the parcel's
  // whole JSON, all its scans with it; now it is one insert, the key (parcel, instant, place, status) deciding
  // whether it is new, and `shipments.data` keeps the waybill and where the parcel stands (its latest scan and
  // the first of its latest run at one place). seq (the rowid) keeps the order scans were stored in, for scans
  // of one instant. Existing scans move over in their order with their times written as toISOString does.
  `
  CREATE TABLE scan_events (
    seq INTEGER PRIMARY KEY,
    tracking_number TEXT NOT NULL,
    at TEXT NOT NULL,
    place TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (tracking_number, at, place, status)
  );
  WITH scans AS (
    SELECT s.rowid AS parcel, e.key AS position, s.tracking_number AS tracking_number, e.value AS scan,
      coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(e.value, '$.at')), json_extract(e.value, '$.at')) AS at
    FROM shipments s, json_each(s.data, '$.events') e
  )
  INSERT OR IGNORE INTO scan_events (tracking_number, at, place, status, data)
    SELECT tracking_number, at, json_extract(scan, '$.place'), json_extract(scan, '$.status'), json_set(scan, '$.at', at)
    FROM scans ORDER BY parcel, at, position;
  UPDATE shipments SET data = json_remove(data, '$.events', '$.lastScan', '$.atPlaceSince');
  UPDATE shipments SET data = json_set(data,
    '$.lastScan', json((SELECT l.data FROM scan_events l WHERE l.tracking_number = shipments.tracking_number
      ORDER BY l.at DESC, l.seq DESC LIMIT 1)),
    '$.atPlaceSince', json((SELECT f.data FROM scan_events f WHERE f.tracking_number = shipments.tracking_number
      AND NOT EXISTS (SELECT 1 FROM scan_events o WHERE o.tracking_number = f.tracking_number
        AND (o.at, o.seq) > (f.at, f.seq) AND o.place <> f.place)
      ORDER BY f.at, f.seq LIMIT 1)))
  WHERE EXISTS (SELECT 1 FROM scan_events e WHERE e.tracking_number = shipments.tracking_number);
  `,
  // 18: the KPIs' passes over a range read indexes only. The NPS answer (13) was a virtual column computed from each
  // ticket's JSON, so the totals left tickets_for_metrics for the table and parsed every row of the range (a month
  // of 31,000 tickets: 0.47 s of the 0.6 s of ticket queries); it is now a column the ticket's writer keeps, like
  // satisfied, and part of that index. tickets_by_customer also holds what the repeat-complaint count checks on each
  // of a customer's tickets (it read each ticket's row for them); tickets_by_status and tickets_for_containment the
  // channel and category the backlog and containment filter on. outbox_sent_by_key answers when a notice's outbox
  // item went out from the index (the proactive KPIs look it up for every notice of every anomaly in the range).
  `
  ALTER TABLE tickets DROP COLUMN nps;
  ALTER TABLE tickets ADD COLUMN nps INTEGER;
  UPDATE tickets SET nps = json_extract(data, '$.satisfaction.nps')
    WHERE json_extract(data, '$.satisfaction.nps') IS NOT NULL;
  DROP INDEX tickets_for_metrics;
  CREATE INDEX tickets_for_metrics ON tickets(created_at, channel, category, priority, status, customer_id, station,
    route, first_response_due, resolution_due, first_response_at, resolved_at, closed_at, satisfied, nps, reopen_count,
    transfer_count, repeat_count, assignee, number);
  DROP INDEX tickets_by_customer;
  CREATE INDEX tickets_by_customer ON tickets(customer_id, created_at, repeat_count, channel, category);
  DROP INDEX tickets_by_status;
  CREATE INDEX tickets_by_status ON tickets(status, priority, resolution_due, channel, category);
  DROP INDEX tickets_for_containment;
  CREATE INDEX tickets_for_containment ON tickets(id, status, first_response_at, assignee, category);
  CREATE INDEX outbox_sent_by_key ON outbox(idempotency_key, sent_at) WHERE sent_at IS NOT NULL;
  `,
  // 19: a hand-off the customer withdrew (status 'withdrawn') is no complaint: the repeat-complaint count leaves
  // those tickets out, so tickets_by_customer holds the status too and the count still reads the index only.
  `
  DROP INDEX tickets_by_customer;
  CREATE INDEX tickets_by_customer ON tickets(customer_id, created_at, repeat_count, channel, category, status);
  `,
];
