import { z } from 'zod';
import type { Shipment } from './records';
import type { ShipmentRepository } from '../store/store.port';

/** Where shipments are looked up: the embedded store, or the courier's own tracking API. */
export interface ShipmentLookup {
  find(trackingNumber: string): Promise<Shipment | undefined>;
  /**
   * The carriers (codes such as `sf`, `yto`) of the shipments this source can look up: networks the courier serves,
   * so a customer naming one names us.
   * @remarks Absent when the source cannot tell (a tracking API): the configured names alone decide then.
   */
  carriers?(): Promise<readonly string[]>;
}

// How long the stored shipments' carriers are trusted before they are read again (a scan of the shipments table,
// not done for every message that names a courier).
const CARRIERS_FRESH_MS = 10 * 60_000;

/** Shipments imported into, or pushed to, ParcelCare's own store. */
export class EmbeddedShipmentLookup implements ShipmentLookup {
  private known?: { at: number; carriers: Promise<readonly string[]> };

  /** @param options.now the time in milliseconds (tests pass a fake clock's). */
  constructor(
    private readonly shipments: Pick<ShipmentRepository, 'get' | 'carriers'>,
    private readonly options: { now?: () => number } = {},
  ) {}

  find(trackingNumber: string): Promise<Shipment | undefined> {
    return this.shipments.get(trackingNumber);
  }

  carriers(): Promise<readonly string[]> {
    const now = this.options.now?.() ?? Date.now();
    if (!this.known || now - this.known.at >= CARRIERS_FRESH_MS) {
      const carriers = this.shipments.carriers();
      this.known = { at: now, carriers };
      // (A failed read is not kept: the next question reads again.)
      carriers.catch(() => {
        if (this.known?.carriers === carriers) this.known = undefined;
      });
    }
    return this.known.carriers;
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
