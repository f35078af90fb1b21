import { AsyncLocalStorage } from 'node:async_hooks';
import type { Activity } from 'botbuilder-core';
import type { Logger } from 'pino';
import type { StreamActivity } from '../../store/records';
import type { Store } from '../../store/store.port';

type Deliver = (activities: Partial<Activity>[], watermark: string) => void;

interface Subscriber {
  watermark: string | undefined;
  deliver: Deliver;
  /** A read is running; `again` asks for another once it is done (reads of one socket never overlap). */
  busy: boolean;
  again: boolean;
}

/** What this process keeps in memory for a conversation in use: everything else is in the store. */
interface LiveConversation {
  /** Open streams; created with the first one. */
  subscribers?: Set<Subscriber>;
  /** Times (ms) of recent posts, for the per-minute limit. */
  recentPosts: number[];
  /** When a client last started, read, posted to or streamed the conversation (ms). */
  lastUsed: number;
}

export interface DirectLineConversationsOptions {
  store: Pick<Store, 'activityStreams' | 'durable'>;
  /** At most this many activities per read (a client with no watermark gets the newest ones). */
  maxHistory: number;
  postsPerMinute: number;
  /** How often open streams look for activities other processes wrote (agent replies, notifications). */
  pollMs: number;
  /**
   * A conversation nobody started, read, posted to or streamed for this long (ms) is dropped from memory; its
   * next request reopens it from the store. Conversations with an open stream are in use.
   */
  idleMs: number;
  now: () => number;
  logger: Logger;
}

/** `<conversation>|0000042`: the activity id Direct Line clients see, from the store's sequence number. */
export const activityId = (conversationId: string, sequence: number): string =>
  `${conversationId}|${String(sequence).padStart(7, '0')}`;

function toActivity(entry: StreamActivity): Partial<Activity> {
  const activity = entry.activity as Partial<Activity>;
  return { ...activity, id: activity.id ?? activityId(entry.conversationId, entry.sequence) };
}

/**
 * The activity streams of Direct Line conversations: appended to and read from the store, so that every
 * process serves every conversation and a restart loses nothing. Watermarks are sequence numbers (the next one
 * to read).
 * @remarks An activity this process wrote reaches clients only once it is on disk (`Store.durable`): until
 * then it and everything after it are held back. Open WebSockets get what this process writes as soon as it is
 * durable, and what other processes write within `pollMs`.
 */
export class DirectLineConversations {
  private readonly live = new Map<string, LiveConversation>();
  /** Conversations with an open stream: the only ones the poller reads for other processes' activities. */
  private readonly streaming = new Set<string>();
  /** Sequence numbers this process appended that are not on disk yet, per conversation. */
  private readonly pending = new Map<string, Set<number>>();
  private readonly poller: NodeJS.Timeout;
  private readonly sweeper: NodeJS.Timeout;
  /**
   * Runs a function outside any unit of work (`Store.unitOfWork`): waiting for an activity to be committed must
   * not count as the request that wrote it asking for durability, which would commit its batch mid-turn.
   */
  private readonly outsideUnits = AsyncLocalStorage.snapshot();

  constructor(private readonly options: DirectLineConversationsOptions) {
    this.poller = setInterval(() => this.poll(), options.pollMs);
    this.poller.unref();
    // A conversation outlives its idle time by at most a tenth of it (and a minute).
    this.sweeper = setInterval(() => this.evictIdle(), Math.min(60_000, Math.max(1000, options.idleMs / 10)));
    this.sweeper.unref();
  }

  /** How many conversations this process holds in memory. */
  get liveCount(): number {
    return this.live.size;
  }

  /** True while the conversation has an open stream in this process (its idle time starts when that closes). */
  isStreaming(conversationId: string): boolean {
    return this.streaming.has(conversationId);
  }

  /** Marks a conversation as in use (started, reconnected, read): it stays in memory for the idle time. */
  touch(conversationId: string): void {
    this.liveOf(conversationId).lastUsed = this.options.now();
  }

  /**
   * Drops the conversations idle for the idle time (no open stream, no request) from memory.
   * @returns how many were dropped.
   */
  evictIdle(): number {
    const now = this.options.now();
    let evicted = 0;
    for (const [conversationId, conversation] of this.live) {
      if (conversation.subscribers?.size) continue;
      if (now - conversation.lastUsed < this.options.idleMs) {
        // The rate window is all a quiet conversation needs of its past posts.
        conversation.recentPosts = conversation.recentPosts.filter((t) => now - t < 60_000);
        continue;
      }
      this.live.delete(conversationId);
      evicted += 1;
    }
    return evicted;
  }

  /** True once the conversation has an activity (in any process). */
  async exists(conversationId: string): Promise<boolean> {
    return (await this.options.store.activityStreams.list(conversationId, { limit: 1 })).length > 0;
  }

  /**
   * Stores an activity under the conversation's next id. With a `clientActivityId` the conversation has already
   * (a retried post), stores nothing and returns the first one (`stored: false`).
   */
  async append(
    conversationId: string,
    activity: Partial<Activity>,
    clientActivityId?: string,
  ): Promise<{ activity: Partial<Activity>; stored: boolean }> {
    const now = new Date(this.options.now());
    const { stored, entry } = await this.options.store.activityStreams.append({
      conversationId,
      activity: JSON.parse(JSON.stringify({ ...activity, timestamp: activity.timestamp ?? now })) as Record<
        string,
        unknown
      >,
      ...(clientActivityId !== undefined ? { clientActivityId } : {}),
      createdAt: now.toISOString(),
    });
    if (stored) this.publishWhenDurable(conversationId, entry.sequence);
    return { activity: toActivity(entry), stored };
  }

  /** Activities after a watermark (the newest when it is missing or unreadable) and the new watermark. */
  async since(
    conversationId: string,
    watermark: string | undefined,
  ): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    const next = /^\d+$/.test(watermark ?? '') ? Number(watermark) : undefined;
    const entries = await this.options.store.activityStreams.list(conversationId, {
      ...(next !== undefined ? { after: next - 1 } : {}),
      limit: this.options.maxHistory,
    });
    const visible = this.visible(conversationId, entries);
    const last = visible[visible.length - 1];
    return {
      activities: visible.map(toActivity),
      watermark: last ? String(last.sequence + 1) : (watermark ?? '0'),
    };
  }

  /**
   * Sends the conversation's activities after `watermark` to `deliver`, now and whenever more arrive.
   * @returns unsubscribe.
   */
  subscribe(conversationId: string, watermark: string | undefined, deliver: Deliver): () => void {
    const subscriber: Subscriber = { watermark, deliver, busy: false, again: false };
    const conversation = this.liveOf(conversationId);
    conversation.lastUsed = this.options.now();
    (conversation.subscribers ??= new Set()).add(subscriber);
    this.streaming.add(conversationId);
    void this.pull(conversationId, subscriber);
    return () => {
      const subscribers = this.live.get(conversationId)?.subscribers;
      subscribers?.delete(subscriber);
      if (!subscribers?.size) this.streaming.delete(conversationId);
      // The idle time counts from when the last stream closed.
      this.touch(conversationId);
    };
  }

  /** Counts a post against the per-minute limit; false when the conversation is over it. */
  allowPost(conversationId: string): boolean {
    const conversation = this.liveOf(conversationId);
    const now = this.options.now();
    conversation.lastUsed = now;
    conversation.recentPosts = conversation.recentPosts.filter((t) => now - t < 60_000);
    if (conversation.recentPosts.length >= this.options.postsPerMinute) return false;
    conversation.recentPosts.push(now);
    return true;
  }

  /** Seconds until the oldest counted post leaves the window. */
  retryAfterSeconds(conversationId: string): number {
    const oldest = this.live.get(conversationId)?.recentPosts[0] ?? this.options.now();
    return Math.max(1, Math.ceil((oldest + 60_000 - this.options.now()) / 1000));
  }

  close(): void {
    clearInterval(this.poller);
    clearInterval(this.sweeper);
    this.live.clear();
    this.streaming.clear();
  }

  private liveOf(conversationId: string): LiveConversation {
    let conversation = this.live.get(conversationId);
    if (!conversation) {
      conversation = { recentPosts: [], lastUsed: this.options.now() };
      this.live.set(conversationId, conversation);
    }
    return conversation;
  }

  /** What clients may see of `entries`: up to this process's first activity not yet on disk. */
  private visible(conversationId: string, entries: StreamActivity[]): StreamActivity[] {
    const pending = this.pending.get(conversationId);
    if (!pending || pending.size === 0) return entries;
    const firstPending = Math.min(...pending);
    return entries.filter((entry) => entry.sequence < firstPending);
  }

  private publishWhenDurable(conversationId: string, sequence: number): void {
    let pending = this.pending.get(conversationId);
    if (!pending) {
      pending = new Set();
      this.pending.set(conversationId, pending);
    }
    pending.add(sequence);
    const settle = (): void => {
      pending.delete(sequence);
      if (pending.size === 0 && this.pending.get(conversationId) === pending) this.pending.delete(conversationId);
      this.wake(conversationId);
    };
    // A batch that failed to commit took the activity with it: nothing to show, the sequence number is free.
    this.outsideUnits(() => this.options.store.durable()).then(settle, settle);
  }

  private wake(conversationId: string): void {
    for (const subscriber of this.live.get(conversationId)?.subscribers ?? [])
      void this.pull(conversationId, subscriber);
  }

  private async pull(conversationId: string, subscriber: Subscriber): Promise<void> {
    if (subscriber.busy) {
      subscriber.again = true;
      return;
    }
    subscriber.busy = true;
    try {
      do {
        subscriber.again = false;
        const { activities, watermark } = await this.since(conversationId, subscriber.watermark);
        if (activities.length > 0) {
          subscriber.watermark = watermark;
          subscriber.deliver(activities, watermark);
        }
      } while (subscriber.again);
    } catch (err) {
      this.options.logger.warn({ err, conversation: conversationId }, 'could not read a web chat stream');
    } finally {
      subscriber.busy = false;
    }
  }

  /** Looks for other processes' activities on open streams. */
  private poll(): void {
    for (const conversationId of this.streaming) this.wake(conversationId);
  }
}
