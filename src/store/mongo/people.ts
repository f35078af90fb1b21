import { DuplicateError, NotFoundError, VersionConflictError } from '../errors';
import type { AppendResult } from '../records';
import type {
  Conversation,
  Customer,
  Identity,
  Message,
  NewConversation,
  NewCustomer,
  NewMessage,
} from '../../conversations/records';
import { clone, newId } from '../shared';
import type { ConversationRepository, CustomerRepository, MessageRepository } from '../store.port';
import { fromDocument, isDuplicateKey, type MongoModels } from './schemas';

const identityKey = (identity: Identity): string => `${identity.kind}:${identity.value}`;

function customerDocument(customer: Customer): Record<string, unknown> {
  const { id, ...rest } = clone(customer);
  return { _id: id, ...rest, identityKeys: customer.identities.map(identityKey) };
}

function toCustomer(doc: Record<string, unknown> | null): Customer | undefined {
  const record = fromDocument<Customer & { identityKeys?: string[] }>(doc);
  if (!record) return undefined;
  delete record.identityKeys;
  return record;
}

export class MongoCustomers implements CustomerRepository {
  constructor(private readonly models: MongoModels) {}

  async create(input: NewCustomer, now: string): Promise<Customer> {
    const customer: Customer = { ...clone(input), id: newId(), createdAt: now, updatedAt: now, version: 1 };
    try {
      await this.models.customers.collection.insertOne(customerDocument(customer) as { _id: never });
    } catch (err) {
      if (isDuplicateKey(err)) throw new DuplicateError('Identity', input.identities.map(identityKey).join(', '));
      throw err;
    }
    return customer;
  }

  async get(id: string): Promise<Customer | undefined> {
    return toCustomer(await this.models.customers.findById(id).lean());
  }

  async findByIdentity(identity: Identity): Promise<Customer | undefined> {
    return toCustomer(await this.models.customers.findOne({ identityKeys: identityKey(identity) }).lean());
  }

  async linkIdentity(customerId: string, identity: Identity, now: string): Promise<Customer> {
    const customer = await this.get(customerId);
    if (!customer) throw new NotFoundError('Customer', customerId);
    if (customer.identities.some((i) => i.kind === identity.kind && i.value === identity.value)) return customer;
    try {
      const updated = await this.models.customers
        .findOneAndUpdate(
          { _id: customerId, identityKeys: { $ne: identityKey(identity) } },
          {
            $push: { identities: { ...identity }, identityKeys: identityKey(identity) },
            $set: { updatedAt: now },
            $inc: { version: 1 },
          },
          { new: true },
        )
        .lean();
      return toCustomer(updated) ?? ((await this.get(customerId)) as Customer);
    } catch (err) {
      if (isDuplicateKey(err)) throw new DuplicateError('Identity', identityKey(identity));
      throw err;
    }
  }

  async update(customer: Customer, now: string): Promise<Customer> {
    const updated: Customer = { ...clone(customer), updatedAt: now, version: customer.version + 1 };
    try {
      const result = await this.models.customers.collection.replaceOne(
        { _id: customer.id as never, version: customer.version },
        customerDocument(updated),
      );
      if (result.matchedCount === 0) {
        if (!(await this.get(customer.id))) throw new NotFoundError('Customer', customer.id);
        throw new VersionConflictError('Customer', customer.id);
      }
    } catch (err) {
      if (isDuplicateKey(err)) throw new DuplicateError('Identity', customer.identities.map(identityKey).join(', '));
      throw err;
    }
    return updated;
  }
}

export class MongoConversations implements ConversationRepository {
  constructor(private readonly models: MongoModels) {}

  async create(input: NewConversation, now: string): Promise<Conversation> {
    const conversation: Conversation = { ...clone(input), id: newId(), createdAt: now, updatedAt: now, version: 1 };
    const { id, ...rest } = conversation;
    try {
      await this.models.conversations.collection.insertOne({ _id: id as never, ...rest });
    } catch (err) {
      if (isDuplicateKey(err)) throw new DuplicateError('Conversation', `${input.channel}:${input.externalId}`);
      throw err;
    }
    return clone(conversation);
  }

  async get(id: string): Promise<Conversation | undefined> {
    return fromDocument<Conversation>(await this.models.conversations.findById(id).lean());
  }

  async findByExternalId(channel: Conversation['channel'], externalId: string): Promise<Conversation | undefined> {
    return fromDocument<Conversation>(await this.models.conversations.findOne({ channel, externalId }).lean());
  }

  async listByCustomer(customerId: string): Promise<Conversation[]> {
    const docs = await this.models.conversations.find({ customerId }).sort({ createdAt: 1 }).lean();
    return docs.map((doc) => fromDocument<Conversation>(doc) as Conversation);
  }

  async update(conversation: Conversation, now: string): Promise<Conversation> {
    const updated: Conversation = { ...clone(conversation), updatedAt: now, version: conversation.version + 1 };
    const { id, ...rest } = updated;
    const result = await this.models.conversations.collection.replaceOne(
      { _id: id as never, version: conversation.version },
      rest,
    );
    if (result.matchedCount === 0) {
      if (!(await this.get(id))) throw new NotFoundError('Conversation', id);
      throw new VersionConflictError('Conversation', id);
    }
    return updated;
  }
}

// Orders messages written in the same millisecond by this process; across processes createdAt decides.
let sequence = 0;

export class MongoMessages implements MessageRepository {
  constructor(private readonly models: MongoModels) {}

  async append(input: NewMessage): Promise<AppendResult> {
    const message: Message = { ...clone(input), id: newId() };
    const { id, ...rest } = message;
    sequence = (sequence + 1) % 1000;
    try {
      await this.models.messages.collection.insertOne({ _id: id as never, ...rest, seq: Date.now() * 1000 + sequence });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await this.findByTransportId(input.channel, input.transportId);
      if (existing) return { stored: false, duplicateOf: existing };
      throw err;
    }
    return { stored: true, message };
  }

  async findByTransportId(channel: Message['channel'], transportId: string): Promise<Message | undefined> {
    return this.toMessage(await this.models.messages.findOne({ channel, transportId }).lean());
  }

  async recordReply(channel: Message['channel'], transportId: string, reply: string): Promise<void> {
    await this.models.messages.updateOne({ channel, transportId }, { $set: { reply } });
  }

  async listByConversation(conversationId: string, options: { limit?: number } = {}): Promise<Message[]> {
    let query = this.models.messages.find({ conversationId }).sort({ createdAt: -1, seq: -1 });
    if (options.limit !== undefined) query = query.limit(options.limit);
    const docs = await query.lean();
    return docs.reverse().map((doc) => this.toMessage(doc) as Message);
  }

  async listByTicket(ticketId: string): Promise<Message[]> {
    const docs = await this.models.messages.find({ ticketId }).sort({ createdAt: 1, seq: 1 }).lean();
    return docs.map((doc) => this.toMessage(doc) as Message);
  }

  async assignTicket(conversationId: string, ticketId: string): Promise<number> {
    const result = await this.models.messages.updateMany(
      { conversationId, ticketId: { $exists: false } },
      { $set: { ticketId } },
    );
    return result.modifiedCount;
  }

  private toMessage(doc: Record<string, unknown> | null): Message | undefined {
    const message = fromDocument<Message & { seq?: number }>(doc);
    if (message) delete message.seq;
    return message;
  }
}
