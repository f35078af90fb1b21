import fs from 'node:fs';
import path from 'node:path';
import type { Cues } from '../cues';
import type { NormalizedText } from '../normalize';
import { rankByDescending } from '../rank';
import type { Label } from '../types';
import type { Arbiter } from './arbiter';
import type { CalibrationTable } from './calibration';
import { FeatureIds } from './feature-ids';
import { featuresOf } from './features';

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
   * log P(feature | label) for every feature and label, as a code per feature and label (feature by feature, the
   * labels side by side) into the label's few distinct values: a label's likelihoods are counts over its total,
   * and few counts occur. Small and contiguous, the table stays in cache; the values are the same doubles.
   */
  private readonly codes: Uint8Array | Uint16Array;
  private readonly values: Float64Array;
  private readonly stride: number;
  private readonly logPrior: Float64Array;
  private readonly featureIds: FeatureIds;
  /** Each label's score while a message is read (reused: reading is synchronous). */
  private readonly scores: Float64Array;

  /**
   * @param calibration maps the combined NLU's raw scores to probabilities, fitted at build time on
   * out-of-fold readings of the tuning corpus (absent: confidences stay raw); `arbiter` settles disagreements
   * between the rules and this model, fitted on the same readings.
   */
  constructor(
    bayes: SerializedBayes,
    readonly calibration?: CalibrationTable,
    readonly arbiter?: Arbiter,
  ) {
    Object.keys(bayes.features).forEach((feature, i) => this.index.set(feature, i));
    // natural's classifier computes these logs afresh for every label of every message; the same terms,
    // computed once here, keep classification within the NLU's speed budget.
    const { classFeatures, classTotals, totalExamples, smoothing } = bayes.classifier;
    this.labels = Object.keys(classFeatures) as Label[];
    const width = this.labels.length;
    const vocabulary = this.index.size;
    // Per label, its distinct counts; code 0 is a feature the label never showed (natural's smoothing).
    const countsOf = this.labels.map((label) => [
      smoothing,
      ...new Set(Object.values(classFeatures[label] ?? {}).filter((count) => count !== smoothing)),
    ]);
    this.stride = Math.max(...countsOf.map((counts) => counts.length));
    this.codes = this.stride <= 0x100 ? new Uint8Array(vocabulary * width) : new Uint16Array(vocabulary * width);
    this.values = new Float64Array(width * this.stride);
    this.labels.forEach((label, i) => {
      const total = classTotals[label] ?? 1;
      const codeOf = new Map((countsOf[i] as number[]).map((count, code) => [count, code]));
      for (const [count, code] of codeOf) this.values[i * this.stride + code] = Math.log(count / total);
      for (const [at, count] of Object.entries(classFeatures[label] ?? {}))
        if (Number(at) < vocabulary) this.codes[Number(at) * width + i] = codeOf.get(count) as number;
    });
    this.logPrior = Float64Array.from(this.labels, (label) => Math.log((classTotals[label] ?? 1) / totalExamples));
    this.featureIds = new FeatureIds(this.index);
    this.scores = new Float64Array(width);
  }

  static fromJson(data: unknown): IntentModel {
    const { calibration, arbiter } = data as { calibration?: CalibrationTable; arbiter?: Arbiter };
    return new IntentModel(data as SerializedBayes, calibration, arbiter);
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
   * `predict(featuresOf(normalized, hasTrackingNumber, cues, english))`, reading the message's features as ids
   * (see FeatureIds) rather than strings: the same terms summed in the same order.
   */
  predictMessage(normalized: NormalizedText, hasTrackingNumber: boolean, cues: Cues, english: string): Prediction[] {
    const ids = this.featureIds.idsOf(normalized, hasTrackingNumber, cues, english);
    return ids ? this.score(ids) : this.predict(featuresOf(normalized, hasTrackingNumber, cues, english));
  }

  /**
   * Probability of every label the model knows, most likely first: natural's naive Bayes score (prior times
   * the product of the known features' likelihoods), normalised over the labels in log space so that a long
   * message cannot underflow to all zeros.
   */
  predict(features: string[]): Prediction[] {
    return this.score(this.observe(features));
  }

  /** `predict` over the indices of the known features, in the message's order. */
  private score(known: number[]): Prediction[] {
    const { codes, values, stride } = this;
    const width = this.labels.length;
    // Each label's sum runs over the features in the message's order, as natural's does.
    const { scores } = this;
    scores.set(this.logPrior);
    for (const at of known) {
      const row = at * width;
      for (let i = 0; i < width; i += 1)
        scores[i] = (scores[i] as number) + (values[i * stride + (codes[row + i] as number)] as number);
    }
    let max = -Infinity;
    for (let i = 0; i < width; i += 1) max = Math.max(max, scores[i] as number);
    let total = 0;
    for (let i = 0; i < width; i += 1) {
      scores[i] = Math.exp((scores[i] as number) - max);
      total += scores[i] as number;
    }
    return rankByDescending(
      this.labels.map((label, i) => ({ label, probability: (scores[i] as number) / total })),
      'probability',
    );
  }
}
