import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { MongoStore } from '../../src/store/mongo/mongo.store';
import { describeStoreContract } from './store.contract';

const uri = process.env.MONGODB_URI;

if (!uri) {
  describe('MongoDB store contract', () => {
    // No MongoDB server can run on our development machines; the same contract runs wherever one does.
    it.skip('SKIPPED: set MONGODB_URI (e.g. mongodb://127.0.0.1:27017) to run the store contract against MongoDB', () => {
      /* skipped */
    });
  });
} else {
  describeStoreContract('MongoDB (mongoose)', async () => {
    // One throw-away database per test, named so that parallel runs never meet.
    const dbName = `parcelcare_test_${randomUUID().replace(/-/g, '')}`;
    const url = new URL(uri);
    url.pathname = `/${dbName}`;
    const open = (): Promise<MongoStore> => MongoStore.open({ uri: url.toString(), timeZone: 'Asia/Shanghai' });
    const store = await open();
    return {
      store,
      openPeer: open,
      target: { kind: 'mongodb', uri: url.toString(), timeZone: 'Asia/Shanghai' },
      cleanup: async () => {
        await store.close();
        const admin = await mongoose.createConnection(url.toString()).asPromise();
        await admin.dropDatabase();
        await admin.close();
      },
    };
  });
}
