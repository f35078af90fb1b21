/**
 * Two UTF-16 code units (a character bigram) → a non-negative integer, in an open-addressing hash table of typed
 * arrays: no string is built to look a pair up, which is what the NLU's per-character loops need.
 */
export class CodePairs {
  private readonly keys: Int32Array;
  /** -1 marks an empty slot. */
  private readonly values: Int32Array;
  private readonly shift: number;

  /** @param flat the pairs as [first << 16 | second, value, ...]: no array per pair (start-up reads them so). */
  constructor(flat: Int32Array) {
    let bits = 4;
    while (1 << bits < flat.length) bits += 1;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits).fill(-1);
    const mask = this.keys.length - 1;
    for (let i = 0; i < flat.length; i += 2) {
      const key = flat[i] as number;
      const value = flat[i + 1] as number;
      if (value < 0) throw new RangeError(`CodePairs holds non-negative values, not ${value}`);
      let slot = this.slotOf(key);
      while (this.values[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The pair's value, or -1. */
  get(first: number, second: number): number {
    const key = (first << 16) | second;
    const mask = this.keys.length - 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const value = this.values[slot] as number;
      if (value === -1 || this.keys[slot] === key) return value;
    }
  }
}
