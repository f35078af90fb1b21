import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectCues, englishOf } from '../../../src/nlu/cues';
import { normalize } from '../../../src/nlu/normalize';
import { featureLayout } from '../../../src/nlu/model/feature-ids';
import { featuresOf } from '../../../src/nlu/model/features';
import { IntentModel } from '../../../src/nlu/model/intent-model';
import {
  MODEL_TABLES_FILE,
  modelDigest,
  readTablesBinary,
  tablesBinary,
  tablesOf,
  type SerializedBayes,
} from '../../../src/nlu/model/model-tables';
import type { SerializedBlend } from '../../../src/nlu/model/softmax-regression';
import { fixtureSentences } from './fixture-sentences';

// Start-up reads the model through the tables `npm run build` writes beside it: they must give the same model,
// bit for bit, as natural's JSON does — on every fixture sentence (nothing is tuned here).
const MODEL_TEXT = fs.readFileSync(path.join(__dirname, '../../../dist/nlu/data/nlu-model.json'), 'utf8');
const MODEL_JSON = JSON.parse(MODEL_TEXT) as SerializedBayes & Record<string, unknown>;
const bytes = (view?: ArrayBufferView): Buffer =>
  view ? Buffer.from(view.buffer as ArrayBuffer, view.byteOffset, view.byteLength) : Buffer.alloc(0);

describe('the model tables', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-model-tables-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const modelFile = path.join(dir, 'nlu-model.json');
  fs.writeFileSync(modelFile, MODEL_TEXT);
  const tables = (model: string): Buffer =>
    tablesBinary(
      {
        tables: tablesOf(MODEL_JSON),
        calibration: IntentModel.fromJson(MODEL_JSON).calibration,
        blend: MODEL_JSON.blend as SerializedBlend | undefined,
      },
      model,
    );
  const written = tables(modelDigest(MODEL_TEXT));

  it('read back to the same arrays, doubles to the same bits', () => {
    const stored = readTablesBinary(written, modelDigest(MODEL_TEXT));
    const computed = tablesOf(MODEL_JSON);
    expect(stored?.tables.features).toEqual(computed.features);
    expect(stored?.tables.labels).toEqual(computed.labels);
    expect(stored?.tables.stride).toBe(computed.stride);
    expect(stored?.tables.codes.constructor).toBe(computed.codes.constructor);
    expect(bytes(stored?.tables.codes)).toEqual(bytes(computed.codes));
    expect(bytes(stored?.tables.values)).toEqual(bytes(computed.values));
    expect(bytes(stored?.tables.logPrior)).toEqual(bytes(computed.logPrior));
    const layout = featureLayout(computed.features);
    expect(stored?.layout?.words).toEqual(layout.words);
    expect(stored?.layout?.sides).toEqual(layout.sides);
    expect(stored?.layout?.size).toBe(layout.size);
    for (const array of ['unigrams', 'bigrams', 'wordIds', 'englishBigrams'] as const)
      expect(bytes(stored?.layout?.[array])).toEqual(bytes(layout[array]));
  });

  it('are not used for another model file', () => {
    expect(readTablesBinary(written, modelDigest(`${MODEL_TEXT} `))).toBeUndefined();
  });

  it('give a loaded model the same probabilities as natural\u2019s JSON, for every fixture sentence', () => {
    fs.writeFileSync(path.join(dir, MODEL_TABLES_FILE), written);
    const fromTables = IntentModel.load(modelFile);
    const fromJson = IntentModel.fromJson(MODEL_JSON);
    // Tables that do not belong to the file are ignored: a model changed by hand is read from its JSON.
    fs.writeFileSync(path.join(dir, MODEL_TABLES_FILE), tables(modelDigest('another model')));
    const ignoringTables = IntentModel.load(modelFile);
    const texts = fixtureSentences();
    expect(texts.length).toBeGreaterThan(3000);
    const differing = texts.filter((text) => {
      const normalized = normalize(text);
      const english = englishOf(normalized);
      const cues = detectCues(normalized, english);
      const features = featuresOf(normalized, false, cues, english);
      const expected = JSON.stringify(fromJson.predict(features));
      return (
        JSON.stringify(fromTables.predict(features)) !== expected ||
        // The ids' path, through the feature layout the tables hold.
        JSON.stringify(fromTables.predictMessage(normalized, false, cues, english)) !== expected ||
        JSON.stringify(ignoringTables.predict(features)) !== expected
      );
    });
    expect(differing).toEqual([]);
    expect(fromTables.calibration).toEqual(fromJson.calibration);
    expect(fromTables.blended).toBe(fromJson.blended);
  });
});
