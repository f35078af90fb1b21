import type { Storage, StoreItems } from 'botbuilder-core';
import type { BotStateRepository } from '../store/store.port';

/**
 * botbuilder's `Storage` on ParcelCare's store, so dialog stacks and user / conversation state live in the
 * same SQLite file or MongoDB database as everything else.
 *
 * @remarks eTag rules follow botbuilder's MemoryStorage: an item written without an eTag or with `*`
 * overwrites; an item written with an outdated eTag is rejected and nothing in that batch after it is
 * written. Items come back as fresh copies carrying their current eTag.
 */
export class StoreBotStorage implements Storage {
  constructor(private readonly state: BotStateRepository) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    for (const doc of await this.state.read(keys)) items[doc.key] = { ...doc.document, eTag: doc.eTag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...document } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
      // The repository keeps its own copy (JSON text in SQLite, a cloned document in MongoDB).
      await this.state.write(key, document, eTag);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await this.state.delete(keys);
  }
}
