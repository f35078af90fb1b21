/**
 * What literal strings every match of a regular expression must contain, read from its source: a list of clauses,
 * each a set of literals one of which occurs in every match ("(咋|怎|点)(样|么样)了" needs 咋, 怎 or 点, and 样 or
 * 么样, and 了). A pattern none of whose clauses is satisfied by a text cannot match it. What the literal
 * prefilter (literal-prefilter.ts) filters with.
 */

/** Literals one of which occurs in every match. */
export type Clause = string[];

type Atom =
  { kind: 'char'; text: string } | { kind: 'group'; clauses: Clause[] } | { kind: 'other' } | { kind: 'assertion' };

class UnknownSyntax extends Error {}

/**
 * Reads the JavaScript regex syntax the cue file uses (literals, groups, lookarounds, classes, \b \d \w \s \W,
 * quantifiers) for a pattern's clauses. Anything else is UnknownSyntax: the pattern is then always run.
 */
class NeedReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Clause[] {
    const clauses = this.alternation();
    if (this.at !== this.source.length) throw new UnknownSyntax(this.source);
    return clauses;
  }

  /** One branch: all its clauses. Several: one clause, the union of each branch's most selective one. */
  private alternation(): Clause[] {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0] as Clause[];
    const union: string[] = [];
    for (const branch of branches) {
      const chosen = best(branch);
      if (!chosen) return [];
      union.push(...chosen);
    }
    return [union];
  }

  /** Every required item's clauses: a run of plain characters is one literal. */
  private sequence(): Clause[] {
    const clauses: Clause[] = [];
    let run = '';
    const endRun = (): void => {
      if (run) clauses.push([run]);
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
      if (atom.kind === 'group' && (min === undefined || min >= 1)) clauses.push(...atom.clauses);
    }
    endRun();
    return clauses;
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
    const clauses = this.alternation();
    if (this.source[this.at] !== ')') throw new UnknownSyntax(this.source);
    this.at += 1;
    return lookaround ? { kind: 'assertion' } : { kind: 'group', clauses };
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

/** The most selective clause: the longest shortest literal, then the fewest literals. */
function best(clauses: Clause[]): Clause | null {
  let chosen: Clause | null = null;
  let chosenShortest = 0;
  for (const clause of clauses) {
    let shortest = Infinity;
    for (const literal of clause) shortest = Math.min(shortest, literal.length);
    if (!chosen || shortest > chosenShortest || (shortest === chosenShortest && clause.length < chosen.length)) {
      chosen = clause;
      chosenShortest = shortest;
    }
  }
  return chosen;
}

/**
 * The clauses every match of `source` satisfies, most selective first (see `best`), each literal once per clause
 * and each clause once; null when none can be named. A clause holding the empty string says nothing and is left out.
 */
export function requiredClauses(source: string): Clause[] | null {
  let clauses: Clause[];
  try {
    clauses = new NeedReader(source).read();
  } catch (error) {
    if (error instanceof UnknownSyntax) return null;
    throw error;
  }
  const seen = new Set<string>();
  const kept: Clause[] = [];
  for (const clause of clauses) {
    if (clause.some((literal) => literal.length === 0)) continue;
    const unique = [...new Set(clause)];
    const key = JSON.stringify([...unique].sort());
    if (!seen.has(key)) kept.push(unique);
    seen.add(key);
  }
  const selective: Clause[] = [];
  for (let chosen = best(kept); chosen; chosen = best(kept)) {
    selective.push(chosen);
    kept.splice(kept.indexOf(chosen), 1);
  }
  return selective.length ? selective : null;
}

/** The most selective of `requiredClauses`: literals one of which every match contains, or null. */
export function requiredLiterals(source: string): string[] | null {
  return requiredClauses(source)?.[0] ?? null;
}
