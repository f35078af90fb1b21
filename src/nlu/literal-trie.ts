/**
 * The literals of a PatternSet (literal-prefilter.ts) as an Aho–Corasick automaton in typed arrays: one transition
 * per code unit of a text, whose states name every literal ending there. The trie's edges are the root's children
 * by code unit and every other edge in an open-addressing hash of (node, code unit); each node has a failure link
 * (the node of its longest proper suffix in the trie) and its outputs as a range of a flat list.
 */

export interface BuildNode {
  next: Map<number, BuildNode> | null;
  id: number;
  /** Clauses this literal satisfies, and alternatives it is (they match). */
  clauses: number[] | null;
  sure: number[] | null;
}

export const buildNode = (): BuildNode => ({ next: null, id: 0, clauses: null, sure: null });
const NO_OUTPUTS: number[] = [];

/** A trie's arrays: what `npm run build` writes, so start-up does not insert a thousand literals. */
export interface TrieArrays {
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
  /** Each node's failure link: the node of its longest proper suffix that is in the trie (0, the root, if none). */
  fail: Int32Array;
}

export const TRIE_ARRAYS: readonly (keyof TrieArrays)[] = [
  'root',
  'edgeFrom',
  'edgeCode',
  'edgeTo',
  'clauseStart',
  'clauseList',
  'sureStart',
  'sureList',
  'fail',
];

/** Adds a literal's path to a trie under construction and returns its last node. */
export function insert(root: BuildNode, literal: string): BuildNode {
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

const slotOf = (from: number, code: number, shift: number): number =>
  (Math.imul(from, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> shift;

function flatten(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i += 1) start[i + 1] = (start[i] as number) + (lists[i] as number[]).length;
  const flat = new Int32Array(start[lists.length] as number);
  for (let i = 0; i < lists.length; i += 1) flat.set(lists[i] as number[], start[i]);
  return [start, flat];
}

/** Failure links of a trie whose nodes are numbered breadth-first (a node's suffix is shallower: numbered earlier). */
function failureLinks(nodes: BuildNode[]): Int32Array {
  const fail = new Int32Array(nodes.length);
  for (const from of nodes)
    for (const [code, to] of from.next ?? []) {
      if (from.id === 0) continue; // the root's children: their only proper suffix is empty
      let suffix = nodes[fail[from.id] as number] as BuildNode;
      while (suffix.id !== 0 && !suffix.next?.has(code)) suffix = nodes[fail[suffix.id] as number] as BuildNode;
      fail[to.id] = suffix.next?.get(code)?.id ?? 0;
    }
  return fail;
}

export class LiteralTrie {
  /** The root's child for each code unit, or -1: most positions of a text start no literal. */
  readonly rootChild = new Int32Array(0x10000).fill(-1);
  /** The edge hash as [from << 16 | code unit, to] pairs: one cache line per probe; `to` -1 marks an empty slot. */
  private readonly edges: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private readonly fail: Int32Array;
  readonly clauseStart: Int32Array;
  readonly clauseList: Int32Array;
  readonly sureStart: Int32Array;
  readonly sureList: Int32Array;
  /** The first node with outputs among a node and its chain of failure links, or -1. */
  readonly firstOutput: Int32Array;
  /** After a node's outputs, the next node with outputs down its failure chain, or -1. */
  readonly nextOutput: Int32Array;

  constructor(readonly arrays: TrieArrays) {
    const { root } = arrays;
    for (let i = 0; i < root.length; i += 2) this.rootChild[root[i] as number] = root[i + 1] as number;
    const { edgeFrom, edgeCode, edgeTo } = arrays;
    if (arrays.fail.length > 0x10000) throw new RangeError('a literal trie holds at most 65,536 nodes');
    this.edges = new Int32Array(edgeTo.length * 2);
    for (let slot = 0; slot < edgeTo.length; slot += 1) {
      this.edges[2 * slot] = ((edgeFrom[slot] as number) << 16) | (edgeCode[slot] as number);
      this.edges[2 * slot + 1] = edgeTo[slot] as number;
    }
    this.mask = edgeTo.length - 1;
    ({
      fail: this.fail,
      clauseStart: this.clauseStart,
      clauseList: this.clauseList,
      sureStart: this.sureStart,
      sureList: this.sureList,
    } = arrays);
    // The edge table's size is a power of two, 2^bits: its hash keeps the top `bits` bits.
    this.shift = Math.clz32(edgeTo.length) + 1;
    const nodes = this.fail.length;
    this.firstOutput = new Int32Array(nodes);
    this.nextOutput = new Int32Array(nodes);
    this.firstOutput[0] = -1; // the root is the empty literal, never inserted
    this.nextOutput[0] = -1;
    // Breadth-first numbering: a node's failure link was numbered, and given its outputs, before it.
    for (let n = 1; n < nodes; n += 1) {
      const outputs =
        (this.clauseStart[n + 1] as number) > (this.clauseStart[n] as number) ||
        (this.sureStart[n + 1] as number) > (this.sureStart[n] as number);
      const down = this.firstOutput[this.fail[n] as number] as number;
      this.nextOutput[n] = down;
      this.firstOutput[n] = outputs ? n : down;
    }
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
      fail: failureLinks(nodes),
    });
  }

  /** The child of a node other than the root, or -1. */
  private child(from: number, code: number): number {
    const { edges, mask } = this;
    const key = (from << 16) | code;
    for (let slot = slotOf(from, code, this.shift); ; slot = (slot + 1) & mask) {
      const to = edges[2 * slot + 1] as number;
      if (to === -1 || edges[2 * slot] === key) return to;
    }
  }

  /** The automaton's state after `code` in `state` (0 is the root: the start, and where nothing matches). */
  next(state: number, code: number): number {
    for (let at = state; at !== 0; at = this.fail[at] as number) {
      const to = this.child(at, code);
      if (to >= 0) return to;
    }
    const to = this.rootChild[code] as number;
    return to >= 0 ? to : 0;
  }
}
