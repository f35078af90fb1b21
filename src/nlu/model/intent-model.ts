import fs from 'node:fs';
import path from 'node:path';
import type { Label } from '../types';
import type { CalibrationTable } from './calibration';

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
 * natural's naive Bayes classifier as `npm run build` serialised it (natural's `BayesClassifier.restore` only sets
 * prototypes on this data): the vocabulary in training order, and per label the examples with each feature.
 */
export interface SerializedBayes {
  features: Record<string, number>;
  classifier: {
    classFeatures: Record<string, Record<string, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  };
}

/**
 * The learned half of the NLU: natural's naive Bayes classifier over the features of `featuresOf`, trained at
 * build time on the tuning corpus. Classification reads only the features a message has (natural's sparse path)
 * instead of walking the whole vocabulary for every message, with natural's terms computed once.
 */
export class IntentModel {
  private readonly index = new Map<string, number>();
  private readonly labels: Label[];
  /**
   * log P(feature | label), feature by feature: the labels' terms of one feature lie side by side, so a message's
   * few features touch a few cache lines rather than one per label and feature.
   */
  private readonly logLikelihood: Float64Array;
  private readonly logPrior: Float64Array;

  /**
   * @param calibration maps the combined NLU's raw scores to probabilities, fitted at build time on
   * out-of-fold readings of the tuning corpus (absent: confidences stay raw).
   */
  constructor(
    bayes: SerializedBayes,
    readonly calibration?: CalibrationTable,
  ) {
    Object.keys(bayes.features).forEach((feature, i) => this.index.set(feature, i));
    // natural's classifier computes these logs afresh for every label of every message; the same terms,
    // computed once here, keep classification within the NLU's speed budget.
    const { classFeatures, classTotals, totalExamples, smoothing } = bayes.classifier;
    this.labels = Object.keys(classFeatures) as Label[];
    const width = this.labels.length;
    this.logLikelihood = new Float64Array(this.index.size * width);
    this.labels.forEach((label, i) => {
      const total = classTotals[label] ?? 1;
      const unseen = Math.log(smoothing / total);
      for (let at = 0; at < this.index.size; at += 1) this.logLikelihood[at * width + i] = unseen;
      for (const [at, count] of Object.entries(classFeatures[label] ?? {}))
        if (Number(at) < this.index.size) this.logLikelihood[Number(at) * width + i] = Math.log(count / total);
    });
    this.logPrior = Float64Array.from(this.labels, (label) => Math.log((classTotals[label] ?? 1) / totalExamples));
  }

  static fromJson(data: unknown): IntentModel {
    const calibration = (data as { calibration?: CalibrationTable }).calibration;
    return new IntentModel(data as SerializedBayes, calibration);
  }

  static load(file?: string): IntentModel {
    const found = file ?? CANDIDATES.find((candidate) => fs.existsSync(candidate));
    if (!found) throw new Error(`the NLU model (${MODEL_FILE}) is missing: run npm run build, which trains it`);
    return IntentModel.fromJson(JSON.parse(fs.readFileSync(found, 'utf8')));
  }

  /** Indices of the features the model knows (natural's sparse observation). */
  observe(features: string[]): number[] {
    const known: number[] = [];
    for (const feature of features) {
      const at = this.index.get(feature);
      if (at !== undefined) known.push(at);
    }
    return known;
  }

  /**
   * Probability of every label the model knows, most likely first: natural's naive Bayes score (prior times
   * the product of the known features' likelihoods), normalised over the labels in log space so that a long
   * message cannot underflow to all zeros.
   */
  predict(features: string[]): Prediction[] {
    const width = this.labels.length;
    // Each label's sum runs over the features in the message's order, as natural's does.
    const scores = Float64Array.from(this.logPrior);
    for (const feature of features) {
      const at = this.index.get(feature);
      if (at === undefined) continue;
      const row = at * width;
      for (let i = 0; i < width; i += 1) scores[i] = (scores[i] as number) + (this.logLikelihood[row + i] as number);
    }
    let max = -Infinity;
    for (const score of scores) max = Math.max(max, score);
    const weights = Array.from(scores, (score) => Math.exp(score - max));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return this.labels
      .map((label, i) => ({ label, probability: (weights[i] as number) / total }))
      .sort((a, b) => b.probability - a.probability);
  }
}
