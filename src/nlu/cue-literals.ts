import fs from 'node:fs';
import path from 'node:path';
import cueData from './data/cues.json';
import { requiredClauses, type Clause } from './literal-needs';

/**
 * The literal clauses every cue alternative needs (see literal-needs), read from the cue file by `npm run build`
 * into dist/nlu/data so that start-up does not parse a thousand patterns. Keyed by the pattern itself: a cue
 * changed or added since the build is simply read at start-up.
 */
export const CUE_LITERALS_FILE = 'cue-clauses.json';
const CANDIDATES = [
  path.join(__dirname, 'data', CUE_LITERALS_FILE),
  // Running from the TypeScript sources (the tests): the file the build wrote into dist/.
  path.join(__dirname, '..', '..', 'dist', 'nlu', 'data', CUE_LITERALS_FILE),
];

export function readCueLiterals(): Record<string, Clause[] | null> {
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (!found) return {};
  const known = JSON.parse(fs.readFileSync(found, 'utf8')) as Record<string, Clause[] | null>;
  return Object.setPrototypeOf(known, null) as Record<string, Clause[] | null>;
}

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
  fs.writeFileSync(out, JSON.stringify(cueLiterals()));
  process.stdout.write(`NLU cue literals → ${path.relative(process.cwd(), out)}\n`);
}
