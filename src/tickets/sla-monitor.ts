import type { Ticket } from './records';
import { VersionConflictError } from '../store/errors';
import type { Store } from '../store/store.port';
import { OPEN_STATUSES } from './records';
import type { Clock } from './ticket.service';

export type DeadlineKind = 'firstResponse' | 'resolution';

/** Who hears about deadlines: the assignee at the warning, supervisors at the breach (Teams, agent page …). */
export interface SlaNotifier {
  warn(ticket: Ticket, deadline: DeadlineKind, dueAt: string): Promise<void>;
  breach(ticket: Ticket, deadline: DeadlineKind, dueAt: string): Promise<void>;
}

export interface SlaMonitorOptions {
  store: Pick<Store, 'tickets' | 'leases'>;
  notifier: SlaNotifier;
  clock: Clock;
  /** This process's name for the lease. */
  owner: string;
  /** Share of the time to a deadline after which the assignee is warned (DESIGN: 80%). */
  warnAt?: number;
  /** How long one run may hold the lease. */
  leaseMs?: number;
  /**
   * Warnings and escalations one run performs at most, most urgent tickets first; the rest wait for the next
   * run. Keeps a run (and its lease) short when a large overdue backlog arrives at once (an import, a restart).
   */
  maxStepsPerRun?: number;
}

const WATCHED = OPEN_STATUSES;
const WARNED = 'sla warning';
const BREACHED = 'sla breach';
export const SLA_LEASE = 'sla-monitor';

/** Whether a deadline has been met: a first response given, or the ticket resolved. */
function met(ticket: Ticket, deadline: DeadlineKind): boolean {
  return deadline === 'firstResponse' ? Boolean(ticket.firstResponseAt) : Boolean(ticket.resolvedAt);
}

const marked = (ticket: Ticket, action: string, deadline: DeadlineKind): boolean =>
  ticket.history.some((event) => event.action === action && event.note?.startsWith(deadline));

/**
 * Watches open tickets' deadlines: at 80% of the time to a deadline the assignee is warned, at the deadline
 * the ticket is escalated (its level raised) and supervisors told. Each step is written into the ticket's
 * history — which is also what keeps it from happening twice — and a run holds a lease, so with several
 * processes one of them does the work.
 */
export class SlaMonitor {
  private readonly warnAt: number;
  private readonly leaseMs: number;
  private readonly maxSteps: number;

  constructor(private readonly options: SlaMonitorOptions) {
    this.warnAt = options.warnAt ?? 0.8;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.maxSteps = options.maxStepsPerRun ?? 200;
  }

  /** One pass over the open tickets; resolves with what it did (nothing when another process holds the lease). */
  async runOnce(): Promise<{ warned: number; breached: number }> {
    const { store, clock, owner } = this.options;
    const now = clock.now();
    if (!(await store.leases.tryAcquire(SLA_LEASE, owner, this.leaseMs, now.toISOString())))
      return { warned: 0, breached: 0 };
    let warned = 0;
    let breached = 0;
    try {
      for (const ticket of await store.tickets.find({ status: [...WATCHED], order: 'queue' })) {
        if (warned + breached >= this.maxSteps) break;
        for (const deadline of ['firstResponse', 'resolution'] as DeadlineKind[]) {
          const step = this.stepFor(ticket, deadline, now);
          if (!step) continue;
          const updated = await this.record(ticket.id, step, deadline, now);
          if (!updated) continue;
          const dueAt = updated.deadlines[deadline];
          if (step === BREACHED) {
            breached += 1;
            await this.options.notifier.breach(updated, deadline, dueAt);
          } else {
            warned += 1;
            await this.options.notifier.warn(updated, deadline, dueAt);
          }
        }
      }
    } finally {
      await store.leases.release(SLA_LEASE, owner);
    }
    return { warned, breached };
  }

  private stepFor(ticket: Ticket, deadline: DeadlineKind, now: Date): typeof WARNED | typeof BREACHED | undefined {
    if (met(ticket, deadline)) return undefined;
    const due = new Date(ticket.deadlines[deadline]).getTime();
    const start = new Date(ticket.createdAt).getTime();
    if (now.getTime() >= due) return marked(ticket, BREACHED, deadline) ? undefined : BREACHED;
    const share = (now.getTime() - start) / Math.max(1, due - start);
    if (share >= this.warnAt && !marked(ticket, WARNED, deadline)) return WARNED;
    return undefined;
  }

  /** Writes the step into the ticket (re-reading on a concurrent change); undefined if it no longer applies. */
  private async record(ticketId: string, step: string, deadline: DeadlineKind, now: Date): Promise<Ticket | undefined> {
    const { tickets } = this.options.store;
    const at = now.toISOString();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const ticket = await tickets.get(ticketId);
      if (!ticket || !WATCHED.includes(ticket.status) || this.stepFor(ticket, deadline, now) !== step) return undefined;
      const escalated = step === BREACHED;
      const next: Ticket = {
        ...ticket,
        level: escalated ? ticket.level + 1 : ticket.level,
        history: [
          ...ticket.history,
          {
            at,
            by: 'system',
            action: step,
            note: `${deadline} due ${ticket.deadlines[deadline]}`,
            ...(escalated ? { from: `level ${ticket.level}`, to: `level ${ticket.level + 1}` } : {}),
          },
        ],
      };
      try {
        return await tickets.update(next, at);
      } catch (err) {
        if (!(err instanceof VersionConflictError)) throw err;
      }
    }
    return undefined;
  }
}
