import { parse as parseCsv } from 'csv-parse/sync';
import type { DeclaredValue, Shipment } from './records';
import { shipmentSchema } from './shipment-lookup';

/** A line or row that could not be imported, with why. */
export interface ImportProblem {
  line: number;
  error: string;
}

export interface ParsedShipments {
  shipments: Shipment[];
  problems: ImportProblem[];
}

/**
 * CSV columns (one row per scan event; rows with the same tracking number make one shipment):
 * tracking_number, carrier, sender_name, sender_phone, sender_address, recipient_name, recipient_phone,
 * recipient_address, origin, destination, promised_date, event_time, event_place, event_status, event_description,
 * and optionally declared_value (a number), currency (three letters, CNY when empty) and insured (true/false), and
 * the English names for English replies: sender_name_en, sender_address_en, recipient_name_en,
 * recipient_address_en, origin_en, destination_en, event_place_en, event_description_en.
 */
export const CSV_COLUMNS = [
  'tracking_number',
  'carrier',
  'sender_name',
  'sender_phone',
  'sender_address',
  'recipient_name',
  'recipient_phone',
  'recipient_address',
  'origin',
  'destination',
  'promised_date',
  'event_time',
  'event_place',
  'event_status',
  'event_description',
  'declared_value',
  'currency',
  'insured',
  'sender_name_en',
  'sender_address_en',
  'recipient_name_en',
  'recipient_address_en',
  'origin_en',
  'destination_en',
  'event_place_en',
  'event_description_en',
] as const;

const clean = (value: string | undefined): string | undefined =>
  value && value.trim() !== '' ? value.trim() : undefined;
/** The non-empty ones of some optional columns, or nothing when all are empty. */
function present<K extends string>(values: Record<K, string | undefined>): Partial<Record<K, string>> | undefined {
  const kept = Object.entries(values).filter(([, v]) => clean(v as string | undefined) !== undefined);
  return kept.length > 0
    ? (Object.fromEntries(kept.map(([k, v]) => [k, clean(v as string)])) as Partial<Record<K, string>>)
    : undefined;
}

const party = (row: Record<string, string>, who: 'sender' | 'recipient') => {
  const en = present({ name: row[`${who}_name_en`], address: row[`${who}_address_en`] });
  return {
    ...present({ name: row[`${who}_name`], phone: row[`${who}_phone`], address: row[`${who}_address`] }),
    ...(en ? { en } : {}),
  };
};

function normaliseNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

/** A row's declared value, none when the column is empty, or what is wrong with it. */
function declaredValueOf(row: Record<string, string>): DeclaredValue | undefined | string {
  const value = clean(row.declared_value);
  if (value === undefined) return undefined;
  const amount = Number(value);
  if (!Number.isFinite(amount) || amount <= 0) return `declared_value "${value}" is not a positive amount`;
  const currency = (clean(row.currency) ?? 'CNY').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return `currency "${currency}" is not a three-letter code such as CNY`;
  const insured = (clean(row.insured) ?? 'false').toLowerCase();
  if (!['true', 'false', 'yes', 'no', '1', '0'].includes(insured)) return `insured "${insured}" is not true or false`;
  return { amount, currency, insured: ['true', 'yes', '1'].includes(insured) };
}

/** Reads JSON lines (one shipment object per line) or CSV (header row, one row per scan event). */
export function parseShipments(content: string, now: Date): ParsedShipments {
  const trimmed = content.replace(/^\uFEFF/, '').trimStart();
  return trimmed.startsWith('{') ? parseJsonLines(trimmed, now) : parseCsvRows(trimmed, now);
}

function parseJsonLines(content: string, now: Date): ParsedShipments {
  const shipments: Shipment[] = [];
  const problems: ImportProblem[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push({ line: index + 1, error: 'not valid JSON' });
      return;
    }
    const parsed = shipmentSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({
        line: index + 1,
        error: `${issue?.path.join('.') || 'shipment'}: ${issue?.message ?? 'invalid'}`,
      });
      return;
    }
    const { updatedAt, ...rest } = parsed.data;
    shipments.push({
      ...rest,
      trackingNumber: normaliseNumber(rest.trackingNumber),
      updatedAt: updatedAt ?? now.toISOString(),
    });
  });
  return { shipments, problems };
}

function parseCsvRows(content: string, now: Date): ParsedShipments {
  const problems: ImportProblem[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (err) {
    return { shipments: [], problems: [{ line: 0, error: `not readable CSV: ${(err as Error).message}` }] };
  }
  const byNumber = new Map<string, Shipment>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const number = clean(row.tracking_number);
    const carrier = clean(row.carrier);
    if (!number || !carrier) {
      problems.push({ line, error: 'tracking_number and carrier are required' });
      return;
    }
    const trackingNumber = normaliseNumber(number);
    let shipment = byNumber.get(trackingNumber);
    const declared = declaredValueOf(row);
    if (typeof declared === 'string') {
      problems.push({ line, error: declared });
      return;
    }
    if (!shipment) {
      const route = present({ origin: row.origin_en, destination: row.destination_en });
      shipment = {
        trackingNumber,
        carrier,
        sender: party(row, 'sender'),
        recipient: party(row, 'recipient'),
        origin: clean(row.origin) ?? '',
        destination: clean(row.destination) ?? '',
        ...(route ? { en: route } : {}),
        ...(clean(row.promised_date) ? { promisedDate: clean(row.promised_date) } : {}),
        ...(declared ? { declaredValue: declared } : {}),
        events: [],
        updatedAt: now.toISOString(),
      };
      byNumber.set(trackingNumber, shipment);
    }
    const time = clean(row.event_time);
    if (time) {
      const at = new Date(time);
      if (Number.isNaN(at.getTime())) {
        problems.push({ line, error: `event_time "${time}" is not a date-time` });
        return;
      }
      const scanEn = present({ place: row.event_place_en, description: row.event_description_en });
      shipment.events.push({
        at: at.toISOString(),
        place: clean(row.event_place) ?? '',
        status: clean(row.event_status) ?? 'in_transit',
        ...(clean(row.event_description) ? { description: clean(row.event_description) } : {}),
        ...(scanEn ? { en: scanEn } : {}),
      });
    }
  });
  for (const shipment of byNumber.values()) shipment.events.sort((a, b) => a.at.localeCompare(b.at));
  return { shipments: [...byNumber.values()], problems };
}
