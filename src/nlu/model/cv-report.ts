import fs from 'node:fs';
import path from 'node:path';
import { decide, type NluMode } from '../combine';
import { CONFIDENCE_BUCKETS } from '../evaluate';
import { normalize } from '../normalize';
import { ARBITER_INPUTS } from './arbiter';
import { calibratedOnOtherBatches, chronologicalFirstReads, strictFirstReads } from './chronological';
import { batchOf, leaveOneBatchOut, type BatchEstimate, type SourcedDocument } from './cross-validate';
import { BLENDED_TRAINING, DEFAULT_TRAINING, featuresOfMessage, readTuningCorpus } from './train';

// `node dist/nlu/model/cv-report.js [--chronological] [--blend] [--dump FILE]` (npm run nlu:cv): leave-one-batch-out accuracy of the rules,
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
  for (const { document, evidence, parts } of estimate.held) {
    const lang = document.lang ?? normalize(document.text).locale;
    const batch = batchOf(document) as string;
    // The blend's two parts, each read alone.
    for (const part of ['bayes', 'softmax'] as const) {
      const predictions = parts?.[part];
      if (!predictions) continue;
      const right = decide({ ...evidence, model: predictions }, 'model').label === document.label;
      for (const key of ['all', lang, batch]) count(`${part} ${key}`, right);
    }
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

function report(estimate: BatchEstimate<SourcedDocument>, title: string): string {
  const tally = tallyOf(estimate);
  const batches = [...new Set(estimate.held.map(({ document }) => batchOf(document) as string))].sort();
  const shown = [...(tally.has('bayes all') ? ['bayes', 'softmax'] : []), ...MODES];
  const lines = shown.map(
    (mode) =>
      `  ${mode.padEnd(9)} ${pct(tally, `${mode} all`)}  zh-CN ${pct(tally, `${mode} zh-CN`)}  ` +
      `zh-TW ${pct(tally, `${mode} zh-TW`)}  en ${pct(tally, `${mode} en`)}  |  ` +
      batches.map((b) => `${b} ${pct(tally, `${mode} ${b}`)}`).join('  '),
  );
  return [
    `${title} (${estimate.held.length} messages; model: the blend, bayes and softmax: its parts alone)`,
    ...lines,
    `  right reading first or among the runner-ups (combined): ${pct(tally, 'runner-up')}`,
  ].join('\n');
}

/** Accuracy per calibrated-confidence bucket on the held-out batches, each calibrated without its batch. */
function calibrationReport(estimate: BatchEstimate<SourcedDocument>, title: string): string {
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
  return [`combined, accuracy by calibrated confidence (${title})`, ...lines].join('\n');
}

/** Where the combined reading goes wrong: recall per label and the commonest confusions, per language. */
function errorsReport(estimate: BatchEstimate<SourcedDocument>, title: string): string {
  const recall = new Map<string, { right: number; total: number }>();
  const confusions = new Map<string, number>();
  for (const { document, evidence } of estimate.held) {
    const lang = document.lang ?? normalize(document.text).locale;
    const { label } = decide(evidence, 'combined', estimate.arbiters.get(batchOf(document) as string));
    const key = `${lang} ${document.label}`;
    const r = recall.get(key) ?? { right: 0, total: 0 };
    r.total += 1;
    if (label === document.label) r.right += 1;
    else
      confusions.set(
        `${lang} ${document.label}→${label}`,
        (confusions.get(`${lang} ${document.label}→${label}`) ?? 0) + 1,
      );
    recall.set(key, r);
  }
  const lines: string[] = [`combined, recall per label and commonest confusions (${title})`];
  for (const lang of ['zh-CN', 'zh-TW', 'en']) {
    const labels = [...recall].filter(([k]) => k.startsWith(`${lang} `)).sort(([a], [b]) => a.localeCompare(b));
    lines.push(
      `  ${lang} recall: ` +
        labels
          .map(([k, r]) => `${k.slice(lang.length + 1)} ${((100 * r.right) / r.total).toFixed(0)}% (${r.total})`)
          .join(', '),
    );
    const worst = [...confusions]
      .filter(([k]) => k.startsWith(`${lang} `))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    lines.push(`  ${lang} confusions: ${worst.map(([k, n]) => `${k.slice(lang.length + 1)} ${n}`).join(', ')}`);
  }
  return lines.join('\n');
}

function fullReport(estimate: BatchEstimate<SourcedDocument>, title: string): string {
  return `${report(estimate, title)}\n${calibrationReport(estimate, title)}\n${errorsReport(estimate, title)}\n`;
}

if (require.main === module) {
  const root = path.join(__dirname, '..', '..', '..');
  const documents = readTuningCorpus(root).map((e) => ({ ...e, features: featuresOfMessage(e.text) }));
  const flag = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  // --blend: the model with the logistic regression blended in (train.ts), instead of the build's.
  const training = process.argv.includes('--blend') ? BLENDED_TRAINING : DEFAULT_TRAINING;
  // The replayed first reads: each batch read with only what was written before it (chronological.ts).
  const chronological = chronologicalFirstReads(documents, training);
  process.stdout.write(
    fullReport(chronological, 'each tuning batch read as on its first read: trained only on what came before it'),
  );
  // Stricter: the same, with only the cues an earlier message matches (chronological.ts).
  // The confidence as the build fits it: on the strict replays, here of every batch but the one read.
  const strict = calibratedOnOtherBatches(strictFirstReads(documents, training));
  process.stdout.write(
    fullReport(strict, 'first reads replayed with the cues of their era; confidence calibrated on the other batches'),
  );
  if (process.argv.includes('--chronological')) process.exit(0);
  const estimate = leaveOneBatchOut(documents, training);
  const weights = [...estimate.arbiters].map(([batch, a]) => `${batch} ${JSON.stringify(a.weights)}`);
  process.stdout.write(
    fullReport(estimate, 'each tuning batch held out whole; model, arbiter and calibration fitted without it') +
      `arbiter per held-out batch (${ARBITER_INPUTS.join(', ')}):\n  ${weights.join('\n  ')}\n`,
  );
  const dump = flag('--dump');
  if (dump) fs.writeFileSync(dump, JSON.stringify(estimate.held));
}
