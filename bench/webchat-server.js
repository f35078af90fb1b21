// The server half of `npm run bench:webchat`: ParcelCare started in this process (the built dist/) on a fresh
// embedded store, with a clock the bench moves by hand, answering the bench's questions over IPC: its memory
// after a full garbage collection, how many web chat conversations it holds, moving the clock, sweeping idle ones.
// Run with --expose-gc. DATA_DIR, WEBCHAT_IDLE_MINUTES etc. come from the environment like `parcelcare serve`.
const { loadConfig } = require('../dist/config');
const { createLogger } = require('../dist/logger');
const { startParcelCare } = require('../dist/index');

class BenchClock {
  constructor() {
    this.current = Date.now();
  }
  now() {
    return new Date(this.current);
  }
}

function memory() {
  global.gc();
  global.gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

(async () => {
  const config = loadConfig();
  const clock = new BenchClock();
  const app = await startParcelCare(config, createLogger(config.log), clock);
  process.on('message', async (question) => {
    if (question.ask === 'memory') process.send({ ...memory(), live: app.webchat.liveCount });
    else if (question.ask === 'advance') {
      clock.current += question.ms;
      process.send({ now: clock.current });
    } else if (question.ask === 'evict') process.send({ evicted: app.webchat.evictIdle() });
    else if (question.ask === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
  process.send({ url: app.url });
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
