import fs from 'node:fs';
import path from 'node:path';
import { evaluate, Nlu, parseLabelledTsv } from '../../../src/nlu';

// shared/ sits beside the repository (read-only, maintained outside this project).
const SHARED_NLU = path.resolve(__dirname, '../../../../shared/nlu');
const nlu = new Nlu();

function load(file: string) {
  const full = path.join(SHARED_NLU, file);
  if (!fs.existsSync(full))
    throw new Error(`${full} is missing: the NLU evaluation needs ../shared/nlu beside the repository`);
  return parseLabelledTsv(fs.readFileSync(full, 'utf8'));
}

describe('NLU accuracy floors (a drop fails the build)', () => {
  it('scores at least 97% on the dev set, with every label ≥ 90% recall in each language', () => {
    const examples = load('devset.tsv');
    const result = evaluate(nlu, examples);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.97);
    const weak: string[] = [];
    for (const lang of ['zh-CN', 'zh-TW', 'en']) {
      const perLang = evaluate(
        nlu,
        examples.filter((e) => e.lang === lang),
      );
      for (const [label, r] of Object.entries(perLang.byLabel))
        if (r.recall < 0.9) weak.push(`${lang} ${label} ${r.recall}`);
    }
    expect(weak).toEqual([]);
  });

  it.each(['bitext-en.tsv', 'clinc150-en.tsv', 'crosswoz-zh.tsv'])(
    'scores at least 90% on the external set %s',
    (file) => {
      expect(evaluate(nlu, load(path.join('external', file))).accuracy).toBeGreaterThanOrEqual(0.9);
    },
  );
});

describe('wording written after the rules (test/fixtures/nlu/fresh-wording.tsv)', () => {
  // Sentences written to probe the rules with phrasing none of the sets use; each miss they showed was
  // fixed with a general cue. The floor keeps later changes from undoing that.
  it('scores at least 95%', () => {
    const file = path.join(__dirname, '../../fixtures/nlu/fresh-wording.tsv');
    expect(evaluate(nlu, parseLabelledTsv(fs.readFileSync(file, 'utf8'))).accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
