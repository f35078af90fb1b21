import fs from 'node:fs';
import path from 'node:path';

/**
 * Conversation specs (`*.conversation.ts`) run together in a few jest files, the shards, rather than one jest file
 * each: every spec needs the whole bot, ~1,400 modules (botbuilder alone brings ~640), and jest loads them again for
 * each test file — about 2 s a file, 20 minutes of worker time over ~600 specs. A shard loads them once. The specs
 * share no state but the modules: each makes its own harness (an in-memory store, its own clock) and closes it.
 */
export const SHARD_COUNT = 12;

const SUFFIX = '.conversation.ts';

/** Every spec's file name, in a fixed order. */
export function conversationSpecFiles(): string[] {
  return fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith(SUFFIX))
    .sort();
}

/** The specs of one shard (1 … SHARD_COUNT): every SHARD_COUNT-th file, so that each shard gets a share of every kind. */
export function shardSpecFiles(shard: number): string[] {
  return conversationSpecFiles().filter((_, index) => index % SHARD_COUNT === shard - 1);
}

/** The specs a developer named (parts of file names, e.g. `courier-wish`), for running a few alone. */
export function namedSpecFiles(names: readonly string[]): string[] {
  return conversationSpecFiles().filter((file) => names.some((name) => file.includes(name)));
}

/** Each spec under a describe block named after its file, so a failure names the spec it is in. */
export function describeSpecs(files: readonly string[]): void {
  for (const file of files) {
    describe(file.slice(0, -SUFFIX.length), () => {
      // A spec registers its tests when it is loaded: it must be loaded inside this block, hence require, not import.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(__dirname, file));
    });
  }
}
