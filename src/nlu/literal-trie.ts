/**
 * The literals of a PatternSet (literal-prefilter.ts) as an Aho–Corasick automaton in typed arrays: one transition
 * per code unit of a text, whose states name every literal ending there. The trie's edges are the root's children
 * by code unit and every other edge in an open-addressing hash of (node, code unit); each node has a failure link
 * (the node of its longest proper suffix in the trie) and its outputs as a range of a flat list. From those the
 * constructor makes the automaton's moves, so that a character costs one lookup and no walk down failure links: a
 * full table of every node's move per character class when the literals use few distinct characters (the English
 * side's letters), otherwise a hash of the moves that differ from the root's (the Chinese side's).
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

/** A full table of moves is made when the literals use at most this many distinct code units. */
const MAX_DENSE_ALPHABET = 255;
/**
 * A move's target node (at most 32,767 nodes) with this bit set when some literal ends there (the node or its failure
 * chain has outputs): `move` tells the scan so from the move itself, which most characters need no other table
 * for.
 */
export const OUTPUTS = 0x8000;
const MAX_NODES = 0x8000;

export class LiteralTrie {
  /** The root's child for each code unit, or 0 (the root: no literal starts with it). */
  readonly rootChild = new Uint16Array(0x10000);
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
  /**
   * Dense moves: each code unit's class (0 for one no literal holds) and, per node, a row of `width` moves by class.
   * Empty when the moves are sparse.
   */
  private readonly classOf: Uint8Array;
  private readonly table: Uint16Array;
  private readonly width: number;
  /**
   * Sparse moves: [node << 16 | code unit, to] pairs wherever a node's move is not the root's (`rootChild`); key 0
   * marks an empty slot (no key is 0: the root's moves are not in it). Empty when the moves are dense.
   */
  private readonly moves: Int32Array;
  private readonly movesShift: number;

  constructor(readonly arrays: TrieArrays) {
    const { root } = arrays;
    for (let i = 0; i < root.length; i += 2) this.rootChild[root[i] as number] = root[i + 1] as number;
    const { edgeFrom, edgeCode, edgeTo } = arrays;
    if (arrays.fail.length > MAX_NODES) throw new RangeError('a literal trie holds at most 32,768 nodes');
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
    // Every stored move carries the OUTPUTS bit of its target (the root has none: it is the empty literal).
    const flagged = (node: number): number =>
      node !== 0 && (this.firstOutput[node] as number) >= 0 ? node | OUTPUTS : node;
    for (let i = 0; i < root.length; i += 2) this.rootChild[root[i] as number] = flagged(root[i + 1] as number);
    const moves = this.makeMoves(flagged);
    this.classOf = moves.classOf;
    this.table = moves.table;
    this.width = moves.width;
    this.moves = moves.moves;
    this.movesShift = moves.movesShift;
  }

  /**
   * Every node's move on every code unit, from the trie's edges and failure links: a node's move is its child, else
   * its failure link's move (numbered earlier, breadth first, so already known).
   */
  private makeMoves(flagged: (node: number) => number): {
    classOf: Uint8Array;
    table: Uint16Array;
    width: number;
    moves: Int32Array;
    movesShift: number;
  } {
    const { edgeFrom, edgeCode, edgeTo, root } = this.arrays;
    const nodes = this.fail.length;
    // Each node's children as a range of (code, to) pairs.
    const childStart = new Int32Array(nodes + 1);
    for (let slot = 0; slot < edgeTo.length; slot += 1)
      if ((edgeTo[slot] as number) >= 0)
        childStart[(edgeFrom[slot] as number) + 1] = (childStart[(edgeFrom[slot] as number) + 1] as number) + 1;
    for (let n = 0; n < nodes; n += 1) childStart[n + 1] = (childStart[n + 1] as number) + (childStart[n] as number);
    const childCode = new Uint16Array(childStart[nodes] as number);
    const childTo = new Uint16Array(childStart[nodes] as number);
    const free = childStart.slice(0, nodes);
    for (let slot = 0; slot < edgeTo.length; slot += 1) {
      if ((edgeTo[slot] as number) < 0) continue;
      const at = free[edgeFrom[slot] as number] as number;
      free[edgeFrom[slot] as number] = at + 1;
      childCode[at] = edgeCode[slot] as number;
      childTo[at] = edgeTo[slot] as number;
    }
    const alphabet: number[] = [];
    const seen = new Uint8Array(0x10000);
    const meet = (code: number): void => {
      if (seen[code] === 0) alphabet.push(code);
      seen[code] = 1;
    };
    for (let i = 0; i < root.length; i += 2) meet(root[i] as number);
    for (const code of childCode) meet(code);

    if (alphabet.length <= MAX_DENSE_ALPHABET) {
      const classOf = new Uint8Array(0x10000);
      alphabet.forEach((code, i) => (classOf[code] = i + 1));
      const width = alphabet.length + 1;
      const table = new Uint16Array(nodes * width);
      for (let i = 0; i < root.length; i += 2)
        table[classOf[root[i] as number] as number] = flagged(root[i + 1] as number);
      for (let n = 1; n < nodes; n += 1) {
        const fail = this.fail[n] as number;
        table.copyWithin(n * width, fail * width, (fail + 1) * width);
        for (let k = childStart[n] as number; k < (childStart[n + 1] as number); k += 1)
          table[n * width + (classOf[childCode[k] as number] as number)] = flagged(childTo[k] as number);
      }
      return { classOf, table, width, moves: new Int32Array(0), movesShift: 0 };
    }

    // A node's moves that differ from the root's: its children's, then those of each node down its failure chain
    // for code units not met nearer (the root's are left to rootChild).
    const keys: number[] = [];
    const targets: number[] = [];
    const stamp = new Int32Array(0x10000);
    for (let n = 1; n < nodes; n += 1)
      for (let m = n; m !== 0; m = this.fail[m] as number)
        for (let k = childStart[m] as number; k < (childStart[m + 1] as number); k += 1) {
          const code = childCode[k] as number;
          if (stamp[code] === n) continue;
          stamp[code] = n;
          keys.push((n << 16) | code);
          targets.push(flagged(childTo[k] as number));
        }
    let bits = 4;
    while (1 << bits < keys.length * 2) bits += 1;
    const movesShift = 32 - bits;
    const moves = new Int32Array(2 << bits);
    const mask = (1 << bits) - 1;
    keys.forEach((key, i) => {
      let slot = slotOf(key >>> 16, key & 0xffff, movesShift);
      while (moves[2 * slot] !== 0) slot = (slot + 1) & mask;
      moves[2 * slot] = key;
      moves[2 * slot + 1] = targets[i] as number;
    });
    return { classOf: new Uint8Array(0), table: new Uint16Array(0), width: 0, moves, movesShift };
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

  /** The automaton's state after `code` in `state` (0 is the root: the start, and where nothing matches). */
  next(state: number, code: number): number {
    return this.move(state, code) & ~OUTPUTS;
  }

  /** `next`, with the OUTPUTS bit set when a literal ends in the state it goes to. */
  move(state: number, code: number): number {
    if (this.width !== 0) return this.table[state * this.width + (this.classOf[code] as number)] as number;
    if (state !== 0) {
      const { moves } = this;
      const key = (state << 16) | code;
      const mask = (moves.length >> 1) - 1;
      for (let slot = slotOf(state, code, this.movesShift); ; slot = (slot + 1) & mask) {
        const found = moves[2 * slot] as number;
        if (found === key) return moves[2 * slot + 1] as number;
        if (found === 0) break;
      }
    }
    return this.rootChild[code] as number;
  }

  /** The move as the failure links define it (what the tables above hold): for tests. */
  nextByFailureLinks(state: number, code: number): number {
    for (let at = state; at !== 0; at = this.fail[at] as number) {
      const to = this.child(at, code);
      if (to >= 0) return to;
    }
    return (this.rootChild[code] as number) & ~OUTPUTS;
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
}
