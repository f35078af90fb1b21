// One outbox worker in a process of its own, on the built code (dist/): opens the SQLite file named in
// OUTBOX_CHILD (JSON), sends its SMS through TwilioSmsSender to the given Messages API base URL, and runs until
// the outbox holds nothing pending or being sent. Prints one JSON line: how many sends it made.
// Used by test/e2e/outbox-two-processes.test.ts (two of these share one file).
const path = require('node:path');
const pino = require('pino');

const dist = path.join(__dirname, '../../dist');
const { SqliteStore } = require(path.join(dist, 'store/sqlite/sqlite.store'));
const { OutboxWorker } = require(path.join(dist, 'channels/outbox/outbox.worker'));
const { createTwilioClient, TwilioSmsSender } = require(path.join(dist, 'channels/sms/twilio.sender'));

async function main() {
  const options = JSON.parse(process.env.OUTBOX_CHILD ?? '{}');
  const store = SqliteStore.open({ file: options.file, timeZone: 'Asia/Shanghai' });
  let sends = 0;
  const twilio = new TwilioSmsSender({
    client: createTwilioClient(options.accountSid, 'token', {
      apiBaseUrl: options.apiBaseUrl,
      timeoutMs: options.twilioTimeoutMs,
    }),
    from: '+15005550006',
  });
  const worker = new OutboxWorker({
    store,
    senders: {
      sms: {
        send: (item) => {
          sends += 1;
          return twilio.send(item);
        },
      },
    },
    now: () => new Date(),
    logger: pino({ level: 'silent' }),
    leaseMs: options.leaseMs,
    sendTimeoutMs: options.sendTimeoutMs,
    concurrency: options.concurrency,
    batchSize: options.batchSize,
    baseDelayMs: 100,
    maxDelayMs: 400,
    maxAttempts: 50,
  });
  const deadline = Date.now() + options.runForMs;
  for (;;) {
    await worker.runOnce();
    const open = [...(await store.outbox.listByStatus('pending')), ...(await store.outbox.listByStatus('sending'))];
    if (open.length === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await worker.close();
  await store.close();
  process.stdout.write(`${JSON.stringify({ pid: process.pid, sends })}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
  process.exit(1);
});
