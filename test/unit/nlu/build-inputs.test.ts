import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildInputsDigest } from '../../../src/nlu/model/build-inputs';

/** The build trains the model again exactly when something it is trained from changed (build-model.ts). */
describe('the digest of what the NLU model is trained from', () => {
  let root: string;
  const tuning = ['test/fixtures/nlu/tune.tsv'];
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const outputs = () =>
    ['dist/nlu/data/nlu-model.json', 'dist/nlu/data/nlu-model.inputs'].map((f) => path.join(root, f));
  const digest = () => buildInputsDigest(root, tuning, outputs());

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-inputs-'));
    write('dist/nlu/cues.js', 'exports.a = 1;');
    write('dist/tickets/categories.js', 'exports.b = 2;');
    write('dist/nlu/data/cue-sets.json', '{}');
    write('dist/nlu/data/nlu-model.json', '{"old":true}');
    write('test/fixtures/nlu/tune.tsv', 'where is it\ttrack\n');
    write('package-lock.json', '{"lockfileVersion":3}');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is the same for the same inputs, whatever the outputs hold', () => {
    const before = digest();
    write('dist/nlu/data/nlu-model.json', '{"new":true}');
    write('dist/nlu/data/nlu-model.inputs', before);
    expect(digest()).toBe(before);
  });

  it.each([
    ['a tuning example', 'test/fixtures/nlu/tune.tsv', 'where is it\ttrack\nrefund me\tcomplaint\n'],
    ['compiled NLU code', 'dist/nlu/cues.js', 'exports.a = 2;'],
    ['compiled code outside the NLU it imports', 'dist/tickets/categories.js', 'exports.b = 3;'],
    ['a data file the build wrote before training', 'dist/nlu/data/cue-sets.json', '{"x":1}'],
    ['a locked dependency version', 'package-lock.json', '{"lockfileVersion":3,"natural":"9"}'],
    ['a new compiled file', 'dist/nlu/new-cue.js', 'exports.c = 1;'],
  ])('changes with %s', (_what, file, text) => {
    const before = digest();
    write(file, text);
    expect(digest()).not.toBe(before);
  });
});
