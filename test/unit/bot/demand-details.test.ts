import { demandDetailsIn } from '../../../src/bot/demand-details';

describe('demandDetailsIn', () => {
  it('leaves the phone given with a demand out of it', () => {
    expect(demandDetailsIn('电话13712341111 尽快给我回复')).toEqual(['尽快给我回复']);
  });

  it('reads a 2,000-character padded message at once, never stalling the server (review of #17)', () => {
    const padded = [
      `call me on${' '.repeat(2000)}x`,
      `x${' '.repeat(2000)}x`,
      `1${' '.repeat(2000)}x`,
      `phone is${' \t'.repeat(1000)}1`,
      `电话 是${' '.repeat(2000)}尽快`,
      `not wrong 1 ${'1 - '.repeat(500)}x`,
    ];
    for (const text of padded) {
      const started = Date.now();
      demandDetailsIn(text, true);
      // (A stall took seconds; the bound leaves room for a busy shared machine — 200 ms failed once under load.)
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });
});
