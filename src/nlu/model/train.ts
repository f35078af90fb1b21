import fs from 'node:fs';
import path from 'node:path';
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import { detectCues } from '../cues';
import { parseLabelledTsv, type LabelledExample } from '../evaluate';
import { findTrackingNumbers } from '../entities/tracking';
import { normalize } from '../normalize';
import { featuresOf } from './features';
import { MODEL_FILE } from './intent-model';

/** The tuning corpus, relative to the repository: sets we wrote or tuned on. Never a blind or external set. */
export const TUNING_FILES = [
  'test/fixtures/nlu/devset.tsv',
  'test/fixtures/nlu/fresh-wording.tsv',
  'test/fixtures/nlu/tuning/tune-1.tsv',
  'test/fixtures/nlu/tuning/tune-2.tsv',
  'test/fixtures/nlu/tuning/own-1.tsv',
  'test/fixtures/nlu/tuning/own-2.tsv',
];

const MIN_FEATURE_COUNT = 2;

export function featuresOfMessage(text: string): string[] {
  const normalized = normalize(text);
  return featuresOf(normalized, findTrackingNumbers(normalized.halfWidth).length > 0, detectCues(normalized));
}

/** natural's naive Bayes trained on the examples, as the JSON `IntentModel.fromJson` reads. */
export function train(examples: LabelledExample[]): unknown {
  const documents = examples.map((example) => ({ features: featuresOfMessage(example.text), label: example.label }));
  // A feature seen in one message only says nothing general (and natural's training walks the whole vocabulary
  // for every document): keep those seen at least twice.
  const seen = new Map<string, number>();
  for (const { features } of documents) for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const bayes = new BayesClassifier();
  for (const { features, label } of documents)
    bayes.addDocument(
      features.filter((f) => (seen.get(f) ?? 0) >= MIN_FEATURE_COUNT),
      label,
    );
  bayes.train();
  // The documents are only needed while training; the counts per feature and label are the model.
  return { ...JSON.parse(JSON.stringify(bayes)), docs: [] };
}

export function readTuningCorpus(root: string): LabelledExample[] {
  return TUNING_FILES.flatMap((file) => parseLabelledTsv(fs.readFileSync(path.join(root, file), 'utf8')));
}

// `node dist/nlu/model/train.js`: the build's last step, writing dist/nlu/data/nlu-model.json.
if (require.main === module) {
  const root = path.join(__dirname, '..', '..', '..');
  const examples = readTuningCorpus(root);
  const out = path.join(__dirname, '..', 'data', MODEL_FILE);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(train(examples)));
  process.stdout.write(`NLU model: ${examples.length} tuning examples → ${path.relative(root, out)}\n`);
}
