import type { TicketStatus } from '../store/records';

/** A ticket still being worked on: it counts in the backlog and a new complaint on its parcel joins it. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['open', 'pending_agent', 'in_progress', 'reopened'];
