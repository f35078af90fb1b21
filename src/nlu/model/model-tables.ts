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
 * The tables of a model file as `npm run build` writes them beside it (dist/nlu/data/nlu-model-tables.bin), so that
 * start-up reads flat arrays instead of natural's per-label objects. One file: a small JSON header (labels, the
 * likelihood values, priors, calibration, arbiter, the layout's strings) and after it the typed arrays' bytes, each
 * at a multiple of 8, which start-up reads in place (a view per array, no decoding); the vocabulary's strings, which
 * only reading by feature strings needs (the build, the tests), are decoded when first asked for. Written as JSON
 * with base64 arrays, start-up spent 45 ms of CPU reading and parsing it (3 MB), a sixth of the NLU's start-up.
 * Doubles are written as JSON numbers, which read back to the same bits; `model` is the SHA-256 of the model file
 * they were computed from, and tables of any other file, or of a machine of the other byte order, are not used.
 */
export const MODEL_TABLES_FILE = 'nlu-model-tables.bin';

/** The arrays stored as bytes after the header, in this order. */
const SECTIONS = ['codes', 'unigrams', 'bigrams', 'wordIds', 'englishBigrams', 'features'] as const;
type Section = (typeof SECTIONS)[number];

interface TablesHeader {
  model: string;
  /** The typed arrays' byte order: they are written as the machine holds them. */
  littleEndian: boolean;
  labels: Label[];
  codeBytes: 1 | 2;
  values: number[];
  stride: number;
  logPrior: number[];
  /** The layout's strings (the stems and other words are looked up by string as a message is read). */
  words: string[];
  sides: string[];
  /** Features in the vocabulary. */
  size: number;
  /** Each section's [byte offset from the end of the header's padding, byte length]. */
  sections: Record<Section, [number, number]>;
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

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Header length (a uint32 in the machine's byte order), then the header, padded to this. */
const ALIGN = 8;
const padded = (length: number): number => Math.ceil(length / ALIGN) * ALIGN;
const bytesOf = (view: ArrayBufferView): Buffer => Buffer.from(view.buffer, view.byteOffset, view.byteLength);

/** The file `npm run build` writes beside the model file whose digest is `model`. */
export function tablesBinary(stored: StoredTables, model: string): Buffer {
  const { tables, calibration, arbiter, blend } = stored;
  const { codes } = tables;
  const layout = stored.layout ?? featureLayout(tables.features);
  const data: Record<Section, Buffer> = {
    codes: bytesOf(codes),
    unigrams: bytesOf(layout.unigrams),
    bigrams: bytesOf(layout.bigrams),
    wordIds: bytesOf(layout.wordIds),
    englishBigrams: bytesOf(layout.englishBigrams),
    features: Buffer.from(JSON.stringify(tables.features), 'utf8'),
  };
  const sections = {} as Record<Section, [number, number]>;
  let offset = 0;
  for (const name of SECTIONS) {
    sections[name] = [offset, data[name].length];
    offset = padded(offset + data[name].length);
  }
  const header: TablesHeader = {
    model,
    littleEndian: LITTLE_ENDIAN,
    labels: tables.labels,
    codeBytes: codes.BYTES_PER_ELEMENT as 1 | 2,
    values: [...tables.values],
    stride: tables.stride,
    logPrior: [...tables.logPrior],
    words: layout.words,
    sides: layout.sides,
    size: layout.size,
    sections,
    calibration,
    arbiter,
    blend,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = padded(4 + headerBytes.length);
  const file = Buffer.alloc(start + offset);
  file.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(file, 4);
  for (const name of SECTIONS) data[name].copy(file, start + sections[name][0]);
  return file;
}

/** A typed array over `length` bytes of `file` from `at`: a view when aligned, else a copy. */
function arrayAt<T>(
  file: Buffer,
  at: number,
  length: number,
  Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const offset = file.byteOffset + at;
  if (offset % Type.BYTES_PER_ELEMENT === 0)
    return new Type(file.buffer as ArrayBuffer, offset, length / Type.BYTES_PER_ELEMENT);
  return new Type(file.buffer.slice(offset, offset + length) as ArrayBuffer, 0, length / Type.BYTES_PER_ELEMENT);
}

/**
 * The tables in `file` (tablesBinary's bytes), or undefined when they were computed from another model file than the
 * one of digest `model`, or written on a machine of the other byte order. Their arrays read `file`'s memory.
 */
export function readTablesBinary(file: Buffer, model: string): StoredTables | undefined {
  if (file.length < 4) return undefined;
  const headerLength = file.readUInt32LE(0);
  const header = JSON.parse(file.toString('utf8', 4, 4 + headerLength)) as TablesHeader;
  if (header.model !== model || header.littleEndian !== LITTLE_ENDIAN) return undefined;
  const start = padded(4 + headerLength);
  const section = <T>(
    name: Section,
    Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
  ): T => arrayAt(file, start + header.sections[name][0], header.sections[name][1], Type);
  const codes = header.codeBytes === 1 ? section('codes', Uint8Array) : section('codes', Uint16Array);
  const [featuresAt, featuresLength] = header.sections.features;
  let features: string[] | undefined;
  const tables: ModelTables = {
    labels: header.labels,
    // Decoded on first read: reading a message by ids (the NLU's path) never needs the strings.
    get features(): string[] {
      return (features ??= JSON.parse(
        file.toString('utf8', start + featuresAt, start + featuresAt + featuresLength),
      ) as string[]);
    },
    codes,
    values: Float64Array.from(header.values),
    stride: header.stride,
    logPrior: Float64Array.from(header.logPrior),
  };
  const layout: FeatureLayout = {
    unigrams: section('unigrams', Int32Array),
    bigrams: section('bigrams', Int32Array),
    words: header.words,
    wordIds: section('wordIds', Int32Array),
    sides: header.sides,
    englishBigrams: section('englishBigrams', Int32Array),
    size: header.size,
  };
  return { tables, layout, calibration: header.calibration, arbiter: header.arbiter, blend: header.blend };
}
