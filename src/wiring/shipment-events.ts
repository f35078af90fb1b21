import { pushShipmentEvents, shipmentsKeyRefusal } from '../channels/api/shipment-events';
import { BODY_LIMITS, jsonBody, noQuery, wrap } from './http';
import type { TrackingWiring } from './tracking';
import type { HttpRoutes, Wiring } from './wiring';

/**
 * The events API (`/api/shipments/events`, SHIPMENTS_API_KEY): the courier's systems push scans, and each
 * pushed scan is looked at for anomalies.
 */
export function wireShipmentEvents({ config, store, clock }: Wiring, tracking: TrackingWiring): HttpRoutes {
  const expectedKey = config.shipmentsApiKey;
  return {
    mount: ({ app, durably }) => {
      app.post(
        '/api/shipments/events',
        (req, res, next) => {
          const refused = shipmentsKeyRefusal(req.get('x-api-key'), expectedKey);
          if (refused) res.status(refused.status).json(refused.body);
          else next();
        },
        noQuery,
        jsonBody(BODY_LIMITS.json),
        wrap(async (req, res) => {
          const answer = await durably(() =>
            pushShipmentEvents(
              { apiKey: req.get('x-api-key'), body: req.body as unknown },
              {
                expectedKey,
                shipments: store.shipments,
                now: () => clock.now(),
                onScanned: async (scanned) => {
                  await tracking.anomalyWatch.scannedMany(scanned, 'api');
                },
              },
            ),
          );
          res.status(answer.status).json(answer.body);
        }),
      );
    },
  };
}
