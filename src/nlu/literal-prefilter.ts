/**
 * Many regular expressions over one short text, run only where they can match: each alternative is read once for
 * the clauses of literals every match of it satisfies (literal-needs.ts), and an Aho–Corasick automaton of all those
 * literals (literal-trie.ts) runs over the text once. An alternative with a clause none of whose literals occurs cannot
 * match and is not run; one that is a plain literal which occurs matches without being run. The answer is always the
 * regexes' own: the filter only skips work.
 */
import { requiredClauses, type Clause } from './literal-needs';
import { LiteralTrie, OUTPUTS, TRIE_ARRAYS, buildNode, insert, type BuildNode, type TrieArrays } from './literal-trie';

const PLAIN = /^[^\\^$.|?*+()[\]{}]+$/;
// The two most selective clauses of an alternative leave few regexes to run; more clauses cost the scan more
// (common characters such as 了 or a space need one for hundreds of alternatives) than they save.
const MAX_CLAUSES = 2;

/** A PatternSet as `npm run build` writes it (JSON): its alternatives, clauses and trie. */
export interface SavedPatternSet {
  groups: string[][];
  sources: string[];
  groupOf: number[];
  unfiltered: number[];
  clauseCount: number[];
  clauseOf: number[];
  /** The trie's arrays in base64 (the machine's byte order). */
  trie: Record<keyof TrieArrays, string>;
}

function sameGroups(a: string[][], b: string[][]): boolean {
  return (
    a.length === b.length &&
    a.every((group, i) => {
      const other = b[i] as string[];
      return group.length === other.length && group.every((alternative, k) => alternative === other[k]);
    })
  );
}

/** The arrays of a saved trie (copies: a Buffer may sit at an offset no wider array can start at); undefined when one is missing. */
function trieArraysOf(saved: Partial<Record<keyof TrieArrays, string>>): TrieArrays | undefined {
  if (TRIE_ARRAYS.some((name) => typeof saved[name] !== 'string')) return undefined;
  const bytes = (name: keyof TrieArrays): ArrayBuffer => {
    const buffer = Buffer.from(saved[name] as string, 'base64');
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  };
  return {
    root: new Int32Array(bytes('root')),
    edgeFrom: new Int32Array(bytes('edgeFrom')),
    edgeCode: new Uint16Array(bytes('edgeCode')),
    edgeTo: new Int32Array(bytes('edgeTo')),
    clauseStart: new Int32Array(bytes('clauseStart')),
    clauseList: new Int32Array(bytes('clauseList')),
    sureStart: new Int32Array(bytes('sureStart')),
    sureList: new Int32Array(bytes('sureList')),
    fail: new Int32Array(bytes('fail')),
  };
}

/**
 * Groups of regex alternatives (sources), each group read as their union. `matching(text)` says which groups
 * match the text — as `new RegExp(group.map((p) => `(?:${p})`).join('|'), 'u').test(text)` would — running
 * only the alternatives all of whose clauses a literal of the text satisfies.
 */
export class PatternSet {
  private readonly trie: LiteralTrie;
  /** Every alternative on its own, compiled when a text first needs it, and its group. */
  private readonly sources: string[] = [];
  private readonly regexes: (RegExp | undefined)[] = [];
  private readonly groupOf: number[] = [];
  /** Alternatives that name no literal, run on every text. */
  private readonly unfiltered: number[] = [];
  /** Each alternative's number of clauses; each clause's alternative. */
  private readonly clauseCount: number[] = [];
  private readonly clauseOf: number[] = [];
  /** A scan's scratch: which alternatives it met (1 maybe, 2 sure), how many of their clauses, which clauses. */
  private readonly state: Uint8Array;
  private readonly satisfied: Uint16Array;
  private readonly clauseMet: Uint8Array;
  private readonly met: Int32Array;
  private readonly metClauses: Int32Array;
  /** The scan that last gave each trie node's outputs: a literal's second occurrence in a text adds nothing. */
  private readonly nodeScan: Uint32Array;
  private scan = 0;
  private metClauseCount = 0;
  /** The answer, per group: refilled by each call (reading is synchronous; callers read it before asking again). */
  private readonly result: Uint8Array;
  /** The groups the last call found, in increasing order: `found[0 .. foundCount)`. */
  readonly found: Int32Array;
  private foundCount = 0;

  /**
   * @param known the clauses of alternatives read earlier (`npm run build` writes them for the cue file, so that
   * start-up need not read every pattern); an alternative not in it is read now. `saved` is `save()` of a set
   * built earlier (by `npm run build`), used when it was built from the same groups.
   */
  constructor(
    private readonly groups: string[][],
    known: Readonly<Record<string, Clause[] | null>> | (() => Readonly<Record<string, Clause[] | null>>) = {},
    saved?: SavedPatternSet,
  ) {
    // A set saved by an older build (its trie without failure links) is built afresh like a changed one.
    const savedTrie = saved && sameGroups(saved.groups, groups) ? trieArraysOf(saved.trie) : undefined;
    if (saved && savedTrie) {
      this.sources = saved.sources;
      this.groupOf = saved.groupOf;
      this.unfiltered = saved.unfiltered;
      this.clauseCount = saved.clauseCount;
      this.clauseOf = saved.clauseOf;
      this.trie = new LiteralTrie(savedTrie);
    } else this.trie = this.build(typeof known === 'function' ? known() : known);
    this.state = new Uint8Array(this.sources.length);
    this.satisfied = new Uint16Array(this.sources.length);
    this.met = new Int32Array(this.sources.length);
    this.clauseMet = new Uint8Array(this.clauseOf.length);
    this.metClauses = new Int32Array(this.clauseOf.length);
    this.nodeScan = new Uint32Array(this.trie.clauseStart.length);
    this.result = new Uint8Array(groups.length);
    this.found = new Int32Array(groups.length);
  }

  /** What `npm run build` writes for the constructor's `saved`. */
  save(): SavedPatternSet {
    const { sources, groupOf, unfiltered, clauseCount, clauseOf } = this;
    const trie = Object.fromEntries(
      Object.entries(this.trie.arrays).map(([name, array]: [string, Int32Array | Uint16Array]) => [
        name,
        Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64'),
      ]),
    ) as Record<keyof TrieArrays, string>;
    return { groups: this.groups, sources, groupOf, unfiltered, clauseCount, clauseOf, trie };
  }

  private build(known: Readonly<Record<string, Clause[] | null>>): LiteralTrie {
    const { groups } = this;
    const root = buildNode();
    groups.forEach((alternatives, group) => {
      // A backreference counts groups across the whole union: such a group is run as the union, always.
      if (alternatives.some((a) => /\\[1-9k]/.test(a))) {
        this.add(root, alternatives.map((a) => `(?:${a})`).join('|'), group, null);
        return;
      }
      for (const alternative of alternatives)
        this.add(
          root,
          alternative,
          group,
          (Object.hasOwn(known, alternative) ? (known[alternative] ?? null) : requiredClauses(alternative))?.slice(
            0,
            MAX_CLAUSES,
          ) ?? null,
        );
    });
    return LiteralTrie.build(root);
  }

  private add(root: BuildNode, source: string, group: number, clauses: Clause[] | null): void {
    const alternative = this.sources.length;
    this.sources.push(source);
    this.groupOf.push(group);
    this.clauseCount.push(clauses?.length ?? 0);
    if (!clauses) this.unfiltered.push(alternative);
    else
      for (const clause of clauses) {
        const id = this.clauseOf.push(alternative) - 1;
        for (const literal of clause) (insert(root, literal).clauses ??= []).push(id);
      }
    if (PLAIN.test(source)) {
      const sure = (insert(root, source).sure ??= []);
      if (!sure.includes(alternative)) sure.push(alternative);
    }
  }

  private regexOf(alternative: number): RegExp {
    return (this.regexes[alternative] ??= new RegExp(this.sources[alternative] as string, 'u'));
  }

  /** Every alternative compiled: throws on the first one that is not a valid regex. */
  compileAll(): void {
    this.sources.forEach((_, alternative) => this.regexOf(alternative));
  }

  /** Per group, 1 when it matches the text, 0 when not (an array the next call of this set refills). */
  matching(text: string): Uint8Array {
    return this.answer(text, true);
  }

  /**
   * `matching(text)` as a list: how many groups match, which are `found[0 ..` that count`)`, in increasing order (for a
   * caller that would otherwise walk the per-group array of every group to find the few that match). Refilled by the
   * next call of this set.
   */
  matchingCount(text: string): number {
    this.answer(text, true);
    return this.foundCount;
  }

  /**
   * Per group, 0 when it cannot match the text (no alternative has a literal of each of its clauses there), else 1:
   * the trie's word alone, no regex run. For a caller that then runs its own regex, with its own flags. The array is
   * refilled by the next call of this set.
   */
  mayMatch(text: string): Uint8Array {
    return this.answer(text, false);
  }

  private answer(text: string, run: boolean): Uint8Array {
    const { state, satisfied, clauseMet, met, metClauses, result, found } = this;
    const metCount = this.scanText(text);
    result.fill(0);
    let foundCount = 0;
    for (let m = 0; m < metCount; m += 1) {
      const alternative = met[m] as number;
      const group = this.groupOf[alternative] as number;
      if (
        result[group] === 0 &&
        (state[alternative] === 2 ||
          (satisfied[alternative] === this.clauseCount[alternative] && (!run || this.regexOf(alternative).test(text))))
      ) {
        result[group] = 1;
        // Kept in increasing order as they come (a message matches a few groups: insertion is enough).
        let k = foundCount;
        for (; k > 0 && (found[k - 1] as number) > group; k -= 1) found[k] = found[k - 1] as number;
        found[k] = group;
        foundCount += 1;
      }
      state[alternative] = 0;
      satisfied[alternative] = 0;
    }
    for (let c = 0; c < this.metClauseCount; c += 1) clauseMet[metClauses[c] as number] = 0;
    this.foundCount = foundCount;
    return result;
  }

  /**
   * Runs the automaton over the text: `met` lists the alternatives it met (`state` 1 maybe, 2 sure), `satisfied` how
   * many of their clauses; returns how many. The caller resets `state`, `satisfied` and the met clauses.
   */
  private scanText(text: string): number {
    const { trie, state, satisfied, clauseMet, met, metClauses, clauseOf, nodeScan } = this;
    const { firstOutput, nextOutput, sureStart, sureList, clauseStart, clauseList } = trie;
    if (++this.scan === 0xffffffff) {
      nodeScan.fill(0);
      this.scan = 1;
    }
    const scan = this.scan;
    let metCount = 0;
    let clauseCount = 0;
    for (const alternative of this.unfiltered) {
      state[alternative] = 1;
      met[metCount++] = alternative;
    }
    let at = 0;
    for (let i = 0; i < text.length; i += 1) {
      const move = trie.move(at, text.charCodeAt(i));
      at = move & ~OUTPUTS;
      // Most characters end no literal: the move says so, and no table of outputs is read for them.
      if ((move & OUTPUTS) === 0) continue;
      // Every literal ending here, down the failure chain; a node met earlier in this scan gave its outputs and
      // those of the rest of its chain then.
      for (
        let node = firstOutput[at] as number;
        node >= 0 && nodeScan[node] !== scan;
        node = nextOutput[node] as number
      ) {
        nodeScan[node] = scan;
        for (let k = sureStart[node] as number, end = sureStart[node + 1] as number; k < end; k += 1) {
          const alternative = sureList[k] as number;
          if (state[alternative] === 0) met[metCount++] = alternative;
          state[alternative] = 2;
        }
        for (let k = clauseStart[node] as number, end = clauseStart[node + 1] as number; k < end; k += 1) {
          const clause = clauseList[k] as number;
          if (clauseMet[clause] !== 0) continue;
          clauseMet[clause] = 1;
          metClauses[clauseCount++] = clause;
          const alternative = clauseOf[clause] as number;
          satisfied[alternative] = (satisfied[alternative] as number) + 1;
          if (state[alternative] === 0) {
            state[alternative] = 1;
            met[metCount++] = alternative;
          }
        }
      }
    }
    this.metClauseCount = clauseCount;
    return metCount;
  }
}
