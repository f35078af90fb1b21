import path from 'node:path';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder-core';
import pino from 'pino';
import {
  createBot,
  installOn,
  loadFeeTables,
  loadPlaces,
  loadKnowledge,
  NoticeWriter,
  Replies,
  type BotOptions,
  type BotParts,
  type ProactiveAdapter,
} from '../../src/bot';
import { ChannelNoticeComposer } from '../../src/channels/notice-delivery';
import { ChannelProgressComposer } from '../../src/channels/progress-delivery';
import { Nlu } from '../../src/nlu';
import { SqliteStore } from '../../src/store/sqlite/sqlite.store';
import { DEFAULT_ANOMALY_TABLE, demoShipments, EmbeddedShipmentLookup } from '../../src/tracking';
import { TestClock } from '../support/test-clock';

export { TestClock };

export const NOW = new Date('2026-11-23T02:00:00Z');

const KNOWLEDGE_DIR = path.join(__dirname, '../../knowledge');

/** An object and everything it reaches, frozen: a bot that wrote to what every harness shares would fail. */
function deepFrozen<T>(value: T): T {
  const freeze = (v: unknown): void => {
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || Object.isFrozen(v)) return;
    Object.freeze(v);
    if (Array.isArray(v)) for (const item of v as unknown[]) freeze(item);
    else for (const key of Reflect.ownKeys(v)) freeze((v as Record<PropertyKey, unknown>)[key]);
  };
  freeze(value);
  return value;
}

let shipped: Pick<BotOptions, 'knowledge' | 'fees' | 'places'> | undefined;

/**
 * The shipped knowledge files, fee tables and places lists, read once per test file (reading and checking them took a
 * good part of every harness): the bot only reads them, and they are frozen so that it stays so.
 */
function shippedKnowledge(): Pick<BotOptions, 'knowledge' | 'fees' | 'places'> {
  return (shipped ??= deepFrozen({
    knowledge: loadKnowledge(KNOWLEDGE_DIR, ['CN', 'TW', 'HK']),
    fees: loadFeeTables(KNOWLEDGE_DIR, ['CN', 'TW', 'HK']),
    places: loadPlaces(KNOWLEDGE_DIR),
  }));
}

export interface BotHarness {
  store: SqliteStore;
  clock: TestClock;
  parts: BotParts;
  /** A fresh conversation with the bot, as one user on one channel. */
  adapter(options?: { user?: string; channelId?: string; locale?: string }): TestAdapter;
  close(): Promise<void>;
}

/** The real bot on a real (in-memory) SQLite store with the demo shipments and the shipped knowledge files. */
export async function botHarness(overrides: Partial<BotOptions> = {}): Promise<BotHarness> {
  const store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
  const clock = new TestClock();
  for (const shipment of demoShipments(NOW)) await store.shipments.upsert(shipment);
  const parts = createBot({
    store,
    nlu: new Nlu(),
    shipments: new EmbeddedShipmentLookup(store.shipments),
    ...shippedKnowledge(),
    clock,
    logger: pino({ level: 'silent' }),
    timeZone: 'Asia/Shanghai',
    // The conversations' photos stand for files the channels stored, at http://localhost/.
    isOwnFile: (url) => url.startsWith('http://localhost/'),
    // Progress updates wait in the outbox (no worker here): tests read them from it.
    progress: { composer: new ChannelProgressComposer('顺达快递') },
    claimNews: {
      composer: new ChannelNoticeComposer(
        new NoticeWriter({
          replies: new Replies(),
          timeZone: 'Asia/Shanghai',
          table: DEFAULT_ANOMALY_TABLE,
          now: () => clock.now(),
        }),
        '顺达快递',
      ),
      sms: false,
    },
    ...overrides,
  });
  let conversations = 0;
  return {
    store,
    clock,
    parts,
    adapter(options = {}) {
      conversations += 1;
      const adapter = new TestAdapter((context: TurnContext) => parts.run(context), {
        locale: options.locale ?? 'zh-CN',
      } as Partial<Activity>);
      const reference = TestAdapter.createConversation(`conv-${conversations}`, options.user ?? 'user1');
      reference.channelId = options.channelId ?? 'webchat';
      adapter.conversation = reference;
      // TestAdapter numbers activities from 0 in every conversation; real transports' ids are unique.
      adapter.use(async (context, next) => {
        const prefix = `${context.activity.conversation.id}/`;
        if (!context.activity.id?.startsWith(prefix)) context.activity.id = `${prefix}${context.activity.id}`;
        await next();
      });
      installOn(adapter, parts);
      return adapter;
    },
    close: () => store.close(),
  };
}

/**
 * A test conversation as the handoff relay reaches it for messages the customer did not prompt (agent replies,
 * resolutions): through the adapter's middleware, as the real channel adapters' `continueConversation` does
 * (TestAdapter has none of its own). What is sent waits in `adapter.activeQueue`.
 */
export function proactiveOn(adapter: TestAdapter): ProactiveAdapter {
  return {
    continueConversation: (_reference, logic) =>
      adapter.processActivity({ type: 'event', name: 'continueConversation' }, logic),
  };
}

/** Sends one message; returns the texts of the replies (joined by newlines) and the titles of any buttons under them. */
export async function sendAll(adapter: TestAdapter, text: string): Promise<{ text: string; buttons: string[] }> {
  await adapter.send(text).startTest();
  const texts: string[] = [];
  const buttons: string[] = [];
  let next: Partial<Activity> | undefined;
  while ((next = adapter.activeQueue.shift())) {
    texts.push(next.text ?? '');
    buttons.push(...(next.suggestedActions?.actions ?? []).map((a) => a.title ?? ''));
  }
  return { text: texts.join('\n'), buttons };
}

/** The texts the bot sent outside the customer's own turns, oldest first (and takes them off the queue). */
export function proactiveTexts(adapter: TestAdapter): string[] {
  const texts: string[] = [];
  while (adapter.activeQueue.length > 0) texts.push(adapter.getNextReply().text ?? '');
  return texts;
}

/** An assertion on the bot's next reply text. */
export const contains =
  (...parts: (string | RegExp)[]) =>
  (activity: Partial<Activity>): void => {
    const text = activity.text ?? '';
    for (const part of parts) {
      if (typeof part === 'string' ? !text.includes(part) : !part.test(text)) {
        throw new Error(`expected the reply to contain ${String(part)}, got: ${text}`);
      }
    }
  };

/** Plays the turns one by one; returns the bot's texts for each turn. */
/** Sends one message (or activity) and returns the texts of every reply to it. */
export async function send(adapter: TestAdapter, message: string | Partial<Activity>): Promise<string[]> {
  await adapter.send(message).startTest();
  const sent: string[] = [];
  let next: Partial<Activity> | undefined;
  while ((next = adapter.activeQueue.shift())) sent.push(next.text ?? '');
  return sent;
}

export async function talk(adapter: TestAdapter, turns: string[]): Promise<string[][]> {
  const replies: string[][] = [];
  for (const turn of turns) replies.push(await send(adapter, turn));
  return replies;
}
