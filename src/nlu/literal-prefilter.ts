/**
 * Many regular expressions over one short text, run only where they can match: each alternative is read once for
 * the literal strings one of which every match of it must contain, and a trie of all those literals is walked over
 * the text once. An alternative none of whose literals occurs cannot match and is not run; one that is a plain
 * literal which occurs matches without being run. The answer is always the regexes' own: the filter only skips work.
 */

/** One of these literals occurs in every match; null when the pattern gives no such guarantee. */
type Need = string[] | null;

type Atom = { kind: 'char'; text: string } | { kind: 'group'; need: Need } | { kind: 'other' } | { kind: 'assertion' };

class UnknownSyntax extends Error {}

/**
 * Reads the JavaScript regex syntax the cue file uses (literals, groups, lookarounds, classes, \b \d \w \s \W,
 * quantifiers) for a pattern's required literals. Anything else is UnknownSyntax: the pattern is then always run.
 */
class NeedReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Need {
    const need = this.alternation();
    if (this.at !== this.source.length) throw new UnknownSyntax(this.source);
    return need;
  }

  private alternation(): Need {
    let union: Need = this.sequence();
    while (this.source[this.at] === '|') {
      this.at += 1;
      const branch = this.sequence();
      union = union && branch ? union.concat(branch) : null;
    }
    return union;
  }

  private sequence(): Need {
    const needs: string[][] = [];
    let run = '';
    const endRun = (): void => {
      if (run) needs.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const min = this.quantifierMin();
      if (atom.kind === 'char') {
        // "ab?c": the optional b ends the run; "ab+c": at least one b, after which the run cannot go on.
        if (min === undefined) run += atom.text;
        else {
          if (min >= 1) run += atom.text;
          endRun();
        }
        continue;
      }
      endRun();
      if (atom.kind === 'group' && atom.need && (min === undefined || min >= 1)) needs.push(atom.need);
    }
    endRun();
    return best(needs);
  }

  private atom(): Atom {
    const c = this.source[this.at] as string;
    if (c === '\\') return this.escape();
    if (c === '(') return this.group();
    if (c === '[') {
      this.characterClass();
      return { kind: 'other' };
    }
    this.at += 1;
    if (c === '.') return { kind: 'other' };
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if ('*+?{}]'.includes(c)) throw new UnknownSyntax(this.source);
    // A whole code point: a quantifier after an astral character applies to all of it.
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && this.at < this.source.length) {
      this.at += 1;
      return { kind: 'char', text: c + (this.source[this.at - 1] as string) };
    }
    return { kind: 'char', text: c };
  }

  private escape(): Atom {
    const c = this.source[this.at + 1];
    this.at += 2;
    if (c === undefined) throw new UnknownSyntax(this.source);
    if (c === 'b' || c === 'B') return { kind: 'assertion' };
    if ('dDwWsS'.includes(c)) return { kind: 'other' };
    if (/[A-Za-z0-9]/.test(c)) throw new UnknownSyntax(this.source);
    return { kind: 'char', text: c };
  }

  private group(): Atom {
    const { source, at } = this;
    let lookaround = false;
    if (source[at + 1] !== '?') this.at += 1;
    else if (source[at + 2] === ':') this.at += 3;
    else if (source[at + 2] === '=' || source[at + 2] === '!') {
      this.at += 3;
      lookaround = true;
    } else if (source.startsWith('(?<=', at) || source.startsWith('(?<!', at)) {
      this.at += 4;
      lookaround = true;
    } else throw new UnknownSyntax(this.source);
    const need = this.alternation();
    if (this.source[this.at] !== ')') throw new UnknownSyntax(this.source);
    this.at += 1;
    return lookaround ? { kind: 'assertion' } : { kind: 'group', need };
  }

  private characterClass(): void {
    this.at += 1;
    if (this.source[this.at] === ']') this.at += 1; // "[]...]" is not valid with the u flag, but be exact
    while (this.at < this.source.length && this.source[this.at] !== ']')
      this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.source[this.at] !== ']') throw new UnknownSyntax(this.source);
    this.at += 1;
  }

  /** The quantifier's minimum after an atom, or undefined when there is none. */
  private quantifierMin(): number | undefined {
    const c = this.source[this.at];
    let min: number | undefined;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) throw new UnknownSyntax(this.source);
      this.at += m[0].length - 1;
      min = Number(m[1]);
    } else return undefined;
    this.at += 1;
    if (this.source[this.at] === '?') this.at += 1; // lazy
    return min;
  }
}

/** The most selective of a sequence's needs: the longest shortest literal, then the fewest literals. */
function best(needs: string[][]): Need {
  let chosen: string[] | null = null;
  let chosenShortest = 0;
  for (const need of needs) {
    let shortest = Infinity;
    for (const literal of need) shortest = Math.min(shortest, literal.length);
    if (!chosen || shortest > chosenShortest || (shortest === chosenShortest && need.length < chosen.length)) {
      chosen = need;
      chosenShortest = shortest;
    }
  }
  return chosen;
}

/** The literals one of which every match of `source` contains, or null when none can be named. */
export function requiredLiterals(source: string): string[] | null {
  try {
    const need = new NeedReader(source).read();
    return need && need.every((literal) => literal.length > 0) ? [...new Set(need)] : null;
  } catch (error) {
    if (error instanceof UnknownSyntax) return null;
    throw error;
  }
}

const PLAIN = /^[^\\^$.|?*+()[\]{}]+$/;

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Alternatives this literal is needed by (they may match), and alternatives it is (they match). */
  maybe: number[] | null;
  sure: number[] | null;
}

const node = (): TrieNode => ({ next: null, maybe: null, sure: null });

/**
 * Groups of regex alternatives (sources), each group read as their union. `matching(text)` says which groups
 * match the text — as `new RegExp(group.map((p) => `(?:${p})`).join('|'), 'u').test(text)` would — running
 * only the alternatives a literal of the text points to.
 */
export class PatternSet {
  private readonly root = node();
  /** The first code units of all literals: most positions of a text start none, and are passed over here. */
  private readonly starts = new Uint8Array(0x10000);
  /** Every alternative on its own, compiled when a text first needs it, and its group. */
  private readonly sources: string[] = [];
  private readonly regexes: (RegExp | undefined)[] = [];
  private readonly groupOf: number[] = [];
  /** Alternatives that name no literal, run on every text. */
  private readonly unfiltered: number[] = [];
  /** Which alternatives a scan has met (1 maybe, 2 sure); reset after each scan. */
  private readonly state: Uint8Array;

  /**
   * @param known the literals of alternatives read earlier (`npm run build` writes them for the cue file, so that
   * start-up need not read every pattern); an alternative not in it is read now.
   */
  constructor(
    private readonly groups: string[][],
    known: Readonly<Record<string, string[] | null>> = {},
  ) {
    groups.forEach((alternatives, group) => {
      // A backreference counts groups across the whole union: such a group is run as the union, always.
      if (alternatives.some((a) => /\\[1-9k]/.test(a))) {
        this.add(alternatives.map((a) => `(?:${a})`).join('|'), group, null);
        return;
      }
      for (const alternative of alternatives)
        this.add(
          alternative,
          group,
          Object.hasOwn(known, alternative) ? (known[alternative] ?? null) : requiredLiterals(alternative),
        );
    });
    this.state = new Uint8Array(this.sources.length);
  }

  private add(source: string, group: number, need: string[] | null): void {
    const alternative = this.sources.length;
    this.sources.push(source);
    this.groupOf.push(group);
    if (!need) this.unfiltered.push(alternative);
    else for (const literal of need) this.insert(literal, alternative, 'maybe');
    if (PLAIN.test(source)) this.insert(source, alternative, 'sure');
  }

  private insert(literal: string, alternative: number, kind: 'maybe' | 'sure'): void {
    let at = this.root;
    this.starts[literal.charCodeAt(0)] = 1;
    for (let i = 0; i < literal.length; i += 1) {
      const code = literal.charCodeAt(i);
      at.next ??= new Map();
      let child = at.next.get(code);
      if (!child) {
        child = node();
        at.next.set(code, child);
      }
      at = child;
    }
    const list = (at[kind] ??= []);
    if (!list.includes(alternative)) list.push(alternative);
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
    const { state } = this;
    const met: number[] = [...this.unfiltered];
    for (const alternative of met) state[alternative] = 1;
    for (let start = 0; start < text.length; start += 1) {
      if (this.starts[text.charCodeAt(start)] === 0) continue;
      let at: TrieNode | undefined = this.root;
      for (let i = start; i < text.length; i += 1) {
        at = at.next?.get(text.charCodeAt(i));
        if (!at) break;
        if (at.sure)
          for (const alternative of at.sure) {
            if (state[alternative] === 0) met.push(alternative);
            state[alternative] = 2;
          }
        if (at.maybe)
          for (const alternative of at.maybe)
            if (state[alternative] === 0) {
              met.push(alternative);
              state[alternative] = 1;
            }
      }
    }
    const result = new Uint8Array(this.groups.length);
    for (const alternative of met) {
      const group = this.groupOf[alternative] as number;
      if (result[group] === 0 && (state[alternative] === 2 || this.regexOf(alternative).test(text))) result[group] = 1;
      state[alternative] = 0;
    }
    return result;
  }
}
