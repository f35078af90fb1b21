import { AnomalyWatch, WatchedShipmentLookup } from '../proactive';
import { demoShipments, EmbeddedShipmentLookup, HttpShipmentLookup, summarize, type ShipmentLookup } from '../tracking';
import type { Wiring } from './wiring';

export interface TrackingWiring {
  /** Where the bot looks parcels up: the courier's tracking API (TRACKING_API_URL) or the embedded store. */
  shipments: ShipmentLookup;
  /** Looks at every scan that comes in for anomalies. */
  anomalyWatch: AnomalyWatch;
}

/**
 * Shipment lookup and anomaly detection. Every scan that comes in is looked at for anomalies: pushed ones
 * (events API), imported ones (the import command) and the tracking provider's (each lookup).
 */
export function wireTracking({ config, store, clock, logger }: Wiring): TrackingWiring {
  const anomalyWatch = new AnomalyWatch({
    store,
    table: config.proactive.anomalyTable,
    timeZone: config.timeZone,
    now: () => clock.now(),
    logger,
  });
  const shipments = config.trackingApi
    ? new WatchedShipmentLookup(
        new HttpShipmentLookup(
          config.trackingApi.url,
          config.trackingApi.apiKey ? { apiKey: config.trackingApi.apiKey } : {},
        ),
        anomalyWatch,
      )
    : new EmbeddedShipmentLookup(store.shipments);
  return { shipments, anomalyWatch };
}

/**
 * Loads the demo shipments into an empty embedded store, so a fresh `npm start` has parcels to ask about, and, given
 * the watch (DEMO_DATA=true), looks at their scans as an import's are: the late, stuck, lost-looking and returned
 * parcels get their anomalies recorded, and the watch's listener plans their notices (and the lost one's claim), so
 * the proactive service has something to show from the first start. A store that has shipments is left alone, and
 * the store records each anomaly once: a second start adds nothing.
 */
export async function loadDemoData(
  { store, clock, logger }: Pick<Wiring, 'store' | 'clock' | 'logger'>,
  anomalyWatch: AnomalyWatch | undefined,
): Promise<void> {
  if (store.kind !== 'sqlite' || (await store.shipments.count()) > 0) return;
  const scanned = [];
  for (const shipment of demoShipments(clock.now())) {
    const stored = await store.shipments.upsert(shipment);
    scanned.push({ shipment: summarize(stored), scans: stored.events });
  }
  const anomalies = anomalyWatch ? await anomalyWatch.scannedMany(scanned, 'import') : [];
  logger.info(
    { trackingNumbers: scanned.map((s) => s.shipment.trackingNumber), anomalies: anomalies.length },
    'demo shipments loaded',
  );
}
