/**
 * Two UTF-16 code units (a character bigram) → a non-negative integer, in an open-addressing hash table of typed
 * arrays: no string is built to look a pair up, which is what the NLU's per-character loops need.
 */
export class CodePairs {
  /**
   * [key, value] per slot, side by side: a lookup reads one cache line, not one in a table of keys and another in a
   * table of values (the NLU looks up every character bigram of a message). A value of -1 marks an empty slot.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  /** @param flat the pairs as [first << 16 | second, value, ...]: no array per pair (start-up reads them so). */
  constructor(flat: Int32Array) {
    let bits = 4;
    while (1 << bits < flat.length) bits += 1;
    this.shift = 32 - bits;
    this.slots = new Int32Array(2 << bits).fill(-1);
    this.mask = (1 << bits) - 1;
    const { slots, mask } = this;
    for (let i = 0; i < flat.length; i += 2) {
      const key = flat[i] as number;
      const value = flat[i + 1] as number;
      if (value < 0) throw new RangeError(`CodePairs holds non-negative values, not ${value}`);
      let slot = this.slotOf(key);
      while (slots[2 * slot + 1] !== -1 && slots[2 * slot] !== key) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = value;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The pair's value, or -1. */
  get(first: number, second: number): number {
    const key = (first << 16) | second;
    const { slots, mask } = this;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const value = slots[2 * slot + 1] as number;
      if (value === -1 || slots[2 * slot] === key) return value;
    }
  }
}
