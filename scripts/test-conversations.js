#!/usr/bin/env node
// Runs the conversation specs whose file names contain any of the given words, in one jest file:
//   npm run test:conversations -- courier-wish refused-damaged
// (`npm test` runs every spec, in shards: test/conversation/specs.ts.)
'use strict';
const { spawnSync } = require('node:child_process');

// Jest's options pass through, with the value of one that takes a value ("-t <test name>").
const TAKES_VALUE = new Set(['-t', '--testNamePattern', '--maxWorkers', '-w', '--testTimeout', '--outputFile']);
const names = [];
const jestOptions = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (!arg.startsWith('-')) names.push(arg);
  else {
    jestOptions.push(arg);
    if (TAKES_VALUE.has(arg) && i + 1 < args.length) jestOptions.push(args[++i]);
  }
}
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
