import fs from 'node:fs';
import path from 'node:path';
import cueData from './data/cues.json';
import { requiredClauses, type Clause } from './literal-needs';
import { PatternSet, type SavedPatternSet } from './literal-prefilter';

/**
 * The literal clauses every cue alternative needs (see literal-needs), read from the cue file by `npm run build`
 * into dist/nlu/data so that start-up does not parse a thousand patterns. Keyed by the pattern itself: a cue
 * changed or added since the build is simply read at start-up.
 */
export const CUE_LITERALS_FILE = 'cue-clauses.json';
/** The cue file's two pattern sets as the build made them (PatternSet.save): start-up need not build their tries. */
export const CUE_SETS_FILE = 'cue-sets.json';
const candidates = (file: string): string[] => [
  path.join(__dirname, 'data', file),
  // Running from the TypeScript sources (the tests): the file the build wrote into dist/.
  path.join(__dirname, '..', '..', 'dist', 'nlu', 'data', file),
];

function readData<T>(file: string): T | undefined {
  const found = candidates(file).find((candidate) => fs.existsSync(candidate));
  return found ? (JSON.parse(fs.readFileSync(found, 'utf8')) as T) : undefined;
}

export function readCueLiterals(): Record<string, Clause[] | null> {
  const known = readData<Record<string, Clause[] | null>>(CUE_LITERALS_FILE) ?? {};
  return Object.setPrototypeOf(known, null) as Record<string, Clause[] | null>;
}

export type CueSide = 'zh' | 'en';
export type SavedCueSets = Partial<Record<CueSide, SavedPatternSet>>;

/** The sets the build saved; each is used only if the cue file has not changed since (PatternSet checks). */
export const readCueSets = (): SavedCueSets => readData<SavedCueSets>(CUE_SETS_FILE) ?? {};

/** One side's patterns, a group per cue in the cue file's order. */
export const cueGroups = (side: CueSide): string[][] => Object.values(cueData).map((cue) => cue[side]);

/** Every alternative of the cue file with the clauses it needs. */
export function cueLiterals(): Record<string, Clause[] | null> {
  const all: Record<string, Clause[] | null> = {};
  for (const { zh, en } of Object.values(cueData))
    for (const alternative of [...zh, ...en]) all[alternative] = requiredClauses(alternative);
  return all;
}

// `node dist/nlu/cue-literals.js`: a step of `npm run build`.
if (require.main === module) {
  const out = path.join(__dirname, 'data', CUE_LITERALS_FILE);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const literals = cueLiterals();
  fs.writeFileSync(out, JSON.stringify(literals));
  const sets: SavedCueSets = {
    zh: new PatternSet(cueGroups('zh'), literals).save(),
    en: new PatternSet(cueGroups('en'), literals).save(),
  };
  fs.writeFileSync(path.join(path.dirname(out), CUE_SETS_FILE), JSON.stringify(sets));
  process.stdout.write(`NLU cue literals and pattern sets → ${path.relative(process.cwd(), path.dirname(out))}\n`);
}
