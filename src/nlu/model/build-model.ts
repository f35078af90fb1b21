import fs from 'node:fs';
import path from 'node:path';
import { fitCalibration } from './calibration';
import { strictFirstReads } from './chronological';
import { arbiterOf, batchOf, outOfFoldEvidence, readingsOf } from './cross-validate';
import { MODEL_FILE } from './intent-model';
import { MODEL_TABLES_FILE, modelDigest, tablesBinary, tablesOf, type SerializedBayes } from './model-tables';
import type { SerializedBlend } from './softmax-regression';
import { DEFAULT_TRAINING, featuresOfMessage, readTuningCorpus, trainOnFeatures, TUNING_FILES } from './train';
import { buildInputsDigest } from './build-inputs';

/** Beside the model: the digest of the inputs it was trained on (build-inputs.ts). */
const INPUTS_FILE = 'nlu-model.inputs';

// `node dist/nlu/model/build-model.js`: the build's last step, writing dist/nlu/data/nlu-model.json — the model
// trained on the whole tuning corpus, with the arbiter between rules and model fitted on leave-one-batch-out
// readings (each tuning batch read by a model trained without it: how the NLU reads a writer it has not seen,
// which random folds flatter) and the confidence calibrated on the strict replay of each batch's first read (a
// model trained only on what came before the batch, the cues of its era: chronological.ts) — leave-one-batch-out
// readings were right more often than first reads are, and the confidence it taught was too sure of new
// wording — and beside it the tables start-up reads (model-tables.ts). Skipped when the inputs are those of the
// model already there (build-inputs.ts).
if (require.main === module) {
  const root = path.join(__dirname, '..', '..', '..');
  const out = path.join(__dirname, '..', 'data', MODEL_FILE);
  const tablesOut = path.join(path.dirname(out), MODEL_TABLES_FILE);
  const stampOut = path.join(path.dirname(out), INPUTS_FILE);
  const inputs = buildInputsDigest(root, TUNING_FILES, [out, tablesOut, stampOut]);
  const stamp = fs.existsSync(stampOut) ? fs.readFileSync(stampOut, 'utf8').trim() : '';
  if (stamp === inputs && fs.existsSync(out) && fs.existsSync(tablesOut) && !process.env.NLU_RETRAIN) {
    process.stdout.write(
      `NLU model: up to date (its inputs are unchanged, sha256 ${inputs.slice(0, 12)}); not retrained ` +
        `(NLU_RETRAIN=1 to train anyway)\n`,
    );
  } else {
    fs.rmSync(stampOut, { force: true });
    train(root, out, tablesOut);
    fs.writeFileSync(stampOut, `${inputs}\n`);
  }
}

function train(root: string, out: string, tablesOut: string): void {
  const examples = readTuningCorpus(root);
  const documents = examples.map((example) => ({ ...example, features: featuresOfMessage(example.text) }));
  const held = outOfFoldEvidence(documents, DEFAULT_TRAINING, batchOf);
  const arbiter = arbiterOf(held);
  const readings = readingsOf(held, arbiter);
  const right = readings.filter((r) => r.correct).length;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const model = trainOnFeatures(documents, DEFAULT_TRAINING) as Record<string, unknown>;
  const firstReads = readingsOf(strictFirstReads(documents, DEFAULT_TRAINING, { perBatchFits: false }).held, arbiter);
  const calibration = fitCalibration(firstReads);
  const firstRight = firstReads.filter((r) => r.correct).length;
  const json = JSON.stringify({ ...model, arbiter, calibration });
  fs.writeFileSync(out, json);
  const tables = tablesOf(JSON.parse(json) as SerializedBayes);
  fs.writeFileSync(
    tablesOut,
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
