import { VersionConflictError } from '../store/errors';
import type { Store } from '../store/store.port';
import { OPEN_STATUSES, type Ticket } from './records';
import type { Clock } from './ticket.service';

/** When the customer last heard from us about the ticket (its filing when nothing since). */
export const lastCustomerUpdate = (ticket: Pick<Ticket, 'customerUpdatedAt' | 'createdAt'>): string =>
  ticket.customerUpdatedAt ?? ticket.createdAt;

/** An open ticket whose customer has heard nothing for a period; `since` is the last update the period counts from. */
export interface ProgressDue {
  ticket: Ticket;
  since: string;
}

export interface ProgressScheduleOptions {
  store: Pick<Store, 'tickets'>;
  clock: Clock;
  /** How long an open ticket may go without news for its customer (PROGRESS_UPDATE_HOURS); 0 = never. */
  everyMs: number;
  /** How many open tickets are read from the store at a time (default 500). */
  pageSize?: number;
}

const PAGE_SIZE = 500;

/** The instant one millisecond after an ISO instant. */
const justAfter = (iso: string): string => new Date(Date.parse(iso) + 1).toISOString();

/**
 * The rule for periodic progress updates: a ticket that stays open is worth a word to its customer at least
 * every `everyMs` with no other update (an agent taking it, writing, or updating the customer). Each period is
 * named by the update it counts from (`since`): the sender keys the message with it, so two processes that see
 * the same due ticket queue one message, and `recordSent` moves the ticket on only from that same update.
 */
export class ProgressSchedule {
  constructor(private readonly options: ProgressScheduleOptions) {}

  /** Open tickets whose customer has heard nothing for a whole period, the longest silent first. */
  async due(): Promise<ProgressDue[]> {
    const all: ProgressDue[] = [];
    for await (const page of this.duePages()) all.push(...page);
    return all.sort((a, b) => a.since.localeCompare(b.since));
  }

  /**
   * The due tickets page by page, through every open ticket (newest first, `pageSize` at a time), each once: a page
   * ends before the tickets created at the same instant as its last, which are read with it.
   * @remarks Paging is by creation time, which updates never change, so recording an update between pages moves
   * no ticket to another page.
   */
  async *duePages(): AsyncGenerator<ProgressDue[]> {
    const { everyMs, clock, store } = this.options;
    if (everyMs <= 0) return;
    const pageSize = this.options.pageSize ?? PAGE_SIZE;
    const status = [...OPEN_STATUSES];
    const now = clock.now().getTime();
    const dueOf = (tickets: Ticket[]) =>
      tickets
        .map((ticket) => ({ ticket, since: lastCustomerUpdate(ticket) }))
        .filter(({ since }) => now - Date.parse(since) >= everyMs)
        .sort((a, b) => a.since.localeCompare(b.since));
    let createdTo: string | undefined;
    for (;;) {
      const page = await store.tickets.find({ status, limit: pageSize, ...(createdTo ? { createdTo } : {}) });
      const last = page.at(-1)?.createdAt;
      if (page.length < pageSize || !last) {
        yield dueOf(page);
        return;
      }
      // The next page starts before `last`: the rest of the tickets created at that very instant come with this one.
      const sameInstant = await store.tickets.find({ status, createdFrom: last, createdTo: justAfter(last) });
      const seen = new Set(page.map((t) => t.id));
      yield dueOf([...page, ...sameInstant.filter((t) => !seen.has(t.id))]);
      createdTo = last;
    }
  }

  /**
   * Records the period's update on the ticket (its history, and the time the next period counts from), only if
   * the ticket still counts from `since`: when another process or an agent got there first, nothing changes.
   */
  async recordSent(ticketId: string, since: string, note: string): Promise<Ticket | undefined> {
    const { tickets } = this.options.store;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const ticket = await tickets.get(ticketId);
      if (!ticket || lastCustomerUpdate(ticket) !== since || !OPEN_STATUSES.includes(ticket.status)) return undefined;
      const at = this.options.clock.now().toISOString();
      try {
        return await tickets.update(
          {
            ...ticket,
            customerUpdatedAt: at,
            history: [...ticket.history, { at, by: 'system', action: 'progress update', note }],
          },
          at,
        );
      } catch (err) {
        if (!(err instanceof VersionConflictError)) throw err;
      }
    }
    return undefined;
  }
}
