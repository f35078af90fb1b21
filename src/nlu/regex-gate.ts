import { requiredClauses, type Clause } from './literal-needs';
import { PatternSet } from './literal-prefilter';

/**
 * Several regular expressions read on one short text, each run only where the literals it needs occur: one walk
 * of a trie of all their literals (see literal-prefilter) tells which cannot match, and those are not run. The
 * answers stay the regexes' own. A pattern with the i flag is given text in lower case (the NLU's normalised
 * text): its literals are looked for in lower case.
 */
export class RegexGate {
  private readonly set: PatternSet;

  constructor(regexes: readonly RegExp[]) {
    const known: Record<string, Clause[] | null> = Object.create(null) as Record<string, Clause[] | null>;
    for (const { source, ignoreCase } of regexes) {
      const clauses = requiredClauses(source);
      const read =
        ignoreCase && clauses ? clauses.map((clause) => clause.map((literal) => literal.toLowerCase())) : clauses;
      if (Object.hasOwn(known, source) && JSON.stringify(known[source]) !== JSON.stringify(read))
        throw new Error(`RegexGate: /${source}/ is given twice with different flags`);
      known[source] = read;
    }
    this.set = new PatternSet(
      regexes.map(({ source }) => [source]),
      known,
    );
  }

  /** Per regex, in the order given: 0 when it cannot match `text`, 1 when it may (run it). */
  mayMatch(text: string): Uint8Array {
    return this.set.mayMatch(text);
  }
}
