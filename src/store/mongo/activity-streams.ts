import type { NewStreamActivity, StreamActivity } from '../records';
import type { ActivityStreamRepository } from '../store.port';
import { isDuplicateKey, type MongoModels } from './schemas';

interface StreamDocument {
  _id: string;
  conversationId: string;
  sequence: number;
  clientActivityId?: string;
  /** JSON text: activities carry keys MongoDB treats specially (Adaptive Cards' `$schema`). */
  activity: string;
  createdAt: string;
}

/** Appends racing for the same conversation's next number; each retry reads the numbers taken meanwhile. */
const MAX_ATTEMPTS = 20;

function toDomain(doc: StreamDocument): StreamActivity {
  return {
    conversationId: doc.conversationId,
    sequence: doc.sequence,
    ...(doc.clientActivityId !== undefined ? { clientActivityId: doc.clientActivityId } : {}),
    activity: JSON.parse(doc.activity) as Record<string, unknown>,
    createdAt: doc.createdAt,
  };
}

/**
 * Activity streams in MongoDB. An append takes the number after the conversation's last one and inserts under
 * the unique (conversation, sequence) index; a process that lost the race for a number reads again and takes
 * the next. A number is taken only once the insert before it is acknowledged, so there are no gaps.
 */
export class MongoActivityStreams implements ActivityStreamRepository {
  constructor(private readonly models: MongoModels) {}

  async append(input: NewStreamActivity): Promise<{ stored: boolean; entry: StreamActivity }> {
    for (let attempt = 0; ; attempt += 1) {
      if (input.clientActivityId !== undefined) {
        const earlier = await this.findByClientId(input.conversationId, input.clientActivityId);
        if (earlier) return { stored: false, entry: earlier };
      }
      const last = await this.models.activityStreams
        .findOne({ conversationId: input.conversationId })
        .sort({ sequence: -1 })
        .lean<StreamDocument>();
      const sequence = last ? last.sequence + 1 : 0;
      const doc: StreamDocument = {
        _id: `${input.conversationId}|${sequence}`,
        conversationId: input.conversationId,
        sequence,
        ...(input.clientActivityId !== undefined ? { clientActivityId: input.clientActivityId } : {}),
        activity: JSON.stringify(input.activity),
        createdAt: input.createdAt,
      };
      try {
        await this.models.activityStreams.collection.insertOne(doc as unknown as { _id: never });
        return { stored: true, entry: toDomain(doc) };
      } catch (err) {
        // Another process took this number, or stored the same clientActivityID: look again.
        if (!isDuplicateKey(err) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  async list(conversationId: string, options: { after?: number; limit: number }): Promise<StreamActivity[]> {
    if (options.after === undefined) {
      const newest = await this.models.activityStreams
        .find({ conversationId })
        .sort({ sequence: -1 })
        .limit(options.limit)
        .lean<StreamDocument[]>();
      return newest.reverse().map(toDomain);
    }
    const docs = await this.models.activityStreams
      .find({ conversationId, sequence: { $gt: options.after } })
      .sort({ sequence: 1 })
      .limit(options.limit)
      .lean<StreamDocument[]>();
    return docs.map(toDomain);
  }

  private async findByClientId(conversationId: string, clientActivityId: string): Promise<StreamActivity | undefined> {
    const doc = await this.models.activityStreams.findOne({ conversationId, clientActivityId }).lean<StreamDocument>();
    return doc ? toDomain(doc) : undefined;
  }
}
