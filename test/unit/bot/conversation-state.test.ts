import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActivityHandler, TestAdapter, type StoreItems } from 'botbuilder-core';
import { DialogSet, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { TextCheckedConversationState } from '../../../src/bot/conversation-state';
import { StoreBotStorage } from '../../../src/bot/store-bot-storage';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';

/** StoreBotStorage counting the writes that reach the store. */
class CountingStorage extends StoreBotStorage {
  writes: StoreItems[] = [];
  override async write(changes: StoreItems): Promise<void> {
    this.writes.push(structuredClone(changes));
    await super.write(changes);
  }
}

describe('TextCheckedConversationState on the SQLite store', () => {
  let dir: string;
  let store: SqliteStore;
  let storage: CountingStorage;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-conversation-state-'));
    store = SqliteStore.open({ file: path.join(dir, 'parcelcare.db'), timeZone: 'Asia/Shanghai' });
    storage = new CountingStorage(store.botState);
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a turn that changed the state, and no turn that only read it', async () => {
    const state = new TextCheckedConversationState(storage);
    const notes = state.createProperty<string[]>('notes');
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      const list = await notes.get(context, []);
      if (context.activity.text?.startsWith('note ')) list.push(context.activity.text.slice(5));
      await context.sendActivity(list.join(', ') || 'nothing');
      await next();
    });
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
      await state.saveChanges(context);
    });
    await adapter
      .send('note 第一')
      .assertReply('第一')
      .send('what do you have?')
      .assertReply('第一')
      .send('note second')
      .assertReply('第一, second')
      .send('and now?')
      .assertReply('第一, second')
      .startTest();
    // The first turn wrote the default it created, the third its change; the read-only turns wrote nothing.
    expect(storage.writes.map((w) => Object.values(w)[0])).toEqual([
      { notes: ['第一'], eTag: '*' },
      { notes: ['第一', 'second'], eTag: '*' },
    ]);
    const [kept] = await store.botState.read(['test/conversations/Convo1/']);
    expect(kept?.document).toEqual({ notes: ['第一', 'second'] });
  });

  it('keeps a dialog across turns, saves when forced, and clears', async () => {
    const state = new TextCheckedConversationState(storage);
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState')).add(new TextPrompt('name')).add(
      new WaterfallDialog('ask', [
        async (step) => step.prompt('name', 'your name?'),
        async (step) => {
          await step.context.sendActivity(`hello ${String(step.result)}`);
          return step.endDialog();
        },
      ]),
    );
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === 'empty') await dc.beginDialog('ask');
      if (context.activity.text === 'forget') await state.clear(context);
      await state.saveChanges(context, context.activity.text === 'save');
    });
    await adapter.send('hi').assertReply('your name?').send('李雷').assertReply('hello 李雷').startTest();
    const afterDialog = storage.writes.length;
    await adapter.send('save').assertReply('your name?').startTest();
    await adapter.send('forget').assertReply('hello forget').startTest();
    expect(storage.writes.length).toBe(afterDialog + 2);
    const [kept] = await store.botState.read(['test/conversations/Convo1/']);
    expect(kept?.document).toEqual({});
  });
});
