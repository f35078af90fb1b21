import { ConversationState, type Storage, type TurnContext } from 'botbuilder-core';

/** A conversation's state as loaded in a turn, and its JSON as it was read or last written. */
interface Loaded {
  state: Record<string, unknown>;
  text: string;
}

/** The state's JSON without its eTag: what the store keeps, and what tells whether the turn changed it. */
function textOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...document } = state;
  return JSON.stringify(document);
}

/**
 * botbuilder's ConversationState, telling whether a turn changed the state by its JSON text instead of
 * botbuilder's change hash. `BotState` hashes the state three times a turn (when loading it, before saving it and
 * again after the write), each time through botbuilder's own stringify (a replacer function called for every
 * value) and a SHA-256: about 4% of an SMS webhook's CPU. Here the state is serialised once when loaded and once
 * when saved, and written only when that text differs — the same rule (an unchanged state is not written).
 * Everything else (storage key, eTag `*` on save, the property accessors) is botbuilder's.
 */
export class TextCheckedConversationState extends ConversationState {
  private readonly loadedKey = Symbol('parcelcare.conversationState');

  constructor(storage: Storage, namespace = '') {
    super(storage, namespace);
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.loadedKey) as Loaded | undefined;
    if (cached && !force) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    context.turnState.set(this.loadedKey, { state, text: textOf(state) } satisfies Loaded);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = (context.turnState.get(this.loadedKey) as Loaded | undefined) ?? (force ? this.empty() : undefined);
    if (!cached) return;
    const text = textOf(cached.state);
    if (!force && text === cached.text) return;
    const key = await this.storageKey(context);
    cached.state.eTag = '*';
    await this.storage.write({ [key]: cached.state });
    cached.text = text;
    context.turnState.set(this.loadedKey, cached);
  }

  override async clear(context: TurnContext): Promise<void> {
    // An empty text that no state serialises to: the cleared state is written on the next save.
    context.turnState.set(this.loadedKey, this.empty());
  }

  override async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.loadedKey);
    const key = await this.storageKey(context);
    await this.storage.delete([key]);
  }

  override get(context: TurnContext): Record<string, unknown> | undefined {
    return (context.turnState.get(this.loadedKey) as Loaded | undefined)?.state;
  }

  private empty(): Loaded {
    return { state: {}, text: '' };
  }
}
