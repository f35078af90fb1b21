import { awayDays, dayClash, whichPlace } from '../../../src/bot/delivery-change-reading';
import { CHOSEN_NUMBER } from '../../../src/bot/notice-answer';
import { barePlaceIn } from '../../../src/bot/shipment-quote';
import type { NluResult } from '../../../src/nlu';

/** A message padded to 2,000 characters (web chat's limit) is read at once, never stalling the server (review of #17). */
describe('a padded message is read at once', () => {
  const spaces = ' '.repeat(2000);
  const tabs = ' \t'.repeat(1000);
  // The bound tells a stall (seconds to minutes before the fix, on these messages) from a read, with room for a busy
  // shared machine: at 200 ms it failed once while two builds ran beside the suite (291 ms).
  const quick = (read: () => unknown): unknown => {
    const started = Date.now();
    const result = read();
    expect(Date.now() - started).toBeLessThan(2000);
    return result;
  };
  const saturday = {
    entities: { dates: [{ text: '周六', start: '2026-11-28T00:00:00+08:00' }] },
  } as unknown as Pick<NluResult, 'entities'>;

  // Each reader once on a short message first: what it builds the first time it runs (its word lists, the script
  // converter) is not the padded message's time — on a busy machine that alone took 600 ms.
  beforeAll(() => {
    barePlaceIn('那拉萨呢');
    whichPlace('the one', { place: 'locker' });
    awayDays('周六 x', saturday);
    dayClash('周六 x', saturday);
    CHOSEN_NUMBER.test('2');
  });

  it('the place a follow-up names', () => {
    quick(() => barePlaceIn(`x${spaces}x`));
    expect(quick(() => barePlaceIn(`那${tabs}拉萨${spaces}呢${spaces}?`))).toBe('拉萨');
  });

  it('the place a hold should use', () => {
    quick(() => whichPlace(`the one${spaces}x`, { place: 'locker' }));
    quick(() => whichPlace(`x${tabs}x`, { place: 'locker' }));
  });

  it('a day the customer is away or at home', () => {
    expect(quick(() => awayDays(`周六${spaces}x`, saturday))).toEqual([]);
    quick(() => dayClash(`周六${tabs}x`, saturday));
  });

  it('a message that is only a number', () => {
    expect(quick(() => CHOSEN_NUMBER.test(`2${spaces}x`))).toBe(false);
    expect(quick(() => CHOSEN_NUMBER.test(`选${spaces}2${spaces}号${spaces}。${spaces}`))).toBe(true);
  });
});
