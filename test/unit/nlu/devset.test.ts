import fs from 'node:fs';
import path from 'node:path';
import { evaluate, Nlu, parseLabelledTsv } from '../../../src/nlu';

// The project's own labelled sets. The externally written sets are evaluated by `npm run eval:external`.
const FIXTURES = path.join(__dirname, '../../fixtures/nlu');
const nlu = new Nlu();

function load(file: string) {
  return parseLabelledTsv(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
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
});

describe('wording written after the rules (fresh-wording.tsv)', () => {
  // Sentences written to probe the rules with phrasing none of the sets use; each miss they showed was
  // fixed with a general cue. The floor keeps later changes from undoing that.
  it('scores at least 95%', () => {
    expect(evaluate(nlu, load('fresh-wording.tsv')).accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('frozen blind set (blind/blind-1.tsv: measured, never tuned on)', () => {
  // Written by someone who never saw the cues; scored first with the code before issue #19 (72.3%). The
  // floors sit below the measured figures so a regression fails the build; nobody tuned towards them, and
  // the texts of this set are never read to change the NLU (see blind/README.md).
  const blind = evaluate(nlu, load('blind/blind-1.tsv'));

  it('reports its accuracy overall, per language and per confidence bucket', () => {
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    const lines = [
      `blind-1: ${pct(blind.accuracy)} (${blind.correct}/${blind.total})`,
      ...Object.entries(blind.byLang).map(([lang, r]) => `  ${lang} ${pct(r.accuracy)} (${r.correct}/${r.total})`),
      ...blind.byConfidence.map((b) => `  confidence ${b.from}–${b.to}: ${pct(b.accuracy)} (${b.correct}/${b.total})`),
    ];
    console.info(lines.join('\n'));
    expect(blind.total).toBeGreaterThanOrEqual(480);
  });

  it('stays above the measurement floor: 85% overall, 80% in each language', () => {
    expect(blind.accuracy).toBeGreaterThanOrEqual(0.85);
    for (const lang of ['zh-CN', 'zh-TW', 'en']) expect(blind.byLang[lang]?.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
