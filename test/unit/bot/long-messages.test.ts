import { cutMessageOf, cutToLimit } from '../../../src/bot/long-messages';

describe('cutToLimit', () => {
  it('leaves a message within the limit as it is, and marks nothing', () => {
    const activity = cutToLimit({ type: 'message', text: 'x'.repeat(10), channelData: { clientActivityID: 'a' } }, 10);
    expect(activity).toEqual({ type: 'message', text: 'x'.repeat(10), channelData: { clientActivityID: 'a' } });
    expect(cutMessageOf(activity)).toBeUndefined();
  });

  it('keeps the first `limit` characters and an ellipsis, and says how long the message was', () => {
    const activity = cutToLimit({ type: 'message', text: '快递'.repeat(8), channelData: { clientActivityID: 'a' } }, 5);
    expect(activity.text).toBe('快递快递快…');
    expect(activity.channelData).toMatchObject({ clientActivityID: 'a' });
    expect(cutMessageOf(activity)).toEqual({ chars: 16, limit: 5 });
  });

  it('never splits an emoji (a surrogate pair) in two', () => {
    const activity = cutToLimit({ type: 'message', text: `abcd${'📦'.repeat(3)}` }, 5);
    expect(activity.text).toBe('abcd…');
    expect(cutMessageOf(activity)).toEqual({ chars: 10, limit: 5 });
  });

  it('drops a mark the client set itself', () => {
    const forged = { type: 'message', text: 'hi', channelData: { parcelcareCut: { chars: 9999, limit: 1 }, x: 1 } };
    expect(cutMessageOf(forged)).toBeDefined();
    const activity = cutToLimit(forged, 2000);
    expect(activity.channelData).toEqual({ x: 1 });
    expect(cutMessageOf(activity)).toBeUndefined();
  });
});
