import crypto from 'node:crypto';
import type { Label } from '../types';
import type { Arbiter } from './arbiter';
import type { CalibrationTable } from './calibration';
import { featureLayout, type FeatureLayout } from './feature-ids';
import type { SerializedBlend } from './softmax-regression';

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
 * What classifying reads of natural's model, computed once: natural's classifier computes these logs afresh for
 * every label of every message. log P(feature | label) for every feature and label is a code per feature and
 * label (feature by feature, the labels side by side) into the label's few distinct values: a label's likelihoods
 * are counts over its total, and few counts occur. Small and contiguous, the table stays in cache; the values are
 * the same doubles.
 */
export interface ModelTables {
  labels: Label[];
  /** The vocabulary in training order: a feature's index is its row. */
  features: string[];
  codes: Uint8Array | Uint16Array;
  values: Float64Array;
  /** Values per label in `values`. */
  stride: number;
  logPrior: Float64Array;
}

export function tablesOf(bayes: SerializedBayes): ModelTables {
  const features = Object.keys(bayes.features);
  const { classFeatures, classTotals, totalExamples, smoothing } = bayes.classifier;
  const labels = Object.keys(classFeatures) as Label[];
  const width = labels.length;
  const vocabulary = features.length;
  // Per label, its distinct counts; code 0 is a feature the label never showed (natural's smoothing).
  const countsOf = labels.map((label) => [
    smoothing,
    ...new Set(Object.values(classFeatures[label] ?? {}).filter((count) => count !== smoothing)),
  ]);
  const stride = Math.max(...countsOf.map((counts) => counts.length));
  const codes = stride <= 0x100 ? new Uint8Array(vocabulary * width) : new Uint16Array(vocabulary * width);
  const values = new Float64Array(width * stride);
  labels.forEach((label, i) => {
    const total = classTotals[label] ?? 1;
    const codeOf = new Map((countsOf[i] as number[]).map((count, code) => [count, code]));
    for (const [count, code] of codeOf) values[i * stride + code] = Math.log(count / total);
    for (const [at, count] of Object.entries(classFeatures[label] ?? {}))
      if (Number(at) < vocabulary) codes[Number(at) * width + i] = codeOf.get(count) as number;
  });
  const logPrior = Float64Array.from(labels, (label) => Math.log((classTotals[label] ?? 1) / totalExamples));
  return { labels, features, codes, values, stride, logPrior };
}

/**
 * The tables of a model file as `npm run build` writes them beside it (dist/nlu/data/nlu-model-tables.json), so
 * that start-up reads a flat vocabulary and one base64 table instead of natural's per-label objects (a fifth of
 * the NLU's start-up). Doubles are written as JSON numbers, which read back to the same bits; `model` is the
 * SHA-256 of the model file they were computed from, and tables of any other file are not used.
 */
export const MODEL_TABLES_FILE = 'nlu-model-tables.json';

interface TablesJson {
  model: string;
  labels: Label[];
  features: string[];
  codeBytes: 1 | 2;
  codes: string;
  values: number[];
  stride: number;
  logPrior: number[];
  /** FeatureLayout's typed arrays in base64 (Int32, the machine's byte order, like `codes`). */
  layout: {
    unigrams: string;
    bigrams: string;
    words: string[];
    wordIds: string;
    sides: string[];
    englishBigrams: string;
  };
  calibration?: CalibrationTable;
  arbiter?: Arbiter;
  blend?: SerializedBlend;
}

export interface StoredTables {
  tables: ModelTables;
  /** The vocabulary as the model reads messages (computed from `tables.features` when absent). */
  layout?: FeatureLayout;
  calibration?: CalibrationTable;
  arbiter?: Arbiter;
  /** The logistic regression and its blend with the Bayes, as the model file has them. */
  blend?: SerializedBlend;
}

export const modelDigest = (modelFile: string | Buffer): string =>
  crypto.createHash('sha256').update(modelFile).digest('hex');

const base64 = (view: ArrayBufferView): string =>
  Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');

/** An Int32Array of `base64`'s bytes (a copy: a Buffer may sit at an offset no Int32Array can start at). */
function int32s(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function tablesJson(stored: StoredTables, model: string): string {
  const { tables, calibration, arbiter, blend } = stored;
  const { codes } = tables;
  const layout = stored.layout ?? featureLayout(tables.features);
  const json: TablesJson = {
    model,
    labels: tables.labels,
    features: tables.features,
    codeBytes: codes.BYTES_PER_ELEMENT as 1 | 2,
    codes: base64(codes),
    values: [...tables.values],
    stride: tables.stride,
    logPrior: [...tables.logPrior],
    layout: {
      unigrams: base64(layout.unigrams),
      bigrams: base64(layout.bigrams),
      words: layout.words,
      wordIds: base64(layout.wordIds),
      sides: layout.sides,
      englishBigrams: base64(layout.englishBigrams),
    },
    calibration,
    arbiter,
    blend,
  };
  return JSON.stringify(json);
}

/** The tables in `text`, or undefined when they were computed from another model file than the one of digest `model`. */
export function readTablesJson(text: string, model: string): StoredTables | undefined {
  const json = JSON.parse(text) as TablesJson;
  if (json.model !== model) return undefined;
  const bytes = Buffer.from(json.codes, 'base64');
  // A copy: a Buffer's bytes may sit at an offset of a shared pool no wider array can start at.
  const codes =
    json.codeBytes === 1
      ? new Uint8Array(bytes)
      : new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const tables: ModelTables = {
    labels: json.labels,
    features: json.features,
    codes,
    values: Float64Array.from(json.values),
    stride: json.stride,
    logPrior: Float64Array.from(json.logPrior),
  };
  const layout: FeatureLayout = {
    unigrams: int32s(json.layout.unigrams),
    bigrams: int32s(json.layout.bigrams),
    words: json.layout.words,
    wordIds: int32s(json.layout.wordIds),
    sides: json.layout.sides,
    englishBigrams: int32s(json.layout.englishBigrams),
    size: json.features.length,
  };
  return { tables, layout, calibration: json.calibration, arbiter: json.arbiter, blend: json.blend };
}
