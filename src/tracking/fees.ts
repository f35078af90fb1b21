import { z } from 'zod';
import type { DeliveryChangeKind } from './delivery-change.records';

/**
 * A market's fee table (knowledge/<market>/fees.json): what sending a parcel costs by zone and weight, and what
 * each change to a delivery costs. Prices the bot quotes are computed from it — a figure is said only when the
 * table has it and the inputs it depends on are known; otherwise the customer hears what it depends on.
 */

const money = z.number().nonnegative();

/** A rate by weight: `first` for the first `firstKg`, then `perStep` for every started `stepKg`. */
const rateSchema = z.object({
  firstKg: z.number().positive(),
  first: money,
  stepKg: z.number().positive().optional(),
  perStep: money.optional(),
});

/**
 * A destination zone. `match` says when a route falls in it: `same_city` (origin and destination name one
 * place), `places` (the destination names one of `places`, or a place of one of `regions` — a folder of the
 * knowledge directory with a places.json), `domestic` (any other route inside the market).
 */
const zoneSchema = z.object({
  id: z.string().min(1),
  match: z.enum(['same_city', 'places', 'domestic']),
  places: z.array(z.string().min(1)).default([]),
  regions: z.array(z.string().regex(/^[A-Z]{2,3}$/)).default([]),
  rate: rateSchema,
  /**
   * Cities between which the zone's parcels usually arrive the next day (sent before noon), though its other routes
   * take `days`: the mainland's Shanghai–Beijing–Guangzhou–Shenzhen–Hangzhou–Suzhou lanes.
   */
  nextDayBetween: z.array(z.string().min(1)).default([]),
  /** How long a parcel usually takes on the zone's routes: `min`–`max` days, working days when `working`. */
  days: z
    .object({ min: z.number().int().positive(), max: z.number().int().positive(), working: z.boolean().default(false) })
    .optional(),
});

/** Units other than kg a customer of the market may weigh in, as kg each ("jin": 0.5 on the mainland). */
const weightUnitsSchema = z.object({ jin: z.number().positive().optional(), lb: z.number().positive().optional() });

export const feeTableSchema = z.object({
  /** How an amount is written per language: "{n} 元", "CNY {n}", "HK${n}". */
  money: z.record(z.enum(['zh-CN', 'zh-TW', 'en']), z.string().includes('{n}')),
  volumetricDivisor: z.number().positive(),
  /** What a 斤 (or a pound) weighs where the market is: a 斤 is 0.5 kg on the mainland, 0.6 kg in Taiwan. */
  weightUnits: weightUnitsSchema.default({}),
  /** Surcharges on top of the zone's rate, by service ("express": 8); the standard service is 0. */
  services: z.record(z.string(), money).default({}),
  zones: z.array(zoneSchema).min(1),
  /** Insurance on a declared value: `rate` of the value (0.01 is 1%), at least `minimum`; none: not worked out. */
  insurance: z.object({ rate: z.number().positive().max(1), minimum: money.optional() }).optional(),
  /** How many days after delivery damage or missing contents may still be claimed (the FAQ's time limit says so too). */
  claims: z.object({ daysAfterDelivery: z.number().int().positive() }).optional(),
  changes: z.object({
    hold: z.object({ freeDays: z.number().int().nonnegative(), perDayAfter: money.optional() }),
    redeliver: z.object({ freeTimes: z.number().int().nonnegative(), each: money }),
    /** `otherCity: "new_route"`: a new address in another city is charged as a new shipment from there. */
    change_address: z.object({ sameCity: money, otherCity: z.union([money, z.literal('new_route')]) }),
    /** No `fee`: the station prices it when it confirms. */
    expedite: z.object({ fee: money.optional() }),
  }),
});

export type FeeTable = z.infer<typeof feeTableSchema>;
export type FeeZone = FeeTable['zones'][number];
/** The courier's fee tables by market (CN, TW, HK, …). */
export type FeeTables = Record<string, FeeTable>;

/** Reads a fee table; the error names every field that is wrong. */
export function parseFeeTable(json: unknown, where: string): FeeTable {
  const parsed = feeTableSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
  throw new Error(`${where}: not a fee table (${problems})`);
}

const folded = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The zone of a route: the first `places` zone the destination names, else `same_city` when both ends name one
 * place, else the `domestic` zone. Undefined when the destination is unknown.
 */
export function zoneOf(table: FeeTable, route: { origin?: string; destination?: string }): FeeZone | undefined {
  const to = folded(route.destination ?? '');
  if (!to) return undefined;
  const named = table.zones.find((z) => z.match === 'places' && z.places.some((p) => to.includes(folded(p))));
  if (named) return named;
  const from = folded(route.origin ?? '');
  const same = from && (from.includes(to) || to.includes(from));
  return (
    (same ? table.zones.find((z) => z.match === 'same_city') : undefined) ??
    table.zones.find((z) => z.match === 'domestic')
  );
}

export interface ShippingQuote {
  zone: FeeZone;
  /** The weight charged: the larger of the actual and the volumetric weight, rounded up to the zone's steps. */
  chargedKg: number;
  surcharge: number;
  total: number;
}

/**
 * What a parcel of `weightKg` costs in a zone with a service; undefined when the zone prices only its first
 * weight and the parcel is heavier (the booking page quotes it).
 */
export function quoteShipping(
  table: FeeTable,
  zone: FeeZone,
  parcel: { weightKg: number; volumetricKg?: number; service?: string },
): ShippingQuote | undefined {
  const { firstKg, first, stepKg, perStep } = zone.rate;
  const weight = Math.max(parcel.weightKg, parcel.volumetricKg ?? 0);
  const surcharge = parcel.service ? (table.services[parcel.service] ?? 0) : 0;
  if (weight <= firstKg) return { zone, chargedKg: firstKg, surcharge, total: first + surcharge };
  if (stepKg === undefined || perStep === undefined) return undefined;
  // Steps are counted in thousandths of a kilogram, so 2.5 kg over 0.5 kg steps is 4 steps, not 4.000001.
  const steps = Math.ceil(Math.round((weight - firstKg) * 1000) / Math.round(stepKg * 1000));
  return { zone, chargedKg: firstKg + steps * stepKg, surcharge, total: first + steps * perStep + surcharge };
}

/** Volumetric weight in kg of a box of the given centimetres. */
export const volumetricKg = (table: FeeTable, cm: [number, number, number]): number =>
  (cm[0] * cm[1] * cm[2]) / table.volumetricDivisor;

/** What a change to a delivery costs, as far as the table says. */
export type ChangeFee =
  | { kind: 'hold'; freeDays: number; perDayAfter?: number }
  | { kind: 'redeliver'; fee: number; freeTimes: number; each: number }
  | {
      kind: 'change_address';
      fee: number | 'new_route';
      city: 'same' | 'other' | 'unknown';
      otherCity: number | 'new_route';
    }
  | { kind: 'expedite'; fee?: number }
  | { kind: 'unpriced' };

/**
 * The fee of a change of the given kind.
 * @param context `earlierRedeliveries`: redeliveries of this parcel already asked for (the first ones are free);
 *   `sameCity`: whether a new address is in the parcel's destination city (undefined: not known).
 */
export function changeFee(
  table: FeeTable,
  kind: DeliveryChangeKind,
  context: { earlierRedeliveries?: number; sameCity?: boolean } = {},
): ChangeFee {
  const { changes } = table;
  switch (kind) {
    case 'hold':
      return {
        kind,
        freeDays: changes.hold.freeDays,
        ...(changes.hold.perDayAfter !== undefined ? { perDayAfter: changes.hold.perDayAfter } : {}),
      };
    case 'redeliver': {
      const { freeTimes, each } = changes.redeliver;
      return { kind, fee: (context.earlierRedeliveries ?? 0) < freeTimes ? 0 : each, freeTimes, each };
    }
    case 'change_address': {
      const { sameCity, otherCity } = changes.change_address;
      if (context.sameCity === true) return { kind, fee: sameCity, city: 'same', otherCity };
      if (context.sameCity === false) return { kind, fee: otherCity, city: 'other', otherCity };
      return { kind, fee: sameCity, city: 'unknown', otherCity };
    }
    case 'expedite':
      return { kind, ...(changes.expedite.fee !== undefined ? { fee: changes.expedite.fee } : {}) };
    // The table has no line for a corrected waybill or a return: the knowledge files' rules say what they cost.
    case 'correct_label':
    case 'return_to_sender':
    case 'call_first':
      return { kind: 'unpriced' };
  }
}

/** An amount as the market writes it in a language ("17 元", "HK$30"). */
export function formatMoney(
  table: FeeTable,
  locale: 'zh-CN' | 'zh-TW' | 'en',
  amount: number,
  grouped = false,
): string {
  const pattern = table.money[locale] ?? table.money.en ?? Object.values(table.money)[0] ?? '{n}';
  const fixed = Number.isInteger(amount) ? String(amount) : amount.toFixed(1);
  // "30,000": a declared value is read more easily with its thousands marked.
  // (Our own amounts, never a customer's text: the lookahead's cost on long digit runs does not arise.)
  // eslint-disable-next-line regexp/no-super-linear-move
  const n = grouped ? fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fixed;
  return pattern.replace('{n}', n);
}

/**
 * The insurance fee on a declared value: the table's rate of it, rounded to the cent, at least its minimum.
 * @throws Error when the table has no insurance rate (callers check `table.insurance` first).
 */
export function insuranceFee(table: FeeTable, value: number): { fee: number; minimumApplied: boolean } {
  if (!table.insurance) throw new Error('this fee table has no insurance rate');
  const { rate, minimum = 0 } = table.insurance;
  const fee = Math.round(value * rate * 100) / 100;
  return fee < minimum ? { fee: minimum, minimumApplied: true } : { fee, minimumApplied: false };
}
