import fs from 'node:fs';
import path from 'node:path';
import { decide, type NluMode } from '../combine';
import { CONFIDENCE_BUCKETS } from '../evaluate';
import { normalize } from '../normalize';
import { ARBITER_INPUTS, type Arbiter } from './arbiter';
import { fitCalibration } from './calibration';
import {
  arbiterOf,
  hashFold,
  readingsOf,
  outOfFoldEvidence,
  FOLDS,
  type Document,
  type HeldOutEvidence,
} from './cross-validate';
import { DEFAULT_TRAINING, featuresOfMessage, readTuningCorpus } from './train';

// `node dist/nlu/model/cv-report.js [--dump FILE]`: cross-validated accuracy of the rules, the model and the two
// combined on the tuning corpus, per language — 5 folds by text, and each tuning batch held out whole (the
// model trained on everything else, as on a batch's first read). The arbiter is fitted without the messages it
// is scored on, as the build fits it. Tuning data only: the rules were written on these messages, so the
// rules' figure flatters them.
type Source = Document & { source: string };
const MODES: NluMode[] = ['rules', 'model', 'combined'];

function report(title: string, held: HeldOutEvidence<Source>[], arbiterFor: (d: Source) => Arbiter): string {
  const tally = new Map<string, { right: number; total: number }>();
  const count = (key: string, right: boolean): void => {
    const t = tally.get(key) ?? { right: 0, total: 0 };
    t.total += 1;
    if (right) t.right += 1;
    tally.set(key, t);
  };
  for (const { document, evidence } of held) {
    const lang = document.lang ?? normalize(document.text).locale;
    for (const mode of MODES) {
      const { label } = decide(evidence, mode, arbiterFor(document));
      count(`${mode} all`, label === document.label);
      count(`${mode} ${lang}`, label === document.label);
    }
  }
  const pct = (key: string): string => {
    const t = tally.get(key);
    return t ? `${((100 * t.right) / t.total).toFixed(1)}%` : '-';
  };
  const lines = MODES.map(
    (mode) =>
      `  ${mode.padEnd(9)} ${pct(`${mode} all`)}  zh-CN ${pct(`${mode} zh-CN`)}  zh-TW ${pct(`${mode} zh-TW`)}  en ${pct(`${mode} en`)}`,
  );
  return [`${title} (${held.length} messages)`, ...lines].join('\n');
}

/** Accuracy per calibrated-confidence bucket, the arbiter and calibration fitted on the other folds. */
function calibrationReport(held: HeldOutEvidence<Source>[]): string {
  const buckets = CONFIDENCE_BUCKETS.map((from, i) => ({
    from,
    to: CONFIDENCE_BUCKETS[i + 1] ?? 1,
    n: 0,
    right: 0,
    sum: 0,
  }));
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const training = held.filter(({ document }) => hashFold(document.text, FOLDS) !== fold);
    const arbiter = arbiterOf(training);
    const calibration = fitCalibration(readingsOf(training, arbiter));
    for (const { document, evidence } of held) {
      if (hashFold(document.text, FOLDS) !== fold) continue;
      const { label, confidence } = decide(evidence, 'combined', arbiter, calibration);
      const bucket = [...buckets].reverse().find((b) => confidence >= b.from) as (typeof buckets)[number];
      bucket.n += 1;
      bucket.sum += confidence;
      if (label === document.label) bucket.right += 1;
    }
  }
  const lines = buckets.map(
    (b) =>
      `  ${b.from.toFixed(2)}–${b.to.toFixed(2)}: ${b.n ? ((100 * b.right) / b.n).toFixed(1) : '-'}% right of ${b.n}` +
      ` (mean confidence ${b.n ? (b.sum / b.n).toFixed(2) : '-'})`,
  );
  return ['combined, accuracy by calibrated confidence (5-fold)', ...lines].join('\n');
}

if (require.main === module) {
  const root = path.join(__dirname, '..', '..', '..');
  const documents: Source[] = readTuningCorpus(root).map((e) => ({ ...e, features: featuresOfMessage(e.text) }));
  const byText = outOfFoldEvidence(documents, DEFAULT_TRAINING);
  const foldArbiters = Array.from({ length: FOLDS }, (_, fold) =>
    arbiterOf(byText.filter(({ document }) => hashFold(document.text, FOLDS) !== fold)),
  );
  const isBatch = (d: Source): boolean => /tune-\d/.test(d.source);
  const byBatch = outOfFoldEvidence(documents, DEFAULT_TRAINING, (d) => (isBatch(d) ? d.source : null));
  const batchArbiters = new Map(
    [...new Set(documents.filter(isBatch).map((d) => d.source))].map((batch) => [
      batch,
      arbiterOf(byText.filter(({ document }) => document.source !== batch)),
    ]),
  );
  process.stdout.write(
    `${report(`${FOLDS}-fold`, byText, (d) => foldArbiters[hashFold(d.text, FOLDS)] as Arbiter)}\n` +
      `${report('each tune batch held out', byBatch, (d) => batchArbiters.get(d.source) as Arbiter)}\n` +
      `${calibrationReport(byText)}\n` +
      `arbiter (${ARBITER_INPUTS.join(', ')}): ${JSON.stringify(arbiterOf(byText).weights)}\n`,
  );
  const dump = process.argv.indexOf('--dump');
  if (dump > 0) fs.writeFileSync(process.argv[dump + 1] as string, JSON.stringify({ byText, byBatch }));
}
