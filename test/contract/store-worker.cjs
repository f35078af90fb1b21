// A child process for the store contract's two-process tests (test/contract/two-processes.ts): opens the store
// named on the command line (a SQLite file or a MongoDB URI) from the built code in dist/, says READY, waits for
// GO on stdin so that both children start together, runs its task and prints one `RESULT <json>` line.
// Each step awaits a macrotask (setImmediate) as separate turns of a real server would: the embedded store
// commits a turn's writes in one group, so a loop of microtasks would be one long transaction.
const path = require('node:path');
const readline = require('node:readline');
const { setImmediate: nextTurn } = require('node:timers/promises');

const DIST = path.join(__dirname, '../../dist');
const { SqliteStore } = require(path.join(DIST, 'store/sqlite/sqlite.store.js'));
const { MongoStore } = require(path.join(DIST, 'store/mongo/mongo.store.js'));
const { TicketService } = require(path.join(DIST, 'tickets/index.js'));

const { target, task, worker, params } = JSON.parse(process.argv[2]);

async function openStore() {
  if (target.kind === 'sqlite') return SqliteStore.open({ file: target.file, timeZone: target.timeZone });
  return MongoStore.open({ uri: target.uri, timeZone: target.timeZone });
}

const TASKS = {
  /** Creates `count` tickets (one customer each) and reports their numbers. */
  async tickets(store) {
    const numbers = [];
    for (let i = 0; i < params.count; i += 1) {
      const ticket = await store.tickets.create({ ...params.template, customerId: `${worker}-${i}` });
      numbers.push(ticket.number);
      await nextTurn();
    }
    return { numbers };
  },
  /** Tries each named lease once and reports the ones it won. */
  async leases(store) {
    const won = [];
    for (const name of params.names) {
      if (await store.leases.tryAcquire(name, worker, params.ttlMs, params.now)) won.push(name);
      await nextTurn();
    }
    return { won };
  },
  /** Claims due outbox items, a few at a time, until none is left; reports the ids it claimed. */
  async outbox(store) {
    const claimed = [];
    for (;;) {
      const items = await store.outbox.claimDue({
        now: params.now,
        owner: worker,
        leaseMs: 60_000,
        limit: params.limit,
      });
      if (items.length === 0) break;
      claimed.push(...items.map((item) => item.id));
      await nextTurn();
    }
    return { claimed };
  },
  /**
   * Runs an OutboxWorker that sends SMS through TwilioSmsSender to the Messages API at `params.apiBaseUrl` until
   * the outbox holds nothing pending or being sent (or `params.runForMs` passed); reports how many sends it made.
   */
  async outboxWorker(store) {
    const pino = require('pino');
    const { OutboxWorker } = require(path.join(DIST, 'channels/outbox/outbox.worker.js'));
    const { createTwilioClient, TwilioSmsSender } = require(path.join(DIST, 'channels/sms/twilio.sender.js'));
    const twilio = new TwilioSmsSender({
      client: createTwilioClient(params.accountSid, 'token', {
        apiBaseUrl: params.apiBaseUrl,
        timeoutMs: params.twilioTimeoutMs,
      }),
      from: '+15005550006',
    });
    let sends = 0;
    const sms = {
      send: (item) => {
        sends += 1;
        return twilio.send(item);
      },
    };
    const outbox = new OutboxWorker({
      store,
      senders: { sms },
      now: () => new Date(),
      logger: pino({ level: 'silent' }),
      leaseMs: params.leaseMs,
      sendTimeoutMs: params.sendTimeoutMs,
      concurrency: params.concurrency,
      batchSize: params.batchSize,
      baseDelayMs: 100,
      maxDelayMs: 400,
      maxAttempts: 50,
    });
    const deadline = Date.now() + params.runForMs;
    for (;;) {
      await outbox.runOnce();
      const open = [...(await store.outbox.listByStatus('pending')), ...(await store.outbox.listByStatus('sending'))];
      if (open.length === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await outbox.close();
    return { sends };
  },
  /** Files one complaint of the same customer on each parcel; reports the ticket each went to. */
  async complaints(store) {
    const service = new TicketService(store);
    const filed = [];
    for (const parcel of params.parcels) {
      const outcome = await service.fileComplaint({
        customer: params.customer,
        channel: worker === 'A' ? 'sms' : 'email',
        conversationId: `conversation-${worker}`,
        trackingNumbers: [parcel],
        category: 'delay',
        description: `${parcel} is late (${worker})`,
        evidence: [],
        facts: { severe: false, minor: false, daysLate: 1, escalationThreat: null, dataLeak: false },
        by: 'bot',
      });
      filed.push({ parcel, ticketId: outcome.ticket.id, joined: outcome.joined });
      await nextTurn();
    }
    return { filed };
  },
  /**
   * Receives the same scans of the same parcels as the other worker (a courier's retry landing on the other
   * process) and runs anomaly detection on each; reports the anomalies this process was the one to detect.
   * Each parcel is handled `params.repeat` times in a row, as a courier's system retrying a push would.
   */
  async anomalies(store) {
    const pino = require('pino');
    const { AnomalyWatch } = require(path.join(DIST, 'proactive/index.js'));
    const { DEFAULT_ANOMALY_TABLE, summarize } = require(path.join(DIST, 'tracking/index.js'));
    const detected = [];
    const watch = new AnomalyWatch({
      store,
      table: DEFAULT_ANOMALY_TABLE,
      timeZone: 'Asia/Shanghai',
      now: () => new Date(params.now),
      logger: pino({ level: 'silent' }),
      onDetected: async (anomaly) => detected.push(`${anomaly.trackingNumber}/${anomaly.kind}/${anomaly.occurrence}`),
    });
    // B takes the parcels in the opposite order: the two meet on the same parcel at the same moment somewhere.
    const shipments = worker === 'A' ? params.shipments : [...params.shipments].reverse();
    for (const shipment of shipments) {
      for (let i = 0; i < params.repeat; i += 1) {
        await watch.scanned(summarize(shipment), shipment.events, 'api');
        await nextTurn();
      }
    }
    return { detected };
  },
  /**
   * Pushes each parcel's scans (`params.pushes`: [trackingNumber, scans] in the order to push them; B pushes them in
   * the opposite order), each push as a unit of work awaited durable as the events API does; reports how many scans
   * its answers said were new. A pushes one parcel's scans a call (addEvents); B `params.perCall` pushes a call
   * (addEventsToMany, a courier's batch: the same parcel may come more than once in it).
   */
  async scans(store) {
    const pushes = worker === 'A' ? params.pushes : [...params.pushes].reverse();
    const perCall = worker === 'A' ? 1 : params.perCall;
    let added = 0;
    for (let i = 0; i < pushes.length; i += perCall) {
      const updates = pushes.slice(i, i + perCall).map(([trackingNumber, events]) => ({ trackingNumber, events }));
      added += await store.unitOfWork(async () => {
        const results =
          worker === 'A'
            ? [await store.shipments.addEvents(updates[0].trackingNumber, updates[0].events, params.now)]
            : await store.shipments.addEventsToMany(updates, params.now);
        await store.durable();
        return results.reduce((sum, result) => sum + result.added.length, 0);
      });
      await nextTurn();
    }
    return { added };
  },
  /**
   * Escalates each delivery change request (`params.ids`) to the supervisors, in the same order as the other
   * worker, so the two meet on every request; reports the ones this process's escalation won.
   */
  async escalations(store) {
    const won = [];
    for (const id of params.ids) {
      if (await store.deliveryChanges.escalate(id, { by: `agent:${worker}`, at: params.now })) won.push(id);
      await nextTurn();
    }
    return { won };
  },
  /**
   * Opens the pre-compensation claim of each parcel: A for its level-1 anomaly (as detection does), B for a customer
   * who asks for one (`params.customerId`), in the opposite order; reports the parcels whose claim it opened.
   */
  async claims(store) {
    const pino = require('pino');
    const { ClaimOpener } = require(path.join(DIST, 'proactive/index.js'));
    const { DEFAULT_SLA } = require(path.join(DIST, 'tickets/index.js'));
    const opener = new ClaimOpener({
      store,
      sla: DEFAULT_SLA,
      now: () => new Date(params.now),
      logger: pino({ level: 'silent' }),
      findShipment: (trackingNumber) => store.shipments.get(trackingNumber),
    });
    const opened = [];
    opener.onOpened(async ({ claim }) => opened.push(claim.trackingNumber));
    const anomalies = worker === 'A' ? params.anomalies : [...params.anomalies].reverse();
    for (const anomaly of anomalies) {
      if (worker === 'A') await opener.forAnomaly(anomaly, await store.shipments.get(anomaly.trackingNumber));
      else await opener.forCustomer({ trackingNumber: anomaly.trackingNumber, customerId: params.customerId });
      await nextTurn();
    }
    return { opened };
  },
  /**
   * Runs rounds of periodic progress updates over the same open tickets as the other worker, at the same moment
   * (`params.now`), with the real schedule, notifier and SMS composer; reports how many updates it recorded.
   */
  async progress(store) {
    const pino = require('pino');
    // The modules themselves, not the bot's barrel: it loads the NLU (seconds of start-up per child under load).
    const { ProgressNotifier, ProgressRound } = require(path.join(DIST, 'bot/progress-updates.js'));
    const { Replies } = require(path.join(DIST, 'bot/replies.js'));
    const { BusinessHours, ProgressSchedule } = require(path.join(DIST, 'tickets/index.js'));
    const { ChannelProgressComposer } = require(path.join(DIST, 'channels/progress-delivery.js'));
    const clock = { now: () => new Date(params.now) };
    const logger = pino({ level: 'silent' });
    const progressRound = new ProgressRound({
      schedule: new ProgressSchedule({ store, clock, everyMs: params.everyMs }),
      notifier: new ProgressNotifier({
        store,
        composer: new ChannelProgressComposer('顺达快递'),
        replies: new Replies(),
        sendingHours: BusinessHours.parse('24/7', 'Asia/Shanghai'),
        defaultLocale: 'zh-CN',
        now: () => clock.now(),
        logger,
      }),
      timeZone: 'Asia/Shanghai',
      logger,
    });
    let recorded = 0;
    for (let i = 0; i < params.rounds; i += 1) {
      recorded += (await progressRound.runOnce()).progressUpdates;
      await nextTurn();
    }
    return { recorded };
  },
  /**
   * Plans the notices of this worker's own anomalies (`params.anomalies[worker]`) with the real planner and
   * composer, under the daily cap `params.dailyCap`, at the moment `params.now`; each anomaly's parcel is one the
   * other worker plans an anomaly of at the same time, for the same customer. Reports the due times it was given.
   */
  async notices(store) {
    const pino = require('pino');
    const { NoticePlanner } = require(path.join(DIST, 'proactive/index.js'));
    const { NoticeWriter } = require(path.join(DIST, 'bot/anomaly-notice.js'));
    const { Replies } = require(path.join(DIST, 'bot/replies.js'));
    const { ChannelNoticeComposer } = require(path.join(DIST, 'channels/notice-delivery.js'));
    const { BusinessHours } = require(path.join(DIST, 'tickets/index.js'));
    const { DEFAULT_ANOMALY_TABLE } = require(path.join(DIST, 'tracking/index.js'));
    const now = () => new Date(params.now);
    const planner = new NoticePlanner({
      store,
      composer: new ChannelNoticeComposer(
        new NoticeWriter({ replies: new Replies(), timeZone: 'Asia/Shanghai', table: DEFAULT_ANOMALY_TABLE, now }),
        '顺达快递',
      ),
      hours: BusinessHours.parse('24/7', 'Asia/Shanghai'),
      timeZone: 'Asia/Shanghai',
      dailyCap: params.dailyCap,
      sms: false,
      defaultLocale: 'zh-CN',
      now,
      logger: pino({ level: 'silent' }),
    });
    const due = [];
    for (const { anomaly, shipment } of params.anomalies[worker]) {
      for (const notice of await planner.plan(anomaly, shipment)) due.push(notice.dueAt);
      await nextTurn();
    }
    return { due };
  },
  /**
   * Appends to one web chat stream: its own posts, and posts under clientActivityIDs both workers use (a retry
   * arriving at the other process); reports the sequence number and whether it was stored, per post.
   */
  async activities(store) {
    const posts = [];
    for (let i = 0; i < params.count; i += 1) {
      for (const clientActivityId of [`${worker}-${i}`, `shared-${i}`]) {
        const { stored, entry } = await store.activityStreams.append({
          conversationId: params.conversationId,
          activity: { type: 'message', text: `${clientActivityId} from ${worker}` },
          clientActivityId,
          createdAt: params.now,
        });
        posts.push({ clientActivityId, sequence: entry.sequence, stored });
        await nextTurn();
      }
    }
    return { posts };
  },
};

async function main() {
  const store = await openStore();
  process.stdout.write('READY\n');
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) if (line.trim() === 'GO') break;
  lines.close();
  let result;
  try {
    result = await TASKS[task](store);
    await store.durable();
  } catch (err) {
    result = { error: `${err && err.name}: ${err && err.message}` };
  }
  await store.close();
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack}\n`);
  process.exit(1);
});
