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
}

/** At most this many open tickets are looked at in one round. */
const ROUND_LIMIT = 500;

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
    const { everyMs, clock, store } = this.options;
    if (everyMs <= 0) return [];
    const now = clock.now().getTime();
    const open = await store.tickets.find({ status: [...OPEN_STATUSES], limit: ROUND_LIMIT, order: 'queue' });
    return open
      .map((ticket) => ({ ticket, since: lastCustomerUpdate(ticket) }))
      .filter(({ since }) => now - Date.parse(since) >= everyMs)
      .sort((a, b) => a.since.localeCompare(b.since));
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
