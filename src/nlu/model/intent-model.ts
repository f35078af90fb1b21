import fs from 'node:fs';
import path from 'node:path';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import type { Label } from '../types';

/** A label and the model's probability for it; the list sums to 1. */
export interface Prediction {
  label: Label;
  probability: number;
}

/** Where `npm run build` writes the trained model (scripts: build → train). */
export const MODEL_FILE = 'nlu-model.json';
const CANDIDATES = [
  path.join(__dirname, '..', 'data', MODEL_FILE),
  // Running from the TypeScript sources (the tests): the model the build wrote into dist/.
  path.join(__dirname, '..', '..', '..', 'dist', 'nlu', 'data', MODEL_FILE),
];

/**
 * The learned half of the NLU: natural's naive Bayes classifier over the features of `featuresOf`, trained at
 * build time on the tuning corpus. Classification goes through natural's sparse path (feature indices)
 * instead of its dense one, which would walk the whole vocabulary for every message.
 */
export class IntentModel {
  private readonly index = new Map<string, number>();

  constructor(private readonly bayes: BayesClassifier) {
    Object.keys(bayes.features).forEach((feature, i) => this.index.set(feature, i));
  }

  static fromJson(data: unknown): IntentModel {
    return new IntentModel(BayesClassifier.restore(data));
  }

  static load(file?: string): IntentModel {
    const found = file ?? CANDIDATES.find((candidate) => fs.existsSync(candidate));
    if (!found) throw new Error(`the NLU model (${MODEL_FILE}) is missing: run npm run build, which trains it`);
    return IntentModel.fromJson(JSON.parse(fs.readFileSync(found, 'utf8')));
  }

  /** Probability of every label the model knows, most likely first. */
  predict(features: string[]): Prediction[] {
    const observation: Record<number, number> = {};
    let known = 0;
    for (const feature of features) {
      const at = this.index.get(feature);
      if (at !== undefined) observation[known++] = at;
    }
    const scored = this.bayes.classifier.getClassifications(observation);
    const total = scored.reduce((sum, s) => sum + s.value, 0);
    return scored.map((s) => ({ label: s.label as Label, probability: total > 0 ? s.value / total : 0 }));
  }
}
