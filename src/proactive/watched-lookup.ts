import type { Shipment } from '../tracking/records';
import { summarize, type ShipmentLookup } from '../tracking';
import type { AnomalyWatch } from './anomaly-watch';

/**
 * A tracking provider's lookups, watched: the courier's API is where its scans come in, so every parcel it
 * answers for is looked at for anomalies (its events recorded once each by the store's keys).
 */
export class WatchedShipmentLookup implements ShipmentLookup {
  constructor(
    private readonly lookup: ShipmentLookup,
    private readonly watch: Pick<AnomalyWatch, 'scanned'>,
  ) {}

  async find(trackingNumber: string): Promise<Shipment | undefined> {
    const shipment = await this.lookup.find(trackingNumber);
    if (shipment) await this.watch.scanned(summarize(shipment), shipment.events, 'provider');
    return shipment;
  }
}
