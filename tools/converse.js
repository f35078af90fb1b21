// node tools/converse.js [--dist DIR] [--out DIR] conversation.json ...
//
// Plays written customer conversations ({ lang, persona, goal, turns: string[], notes }) against the real
// bot built from `dist/` (npm run build): the same createBot the server uses, on an in-memory SQLite store
// with the demo shipments, a clock fixed at the demo's "now", web chat's channel and the customer's browser
// language. Each conversation starts as Web Chat starts one (the customer joins, the bot greets), then
// sends the turns one by one and records every reply with its buttons. Prints the transcript and, with
// --out, writes it as <name>.transcript.json beside the others, for scoring and for the regression test.
//
// A turn that should adapt to the bot's reply is adapted by editing the turns and playing again: the bot is
// deterministic for a given list of turns, so a replay reproduces the same conversation.
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [, value] = args.splice(at, 2);
  return value;
};
const dist = path.resolve(option('--dist') ?? path.join(__dirname, '..', 'dist'));
const out = option('--out');
// The checkout the build came from: the nearest folder above it with a package.json (dist/ or tmp/dist/).
let repo = path.dirname(dist);
while (!fs.existsSync(path.join(repo, 'package.json')) && path.dirname(repo) !== repo) repo = path.dirname(repo);

const { TestAdapter } = require(require.resolve('botbuilder', { paths: [repo] }));
const pino = require(require.resolve('pino', { paths: [repo] }));
const { createBot, installOn, loadFeeTables, loadKnowledge, loadPlaces, NoticeWriter, Replies } = require(
  path.join(dist, 'bot'),
);
const { Nlu } = require(path.join(dist, 'nlu'));
const { SqliteStore } = require(path.join(dist, 'store', 'sqlite', 'sqlite.store'));
const { ChannelProgressComposer } = require(path.join(dist, 'channels', 'progress-delivery'));
const { ChannelNoticeComposer } = require(path.join(dist, 'channels', 'notice-delivery'));
const { DEFAULT_ANOMALY_TABLE, demoShipments, EmbeddedShipmentLookup } = require(path.join(dist, 'tracking'));

const NOW = new Date('2026-11-23T02:00:00Z');
const BROWSER_LOCALE = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };

/** Plays one conversation; returns [{ customer, bot: [{ text, buttons }] }]. */
async function play(conversation) {
  const store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
  try {
    for (const shipment of demoShipments(NOW)) await store.shipments.upsert(shipment);
    const parts = createBot({
      store,
      nlu: new Nlu(),
      shipments: new EmbeddedShipmentLookup(store.shipments),
      knowledge: loadKnowledge(path.join(repo, 'knowledge'), ['CN', 'TW', 'HK']),
      // Builds from before fee tables existed have no loader.
      ...(loadFeeTables ? { fees: loadFeeTables(path.join(repo, 'knowledge'), ['CN', 'TW', 'HK']) } : {}),
      // As the server wires it: which region a price question's places lie in (builds before places.json have none).
      ...(loadPlaces ? { places: loadPlaces(path.join(repo, 'knowledge')) } : {}),
      clock: { now: () => NOW },
      logger: pino({ level: 'silent' }),
      timeZone: 'Asia/Shanghai',
      progress: { composer: new ChannelProgressComposer('ParcelCare Express') },
      claimNews: {
        composer: new ChannelNoticeComposer(
          new NoticeWriter({
            replies: new Replies(),
            timeZone: 'Asia/Shanghai',
            table: DEFAULT_ANOMALY_TABLE,
            now: () => NOW,
          }),
          'ParcelCare Express',
        ),
        sms: false,
      },
    });
    const locale = BROWSER_LOCALE[conversation.lang] ?? conversation.lang;
    const adapter = new TestAdapter((context) => parts.run(context), { locale });
    const reference = TestAdapter.createConversation('blind', 'customer');
    reference.channelId = 'webchat';
    adapter.conversation = reference;
    installOn(adapter, parts);

    const drain = () =>
      adapter.activeQueue.splice(0).map((a) => ({
        text: a.text ?? '',
        ...(a.suggestedActions ? { buttons: a.suggestedActions.actions.map((b) => b.title) } : {}),
      }));
    await adapter.processActivity({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'customer' }, { id: 'bot' }],
      recipient: { id: 'bot' },
    });
    const transcript = [{ customer: null, bot: drain() }];
    let n = 0;
    for (const turn of conversation.turns) {
      const text = typeof turn === 'string' ? turn : turn.text;
      n += 1;
      await adapter.processActivity({ type: 'message', id: `turn-${n}`, text, locale });
      transcript.push({ customer: text, bot: drain() });
    }
    return transcript;
  } finally {
    await store.close();
  }
}

async function main() {
  if (args.length === 0) {
    console.error('usage: node tools/converse.js [--dist DIR] [--out DIR] conversation.json ...');
    process.exit(2);
  }
  for (const file of args) {
    const conversation = JSON.parse(fs.readFileSync(file, 'utf8'));
    const transcript = await play(conversation);
    const name = path.basename(file, '.json');
    console.log(`=== ${name} (${conversation.lang}) ${conversation.goal ?? ''}`);
    for (const { customer, bot } of transcript) {
      if (customer !== null) console.log(`  > ${customer}`);
      for (const r of bot)
        console.log(`    < ${r.text.replace(/\n/g, '\n      ')}${r.buttons ? `  [${r.buttons.join(' | ')}]` : ''}`);
    }
    if (out) {
      fs.mkdirSync(out, { recursive: true });
      const record = { ...conversation, transcript };
      fs.writeFileSync(path.join(out, `${name}.transcript.json`), `${JSON.stringify(record, null, 2)}\n`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
