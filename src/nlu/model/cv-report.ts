import fs from 'node:fs';
import path from 'node:path';
import { decide, type NluMode } from '../combine';
import { CONFIDENCE_BUCKETS } from '../evaluate';
import { normalize } from '../normalize';
import { ARBITER_INPUTS } from './arbiter';
import { batchOf, leaveOneBatchOut, type BatchEstimate, type SourcedDocument } from './cross-validate';
import { DEFAULT_TRAINING, featuresOfMessage, readTuningCorpus } from './train';

// `node dist/nlu/model/cv-report.js [--dump FILE]` (npm run nlu:cv): leave-one-batch-out accuracy of the rules,
// the model and the two combined on the tuning corpus, per language and per batch — each tuning batch held out
// whole, the model, the arbiter and the calibration fitted without it, as on a batch's first read. Tuning data
// only: the rules were written on these batches, so the rules' figure (and the combination's) flatters them.
const MODES: NluMode[] = ['rules', 'model', 'combined'];
type Tally = Map<string, { right: number; total: number }>;

function tallyOf(estimate: BatchEstimate<SourcedDocument>): Tally {
  const tally: Tally = new Map();
  const count = (key: string, right: boolean): void => {
    const t = tally.get(key) ?? { right: 0, total: 0 };
    t.total += 1;
    if (right) t.right += 1;
    tally.set(key, t);
  };
  for (const { document, evidence } of estimate.held) {
    const lang = document.lang ?? normalize(document.text).locale;
    const batch = batchOf(document) as string;
    for (const mode of MODES) {
      const { label, alternatives } = decide(evidence, mode, estimate.arbiters.get(batch));
      const right = label === document.label;
      for (const key of ['all', lang, batch]) count(`${mode} ${key}`, right);
      // The runner-up readings the bot offers ("Do you mean A or B?"): is the right one among them?
      if (mode === 'combined') count('runner-up', right || alternatives.some((a) => a.label === document.label));
    }
  }
  return tally;
}

function pct(tally: Tally, key: string): string {
  const t = tally.get(key);
  return t ? `${((100 * t.right) / t.total).toFixed(1)}%` : '-';
}

function report(estimate: BatchEstimate<SourcedDocument>): string {
  const tally = tallyOf(estimate);
  const batches = [...new Set(estimate.held.map(({ document }) => batchOf(document) as string))].sort();
  const lines = MODES.map(
    (mode) =>
      `  ${mode.padEnd(9)} ${pct(tally, `${mode} all`)}  zh-CN ${pct(tally, `${mode} zh-CN`)}  ` +
      `zh-TW ${pct(tally, `${mode} zh-TW`)}  en ${pct(tally, `${mode} en`)}  |  ` +
      batches.map((b) => `${b} ${pct(tally, `${mode} ${b}`)}`).join('  '),
  );
  return [
    `each tuning batch held out whole (${estimate.held.length} messages; model, arbiter and calibration fitted without it)`,
    ...lines,
    `  right reading first or among the runner-ups (combined): ${pct(tally, 'runner-up')}`,
  ].join('\n');
}

/** Accuracy per calibrated-confidence bucket on the held-out batches, each calibrated without its batch. */
function calibrationReport(estimate: BatchEstimate<SourcedDocument>): string {
  const buckets = CONFIDENCE_BUCKETS.map((from, i) => ({
    from,
    to: CONFIDENCE_BUCKETS[i + 1] ?? 1,
    n: 0,
    right: 0,
    sum: 0,
  }));
  for (const { document, evidence } of estimate.held) {
    const batch = batchOf(document) as string;
    const { label, confidence } = decide(
      evidence,
      'combined',
      estimate.arbiters.get(batch),
      estimate.calibrations.get(batch),
    );
    const bucket = [...buckets].reverse().find((b) => confidence >= b.from) as (typeof buckets)[number];
    bucket.n += 1;
    bucket.sum += confidence;
    if (label === document.label) bucket.right += 1;
  }
  const lines = buckets.map(
    (b) =>
      `  ${b.from.toFixed(2)}–${b.to.toFixed(2)}: ${b.n ? ((100 * b.right) / b.n).toFixed(1) : '-'}% right of ${b.n}` +
      ` (mean confidence ${b.n ? (b.sum / b.n).toFixed(2) : '-'})`,
  );
  return ['combined, accuracy by calibrated confidence (each batch held out)', ...lines].join('\n');
}

if (require.main === module) {
  const root = path.join(__dirname, '..', '..', '..');
  const documents = readTuningCorpus(root).map((e) => ({ ...e, features: featuresOfMessage(e.text) }));
  const estimate = leaveOneBatchOut(documents, DEFAULT_TRAINING);
  const weights = [...estimate.arbiters].map(([batch, a]) => `${batch} ${JSON.stringify(a.weights)}`);
  process.stdout.write(
    `${report(estimate)}\n${calibrationReport(estimate)}\n` +
      `arbiter per held-out batch (${ARBITER_INPUTS.join(', ')}):\n  ${weights.join('\n  ')}\n`,
  );
  const dump = process.argv.indexOf('--dump');
  if (dump > 0) fs.writeFileSync(process.argv[dump + 1] as string, JSON.stringify(estimate.held));
}
