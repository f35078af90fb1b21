import pino from 'pino';
import { DirectLineConversations } from '../../../src/channels/webchat/directline.conversations';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { TestClock } from '../../support/test-clock';

const MINUTE = 60_000;

describe('idle Direct Line conversations leave memory and reopen from the store (test clock, real store)', () => {
  let store: SqliteStore;
  let clock: TestClock;
  let conversations: DirectLineConversations;

  beforeEach(() => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    clock = new TestClock();
    conversations = new DirectLineConversations({
      store,
      maxHistory: 500,
      postsPerMinute: 3,
      // The timers never fire during a test: the test sweeps by hand after moving the clock.
      pollMs: 3_600_000,
      idleMs: 30 * MINUTE,
      now: () => clock.now().getTime(),
      logger: pino({ level: 'silent' }),
    });
  });
  /** Until the store has synced what was appended (activities are shown only then) and the stream heard of it. */
  const onDisk = async (): Promise<void> => {
    await store.durable();
    await new Promise((resolve) => setImmediate(resolve));
  };
  afterEach(async () => {
    conversations.close();
    await store.close();
  });

  it('keeps a conversation used within the idle time, and drops it once it has been idle that long', () => {
    conversations.touch('conv-a');
    conversations.touch('conv-b');
    clock.advance(20 * MINUTE);
    conversations.touch('conv-b');
    clock.advance(10 * MINUTE - 1);
    expect(conversations.evictIdle()).toBe(0);
    clock.advance(1);
    expect(conversations.evictIdle()).toBe(1);
    expect(conversations.liveCount).toBe(1);
    clock.advance(20 * MINUTE);
    expect(conversations.evictIdle()).toBe(1);
    expect(conversations.liveCount).toBe(0);
  });

  it('never drops a conversation with an open stream; the idle time counts from when the stream closed', () => {
    const unsubscribe = conversations.subscribe('conv-a', undefined, () => undefined);
    clock.advance(5 * 60 * MINUTE);
    expect(conversations.evictIdle()).toBe(0);
    unsubscribe();
    clock.advance(30 * MINUTE - 1);
    expect(conversations.evictIdle()).toBe(0);
    clock.advance(1);
    expect(conversations.evictIdle()).toBe(1);
  });

  it('counts posts against the per-minute limit across a reconnect within the idle time', () => {
    for (let i = 0; i < 3; i++) expect(conversations.allowPost('conv-a')).toBe(true);
    conversations.touch('conv-a');
    expect(conversations.evictIdle()).toBe(0);
    expect(conversations.allowPost('conv-a')).toBe(false);
    clock.advance(MINUTE);
    expect(conversations.allowPost('conv-a')).toBe(true);
  });

  it('reopens an evicted conversation from the store: history after the watermark, then new activities', async () => {
    await conversations.append('conv-a', { type: 'message', text: 'where is SF1402837465921?' });
    await conversations.append('conv-a', { type: 'message', text: 'in Shanghai, due tomorrow' });
    await onDisk();
    // The client reads (the service marks its conversation in use), then goes away.
    conversations.touch('conv-a');
    const { watermark } = await conversations.since('conv-a', undefined);
    await conversations.append('conv-a', { type: 'message', text: 'an agent will call you' });
    await onDisk();
    clock.advance(31 * MINUTE);
    expect(conversations.evictIdle()).toBe(1);
    expect(conversations.liveCount).toBe(0);

    expect(await conversations.exists('conv-a')).toBe(true);
    const missed = await conversations.since('conv-a', watermark);
    expect(missed.activities.map((a) => a.text)).toEqual(['an agent will call you']);
    const streamed: string[] = [];
    conversations.subscribe('conv-a', watermark, (activities) => streamed.push(...activities.map((a) => a.text ?? '')));
    await conversations.append('conv-a', { type: 'message', text: 'thanks' });
    await onDisk();
    for (let i = 0; i < 20 && streamed.length < 2; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(streamed).toEqual(['an agent will call you', 'thanks']);
    expect((await conversations.since('conv-a', '0')).activities.map((a) => a.id)).toEqual([
      'conv-a|0000000',
      'conv-a|0000001',
      'conv-a|0000002',
      'conv-a|0000003',
    ]);
  });
});
