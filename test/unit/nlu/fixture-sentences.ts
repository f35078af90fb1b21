import fs from 'node:fs';
import path from 'node:path';
import { parseLabelledTsv } from '../../../src/nlu';

function tsvFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tsvFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((file) => file.endsWith('.tsv'));
}

/**
 * Every sentence of every NLU fixture, blind and external sets included: what the speed work's identity tests
 * read (they check that a faster path gives the same answer, and tune nothing).
 */
export function fixtureSentences(): string[] {
  return tsvFiles(path.join(__dirname, '../../fixtures/nlu')).flatMap((file) =>
    parseLabelledTsv(fs.readFileSync(file, 'utf8')).map((example) => example.text),
  );
}
