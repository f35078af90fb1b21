import { z } from 'zod';
import type { Shipment } from './records';
import type { ShipmentRepository } from '../store/store.port';

/** Where shipments are looked up: the embedded store, or the courier's own tracking API. */
export interface ShipmentLookup {
  find(trackingNumber: string): Promise<Shipment | undefined>;
}

/** Shipments imported into, or pushed to, ParcelCare's own store. */
export class EmbeddedShipmentLookup implements ShipmentLookup {
  constructor(private readonly shipments: Pick<ShipmentRepository, 'get'>) {}

  find(trackingNumber: string): Promise<Shipment | undefined> {
    return this.shipments.get(trackingNumber);
  }
}

const party = z.object({
  name: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  en: z.object({ name: z.string().optional(), address: z.string().optional() }).optional(),
});
export const shipmentSchema = z.object({
  trackingNumber: z.string().min(5).max(40),
  carrier: z.string().min(1).max(40),
  sender: party.default({}),
  recipient: party.default({}),
  origin: z.string().default(''),
  destination: z.string().default(''),
  en: z.object({ origin: z.string().optional(), destination: z.string().optional() }).optional(),
  promisedDate: z.string().optional(),
  declaredValue: z
    .object({
      amount: z.number().positive().max(1e9),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as CNY'),
      insured: z.boolean().default(false),
    })
    .optional(),
  events: z
    .array(
      z.object({
        at: z.iso.datetime({ offset: true }),
        place: z.string(),
        status: z.string(),
        description: z.string().optional(),
        en: z.object({ place: z.string().optional(), description: z.string().optional() }).optional(),
      }),
    )
    .default([]),
  updatedAt: z.string().optional(),
});

/**
 * An external tracking API: `GET {baseUrl}/{trackingNumber}` answering a shipment as JSON (the same shape as
 * `import-shipments` JSON lines), 404 when unknown.
 * @remarks Failures other than 404 throw: the bot says tracking is unavailable rather than "unknown number".
 */
export class HttpShipmentLookup implements ShipmentLookup {
  constructor(
    private readonly baseUrl: string,
    private readonly options: { apiKey?: string; timeoutMs?: number; fetch?: typeof fetch } = {},
  ) {}

  async find(trackingNumber: string): Promise<Shipment | undefined> {
    const doFetch = this.options.fetch ?? fetch;
    const url = `${this.baseUrl.replace(/\/$/, '')}/${encodeURIComponent(trackingNumber)}`;
    const response = await doFetch(url, {
      headers: {
        accept: 'application/json',
        ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
      },
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`tracking API answered ${response.status} for ${trackingNumber}`);
    const parsed = shipmentSchema.safeParse(await response.json());
    if (!parsed.success) throw new Error(`tracking API sent an unreadable shipment for ${trackingNumber}`);
    const { updatedAt, ...rest } = parsed.data;
    return { ...rest, updatedAt: updatedAt ?? new Date().toISOString() };
  }
}
