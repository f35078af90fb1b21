import pino from 'pino';
import { DirectLineConversations } from '../../../src/channels/webchat/directline.conversations';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

/** A durability signal the test releases by hand: the store's own commits, held back until `release`. */
class HeldCommits {
  private waiting: (() => void)[] = [];
  constructor(private readonly store: SqliteStore) {}
  durable = (): Promise<void> =>
    new Promise((resolve, reject) => this.waiting.push(() => void this.store.durable().then(resolve, reject)));
  release(): void {
    for (const go of this.waiting.splice(0)) go();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('DirectLineConversations (web chat streams on the real embedded store)', () => {
  let store: SqliteStore;
  let commits: HeldCommits;
  let streams: DirectLineConversations;

  beforeEach(() => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    commits = new HeldCommits(store);
    streams = new DirectLineConversations({
      store: { activityStreams: store.activityStreams, durable: commits.durable },
      maxHistory: 500,
      postsPerMinute: 30,
      pollMs: 60_000,
      idleMs: 30 * 60_000,
      now: () => Date.now(),
      logger: pino({ level: 'silent' }),
    });
  });
  afterEach(async () => {
    streams.close();
    await store.close();
  });

  it('shows an activity to clients (reads and open streams) only once it is on disk', async () => {
    const frames: { texts: (string | undefined)[]; watermark: string }[] = [];
    streams.subscribe('conv-1', undefined, (activities, watermark) =>
      frames.push({ texts: activities.map((a) => a.text), watermark }),
    );
    const { activity } = await streams.append('conv-1', { type: 'message', text: 'your parcel is in Shanghai' });
    expect(activity.id).toBe('conv-1|0000000');
    await settle();
    expect(await streams.since('conv-1', undefined)).toEqual({ activities: [], watermark: '0' });
    expect(frames).toEqual([]);
    commits.release();
    await settle();
    expect(frames).toEqual([{ texts: ['your parcel is in Shanghai'], watermark: '1' }]);
    expect((await streams.since('conv-1', '0')).activities.map((a) => a.id)).toEqual(['conv-1|0000000']);
  });

  it('holds back everything after an activity not yet on disk, so a watermark never skips it', async () => {
    await streams.append('conv-1', { type: 'message', text: 'first' });
    commits.release();
    await settle();
    await streams.append('conv-1', { type: 'message', text: 'second' });
    expect((await streams.since('conv-1', '0')).activities.map((a) => a.text)).toEqual(['first']);
    commits.release();
    await settle();
    expect(await streams.since('conv-1', '1')).toMatchObject({ activities: [{ text: 'second' }], watermark: '2' });
  });

  it('stores a post retried with the same clientActivityID once, and knows conversations by their stream', async () => {
    expect(await streams.exists('conv-1')).toBe(false);
    const first = await streams.append('conv-1', { type: 'message', text: 'hi' }, 'c-1');
    const again = await streams.append('conv-1', { type: 'message', text: 'hi' }, 'c-1');
    expect(again).toEqual({ stored: false, activity: first.activity });
    expect(await streams.exists('conv-1')).toBe(true);
  });
});
