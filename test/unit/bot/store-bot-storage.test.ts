import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActivityHandler, ConversationState, TestAdapter, UserState } from 'botbuilder-core';
import { StoreBotStorage } from '../../../src/bot/store-bot-storage';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

describe('StoreBotStorage on the SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  let storage: StoreBotStorage;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-state-'));
    store = SqliteStore.open({ file: path.join(dir, 'parcelcare.db'), timeZone: 'Asia/Shanghai' });
    storage = new StoreBotStorage(store.botState);
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('returns nothing for unknown keys and items with an eTag once written', async () => {
    expect(await storage.read(['missing'])).toEqual({});
    await storage.write({ a: { count: 1 }, b: { nested: { list: [1, 2] } } });
    const items = await storage.read(['a', 'b', 'missing']);
    expect(items).toEqual({
      a: { count: 1, eTag: expect.any(String) },
      b: { nested: { list: [1, 2] }, eTag: expect.any(String) },
    });
  });

  it('rejects a write with an outdated eTag, accepts the current one and the wildcard', async () => {
    await storage.write({ key: { v: 1 } });
    const first = (await storage.read(['key'])).key as { eTag: string };
    await storage.write({ key: { v: 2, eTag: first.eTag } });
    await expect(storage.write({ key: { v: 3, eTag: first.eTag } })).rejects.toThrow(/changed by someone else/);
    expect((await storage.read(['key'])).key).toMatchObject({ v: 2 });
    await storage.write({ key: { v: 4, eTag: '*' } });
    expect((await storage.read(['key'])).key).toMatchObject({ v: 4 });
    await storage.delete(['key']);
    expect(await storage.read(['key'])).toEqual({});
  });

  it('keeps ConversationState and UserState across turns through a real bot', async () => {
    const conversationState = new ConversationState(storage);
    const userState = new UserState(storage);
    const turns = conversationState.createProperty<number>('turnCount');
    const name = userState.createProperty<string>('name');
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      if (context.activity.text?.startsWith('name ')) await name.set(context, context.activity.text.slice(5));
      await context.sendActivity(`turn ${count} ${(await name.get(context)) ?? 'anonymous'}`);
      await next();
    });
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
      await conversationState.saveChanges(context);
      await userState.saveChanges(context);
    });
    await adapter
      .send('hi')
      .assertReply('turn 1 anonymous')
      .send('name 李雷')
      .assertReply('turn 2 李雷')
      .send('again')
      .assertReply('turn 3 李雷')
      .startTest();

    // The state is in the database file, readable by a fresh handle on it.
    const reopened = SqliteStore.open({ file: path.join(dir, 'parcelcare.db'), timeZone: 'Asia/Shanghai' });
    const keys = (await reopened.botState.read(['test/conversations/Convo1/', 'test/users/user1/'])).map((d) => d.key);
    await reopened.close();
    expect(keys.sort()).toEqual(['test/conversations/Convo1/', 'test/users/user1/']);
  });
});
