import { scriptConverter } from './chinese-script';
import type { Locale } from '../nlu';
import type { Party, ScanEvent, Shipment } from '../tracking/records';

/**
 * A shipment's names and notes (places, route, people, the courier's remarks) as a reader of one locale should
 * see them: English from the record's `en` fields, Chinese in the reader's script. What the record has no
 * English for stays as the courier wrote it — `untranslated` tells which notes those are, so a reply can say so.
 */
export interface ShipmentText {
  shipment: Shipment;
  /** Notes (scan descriptions) left in the courier's own language for an English reader. */
  untranslated: ReadonlySet<string>;
}

// Shipment data is mostly written in one Chinese script; each Chinese reader gets theirs.
const TO_SCRIPT: Partial<Record<Locale, (text: string) => string>> = {
  'zh-TW': scriptConverter('cn', 'tw'),
  'zh-CN': scriptConverter('tw', 'cn'),
};

const CJK = /[\u3400-\u9fff]/;

function partyIn(party: Party, convert: (text: string) => string, english: boolean): Party {
  const name = english ? (party.en?.name ?? party.name) : party.name;
  const address = english ? (party.en?.address ?? party.address) : party.address;
  return {
    ...party,
    ...(name !== undefined ? { name: convert(name) } : {}),
    ...(address !== undefined ? { address: convert(address) } : {}),
  };
}

/**
 * One scan's place and note for a reader of `locale`; a note left in Chinese for an English reader is added to
 * `untranslated` when given.
 */
export function scanIn(locale: Locale, event: ScanEvent, untranslated?: Set<string>): ScanEvent {
  const english = locale === 'en';
  const convert = TO_SCRIPT[locale] ?? ((text: string) => text);
  const description = english ? (event.en?.description ?? event.description) : event.description;
  if (english && description && CJK.test(description)) untranslated?.add(description);
  return {
    ...event,
    place: convert(english ? (event.en?.place ?? event.place) : event.place),
    ...(description !== undefined ? { description: convert(description) } : {}),
  };
}

/** The shipment's text for a reader of `locale`. */
export function shipmentIn(locale: Locale, shipment: Shipment): ShipmentText {
  const english = locale === 'en';
  const convert = TO_SCRIPT[locale] ?? ((text: string) => text);
  const untranslated = new Set<string>();
  const events = shipment.events.map((event) => scanIn(locale, event, untranslated));
  return {
    shipment: {
      ...shipment,
      origin: convert(english ? (shipment.en?.origin ?? shipment.origin) : shipment.origin),
      destination: convert(english ? (shipment.en?.destination ?? shipment.destination) : shipment.destination),
      sender: partyIn(shipment.sender, convert, english),
      recipient: partyIn(shipment.recipient, convert, english),
      events,
    },
    untranslated,
  };
}

const CJK_NAME = /^[\u3400-\u9fff]+$/;

/**
 * A name as someone who is not that person may see it on a parcel: a Chinese name keeps the family name (王＊), a
 * Latin one its first word and the initials of the rest (Wang F.), the way couriers print names on receipts. The
 * full-width ＊ is not Markdown: two masked names in one Web Chat or Teams message stay text, not emphasis.
 */
export function maskedName(name: string): string {
  const trimmed = name.trim();
  if (CJK_NAME.test(trimmed)) return trimmed.slice(0, 1) + '＊'.repeat(Math.max(1, [...trimmed].length - 1));
  const [first, ...rest] = trimmed.split(/\s+/);
  if (!first) return '＊';
  if (rest.length === 0) return `${first.slice(0, 1)}.`;
  return [first, ...rest.map((word) => `${word.slice(0, 1)}.`)].join(' ');
}
