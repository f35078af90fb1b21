import fs from 'node:fs';
import path from 'node:path';
import { fitCalibration } from './calibration';
import { strictFirstReads } from './chronological';
import { arbiterOf, batchOf, outOfFoldEvidence, readingsOf } from './cross-validate';
import { MODEL_FILE } from './intent-model';
import { MODEL_TABLES_FILE, modelDigest, tablesBinary, tablesOf, type SerializedBayes } from './model-tables';
import type { SerializedBlend } from './softmax-regression';
import { DEFAULT_TRAINING, featuresOfMessage, readTuningCorpus, trainOnFeatures } from './train';

// `node dist/nlu/model/build-model.js`: the build's last step, writing dist/nlu/data/nlu-model.json — the model
// trained on the whole tuning corpus, with the arbiter between rules and model fitted on leave-one-batch-out
// readings (each tuning batch read by a model trained without it: how the NLU reads a writer it has not seen,
// which random folds flatter) and the confidence calibrated on the strict replay of each batch's first read (a
// model trained only on what came before the batch, the cues of its era: chronological.ts) — leave-one-batch-out
// readings were right more often than first reads are, and the confidence it taught was too sure of new
// wording — and beside it the tables start-up reads (model-tables.ts).
if (require.main === module) {
  const root = path.join(__dirname, '..', '..', '..');
  const examples = readTuningCorpus(root);
  const documents = examples.map((example) => ({ ...example, features: featuresOfMessage(example.text) }));
  const held = outOfFoldEvidence(documents, DEFAULT_TRAINING, batchOf);
  const arbiter = arbiterOf(held);
  const readings = readingsOf(held, arbiter);
  const right = readings.filter((r) => r.correct).length;
  const out = path.join(__dirname, '..', 'data', MODEL_FILE);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const model = trainOnFeatures(documents, DEFAULT_TRAINING) as Record<string, unknown>;
  const firstReads = readingsOf(strictFirstReads(documents, DEFAULT_TRAINING).held, arbiter);
  const calibration = fitCalibration(firstReads);
  const firstRight = firstReads.filter((r) => r.correct).length;
  const json = JSON.stringify({ ...model, arbiter, calibration });
  fs.writeFileSync(out, json);
  const tables = tablesOf(JSON.parse(json) as SerializedBayes);
  fs.writeFileSync(
    path.join(path.dirname(out), MODEL_TABLES_FILE),
    tablesBinary(
      { tables, calibration, arbiter, blend: model.blend as SerializedBlend | undefined },
      modelDigest(json),
    ),
  );
  process.stdout.write(
    `NLU model: ${examples.length} tuning examples → ${path.relative(root, out)}; ` +
      `leave-one-batch-out accuracy ${((100 * right) / readings.length).toFixed(1)}% (the arbiter ` +
      `fitted on these readings); first reads replayed ${((100 * firstRight) / firstReads.length).toFixed(1)}% (the ` +
      `confidence calibrated on these; npm run nlu:cv for figures with the arbiter held out too)\n`,
  );
}
