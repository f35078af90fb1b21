import fs from 'node:fs';
import path from 'node:path';
import type { Cues } from '../cues';
import type { NormalizedText } from '../normalize';
import { rankIndices } from '../rank';
import type { Label } from '../types';
import type { Arbiter } from './arbiter';
import type { CalibrationTable } from './calibration';
import { FeatureIds, featureLayout, type FeatureLayout } from './feature-ids';
import { unpackSoftmax, type PackedSoftmax, type SerializedBlend } from './softmax-regression';
import { featuresOf } from './features';
import {
  MODEL_TABLES_FILE,
  modelDigest,
  readTablesBinary,
  tablesOf,
  type ModelTables,
  type SerializedBayes,
} from './model-tables';

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

export type { SerializedBayes } from './model-tables';
export type { SerializedBlend } from './softmax-regression';

/** Log-scores to probabilities in place, shifted by the largest (a long message cannot underflow to all zeros). */
function normalizeExp(scores: Float64Array, width: number): void {
  let max = -Infinity;
  for (let i = 0; i < width; i += 1) max = Math.max(max, scores[i] as number);
  let total = 0;
  for (let i = 0; i < width; i += 1) {
    scores[i] = Math.exp((scores[i] as number) - max);
    total += scores[i] as number;
  }
  for (let i = 0; i < width; i += 1) scores[i] = (scores[i] as number) / total;
}

/** Which of the model's parts a reading uses: the blend (what the NLU reads with), or one part alone (to measure it). */
export type ModelPart = 'blend' | 'bayes' | 'softmax';

interface Blend {
  softmaxWeight: number;
  softmax: PackedSoftmax;
  /** Each label's sum of weight steps while a message is read (reused, like `scores`). */
  sums: Float64Array;
}

/**
 * The learned half of the NLU: natural's naive Bayes classifier over the features of `featuresOf`, trained at
 * build time on the tuning corpus. Classification reads only the features a message has (natural's sparse path)
 * instead of walking the whole vocabulary for every message, with natural's terms computed once.
 */
export class IntentModel {
  /** Feature → index, made when a message is first read by its strings (`predict`; the ids' path never needs it). */
  private indexByFeature?: Map<string, number>;
  /** The vocabulary's strings, read from the tables when first needed (reading by ids never needs them). */
  private readonly tables: ModelTables;
  private readonly labels: Label[];
  /** See ModelTables: a code per feature and label into `values`. */
  private readonly codes: Uint8Array | Uint16Array;
  private readonly values: Float64Array;
  private readonly stride: number;
  private readonly logPrior: Float64Array;
  private readonly featureIds: FeatureIds;
  /** Each label's score while a message is read (reused: reading is synchronous). */
  private readonly scores: Float64Array;
  private readonly ranked: Int32Array;
  private readonly blend?: Blend;

  /**
   * @param calibration maps the combined NLU's raw scores to probabilities, fitted at build time on
   * out-of-fold readings of the tuning corpus (absent: confidences stay raw); `arbiter` settles disagreements
   * between the rules and this model, fitted on the same readings. `layout` is `featureLayout(tables.features)`,
   * which the build writes beside the model. `blend`: the logistic regression blended with the Bayes (absent:
   * the Bayes alone).
   */
  constructor(
    tables: ModelTables,
    readonly calibration?: CalibrationTable,
    readonly arbiter?: Arbiter,
    layout: FeatureLayout = featureLayout(tables.features),
    blend?: SerializedBlend,
  ) {
    this.tables = tables;
    this.labels = tables.labels;
    this.codes = tables.codes;
    this.values = tables.values;
    this.stride = tables.stride;
    this.logPrior = tables.logPrior;
    this.featureIds = new FeatureIds(layout);
    this.scores = new Float64Array(this.labels.length);
    this.ranked = new Int32Array(this.labels.length);
    if (blend)
      this.blend = {
        softmaxWeight: blend.softmaxWeight,
        softmax: unpackSoftmax(blend.softmax, layout.size),
        sums: new Float64Array(this.labels.length),
      };
  }

  /** The model in natural's JSON (the model file), with its calibration and arbiter. */
  static fromJson(data: unknown): IntentModel {
    const { calibration, arbiter, blend } = data as {
      calibration?: CalibrationTable;
      arbiter?: Arbiter;
      blend?: SerializedBlend;
    };
    const tables = tablesOf(data as SerializedBayes);
    return new IntentModel(tables, calibration, arbiter, featureLayout(tables.features), blend);
  }

  /** The model file `npm run build` wrote (or `file`), read through the tables written beside it when they are its own. */
  static load(file?: string): IntentModel {
    const found = file ?? CANDIDATES.find((candidate) => fs.existsSync(candidate));
    if (!found) throw new Error(`the NLU model (${MODEL_FILE}) is missing: run npm run build, which trains it`);
    // The file's bytes are hashed as they are; its text is decoded and parsed only when the tables are not its own.
    const model = fs.readFileSync(found);
    const tablesFile = path.join(path.dirname(found), MODEL_TABLES_FILE);
    const stored = fs.existsSync(tablesFile)
      ? readTablesBinary(fs.readFileSync(tablesFile), modelDigest(model))
      : undefined;
    if (!stored) return IntentModel.fromJson(JSON.parse(model.toString('utf8')));
    return new IntentModel(stored.tables, stored.calibration, stored.arbiter, stored.layout, stored.blend);
  }

  /** Indices of the features the model knows (natural's sparse observation). */
  observe(features: string[]): number[] {
    const known: number[] = [];
    this.indexByFeature ??= new Map(this.tables.features.map((feature, i) => [feature, i]));
    for (const feature of features) {
      const at = this.indexByFeature.get(feature);
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
  predict(features: string[], part: ModelPart = 'blend'): Prediction[] {
    return this.score(this.observe(features), part);
  }

  /** Whether a logistic regression is blended in (a model file written before it has the Bayes alone). */
  get blended(): boolean {
    return this.blend !== undefined;
  }

  /** `predict` over the indices of the known features, in the message's order. */
  private score(known: number[], part: ModelPart = 'blend'): Prediction[] {
    const { codes, values, stride, scores, logPrior, blend } = this;
    const width = this.labels.length;
    // Each label's sum runs over the features in the message's order, as natural's does. Four labels at a time, each
    // summed in a local of its own: four independent chains of additions, no store and reload of a running sum per
    // term (the same additions in the same order per label, so the same bits; a feature's codes for the four labels
    // are side by side in its row).
    const count = known.length;
    let i = 0;
    // Eight labels at a time while eight are left (fewer passes over the features), then four, then one.
    for (; i + 7 < width; i += 8) {
      const base0 = i * stride;
      let sum0 = logPrior[i] as number;
      let sum1 = logPrior[i + 1] as number;
      let sum2 = logPrior[i + 2] as number;
      let sum3 = logPrior[i + 3] as number;
      let sum4 = logPrior[i + 4] as number;
      let sum5 = logPrior[i + 5] as number;
      let sum6 = logPrior[i + 6] as number;
      let sum7 = logPrior[i + 7] as number;
      for (let k = 0; k < count; k += 1) {
        const at = (known[k] as number) * width + i;
        sum0 += values[base0 + (codes[at] as number)] as number;
        sum1 += values[base0 + stride + (codes[at + 1] as number)] as number;
        sum2 += values[base0 + 2 * stride + (codes[at + 2] as number)] as number;
        sum3 += values[base0 + 3 * stride + (codes[at + 3] as number)] as number;
        sum4 += values[base0 + 4 * stride + (codes[at + 4] as number)] as number;
        sum5 += values[base0 + 5 * stride + (codes[at + 5] as number)] as number;
        sum6 += values[base0 + 6 * stride + (codes[at + 6] as number)] as number;
        sum7 += values[base0 + 7 * stride + (codes[at + 7] as number)] as number;
      }
      scores[i] = sum0;
      scores[i + 1] = sum1;
      scores[i + 2] = sum2;
      scores[i + 3] = sum3;
      scores[i + 4] = sum4;
      scores[i + 5] = sum5;
      scores[i + 6] = sum6;
      scores[i + 7] = sum7;
    }
    for (; i + 3 < width; i += 4) {
      const base0 = i * stride;
      const base1 = base0 + stride;
      const base2 = base1 + stride;
      const base3 = base2 + stride;
      let sum0 = logPrior[i] as number;
      let sum1 = logPrior[i + 1] as number;
      let sum2 = logPrior[i + 2] as number;
      let sum3 = logPrior[i + 3] as number;
      for (let k = 0; k < count; k += 1) {
        const at = (known[k] as number) * width + i;
        sum0 += values[base0 + (codes[at] as number)] as number;
        sum1 += values[base1 + (codes[at + 1] as number)] as number;
        sum2 += values[base2 + (codes[at + 2] as number)] as number;
        sum3 += values[base3 + (codes[at + 3] as number)] as number;
      }
      scores[i] = sum0;
      scores[i + 1] = sum1;
      scores[i + 2] = sum2;
      scores[i + 3] = sum3;
    }
    for (; i < width; i += 1) {
      const base = i * stride;
      let sum = logPrior[i] as number;
      for (let k = 0; k < count; k += 1)
        sum += values[base + (codes[(known[k] as number) * width + i] as number)] as number;
      scores[i] = sum;
    }
    normalizeExp(scores, width);
    const softmaxWeight = !blend || part === 'bayes' ? 0 : part === 'softmax' ? 1 : blend.softmaxWeight;
    if (blend && softmaxWeight > 0) {
      // The regression's scores: the steps of the features' weights summed as integers (a feature's steps for all
      // labels are contiguous), scaled once; then its probabilities mixed into the Bayes'.
      const { sums } = blend;
      const { rowOf, steps, scale, bias } = blend.softmax;
      sums.fill(0);
      for (let k = 0; k < known.length; k += 1) {
        const row = rowOf[known[k] as number] as number;
        if (row < 0) continue;
        const base = row * width;
        for (let i = 0; i < width; i += 1) sums[i] = (sums[i] as number) + (steps[base + i] as number);
      }
      for (let i = 0; i < width; i += 1) sums[i] = (bias[i] as number) + scale * (sums[i] as number);
      normalizeExp(sums, width);
      for (let i = 0; i < width; i += 1)
        scores[i] = (1 - softmaxWeight) * (scores[i] as number) + softmaxWeight * (sums[i] as number);
    }
    // Most likely first, equal probabilities in label order.
    const ranked = rankIndices(scores, this.ranked);
    const predictions: Prediction[] = [];
    for (let k = 0; k < width; k += 1) {
      const at = ranked[k] as number;
      predictions.push({ label: this.labels[at] as Label, probability: scores[at] as number });
    }
    return predictions;
  }
}
