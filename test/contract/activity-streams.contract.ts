import type { Store } from '../../src/store';

const T0 = '2026-11-23T02:00:00.000Z';

/** The activity-stream part of the store contract (web chat conversations read by watermark). */
export function describeActivityStreamContract(getStore: () => Store, openPeer: () => Promise<Store>): void {
  describe('activity streams', () => {
    const entry = (conversationId: string, text: string, clientActivityId?: string) => ({
      conversationId,
      activity: { type: 'message', text, channelData: { clientActivityID: clientActivityId } },
      ...(clientActivityId ? { clientActivityId } : {}),
      createdAt: T0,
    });

    it('numbers each conversation’s activities 0, 1, 2 … across connections, and lists them by watermark', async () => {
      const store = getStore();
      const peer = await openPeer();
      const first = await store.activityStreams.append(entry('conv-a', 'hello'));
      const second = await peer.activityStreams.append(entry('conv-a', 'hi, how can I help?'));
      const other = await store.activityStreams.append(entry('conv-b', 'another customer'));
      const third = await store.activityStreams.append(entry('conv-a', '$schema and dots.are kept'));
      expect([first, second, third].map((r) => [r.stored, r.entry.sequence])).toEqual([
        [true, 0],
        [true, 1],
        [true, 2],
      ]);
      expect(other.entry.sequence).toBe(0);
      expect(first.entry).toEqual({
        conversationId: 'conv-a',
        sequence: 0,
        activity: { type: 'message', text: 'hello', channelData: {} },
        createdAt: T0,
      });
      const all = await peer.activityStreams.list('conv-a', { limit: 100 });
      expect(all.map((e) => e.activity.text)).toEqual(['hello', 'hi, how can I help?', '$schema and dots.are kept']);
      expect((await store.activityStreams.list('conv-a', { after: 0, limit: 100 })).map((e) => e.sequence)).toEqual([
        1, 2,
      ]);
      expect((await store.activityStreams.list('conv-a', { after: 0, limit: 1 })).map((e) => e.sequence)).toEqual([1]);
      expect((await store.activityStreams.list('conv-a', { limit: 2 })).map((e) => e.sequence)).toEqual([1, 2]);
      expect(await store.activityStreams.list('conv-a', { after: 2, limit: 100 })).toEqual([]);
      expect(await store.activityStreams.list('conv-none', { limit: 100 })).toEqual([]);
    });

    it('stores a post retried with the same clientActivityID once and returns the first one', async () => {
      const store = getStore();
      const first = await store.activityStreams.append(entry('conv-a', 'where is SF1402837465921', 'c-1'));
      const retried = await (await openPeer()).activityStreams.append(entry('conv-a', 'retry', 'c-1'));
      expect(retried).toEqual({ stored: false, entry: first.entry });
      expect(first.entry.clientActivityId).toBe('c-1');
      // The same client id in another conversation is another post.
      expect((await store.activityStreams.append(entry('conv-b', 'mine', 'c-1'))).stored).toBe(true);
      const next = await store.activityStreams.append(entry('conv-a', 'next', 'c-2'));
      expect(next.entry.sequence).toBe(1);
      expect(await store.activityStreams.list('conv-a', { limit: 100 })).toHaveLength(2);
    });
  });
}
