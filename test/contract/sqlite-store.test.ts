import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite.store';
import { describeStoreContract } from './store.contract';

describeStoreContract('SQLite (temp file, WAL)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-store-'));
  const file = path.join(dir, 'parcelcare.db');
  const open = (): SqliteStore => SqliteStore.open({ file, timeZone: 'Asia/Shanghai' });
  const store = open();
  return {
    store,
    openPeer: async () => open(),
    target: { kind: 'sqlite', file, timeZone: 'Asia/Shanghai' },
    cleanup: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
