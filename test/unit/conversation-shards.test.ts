import fs from 'node:fs';
import path from 'node:path';
import { conversationSpecFiles, SHARD_COUNT, shardSpecFiles } from '../conversation/specs';

const CONVERSATION_DIR = path.join(__dirname, '../conversation');

describe('the conversation shards', () => {
  it('are the files conversations-shard-01 … SHARD_COUNT, so that every spec runs in npm test', () => {
    const shards = fs.readdirSync(CONVERSATION_DIR).filter((file) => file.startsWith('conversations-shard-'));
    const expected = Array.from(
      { length: SHARD_COUNT },
      (_, i) => `conversations-shard-${String(i + 1).padStart(2, '0')}.test.ts`,
    );
    expect(shards.sort()).toEqual(expected);
    for (const [i, file] of expected.entries()) {
      expect(fs.readFileSync(path.join(CONVERSATION_DIR, file), 'utf8')).toContain(`shardSpecFiles(${i + 1})`);
    }
  });

  it('take every spec once', () => {
    const specs = conversationSpecFiles();
    const sharded = Array.from({ length: SHARD_COUNT }, (_, i) => shardSpecFiles(i + 1)).flat();
    expect(specs.length).toBeGreaterThan(500);
    expect(sharded.sort()).toEqual(specs);
  });
});
