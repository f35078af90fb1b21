import type { Priority } from './records';

/** Minutes allowed for the first response and for the resolution, per priority. */
export type SlaTargets = Record<Priority, { firstResponseMinutes: number; resolutionMinutes: number }>;

/** DESIGN.md defaults: high 15 min / 2 h, medium 30 min / 24 h, low 30 min / 48 h. */
export const DEFAULT_SLA: SlaTargets = {
  high: { firstResponseMinutes: 15, resolutionMinutes: 120 },
  medium: { firstResponseMinutes: 30, resolutionMinutes: 24 * 60 },
  low: { firstResponseMinutes: 30, resolutionMinutes: 48 * 60 },
};

export interface Deadlines {
  firstResponse: string;
  resolution: string;
}

const plusMinutes = (instant: string, minutes: number): string =>
  new Date(new Date(instant).getTime() + minutes * 60_000).toISOString();

/** Deadlines for a ticket of this priority opened at `openedAt`. */
export function deadlinesFor(priority: Priority, openedAt: string, targets: SlaTargets = DEFAULT_SLA): Deadlines {
  const target = targets[priority];
  return {
    firstResponse: plusMinutes(openedAt, target.firstResponseMinutes),
    resolution: plusMinutes(openedAt, target.resolutionMinutes),
  };
}

/** The earlier of two instants, for deadlines that may only tighten. */
export function earlier(a: string, b: string): string {
  return new Date(a).getTime() <= new Date(b).getTime() ? a : b;
}
