import { DuplicateError, NotFoundError, VersionConflictError } from '../errors';
import type { TicketQuery } from '../records';
import type { NewTicket, Ticket } from '../../tickets/records';
import { clone, newId } from '../shared';
import type { TicketRepository } from '../store.port';
import { formatTicketNumber, parseTicketNumber, ticketNumberDay } from '../../tickets/ticket-number';
import { OPEN_STATUSES } from '../../tickets/records';
import { fromDocument, isDuplicateKey, isDuplicateKeyOn, type MongoModels } from './schemas';

/**
 * "customer:tracking number" of each parcel an open ticket is about, kept on the document while the ticket is
 * open. A unique index on it makes a customer's open ticket on a parcel the only one: a second complaint of the
 * same customer at the same moment fails to insert and joins the first.
 */
const openComplaintKeys = (ticket: Pick<Ticket, 'customerId' | 'trackingNumbers' | 'status'>): string[] =>
  OPEN_STATUSES.includes(ticket.status)
    ? [...new Set(ticket.trackingNumbers)].map((trackingNumber) => `${ticket.customerId}:${trackingNumber}`)
    : [];

/** A ticket number's day and sequence (`C-20261123-0042` → `20261123`, 42), kept on the document for numbering. */
export function numberParts(number: string): { numberDay: string; numberSeq: number } {
  const parts = parseTicketNumber(number);
  if (!parts) throw new RangeError(`not a ticket number: ${number}`);
  return { numberDay: parts.day, numberSeq: parts.sequence };
}

/** Fields the documents keep for the store's own queries, never part of the record. */
export const INTERNAL_FIELDS = { openComplaintKeys: 0, numberDay: 0, numberSeq: 0 } as const;

export function toTicket(doc: Record<string, unknown> | null | undefined): Ticket | undefined {
  const record = fromDocument<Ticket & Record<keyof typeof INTERNAL_FIELDS, unknown>>(doc);
  if (!record) return undefined;
  for (const field of Object.keys(INTERNAL_FIELDS) as (keyof typeof INTERNAL_FIELDS)[]) delete record[field];
  return record;
}

/** How many numbers `create` tries when other processes keep taking the next one first. */
const NUMBER_ATTEMPTS = 50;

export class MongoTickets implements TicketRepository {
  constructor(
    private readonly models: MongoModels,
    private readonly timeZone: string,
  ) {}

  /**
   * Numbers have no gaps: the next number of the day is the highest stored one plus one, taken only by the
   * insert that stores the ticket (the unique index on `number` settles two processes picking the same one, and
   * the loser moves on to the next). An insert that fails takes no number.
   */
  async create(input: NewTicket): Promise<Ticket> {
    const keys = openComplaintKeys(input);
    const taken = () =>
      new DuplicateError('Open ticket of customer', `${input.customerId} on ${input.trackingNumbers.join(', ')}`);
    // The usual repeat is found before any insert; the unique index settles the rare simultaneous one.
    if (keys.length > 0 && (await this.models.tickets.exists({ openComplaintKeys: { $in: keys } }))) throw taken();
    const day = ticketNumberDay(input.createdAt, this.timeZone);
    let sequence = (await this.highestSequence(day)) + 1;
    for (let attempt = 1; ; attempt += 1) {
      const ticket: Ticket = {
        ...clone(input),
        id: newId(),
        number: formatTicketNumber(day, sequence),
        updatedAt: input.createdAt,
        version: 1,
      };
      try {
        await this.models.tickets.collection.insertOne(toDocument(ticket, keys));
        return clone(ticket);
      } catch (err) {
        if (isDuplicateKeyOn(err, 'openComplaintKeys')) throw taken();
        if (!isDuplicateKeyOn(err, 'number') || attempt >= NUMBER_ATTEMPTS) throw err;
        sequence = Math.max(sequence, await this.highestSequence(day)) + 1;
      }
    }
  }

  async get(id: string): Promise<Ticket | undefined> {
    return toTicket(await this.models.tickets.findById(id).lean());
  }

  async getByNumber(number: string): Promise<Ticket | undefined> {
    return toTicket(await this.models.tickets.findOne({ number: number.toUpperCase() }).lean());
  }

  async findOpenByTracking(trackingNumber: string): Promise<Ticket[]> {
    const docs = await this.models.tickets
      .find({ trackingNumbers: trackingNumber, status: { $in: [...OPEN_STATUSES] } })
      .sort({ createdAt: -1 })
      .lean();
    return docs.map((doc) => toTicket(doc) as Ticket);
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
      return docs.map((doc) => toTicket(doc) as Ticket);
    }
    let cursor = this.models.tickets.find(filter).sort({ createdAt: -1, number: -1 });
    if (query.limit !== undefined) cursor = cursor.limit(query.limit);
    const docs = await cursor.lean();
    return docs.map((doc) => toTicket(doc) as Ticket);
  }

  async update(ticket: Ticket, now: string): Promise<Ticket> {
    const updated: Ticket = { ...clone(ticket), updatedAt: now, version: ticket.version + 1 };
    const { id } = updated;
    const replace = (keys: string[]) => {
      const { _id: _unchanged, ...document } = toDocument(updated, keys);
      return this.models.tickets.collection.replaceOne({ _id: id as never, version: ticket.version }, document);
    };
    let result;
    try {
      result = await replace(await this.freeKeys(id, openComplaintKeys(updated)));
    } catch (err) {
      // Another ticket took a key in between: this one goes without it (a reopening must never fail).
      if (!isDuplicateKey(err)) throw err;
      result = await replace([]);
    }
    if (result.matchedCount === 0) {
      if (!(await this.get(id))) throw new NotFoundError('Ticket', id);
      throw new VersionConflictError('Ticket', id);
    }
    return updated;
  }

  /** The keys no other open ticket holds: a reopened ticket never fails for them, it goes without. */
  private async freeKeys(ticketId: string, keys: string[]): Promise<string[]> {
    if (keys.length === 0) return keys;
    const holders = await this.models.tickets
      .find({ _id: { $ne: ticketId }, openComplaintKeys: { $in: keys } }, { openComplaintKeys: 1 })
      .lean();
    const held = new Set(holders.flatMap((doc) => (doc.openComplaintKeys as string[] | undefined) ?? []));
    return keys.filter((key) => !held.has(key));
  }

  /** The highest sequence stored for the day (0 for none yet). */
  private async highestSequence(day: string): Promise<number> {
    const doc = await this.models.tickets.findOne({ numberDay: day }, { numberSeq: 1 }).sort({ numberSeq: -1 }).lean();
    return typeof doc?.numberSeq === 'number' ? doc.numberSeq : 0;
  }
}

/** The stored document: the record with `_id`, plus the fields the store's own queries use. */
function toDocument(ticket: Ticket, openKeys: string[]): Record<string, unknown> & { _id: never } {
  const { id, ...rest } = ticket;
  return { _id: id as never, ...rest, openComplaintKeys: openKeys, ...numberParts(ticket.number) };
}
