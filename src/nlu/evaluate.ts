import type { Nlu } from './nlu';
import { labelOf, type Label } from './types';

export interface LabelledExample {
  text: string;
  label: string;
  lang?: string;
}

export interface Evaluation {
  total: number;
  correct: number;
  accuracy: number;
  byLabel: Record<string, { total: number; correct: number; recall: number }>;
  byLang: Record<string, { total: number; correct: number; accuracy: number }>;
  /** Accuracy of the readings whose confidence fell in each bucket: calibrated means accuracy ≈ confidence. */
  byConfidence: {
    from: number;
    to: number;
    total: number;
    correct: number;
    accuracy: number;
    meanConfidence: number;
  }[];
  misses: { text: string; expected: string; got: Label; lang?: string }[];
}

/** Parses a TSV with a header row naming at least `text` and `label` (and optionally `lang`). */
export function parseLabelledTsv(content: string): LabelledExample[] {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines.shift() ?? '').split('\t').map((h) => h.trim().toLowerCase());
  const textAt = header.indexOf('text');
  const labelAt = header.indexOf('label');
  const langAt = header.indexOf('lang');
  if (textAt < 0 || labelAt < 0) throw new Error('the TSV needs a header row with "text" and "label" columns');
  return lines.map((line) => {
    const cols = line.split('\t');
    const lang = langAt >= 0 ? cols[langAt]?.trim() : undefined;
    return { text: cols[textAt] ?? '', label: (cols[labelAt] ?? '').trim(), ...(lang ? { lang } : {}) };
  });
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Lower bounds of the confidence buckets of `byConfidence`. */
export const CONFIDENCE_BUCKETS = [0, 0.5, 0.7, 0.85, 0.95];

/** Accuracy overall, recall per label, accuracy per language, and every miss. */
export function evaluate(
  nlu: Nlu,
  examples: LabelledExample[],
  now = new Date('2026-11-23T10:00:00+08:00'),
): Evaluation {
  const byLabel: Evaluation['byLabel'] = {};
  const byLang: Evaluation['byLang'] = {};
  const misses: Evaluation['misses'] = [];
  const byConfidence = CONFIDENCE_BUCKETS.map((from, i) => {
    const to = CONFIDENCE_BUCKETS[i + 1] ?? 1;
    return { from, to, total: 0, correct: 0, accuracy: 0, meanConfidence: 0 };
  });
  let correct = 0;
  for (const example of examples) {
    const reading = nlu.analyze(example.text, now);
    const got = labelOf(reading);
    const ok = got === example.label;
    const bucket = [...byConfidence].reverse().find((b) => reading.confidence >= b.from);
    if (bucket) {
      bucket.total += 1;
      bucket.meanConfidence += reading.confidence;
      if (ok) bucket.correct += 1;
    }
    if (ok) correct += 1;
    else
      misses.push({
        text: example.text,
        expected: example.label,
        got,
        ...(example.lang ? { lang: example.lang } : {}),
      });
    const l = (byLabel[example.label] ??= { total: 0, correct: 0, recall: 0 });
    l.total += 1;
    if (ok) l.correct += 1;
    const lang = example.lang ?? 'all';
    const g = (byLang[lang] ??= { total: 0, correct: 0, accuracy: 0 });
    g.total += 1;
    if (ok) g.correct += 1;
  }
  for (const l of Object.values(byLabel)) l.recall = ratio(l.correct, l.total);
  for (const g of Object.values(byLang)) g.accuracy = ratio(g.correct, g.total);
  for (const b of byConfidence) {
    b.accuracy = ratio(b.correct, b.total);
    b.meanConfidence = ratio(b.meanConfidence, b.total);
  }
  const accuracy = ratio(correct, examples.length);
  return { total: examples.length, correct, accuracy, byLabel, byLang, byConfidence, misses };
}
