import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What the trained model is a function of, as one SHA-256: the compiled code under `dist/` (the NLU's features and
 * rules, and the ticket categories they name), the data files the build wrote before training (cue sets, the
 * Traditional→Simplified table, slang), the tuning corpus, the locked dependency versions (natural, opencc-js) and
 * Node's version. Training is deterministic, so the same digest means the same model: `npm install`, `npm test` and
 * `npm run eval:external` each build, and only the first needs to train.
 */
export function buildInputsDigest(root: string, tuningFiles: readonly string[], outputs: readonly string[]): string {
  const dist = path.join(root, 'dist');
  const skip = new Set(outputs.map((file) => path.resolve(file)));
  const files = [
    ...filesUnder(dist).filter((file) => !skip.has(file)),
    ...tuningFiles.map((file) => path.join(root, file)),
    path.join(root, 'package-lock.json'),
  ];
  const hash = crypto.createHash('sha256').update(process.version);
  for (const file of files) {
    hash.update(`\0${path.relative(root, file)}\0`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return entry.isFile() && !entry.name.endsWith('.map') ? [full] : [];
    });
}
