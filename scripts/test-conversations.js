#!/usr/bin/env node
// Runs the conversation specs whose file names contain any of the given words, in one jest file:
//   npm run test:conversations -- courier-wish refused-damaged
// (`npm test` runs every spec, in shards: test/conversation/specs.ts.)
'use strict';
const { spawnSync } = require('node:child_process');

const names = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const jestOptions = process.argv.slice(2).filter((arg) => arg.startsWith('-'));
if (names.length === 0) {
  console.error('usage: npm run test:conversations -- <part of a spec file name> … [jest options]');
  process.exit(2);
}
const result = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--testMatch', '**/test/conversation/selected.entry.ts', ...jestOptions],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', CONVERSATIONS: names.join(',') } },
);
process.exit(result.status ?? 1);
