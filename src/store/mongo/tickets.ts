import { NotFoundError, VersionConflictError } from '../errors';
import type { NewTicket, Ticket, TicketQuery } from '../records';
import { clone, dayInZone, formatTicketNumber, newId } from '../shared';
import type { TicketRepository } from '../store.port';
import { fromDocument, isDuplicateKey, type MongoModels } from './schemas';

const OPEN_STATUSES = ['open', 'pending_agent', 'in_progress', 'reopened'];

export class MongoTickets implements TicketRepository {
  constructor(
    private readonly models: MongoModels,
    private readonly timeZone: string,
  ) {}

  async create(input: NewTicket): Promise<Ticket> {
    const day = dayInZone(input.createdAt, this.timeZone);
    const ticket: Ticket = {
      ...clone(input),
      id: newId(),
      number: formatTicketNumber(day, await this.nextSequence(`ticket:${day}`)),
      updatedAt: input.createdAt,
      version: 1,
    };
    const { id, ...rest } = ticket;
    await this.models.tickets.collection.insertOne({ _id: id as never, ...rest });
    return clone(ticket);
  }

  async get(id: string): Promise<Ticket | undefined> {
    return fromDocument<Ticket>(await this.models.tickets.findById(id).lean());
  }

  async getByNumber(number: string): Promise<Ticket | undefined> {
    return fromDocument<Ticket>(await this.models.tickets.findOne({ number: number.toUpperCase() }).lean());
  }

  async findOpenByTracking(trackingNumber: string): Promise<Ticket[]> {
    const docs = await this.models.tickets
      .find({ trackingNumbers: trackingNumber, status: { $in: OPEN_STATUSES } })
      .sort({ createdAt: -1 })
      .lean();
    return docs.map((doc) => fromDocument<Ticket>(doc) as Ticket);
  }

  async find(query: TicketQuery): Promise<Ticket[]> {
    const filter: Record<string, unknown> = {};
    if (query.customerId) filter.customerId = query.customerId;
    if (query.status?.length) filter.status = { $in: query.status };
    if (query.trackingNumber) filter.trackingNumbers = query.trackingNumber;
    if (query.createdFrom || query.createdTo) {
      filter.createdAt = {
        ...(query.createdFrom ? { $gte: query.createdFrom } : {}),
        ...(query.createdTo ? { $lt: query.createdTo } : {}),
      };
    }
    if (query.order === 'queue') {
      // The queue's sort keys are computed, so the agents' order is an aggregation rather than a find.
      const docs = await this.models.tickets.aggregate([
        { $match: filter },
        {
          $addFields: {
            _rank: {
              $switch: {
                branches: [
                  { case: { $eq: ['$priority', 'high'] }, then: 0 },
                  { case: { $eq: ['$priority', 'medium'] }, then: 1 },
                ],
                default: 2,
              },
            },
            _next: {
              $cond: [{ $gt: ['$firstResponseAt', null] }, '$deadlines.resolution', '$deadlines.firstResponse'],
            },
          },
        },
        { $sort: { _rank: 1, _next: 1, createdAt: 1, number: 1 } },
        ...(query.limit !== undefined ? [{ $limit: query.limit }] : []),
        { $project: { _rank: 0, _next: 0 } },
      ]);
      return docs.map((doc) => fromDocument<Ticket>(doc) as Ticket);
    }
    let cursor = this.models.tickets.find(filter).sort({ createdAt: -1, number: -1 });
    if (query.limit !== undefined) cursor = cursor.limit(query.limit);
    const docs = await cursor.lean();
    return docs.map((doc) => fromDocument<Ticket>(doc) as Ticket);
  }

  async update(ticket: Ticket, now: string): Promise<Ticket> {
    const updated: Ticket = { ...clone(ticket), updatedAt: now, version: ticket.version + 1 };
    const { id, ...rest } = updated;
    const result = await this.models.tickets.collection.replaceOne({ _id: id as never, version: ticket.version }, rest);
    if (result.matchedCount === 0) {
      if (!(await this.get(id))) throw new NotFoundError('Ticket', id);
      throw new VersionConflictError('Ticket', id);
    }
    return updated;
  }

  /** Atomic `$inc` on a counter document; concurrent first upserts may collide once, so retry. */
  private async nextSequence(name: string): Promise<number> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const doc = await this.models.counters
          .findOneAndUpdate({ _id: name }, { $inc: { value: 1 } }, { upsert: true, new: true })
          .lean();
        return Number(doc?.value);
      } catch (err) {
        if (!isDuplicateKey(err) || attempt >= 3) throw err;
      }
    }
  }
}
