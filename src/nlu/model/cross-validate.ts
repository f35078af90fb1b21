import type { LabelledExample } from '../evaluate';
import { Nlu } from '../nlu';
import { decide, type Evidence } from '../combine';
import { arbitrationCases, fitArbiter, type Arbiter } from './arbiter';
import type { ScoredReading } from './calibration';
import { IntentModel } from './intent-model';
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
}

/**
 * Each message's evidence (rules, and a model trained without it): `foldOf` names the messages held out
 * together (null: never held out) — by default k folds by text hash; a batch per fold asks how the NLU reads a whole unseen batch.
 */
export function outOfFoldEvidence<D extends Document>(
  documents: D[],
  options: TrainingOptions,
  foldOf: (document: D) => number | string | null = (d) => hashFold(d.text, FOLDS),
): HeldOutEvidence<D>[] {
  const folds = documents.map(foldOf);
  const held: HeldOutEvidence<D>[] = [];
  for (const fold of new Set(folds)) {
    if (fold === null) continue; // always trained on, never held out
    const training = documents.filter((_, i) => folds[i] !== fold);
    const nlu = new Nlu({ model: IntentModel.fromJson(trainOnFeatures(training, options)) });
    documents.forEach((document, i) => {
      if (folds[i] === fold) held.push({ document, evidence: nlu.evidence(document.text) });
    });
  }
  return held;
}
