import type { LabelledExample } from '../evaluate';
import { Nlu } from '../nlu';
import { decide, type Evidence } from '../combine';
import { arbitrationCases, fitArbiter, type Arbiter } from './arbiter';
import { fitCalibration, type CalibrationTable, type ScoredReading } from './calibration';
import { IntentModel, type Prediction } from './intent-model';
import { trainOnFeatures, type TrainingOptions } from './train';

export const FOLDS = 5;

/** FNV-1a of the text: a message keeps its fold from one build to the next, whatever the file order. */
export function hashFold(text: string, folds: number): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) as number), 16777619);
  return (hash >>> 0) % folds;
}

export interface Document extends LabelledExample {
  features: string[];
}

/** A tuning message with the file it comes from: a tuning batch (tune-N) was written blind by one writer. */
export interface SourcedDocument extends Document {
  source: string;
}

const BATCH = /tune-\d+/;

/** The tuning batch a message belongs to (null: the dev set, fresh-wording and our own sentences). */
export function batchOf(document: SourcedDocument): string | null {
  return BATCH.exec(document.source)?.[0] ?? null;
}

/**
 * The combined NLU's readings of held-out messages under `arbiter`: each reading's decision path, raw score and
 * whether it was right — what the confidence calibration is fitted on.
 */
export function readingsOf(held: HeldOutEvidence[], arbiter: Arbiter): ScoredReading[] {
  return held.map(({ document, evidence }) => {
    const { path, raw, label } = decide(evidence, 'combined', arbiter);
    return { path, raw, correct: label === document.label };
  });
}

/** The arbiter fitted on held-out readings: which of rules and model was right where they disagreed. */
export function arbiterOf(held: HeldOutEvidence[]): Arbiter {
  return fitArbiter(arbitrationCases(held.map(({ document, evidence }) => ({ evidence, label: document.label }))));
}

/** A tuning message with what the rules and a model that had not seen it made of it. */
export interface HeldOutEvidence<D extends Document = Document> {
  document: D;
  evidence: Evidence;
  /** The model's two parts alone, when it blends a regression with the Bayes (to report what each contributes). */
  parts?: { bayes: Prediction[]; softmax: Prediction[] };
}

/** What the rules make of each message: they do not depend on the model, so each message is read once. */
export function rulesEvidence(documents: Document[]): Map<Document, Evidence> {
  const rules = new Nlu({ mode: 'rules' });
  return new Map(documents.map((document) => [document, rules.evidence(document.text)]));
}

/**
 * Each message's evidence (rules, and a model trained without it): `foldOf` names the messages held out
 * together (null: never held out) — by default k folds by text hash; a batch per fold asks how the NLU reads a
 * whole unseen batch. `exclude` leaves further messages out of every model's training (nested estimates).
 */
export function outOfFoldEvidence<D extends Document>(
  documents: D[],
  options: TrainingOptions,
  foldOf: (document: D) => number | string | null = (d) => hashFold(d.text, FOLDS),
  rules: Map<Document, Evidence> = rulesEvidence(documents),
  exclude: (document: D) => boolean = () => false,
): HeldOutEvidence<D>[] {
  const folds = documents.map(foldOf);
  const held: HeldOutEvidence<D>[] = [];
  for (const fold of new Set(folds)) {
    if (fold === null) continue; // always trained on, never held out
    const training = documents.filter((d, i) => folds[i] !== fold && !exclude(d));
    const model = IntentModel.fromJson(trainOnFeatures(training, options));
    documents.forEach((document, i) => {
      if (folds[i] !== fold) return;
      const evidence = rules.get(document) ?? (rulesEvidence([document]).get(document) as Evidence);
      // predict(features) sums the same terms as the NLU's own reading of the message.
      held.push({
        document,
        evidence: { ...evidence, model: model.predict(document.features) },
        parts: model.blended
          ? { bayes: model.predict(document.features, 'bayes'), softmax: model.predict(document.features, 'softmax') }
          : undefined,
      });
    });
  }
  return held;
}

/** Leave-one-batch-out readings with what the NLU would have shipped without each batch. */
export interface BatchEstimate<D extends SourcedDocument> {
  /** Every tuning batch's messages, read by a model trained on everything but that batch. */
  held: HeldOutEvidence<D>[];
  /** Per batch: the arbiter and calibration fitted on the other batches' leave-one-out readings, made without it. */
  arbiters: Map<string, Arbiter>;
  calibrations: Map<string, CalibrationTable>;
}

/**
 * The honest internal estimate: each tuning batch was written blind by its own writer, like the frozen sets,
 * so holding a batch out whole asks how the NLU reads wording of a writer it has not seen (random folds share
 * writers and templates, and flatter). Nested: the arbiter and calibration used on batch k are fitted on the
 * other batches' readings by models that never saw k either. The rules were written on these batches, so the
 * rules' figures still flatter them.
 */
export function leaveOneBatchOut<D extends SourcedDocument>(
  documents: D[],
  options: TrainingOptions,
): BatchEstimate<D> {
  const rules = rulesEvidence(documents);
  const held = outOfFoldEvidence(documents, options, batchOf, rules);
  const arbiters = new Map<string, Arbiter>();
  const calibrations = new Map<string, CalibrationTable>();
  for (const batch of new Set(documents.map(batchOf))) {
    if (batch === null) continue;
    const others = outOfFoldEvidence(
      documents,
      options,
      (d) => (batchOf(d) === batch ? null : batchOf(d)),
      rules,
      (d) => batchOf(d) === batch,
    );
    const arbiter = arbiterOf(others);
    arbiters.set(batch, arbiter);
    calibrations.set(batch, fitCalibration(readingsOf(others, arbiter)));
  }
  return { held, arbiters, calibrations };
}
