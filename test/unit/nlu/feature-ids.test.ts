import fs from 'node:fs';
import path from 'node:path';
import { detectCues, englishOf } from '../../../src/nlu/cues';
import { normalize } from '../../../src/nlu/normalize';
import { FeatureIds, featureLayout } from '../../../src/nlu/model/feature-ids';
import { MAX_FEATURES, featuresOf } from '../../../src/nlu/model/features';
import { IntentModel, type SerializedBayes } from '../../../src/nlu/model/intent-model';
import { fixtureSentences } from './fixture-sentences';

// The model reads a message's features as ids; its sums must run over the same known features in the same order
// as over featuresOf's strings, on every fixture sentence (blind sets included — nothing is tuned here).
const texts = fixtureSentences();
// The model `npm run build` trained (pretest builds), and its vocabulary in training order: feature → index.
const MODEL_JSON = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../dist/nlu/data/nlu-model.json'), 'utf8'),
) as SerializedBayes;
const model = IntentModel.fromJson(MODEL_JSON);
const vocabulary = Object.keys(MODEL_JSON.features);

describe('FeatureIds', () => {
  it('lists the known features of featuresOf, in its order, for every fixture sentence', () => {
    expect(texts.length).toBeGreaterThan(3000);
    expect(vocabulary.length).toBeGreaterThan(1000);
    const ids = new FeatureIds(featureLayout(vocabulary));
    const differing: string[] = [];
    let read = 0;
    for (const text of texts)
      for (const variant of [text, text.toUpperCase(), `${text} SF1402837465921 wheres my pkg, 2 boxes`])
        for (const hasTrackingNumber of [false, true]) {
          const normalized = normalize(variant);
          const english = englishOf(normalized);
          const cues = detectCues(normalized, english);
          const fast = ids.idsOf(normalized, hasTrackingNumber, cues, english);
          const expected = model.observe(featuresOf(normalized, hasTrackingNumber, cues, english));
          if (fast === null) continue;
          read += 1;
          if (JSON.stringify(fast) !== JSON.stringify(expected)) differing.push(variant);
        }
    expect(differing).toEqual([]);
    expect(read).toBeGreaterThan(texts.length * 5);
  });

  it('leaves a message with more features than the model reads to featuresOf, which cuts them', () => {
    const long = texts
      .filter((text) => /[\u4e00-\u9fff]/.test(text))
      .slice(0, 12)
      .join('，');
    const normalized = normalize(long);
    const cues = detectCues(normalized);
    expect(featuresOf(normalized, false, cues)).toHaveLength(MAX_FEATURES);
    expect(new FeatureIds(featureLayout(vocabulary)).idsOf(normalized, false, cues, englishOf(normalized))).toBeNull();
    expect(model.predictMessage(normalized, false, cues, englishOf(normalized))).toEqual(
      model.predict(featuresOf(normalized, false, cues)),
    );
  });

  it('gives the model the same probabilities by either path', () => {
    const normalized = normalize('快遞員態度很差 my pkg is late!!');
    const english = englishOf(normalized);
    const cues = detectCues(normalized, english);
    expect(model.predictMessage(normalized, true, cues, english)).toEqual(
      model.predict(featuresOf(normalized, true, cues, english)),
    );
  });
});
