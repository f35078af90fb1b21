import request from 'supertest';

/**
 * The courier's systems pushing one scan of a parcel through the events API (`POST /api/shipments/events` with
 * `X-Api-Key`), dated by the test's clock, at `place`; the push must be accepted (200). `url` and `now` are read
 * at each push: the server and the clock are made anew for every test.
 */
export function scanPusher(options: { url: () => string; key: string; now: () => Date; place: string }) {
  return (trackingNumber: string, status: string, description?: string) =>
    request(options.url())
      .post('/api/shipments/events')
      .set('X-Api-Key', options.key)
      .send({
        trackingNumber,
        events: [
          { at: options.now().toISOString(), place: options.place, status, ...(description ? { description } : {}) },
        ],
      })
      .expect(200);
}
