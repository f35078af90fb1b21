import { decide, type Evidence } from '../combine';
import { findTrackingNumbers } from '../entities/tracking';
import { Nlu } from '../nlu';
import { normalize } from '../normalize';
import { ALTERNATIVES, alternativesMatching, restrictedCues } from './era-cues';
import { featuresOf } from './features';
import { fitCalibration, type CalibrationTable } from './calibration';
import {
  arbiterOf,
  outOfFoldEvidence,
  readingsOf,
  rulesEvidence,
  type BatchEstimate,
  type Document,
  type HeldOutEvidence,
  type SourcedDocument,
} from './cross-validate';
import type { Arbiter } from './arbiter';
import type { TrainingOptions } from './train';

const numberOf = (batch: string): number => Number(batch.split('-')[1]);

// Leave-one-batch-out trains on every other batch, later ones included, so a batch is read by a model that knew
// the writers who came after it. A batch's real first read had only what was written before it: this file
// replays that — batch N read by a model trained on the dev set, fresh-wording, the batches before N and our own
// sentences written before N, with the arbiter and the calibration fitted on the earlier batches' replayed first
// reads. The rules are today's (they were written on these batches too), so their share still flatters.

const NUMBERED = /(tune|own)-(\d+)/;

/** When a tuning message was written: tune-N and own-N in the order of N (own-N was written with tune-N's
 * misses in sight, so after it); the dev set and fresh-wording came first (0). */
export function eraOf(document: SourcedDocument): { era: number; batch: string | null } {
  const found = NUMBERED.exec(document.source);
  if (!found) return { era: 0, batch: null };
  const era = Number(found[2]);
  return found[1] === 'tune' ? { era, batch: found[0] } : { era: era + 0.5, batch: null };
}

/**
 * The same shape as leave-one-batch-out's estimate; here `held` is each batch read by a model trained only on
 * what was written before it, and the arbiter and calibration per batch are fitted on earlier batches' replays.
 */
export type ChronologicalEstimate<D extends SourcedDocument> = BatchEstimate<D>;

/** The first read each tuning batch would have had with today's rules and features: see the file's head. */
export function chronologicalFirstReads<D extends SourcedDocument>(
  documents: D[],
  options: TrainingOptions,
  rules: Map<Document, Evidence> = rulesEvidence(documents),
): ChronologicalEstimate<D> {
  const eras = new Map(documents.map((d) => [d, eraOf(d)]));
  const batches = [...new Set(documents.map((d) => eras.get(d)?.batch ?? null))]
    .filter((b): b is string => b !== null)
    .sort((a, b) => numberOf(a) - numberOf(b));
  const held: HeldOutEvidence<D>[] = [];
  const arbiters = new Map<string, Arbiter>();
  const calibrations = new Map<string, CalibrationTable>();
  for (const batch of batches) {
    const era = numberOf(batch);
    const earlier = held.slice();
    const read = outOfFoldEvidence(
      documents,
      options,
      (d) => (eras.get(d)?.batch === batch ? batch : null),
      rules,
      (d) => (eras.get(d)?.era ?? 0) >= era,
    );
    if (earlier.length > 0) {
      const arbiter = arbiterOf(earlier);
      arbiters.set(batch, arbiter);
      calibrations.set(batch, fitCalibration(readingsOf(earlier, arbiter)));
    }
    held.push(...read);
  }
  return { held, arbiters, calibrations };
}

/**
 * Stricter still: the replayed first reads with the cues of their era. A cue alternative no message written before
 * batch N matches (it was, most likely, written from N's misses or later ones) is left out of the rules and of the
 * model's features while N is read — and of the model's training for N. Rules logic written for later batches
 * stays in, so this still flatters, but far less than reading with every cue.
 */
export function strictFirstReads<D extends SourcedDocument>(
  examples: D[],
  options: TrainingOptions,
  { perBatchFits = true }: { perBatchFits?: boolean } = {},
): ChronologicalEstimate<D> {
  const read = examples.map((example) => {
    const normalized = normalize(example.text);
    return {
      normalized,
      tracking: findTrackingNumbers(normalized.halfWidth).length > 0,
      era: eraOf(example),
      alternatives: alternativesMatching(normalized),
    };
  });
  // An alternative's era: that of the earliest message it matches (one that matches none is vocabulary: era 0).
  const altEra = new Float64Array(ALTERNATIVES.length).fill(Infinity);
  for (const { era, alternatives } of read)
    for (const a of alternatives) altEra[a] = Math.min(altEra[a] as number, era.era);
  altEra.forEach((era, a) => (altEra[a] = era === Infinity ? 0 : era));
  const batches = [...new Set(read.map((r) => r.era.batch))]
    .filter((b): b is string => b !== null)
    .sort((a, b) => numberOf(a) - numberOf(b));
  const rulesOnly = new Nlu({ mode: 'rules' });
  const held: HeldOutEvidence<D>[] = [];
  const arbiters = new Map<string, Arbiter>();
  const calibrations = new Map<string, CalibrationTable>();
  for (const batch of batches) {
    const era = numberOf(batch);
    const cuesOf = restrictedCues((a) => (altEra[a] as number) < era);
    const documents: D[] = [];
    const rules = new Map<Document, Evidence>();
    examples.forEach((example, i) => {
      const { normalized, tracking, era: of } = read[i] as (typeof read)[number];
      if (of.era >= era && of.batch !== batch) return;
      const document = { ...example, features: featuresOf(normalized, tracking, cuesOf(normalized)) };
      documents.push(document);
      if (of.batch === batch) rules.set(document, rulesOnly.evidence(example.text, cuesOf));
    });
    const earlier = held.slice();
    held.push(...outOfFoldEvidence(documents, options, (d) => (rules.has(d) ? batch : null), rules));
    // (The build reads only `held`: the arbiter and calibration per batch are the report's — cv-report.ts.)
    if (perBatchFits && earlier.length > 0) {
      const arbiter = arbiterOf(earlier);
      arbiters.set(batch, arbiter);
      calibrations.set(batch, fitCalibration(readingsOf(earlier, arbiter)));
    }
  }
  return { held, arbiters, calibrations };
}

/**
 * The replayed first reads with each batch's confidence calibrated on the other batches' replayed first reads —
 * as the build calibrates on all of them — to show whether the confidence holds on a batch it was not fitted on.
 */
export function calibratedOnOtherBatches<D extends SourcedDocument>(
  estimate: ChronologicalEstimate<D>,
): ChronologicalEstimate<D> {
  const batchOfDocument = (d: D): string | null => eraOf(d).batch;
  const readings = estimate.held.map(({ document, evidence }) => {
    const { path, raw, label } = decide(evidence, 'combined', estimate.arbiters.get(batchOfDocument(document) ?? ''));
    return { batch: batchOfDocument(document), path, raw, correct: label === document.label };
  });
  const calibrations = new Map<string, CalibrationTable>();
  for (const batch of new Set(readings.map((r) => r.batch)))
    if (batch !== null) calibrations.set(batch, fitCalibration(readings.filter((r) => r.batch !== batch)));
  return { ...estimate, calibrations };
}
