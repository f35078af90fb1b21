import fs from 'node:fs';
import path from 'node:path';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
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
 * The learned half of the NLU: natural's naive Bayes classifier over the features of `featuresOf`, trained at
 * build time on the tuning corpus. Classification goes through natural's sparse path (feature indices)
 * instead of its dense one, which would walk the whole vocabulary for every message.
 */
export class IntentModel {
  private readonly index = new Map<string, number>();
  private readonly labels: Label[];
  /** Per label: log P(feature | label) by feature index, the log for an unseen feature, and the log prior. */
  private readonly logLikelihood: Float64Array[];
  private readonly logUnseen: Float64Array;
  private readonly logPrior: Float64Array;

  /**
   * @param calibration maps the combined NLU's raw scores to probabilities, fitted at build time on
   * out-of-fold readings of the tuning corpus (absent: confidences stay raw).
   */
  constructor(
    readonly bayes: BayesClassifier,
    readonly calibration?: CalibrationTable,
  ) {
    Object.keys(bayes.features).forEach((feature, i) => this.index.set(feature, i));
    // natural's classifier computes these logs afresh for every label of every message; the same terms,
    // computed once here, keep classification within the NLU's speed budget.
    const { classFeatures, classTotals, totalExamples, smoothing } = bayes.classifier;
    this.labels = Object.keys(classFeatures) as Label[];
    const vocabulary = this.index.size;
    this.logLikelihood = this.labels.map((label) => {
      const table = new Float64Array(vocabulary).fill(Math.log(smoothing / (classTotals[label] ?? 1)));
      for (const [at, count] of Object.entries(classFeatures[label] ?? {}))
        table[Number(at)] = Math.log(count / (classTotals[label] ?? 1));
      return table;
    });
    this.logUnseen = Float64Array.from(this.labels, (label) => Math.log(smoothing / (classTotals[label] ?? 1)));
    this.logPrior = Float64Array.from(this.labels, (label) => Math.log((classTotals[label] ?? 1) / totalExamples));
  }

  static fromJson(data: unknown): IntentModel {
    const calibration = (data as { calibration?: CalibrationTable }).calibration;
    return new IntentModel(BayesClassifier.restore(data), calibration);
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
    const known = this.observe(features);
    const scores = this.labels.map((_, i) => {
      let score = this.logPrior[i] as number;
      const table = this.logLikelihood[i] as Float64Array;
      for (const at of known) score += table[at] ?? (this.logUnseen[i] as number);
      return score;
    });
    const max = Math.max(...scores);
    const weights = scores.map((score) => Math.exp(score - max));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return this.labels
      .map((label, i) => ({ label, probability: (weights[i] as number) / total }))
      .sort((a, b) => b.probability - a.probability);
  }
}
