/**
 * Many regular expressions over one short text, run only where they can match: each alternative is read once for
 * the clauses of literals every match of it satisfies (literal-needs.ts), and a trie of all those literals is walked
 * over the text once. An alternative with a clause none of whose literals occurs cannot match and is not run; one
 * that is a plain literal which occurs matches without being run. The answer is always the regexes' own: the
 * filter only skips work.
 */
import { requiredClauses, type Clause } from './literal-needs';

const PLAIN = /^[^\\^$.|?*+()[\]{}]+$/;
// The two most selective clauses of an alternative leave few regexes to run; more clauses cost the scan more
// (common characters such as 了 or a space need one for hundreds of alternatives) than they save.
const MAX_CLAUSES = 2;

interface BuildNode {
  next: Map<number, BuildNode> | null;
  id: number;
  /** Clauses this literal satisfies, and alternatives it is (they match). */
  clauses: number[] | null;
  sure: number[] | null;
}

const buildNode = (): BuildNode => ({ next: null, id: 0, clauses: null, sure: null });
const NO_OUTPUTS: number[] = [];

/** A trie's arrays (LiteralTrie): what `npm run build` writes, so start-up does not insert a thousand literals. */
interface TrieArrays {
  /** [code unit, node] for each child of the root. */
  root: Int32Array;
  edgeFrom: Int32Array;
  edgeCode: Uint16Array;
  /** -1 marks an empty slot. */
  edgeTo: Int32Array;
  /** Node n's clauses are clauseList[clauseStart[n] .. clauseStart[n + 1]), its sure alternatives likewise. */
  clauseStart: Int32Array;
  clauseList: Int32Array;
  sureStart: Int32Array;
  sureList: Int32Array;
}

/**
 * The literals as a trie in typed arrays: the root's children by code unit, every other edge in an open-addressing
 * hash of (node, code unit), and each node's outputs as a range of a flat list.
 */
class LiteralTrie {
  /** The root's child for each code unit, or -1: most positions of a text start no literal. */
  readonly rootChild = new Int32Array(0x10000).fill(-1);
  private readonly edgeFrom: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly shift: number;
  readonly clauseStart: Int32Array;
  readonly clauseList: Int32Array;
  readonly sureStart: Int32Array;
  readonly sureList: Int32Array;

  constructor(readonly arrays: TrieArrays) {
    const { root } = arrays;
    for (let i = 0; i < root.length; i += 2) this.rootChild[root[i] as number] = root[i + 1] as number;
    ({
      edgeFrom: this.edgeFrom,
      edgeCode: this.edgeCode,
      edgeTo: this.edgeTo,
      clauseStart: this.clauseStart,
      clauseList: this.clauseList,
      sureStart: this.sureStart,
      sureList: this.sureList,
    } = arrays);
    // The edge table's size is a power of two, 2^bits: its hash keeps the top `bits` bits.
    this.shift = Math.clz32(this.edgeTo.length) + 1;
  }

  static build(root: BuildNode): LiteralTrie {
    const nodes: BuildNode[] = [root];
    for (let i = 0; i < nodes.length; i += 1)
      for (const child of (nodes[i] as BuildNode).next?.values() ?? []) {
        child.id = nodes.length;
        nodes.push(child);
      }
    let bits = 4;
    while (1 << bits < nodes.length * 2) bits += 1;
    const shift = 32 - bits;
    const edgeFrom = new Int32Array(1 << bits);
    const edgeCode = new Uint16Array(1 << bits);
    const edgeTo = new Int32Array(1 << bits).fill(-1);
    const rootEdges: number[] = [];
    const mask = edgeTo.length - 1;
    for (const from of nodes)
      for (const [code, to] of from.next ?? []) {
        if (from === root) {
          rootEdges.push(code, to.id);
          continue;
        }
        let slot = slotOf(from.id, code, shift);
        while (edgeTo[slot] !== -1) slot = (slot + 1) & mask;
        edgeFrom[slot] = from.id;
        edgeCode[slot] = code;
        edgeTo[slot] = to.id;
      }
    const [clauseStart, clauseList] = flatten(nodes.map((n) => n.clauses ?? NO_OUTPUTS));
    const [sureStart, sureList] = flatten(nodes.map((n) => n.sure ?? NO_OUTPUTS));
    return new LiteralTrie({
      root: Int32Array.from(rootEdges),
      edgeFrom,
      edgeCode,
      edgeTo,
      clauseStart,
      clauseList,
      sureStart,
      sureList,
    });
  }

  /** The child of a node other than the root, or -1. */
  child(from: number, code: number): number {
    const mask = this.edgeTo.length - 1;
    for (let slot = slotOf(from, code, this.shift); ; slot = (slot + 1) & mask) {
      const to = this.edgeTo[slot] as number;
      if (to === -1 || (this.edgeFrom[slot] === from && this.edgeCode[slot] === code)) return to;
    }
  }
}

const slotOf = (from: number, code: number, shift: number): number =>
  (Math.imul(from, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> shift;

function flatten(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i += 1) start[i + 1] = (start[i] as number) + (lists[i] as number[]).length;
  const flat = new Int32Array(start[lists.length] as number);
  for (let i = 0; i < lists.length; i += 1) flat.set(lists[i] as number[], start[i]);
  return [start, flat];
}

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

/** The arrays of a saved trie (copies: a Buffer may sit at an offset no wider array can start at). */
function trieArraysOf(saved: Record<keyof TrieArrays, string>): TrieArrays {
  const bytes = (name: keyof TrieArrays): ArrayBuffer => {
    const buffer = Buffer.from(saved[name], 'base64');
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
    if (saved && sameGroups(saved.groups, groups)) {
      this.sources = saved.sources;
      this.groupOf = saved.groupOf;
      this.unfiltered = saved.unfiltered;
      this.clauseCount = saved.clauseCount;
      this.clauseOf = saved.clauseOf;
      this.trie = new LiteralTrie(trieArraysOf(saved.trie));
    } else this.trie = this.build(typeof known === 'function' ? known() : known);
    this.state = new Uint8Array(this.sources.length);
    this.satisfied = new Uint16Array(this.sources.length);
    this.met = new Int32Array(this.sources.length);
    this.clauseMet = new Uint8Array(this.clauseOf.length);
    this.metClauses = new Int32Array(this.clauseOf.length);
    this.nodeScan = new Uint32Array(this.trie.clauseStart.length);
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

  /** Per group, 1 when it matches the text, 0 when not. */
  matching(text: string): Uint8Array {
    return this.answer(text, true);
  }

  /**
   * Per group, 0 when it cannot match the text (no alternative has a literal of each of its clauses there), else 1:
   * the trie's word alone, no regex run. For a caller that then runs its own regex, with its own flags.
   */
  mayMatch(text: string): Uint8Array {
    return this.answer(text, false);
  }

  private answer(text: string, run: boolean): Uint8Array {
    const { state, satisfied, clauseMet, met, metClauses } = this;
    const metCount = this.scanText(text);
    const result = new Uint8Array(this.groups.length);
    for (let m = 0; m < metCount; m += 1) {
      const alternative = met[m] as number;
      const group = this.groupOf[alternative] as number;
      if (
        result[group] === 0 &&
        (state[alternative] === 2 ||
          (satisfied[alternative] === this.clauseCount[alternative] && (!run || this.regexOf(alternative).test(text))))
      )
        result[group] = 1;
      state[alternative] = 0;
      satisfied[alternative] = 0;
    }
    for (let c = 0; c < this.metClauseCount; c += 1) clauseMet[metClauses[c] as number] = 0;
    return result;
  }

  /**
   * Walks the trie over the text: `met` lists the alternatives it met (`state` 1 maybe, 2 sure), `satisfied` how
   * many of their clauses; returns how many. The caller resets `state`, `satisfied` and the met clauses.
   */
  private scanText(text: string): number {
    const { trie, state, satisfied, clauseMet, met, metClauses, clauseOf, nodeScan } = this;
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
    for (let start = 0; start < text.length; start += 1) {
      let at = trie.rootChild[text.charCodeAt(start)] as number;
      for (let i = start + 1; at >= 0; i += 1) {
        if (nodeScan[at] === scan) {
          if (i >= text.length) break;
          at = trie.child(at, text.charCodeAt(i));
          continue;
        }
        nodeScan[at] = scan;
        for (let k = trie.sureStart[at] as number, end = trie.sureStart[at + 1] as number; k < end; k += 1) {
          const alternative = trie.sureList[k] as number;
          if (state[alternative] === 0) met[metCount++] = alternative;
          state[alternative] = 2;
        }
        for (let k = trie.clauseStart[at] as number, end = trie.clauseStart[at + 1] as number; k < end; k += 1) {
          const clause = trie.clauseList[k] as number;
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
        if (i >= text.length) break;
        at = trie.child(at, text.charCodeAt(i));
      }
    }
    this.metClauseCount = clauseCount;
    return metCount;
  }
}

function insert(root: BuildNode, literal: string): BuildNode {
  let at = root;
  for (let i = 0; i < literal.length; i += 1) {
    const code = literal.charCodeAt(i);
    at.next ??= new Map();
    let child = at.next.get(code);
    if (!child) {
      child = buildNode();
      at.next.set(code, child);
    }
    at = child;
  }
  return at;
}
