import { DEFAULT_LBFGS, minimizeLbfgs, type LbfgsOptions, type Objective } from './lbfgs';

/** A training message as the regression sees it: the ids of its features (each present once, value 1) and its label. */
export interface SparseExample {
  ids: ArrayLike<number>;
  label: number;
}

/**
 * Multinomial logistic regression over binary features: each label's score is its bias plus the weights of the
 * message's features, and the probabilities are the softmax of the scores. `weights` is feature-major (feature
 * f's weight for label k at f × labels + k), so a message's features are contiguous rows.
 */
export interface SoftmaxWeights {
  labels: number;
  features: number;
  weights: Float64Array;
  bias: Float64Array;
}

export interface SoftmaxTraining {
  /** L2 penalty on the feature weights (not the biases), against the mean log-loss per example. */
  l2: number;
  /**
   * Features in fewer training messages get no weight: a feature of one message would learn only that message's
   * label (the Bayes still reads it), and leaving them out makes the regression less than half as large.
   */
  minFeatureCount: number;
  lbfgs: LbfgsOptions;
}

export const DEFAULT_SOFTMAX: SoftmaxTraining = { l2: 3e-4, minFeatureCount: 2, lbfgs: DEFAULT_LBFGS };

/** Each label's score for a message: its bias (at `biasAt` in `bias`) plus the rows of its features, into `scores`. */
function scoreInto(
  ids: ArrayLike<number>,
  weights: Float64Array,
  bias: Float64Array,
  biasAt: number,
  labels: number,
  scores: Float64Array,
): void {
  for (let k = 0; k < labels; k += 1) scores[k] = bias[biasAt + k] as number;
  for (let j = 0; j < ids.length; j += 1) {
    const row = (ids[j] as number) * labels;
    for (let k = 0; k < labels; k += 1) scores[k] = (scores[k] as number) + (weights[row + k] as number);
  }
}

/** Turns scores into probabilities in place (shifted by the largest: no overflow); returns log Σ exp. */
function softmaxInPlace(scores: Float64Array, labels: number): number {
  let max = -Infinity;
  for (let k = 0; k < labels; k += 1) max = Math.max(max, scores[k] as number);
  let total = 0;
  for (let k = 0; k < labels; k += 1) {
    const e = Math.exp((scores[k] as number) - max);
    scores[k] = e;
    total += e;
  }
  for (let k = 0; k < labels; k += 1) scores[k] = (scores[k] as number) / total;
  return max + Math.log(total);
}

/**
 * The training objective over parameters laid out as [weights (features × labels), biases (labels)]: the mean
 * negative log-likelihood of the examples' labels plus l2/2 · ‖weights‖².
 */
export function softmaxObjective(
  examples: readonly SparseExample[],
  features: number,
  labels: number,
  l2: number,
): Objective {
  const biasAt = features * labels;
  const probabilities = new Float64Array(labels);
  const n = Math.max(1, examples.length);
  return (params, gradient) => {
    gradient.fill(0);
    let loss = 0;
    for (const { ids, label } of examples) {
      scoreInto(ids, params, params, biasAt, labels, probabilities);
      const right = probabilities[label] as number;
      const logTotal = softmaxInPlace(probabilities, labels);
      loss += logTotal - right;
      probabilities[label] = (probabilities[label] as number) - 1;
      for (let k = 0; k < labels; k += 1) {
        const error = (probabilities[k] as number) / n;
        gradient[biasAt + k] = (gradient[biasAt + k] as number) + error;
      }
      for (let j = 0; j < ids.length; j += 1) {
        const row = (ids[j] as number) * labels;
        for (let k = 0; k < labels; k += 1)
          gradient[row + k] = (gradient[row + k] as number) + (probabilities[k] as number) / n;
      }
    }
    let penalty = 0;
    for (let i = 0; i < biasAt; i += 1) {
      const w = params[i] as number;
      penalty += w * w;
      gradient[i] = (gradient[i] as number) + l2 * w;
    }
    return loss / n + (l2 / 2) * penalty;
  };
}

/** Fits the regression by L-BFGS from all-zero parameters (the objective is convex: one minimum). */
export function trainSoftmax(
  examples: readonly SparseExample[],
  features: number,
  labels: number,
  options: SoftmaxTraining = DEFAULT_SOFTMAX,
): SoftmaxWeights & { iterations: number; converged: boolean; loss: number } {
  const objective = softmaxObjective(examples, features, labels, options.l2);
  const result = minimizeLbfgs(objective, new Float64Array(features * labels + labels), options.lbfgs);
  return {
    labels,
    features,
    weights: result.x.slice(0, features * labels),
    bias: result.x.slice(features * labels),
    iterations: result.iterations,
    converged: result.converged,
    loss: result.value,
  };
}

/** Each label's probability for a message with the features `ids` (written into `into`, which is returned). */
export function softmaxProbabilities(
  model: SoftmaxWeights,
  ids: ArrayLike<number>,
  into = new Float64Array(model.labels),
): Float64Array {
  scoreInto(ids, model.weights, model.bias, 0, model.labels, into);
  softmaxInPlace(into, model.labels);
  return into;
}

/**
 * The weights as the model file stores them: each weight rounded to one of 65,535 steps of the largest one
 * (Int16, base64, the machine's byte order like the model tables) — a third of the characters of JSON numbers,
 * and a step of 1/32,767 of the largest weight moves no probability that matters.
 */
export interface SerializedSoftmax {
  /** The vocabulary's size, and which of its features have weights (Int32, base64), in the order of `weights`' rows. */
  features: number;
  rows: string;
  scale: number;
  weights: string;
  bias: number[];
}

/**
 * The logistic regression beside the naive Bayes, as the model file stores it, and how the two are blended: each
 * label's probability is (1 − softmaxWeight) × the Bayes' plus softmaxWeight × the regression's (a mixture: a
 * reading stands where one part is sure of it; a product of the two picked compromises neither part ranked first).
 */
export interface SerializedBlend {
  softmaxWeight: number;
  softmax: SerializedSoftmax;
}

const base64 = (view: ArrayBufferView): string =>
  Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');

/** `model`'s weights, whose row r is the vocabulary's feature `rows[r]`, for a vocabulary of `features`. */
export function packSoftmax(model: SoftmaxWeights, rows: Int32Array, features: number): SerializedSoftmax {
  let largest = 0;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / 0x7fff : 1;
  return {
    features,
    rows: base64(rows),
    scale,
    weights: base64(Int16Array.from(model.weights, (w) => Math.round(w / scale))),
    bias: [...model.bias],
  };
}

/** A copy of base64 bytes as a typed array (a Buffer may sit at an offset of a shared pool no wider array can start at). */
function bytesOf(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * The stored regression as the model reads it: each vocabulary feature's row (-1: no weights), the weights in
 * steps of `scale` (a message's steps are summed as integers, exactly, then scaled once), and the biases.
 */
export interface PackedSoftmax {
  labels: number;
  rowOf: Int32Array;
  steps: Int16Array;
  scale: number;
  bias: Float64Array;
}

/** The stored weights, for a vocabulary of `features` features (read without expanding them: start-up reads this). */
export function unpackSoftmax(packed: SerializedSoftmax, features: number): PackedSoftmax {
  if (packed.features !== features)
    throw new Error(`softmax weights for a vocabulary of ${packed.features} features, the model has ${features}`);
  const rows = new Int32Array(bytesOf(packed.rows));
  const steps = new Int16Array(bytesOf(packed.weights));
  const labels = packed.bias.length;
  if (steps.length !== rows.length * labels) throw new Error('softmax weights and rows do not match');
  const rowOf = new Int32Array(features).fill(-1);
  for (let r = 0; r < rows.length; r += 1) rowOf[rows[r] as number] = r;
  return { labels, rowOf, steps, scale: packed.scale, bias: Float64Array.from(packed.bias) };
}
