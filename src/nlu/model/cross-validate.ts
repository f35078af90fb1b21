import type { LabelledExample } from '../evaluate';
import { Nlu } from '../nlu';
import { labelOf } from '../types';
import type { ScoredReading } from './calibration';
import { IntentModel } from './intent-model';
import { trainOnFeatures, type TrainingOptions } from './train';

export const FOLDS = 5;
/** The date relative wording in the tuning corpus is read against (as in `evaluate`). */
const NOW = new Date('2026-11-23T10:00:00+08:00');

/** FNV-1a of the text: a message keeps its fold from one build to the next, whatever the file order. */
function foldOf(text: string, folds: number): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) as number), 16777619);
  return (hash >>> 0) % folds;
}

export interface Document extends LabelledExample {
  features: string[];
}

/**
 * k-fold cross-validation of the combined NLU: each message read by the rules and by a model trained on the
 * other folds, so that every reading is one the model had not seen. Returns each reading's decision path, raw
 * score and whether it was right — what the confidence calibration is fitted on.
 */
export function outOfFoldReadings(documents: Document[], options: TrainingOptions, folds = FOLDS): ScoredReading[] {
  const foldOfDocument = documents.map((d) => foldOf(d.text, folds));
  const readings: ScoredReading[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const training = documents.filter((_, i) => foldOfDocument[i] !== fold);
    const nlu = new Nlu({ model: IntentModel.fromJson(trainOnFeatures(training, options)) });
    documents.forEach((document, i) => {
      if (foldOfDocument[i] !== fold) return;
      const { result, decision } = nlu.read(document.text, NOW);
      readings.push({ ...decision, correct: labelOf(result) === document.label });
    });
  }
  return readings;
}
