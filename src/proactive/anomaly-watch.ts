import type { Logger } from 'pino';
import type { ScanEvent, Shipment, ShipmentSummary } from '../tracking/records';
import type { AnomalyCheck, Store } from '../store/store.port';
import { utcOffsetMinutes } from '../tickets';
import {
  anomaliesInScans,
  summarize,
  timeAnomalies,
  type AnomalySource,
  type AnomalyTable,
  type DetectedAnomaly,
  type ParcelAnomaly,
  type ParcelClock,
} from '../tracking';

/** Called once for each anomaly the store did not know yet (to plan its notices). */
export type AnomalyListener = (anomaly: ParcelAnomaly, shipment: ShipmentSummary) => Promise<void>;

export interface AnomalyWatchOptions {
  store: Pick<Store, 'anomalies' | 'leases'>;
  table: AnomalyTable;
  /** The courier's zone: when a promised day ends. */
  timeZone: string;
  now: () => Date;
  logger: Logger;
  onDetected?: AnomalyListener;
}

/** `+08:00` for 480 minutes east of UTC. */
const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/**
 * Watches parcels for anomalies: on every scan that comes in (events API, import, tracking provider) and, for
 * the time-based ones, when the clock reaches them. The store records each anomaly once, whoever sees it
 * first; only that first sighting is passed on (`onDetected`), so a repeated event, a restart or a second
 * process never plans the same notices twice.
 */
export class AnomalyWatch {
  private listener: AnomalyListener | undefined;
  private offset: { minute: number; text: string } | undefined;

  constructor(private readonly options: AnomalyWatchOptions) {
    this.listener = options.onDetected;
  }

  /** Sets who hears of new anomalies (the notice planner, built after the watch). */
  onDetected(listener: AnomalyListener): void {
    this.listener = listener;
  }

  /**
   * The clock with the zone's offset, worked out once a minute (a zone's offset changes only on a whole minute):
   * formatting the instant in the zone costs more than the rest of looking at a scan.
   */
  private clock(): ParcelClock {
    const now = this.options.now();
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.offset?.minute !== minute)
      this.offset = { minute, text: offsetText(utcOffsetMinutes(this.options.timeZone, now)) };
    return { now, utcOffset: this.offset.text };
  }

  /**
   * A parcel's scans just came in (`scans`: the new ones; `shipment`: the parcel with them, see `summarize`).
   * Records the anomalies they and the clock show, schedules the next time-based look, and resolves with the
   * anomalies new to the store.
   */
  async scanned(shipment: ShipmentSummary, scans: ScanEvent[], source: AnomalySource): Promise<ParcelAnomaly[]> {
    return this.scannedMany([{ shipment, scans }], source);
  }

  /**
   * `scanned` for a batch of parcels (a parcel named twice is looked at twice, in order): the next looks are
   * scheduled in one write for the batch. Most scans show nothing, so most parcels cost only the look itself.
   */
  async scannedMany(
    parcels: readonly { shipment: ShipmentSummary; scans: ScanEvent[] }[],
    source: AnomalySource,
  ): Promise<ParcelAnomaly[]> {
    const { table } = this.options;
    const clock = this.clock();
    const recorded: ParcelAnomaly[] = [];
    const checks: AnomalyCheck[] = [];
    for (const { shipment, scans } of parcels) {
      const { due, next } = timeAnomalies(shipment, table, clock);
      const found = [...anomaliesInScans(shipment, scans, table), ...due];
      if (found.length > 0) recorded.push(...(await this.record(shipment, found, source, clock.now)));
      checks.push({ trackingNumber: shipment.trackingNumber, dueAt: next?.toISOString() });
    }
    // A look due sooner stays: it reschedules itself (see scheduleChecks). Most scans would move it later.
    await this.options.store.anomalies.scheduleChecks(checks, { keepEarlier: true });
    return recorded;
  }

  /**
   * Looks at the parcels whose time-based anomalies fell due (`find` reads each one as it is now). One process
   * at a time does it (a lease); even two would record each anomaly once. Resolves with the anomalies found.
   */
  async checkDue(
    find: (trackingNumber: string) => Promise<Shipment | undefined>,
    options: { owner: string; limit?: number },
  ): Promise<ParcelAnomaly[]> {
    const { store, table } = this.options;
    const clock = this.clock();
    if (!(await store.leases.tryAcquire('anomaly-checks', options.owner, 60_000, clock.now.toISOString()))) return [];
    const found: ParcelAnomaly[] = [];
    try {
      for (const trackingNumber of await store.anomalies.dueChecks(clock.now.toISOString(), options.limit ?? 500)) {
        const latest = await find(trackingNumber);
        const shipment = latest && summarize(latest);
        const { due, next } = shipment ? timeAnomalies(shipment, table, clock) : { due: [], next: undefined };
        if (shipment) found.push(...(await this.record(shipment, due, 'schedule', clock.now)));
        await store.anomalies.scheduleChecks([{ trackingNumber, dueAt: next?.toISOString() }]);
      }
    } finally {
      await store.leases.release('anomaly-checks', options.owner);
    }
    return found;
  }

  private async record(
    shipment: ShipmentSummary,
    found: DetectedAnomaly[],
    source: AnomalySource,
    now: Date,
  ): Promise<ParcelAnomaly[]> {
    const fresh: ParcelAnomaly[] = [];
    for (const detected of found) {
      const { stored, anomaly } = await this.options.store.anomalies.record({
        trackingNumber: shipment.trackingNumber,
        kind: detected.kind,
        occurrence: detected.occurrence,
        level: detected.level,
        detectedAt: now.toISOString(),
        ...(detected.scan ? { scan: detected.scan } : {}),
        source,
      });
      if (!stored) continue;
      fresh.push(anomaly);
      this.options.logger.info(
        { trackingNumber: anomaly.trackingNumber, kind: anomaly.kind, level: anomaly.level, source },
        'anomaly detected',
      );
      await this.listener?.(anomaly, shipment);
    }
    return fresh;
  }
}
