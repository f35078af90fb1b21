/**
 * A prefilter for many regular expressions over one short text: each pattern is read once for the literal strings
 * one of which every match of it must contain, and a trie of all those literals is walked over the text once. A
 * pattern none of whose literals occurs cannot match and is not run; a pattern whose alternative is a plain literal
 * that occurs matches without being run. The answer is always the pattern's own: the filter only skips work.
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
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches.some((b) => b === null) ? null : (branches as string[][]).flat();
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
    const rest = this.source.slice(this.at, this.at + 4);
    let lookaround = false;
    if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.at += 3;
      lookaround = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.at += 4;
      lookaround = true;
    } else if (rest.startsWith('(?')) throw new UnknownSyntax(this.source);
    else this.at += 1;
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
    const shortest = Math.min(...need.map((literal) => literal.length));
    if (
      !chosen ||
      shortest > chosenShortest ||
      (shortest === chosenShortest && need.length < chosen.length)
    ) {
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
  next: Map<number, TrieNode>;
  /** Patterns this literal is needed by (maybe), and patterns it matches outright (sure). */
  maybe: number[];
  sure: number[];
}

const node = (): TrieNode => ({ next: new Map(), maybe: [], sure: [] });

/** What the walk of a text found for each pattern. */
export const Hit = {
  None: 0,
  /** A literal the pattern needs occurs: run the pattern. */
  Maybe: 1,
  /** The pattern is an alternation with a plain-literal alternative that occurs: it matches. */
  Sure: 2,
} as const;

/**
 * Patterns given as lists of alternatives (each alternative a regex source, the pattern their union). `hits(text)`
 * says per pattern whether it cannot match (None), may match (Maybe) or surely matches (Sure); patterns with no
 * literal to go by are always Maybe.
 */
export class LiteralPrefilter {
  private readonly root = node();
  private readonly unfiltered: number[] = [];

  constructor(patterns: string[][]) {
    patterns.forEach((alternatives, pattern) => {
      const literals: string[] = [];
      for (const alternative of alternatives) {
        if (PLAIN.test(alternative)) this.insert(alternative, pattern, 'sure');
        const need = requiredLiterals(alternative);
        if (!need) {
          this.unfiltered.push(pattern);
          return;
        }
        literals.push(...need);
      }
      for (const literal of new Set(literals)) this.insert(literal, pattern, 'maybe');
    });
  }

  private insert(literal: string, pattern: number, kind: 'maybe' | 'sure'): void {
    let at = this.root;
    for (let i = 0; i < literal.length; i += 1) {
      const code = literal.charCodeAt(i);
      let child = at.next.get(code);
      if (!child) {
        child = node();
        at.next.set(code, child);
      }
      at = child;
    }
    if (!at[kind].includes(pattern)) at[kind].push(pattern);
  }

  /** Per pattern: None, Maybe or Sure (see `Hit`). */
  hits(text: string, count: number): Uint8Array {
    const found = new Uint8Array(count);
    for (const pattern of this.unfiltered) found[pattern] = Hit.Maybe;
    for (let start = 0; start < text.length; start += 1) {
      let at: TrieNode | undefined = this.root;
      for (let i = start; i < text.length; i += 1) {
        at = at.next.get(text.charCodeAt(i));
        if (!at) break;
        for (const pattern of at.sure) found[pattern] = Hit.Sure;
        for (const pattern of at.maybe) if (found[pattern] === Hit.None) found[pattern] = Hit.Maybe;
      }
    }
    return found;
  }
}
