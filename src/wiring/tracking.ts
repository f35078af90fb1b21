import type { Store } from '../store';
import type { Clock } from '../tickets';
import type { Logger } from '../logger';
import { AnomalyWatch, WatchedShipmentLookup } from '../proactive';
import { demoShipments, EmbeddedShipmentLookup, HttpShipmentLookup, type ShipmentLookup } from '../tracking';
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

/** Loads the demo shipments into an empty embedded store, so a fresh `npm start` has parcels to ask about. */
export async function loadDemoData(store: Store, clock: Clock, logger: Logger): Promise<void> {
  if (store.kind !== 'sqlite' || (await store.shipments.count()) > 0) return;
  const shipments = demoShipments(clock.now());
  for (const shipment of shipments) await store.shipments.upsert(shipment);
  logger.info({ trackingNumbers: shipments.map((s) => s.trackingNumber) }, 'demo shipments loaded');
}
