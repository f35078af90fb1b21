import mongoose from 'mongoose';
import { connectionOptions, isIndexConflict, WRITE_CONCERN } from '../../../src/store/mongo/mongo.store';
import { isDuplicateKeyOn } from '../../../src/store/mongo/schemas';
import { numberParts, toTicket } from '../../../src/store/mongo/tickets';
import { freePort } from '../../support/free-port';

// No MongoDB server runs here: these are the adapter's pure parts, and what its options do to the driver.
// The store contract (test/contract/mongo-store.test.ts) runs against a server when MONGODB_URI is set.

// The driver's own error class, as mongoose bundles it.
const { MongoServerError } = mongoose.mongo;

const duplicateKey = (index: string, keyPattern?: Record<string, number>) =>
  new MongoServerError({
    code: 11000,
    errmsg: `E11000 duplicate key error collection: parcelcare.tickets index: ${index} dup key: { : "x" }`,
    ...(keyPattern ? { keyPattern } : {}),
  });

describe('MongoDB adapter: write concern, indexes and ticket numbering (pure parts)', () => {
  it('gives every collection of the connection the majority, journaled write concern', async () => {
    const connection = mongoose.createConnection(
      `mongodb://127.0.0.1:${await freePort()}/parcelcare`,
      connectionOptions(100),
    );
    const failed = connection.asPromise().then(
      () => 'connected',
      () => 'failed',
    );
    const collection = connection.getClient().db('parcelcare').collection('tickets');
    expect(collection.writeConcern).toMatchObject({ w: 'majority', journal: true, wtimeoutMS: 10_000 });
    expect(WRITE_CONCERN).toEqual({ w: 'majority', journal: true, wtimeoutMS: 10_000 });
    expect(await failed).toBe('failed');
    await connection.close();
  });

  it('tells a duplicate ticket number from a taken open-ticket key, by the index the server names', () => {
    expect(isDuplicateKeyOn(duplicateKey('number_1', { number: 1 }), 'number')).toBe(true);
    expect(isDuplicateKeyOn(duplicateKey('openComplaintKeys_1', { openComplaintKeys: 1 }), 'number')).toBe(false);
    expect(isDuplicateKeyOn(duplicateKey('openComplaintKeys_1', { openComplaintKeys: 1 }), 'openComplaintKeys')).toBe(
      true,
    );
    // Servers that leave out keyPattern still name the index in the message.
    expect(isDuplicateKeyOn(duplicateKey('number_1'), 'number')).toBe(true);
    expect(isDuplicateKeyOn(duplicateKey('number_1'), 'openComplaintKeys')).toBe(false);
    expect(isDuplicateKeyOn(new MongoServerError({ code: 112, errmsg: 'WriteConflict' }), 'number')).toBe(false);
  });

  it('recognises an index that conflicts with an existing one (never dropped, reported instead)', () => {
    expect(isIndexConflict(new MongoServerError({ code: 85, errmsg: 'IndexOptionsConflict' }))).toBe(true);
    expect(isIndexConflict(new MongoServerError({ code: 86, errmsg: 'IndexKeySpecsConflict' }))).toBe(true);
    expect(isIndexConflict(new MongoServerError({ code: 11000, errmsg: 'E11000' }))).toBe(false);
    expect(isIndexConflict(new Error('connection reset'))).toBe(false);
  });

  it('keeps a number’s day and sequence for numbering, and strips them (and the open keys) from records', () => {
    expect(numberParts('C-20261123-0042')).toEqual({ numberDay: '20261123', numberSeq: 42 });
    expect(numberParts('C-20261123-12345')).toEqual({ numberDay: '20261123', numberSeq: 12345 });
    expect(() => numberParts('20261123-42')).toThrow(RangeError);
    expect(
      toTicket({
        _id: 't1',
        number: 'C-20261123-0042',
        numberDay: '20261123',
        numberSeq: 42,
        openComplaintKeys: ['c1:SF1'],
        status: 'open',
      }),
    ).toEqual({ id: 't1', number: 'C-20261123-0042', status: 'open' });
  });
});
