import type { Activity } from 'botbuilder';

type Listener = (activities: Partial<Activity>[], watermark: string) => void;

interface LiveConversation {
  userId: string;
  /** Activities in order; `base` is the watermark of the first one kept. */
  history: Partial<Activity>[];
  base: number;
  listeners: Set<Listener>;
  /** Times (ms) of recent posts, for the per-minute limit. */
  recentPosts: number[];
}

/**
 * The activity streams of live Direct Line conversations: what each client can still fetch by watermark
 * or receive on its WebSocket.
 * @remarks Kept in this process's memory and bounded per conversation; the durable record of every message
 * is the transcript in the store. A conversation unknown after a restart is re-opened empty when a valid
 * token for it comes back.
 */
export class DirectLineConversations {
  private readonly conversations = new Map<string, LiveConversation>();

  constructor(private readonly options: { maxHistory: number; postsPerMinute: number; now: () => number }) {}

  ensure(conversationId: string, userId: string): LiveConversation {
    let conversation = this.conversations.get(conversationId);
    if (!conversation) {
      conversation = { userId, history: [], base: 0, listeners: new Set(), recentPosts: [] };
      this.conversations.set(conversationId, conversation);
    }
    return conversation;
  }

  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** Stores an activity under the next id (`<conversation>|0000042`) and pushes it to live listeners. */
  append(conversationId: string, activity: Partial<Activity>): Partial<Activity> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new Error(`conversation ${conversationId} is not open`);
    const sequence = conversation.base + conversation.history.length;
    const stored: Partial<Activity> = {
      ...activity,
      id: activity.id ?? `${conversationId}|${String(sequence).padStart(7, '0')}`,
      timestamp: activity.timestamp ?? new Date(this.options.now()),
    };
    conversation.history.push(stored);
    if (conversation.history.length > this.options.maxHistory) {
      conversation.history.shift();
      conversation.base += 1;
    }
    const watermark = String(sequence + 1);
    for (const listener of conversation.listeners) listener([stored], watermark);
    return stored;
  }

  /** Activities after a watermark (all when it is missing or unreadable) and the new watermark. */
  since(conversationId: string, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return { activities: [], watermark: watermark ?? '0' };
    const from = Math.max(Number.parseInt(watermark ?? '0', 10) || 0, conversation.base);
    const end = conversation.base + conversation.history.length;
    return { activities: conversation.history.slice(from - conversation.base), watermark: String(end) };
  }

  subscribe(conversationId: string, listener: Listener): () => void {
    const conversation = this.conversations.get(conversationId);
    conversation?.listeners.add(listener);
    return () => conversation?.listeners.delete(listener);
  }

  /** Counts a post against the per-minute limit; false when the conversation is over it. */
  allowPost(conversationId: string): boolean {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return false;
    const now = this.options.now();
    conversation.recentPosts = conversation.recentPosts.filter((t) => now - t < 60_000);
    if (conversation.recentPosts.length >= this.options.postsPerMinute) return false;
    conversation.recentPosts.push(now);
    return true;
  }

  /** Seconds until the oldest counted post leaves the window. */
  retryAfterSeconds(conversationId: string): number {
    const oldest = this.conversations.get(conversationId)?.recentPosts[0] ?? this.options.now();
    return Math.max(1, Math.ceil((oldest + 60_000 - this.options.now()) / 1000));
  }
}
