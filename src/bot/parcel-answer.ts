import type { TurnContext } from 'botbuilder-core';
import type { ComplaintCategory, Entities, Locale } from '../nlu';
import { findTrackingNumbers, letterOFixed } from '../nlu/entities/tracking';
import type { ChannelId } from '../conversations/records';
import { recordTrackingQuestion } from '../proactive/tracking-questions';
import type { ScanEvent, Shipment } from '../tracking/records';
import { describeShipment, type ShipmentView } from '../tracking';
import type { Register, ReplyKey } from './replies';
import type { BotServices } from './services';
import { shipmentIn } from './shipment-text';

/** What looking up the parcel a message names found. */
export type ParcelLookup =
  | { kind: 'found'; number: string; shipment: Shipment; view: ShipmentView }
  | { kind: 'unknown' | 'invalid' | 'unavailable'; number: string };

/** The complaint a tracking anomaly points to, when the customer has not said what is wrong. */
export const ANOMALY_CATEGORY: Record<string, ComplaintCategory> = {
  past_promised_date: 'delay',
  no_scan_48h: 'info_error',
  returned: 'other',
};

/**
 * The complaint a parcel's record points to when the customer names no kind of problem: a loss for one the courier
 * cannot account for past its promise (an exception scan, late — the bot says it is treated as possibly lost), else
 * its first anomaly's (`ANOMALY_CATEGORY`); undefined when the record shows nothing wrong.
 */
export function recordCategory(view: ShipmentView): ComplaintCategory | undefined {
  if (view.status === 'exception' && view.anomalies.includes('past_promised_date')) return 'lost';
  const anomaly = view.anomalies[0];
  return anomaly ? ANOMALY_CATEGORY[anomaly] : undefined;
}

/** Looks up one tracking number; a lookup failure is reported as `unavailable`, never as an unknown number. */
export async function lookUpParcel(services: BotServices, number: string): Promise<ParcelLookup> {
  let shipment;
  try {
    shipment = await services.shipments.find(number);
  } catch (err) {
    services.logger.warn({ err, number }, 'shipment lookup failed');
    return { kind: 'unavailable', number };
  }
  if (!shipment) return { kind: 'unknown', number };
  return { kind: 'found', number, shipment, view: describeShipment(shipment, services.clock.now()) };
}

/** The first parcel a message names: a valid number first, else one that fails its check digit. */
export async function parcelNamedIn(
  services: BotServices,
  entities: Pick<Entities, 'trackingNumbers' | 'invalidTracking'>,
): Promise<ParcelLookup | undefined> {
  const valid = entities.trackingNumbers[0]?.number;
  if (valid) return lookUpParcel(services, valid);
  const invalid = entities.invalidTracking[0]?.number;
  return invalid ? { kind: 'invalid', number: invalid } : undefined;
}

/**
 * The courier's own note on the parcel's latest problem scan, in the reader's language and script ("Why was it
 * returned?" — "the recipient's address could not be delivered to"), or undefined when none is recorded.
 */
export function recordedReason(locale: Locale, shipment: Shipment): string | undefined {
  const problem = [...shipment.events].reverse().find((e) => e.status === 'exception' && e.description);
  if (!problem) return undefined;
  return (
    shipmentIn(locale, shipment).shipment.events[shipment.events.indexOf(problem)]?.description ?? problem.description
  );
}

/**
 * Where the parcel is, in the customer's words: status and last scan, the promised date, what looks wrong
 * (late, stalled, returned) and the reason the courier recorded for a problem or a return.
 */
export function statusLines(
  services: BotServices,
  locale: Locale,
  found: ParcelLookup & { kind: 'found' },
  register?: Register,
): string[] {
  const { number, shipment, view } = found;
  const t = (key: ReplyKey, vars?: Record<string, string | number>) => services.replies.t(locale, key, vars, register);
  // Places, route and the courier's notes in the reader's language and script.
  const local = shipmentIn(locale, shipment);
  const inReader = (scan: ScanEvent) => local.shipment.events[shipment.events.indexOf(scan)] ?? scan;
  const lastScan = view.lastScan ? inReader(view.lastScan) : undefined;
  const lines = [
    lastScan
      ? t('trackStatus', {
          number,
          origin: local.shipment.origin,
          destination: local.shipment.destination,
          status: t(`status.${view.status}` as ReplyKey),
          scanTime: services.replies.dateTime(locale, lastScan.at, services.timeZone),
          scanPlace: lastScan.place,
        })
      : `${number}: ${t('trackNoScans')}`,
  ];
  if (view.promisedDate && !view.delivered)
    lines.push(t('trackPromised', { date: services.replies.day(locale, view.promisedDate) }));
  for (const anomaly of view.anomalies) lines.push(t(`anomaly.${anomaly}` as ReplyKey, { days: view.daysLate }));
  // A note the record has only in Chinese is quoted as such in an English reply, not passed off as English.
  const note = (text: string) => (local.untranslated.has(text) ? 'Original' : '') as '' | 'Original';
  // "Why was it returned?": the courier's own note on the latest problem scan answers it.
  const reason = recordedReason(locale, shipment);
  if (reason && view.anomalies.length > 0) lines.push(t(`trackReason${note(reason)}`, { reason }));
  // "Who signed for it?": the delivery scan's note says.
  if (view.delivered && lastScan?.description)
    lines.push(t(`trackDeliveredNote${note(lastScan.description)}`, { note: lastScan.description }));
  return lines;
}

/** The parcels this turn has answered a tracking question about (each is recorded once per turn). */
const ANSWERED_PARCELS = Symbol('answeredParcels');

/**
 * A tracking answer: the status lines of `statusLines`, and the answer recorded as a tracking question for the
 * deflection KPI (when, which parcel, which channel, its open anomaly and notice; never the words or the customer)
 * — once per parcel and turn, however many places in the turn tell the status.
 */
export async function trackingAnswer(
  services: BotServices,
  context: TurnContext,
  locale: Locale,
  found: ParcelLookup & { kind: 'found' },
  register?: Register,
): Promise<string[]> {
  const answered: Set<string> = context.turnState.get(ANSWERED_PARCELS) ?? new Set<string>();
  context.turnState.set(ANSWERED_PARCELS, answered);
  if (!answered.has(found.number)) {
    answered.add(found.number);
    const channel =
      services.directory.known(context)?.conversation.channel ?? (context.activity.channelId as ChannelId);
    await recordTrackingQuestion(services.store, {
      trackingNumber: found.number,
      channel,
      askedAt: services.clock.now().toISOString(),
      delivered: found.view.delivered,
    });
  }
  return statusLines(services, locale, found, register);
}

/**
 * A number of another country's post (a valid UPU S10 number not of China's post — "LX483920172GB" is Royal Mail's):
 * said to be that post's, with where to follow it, rather than "please check the number" (blind batch 42a 01.4 was
 * told to check a right number three times). Undefined for any other number.
 */
export function foreignPostNote(
  services: BotServices,
  locale: Locale,
  number: string,
  register?: Register,
): string | undefined {
  const [match] = findTrackingNumbers(number);
  if (!match || match.carrier !== 'upu' || !match.valid) return undefined;
  const code = match.number.slice(-2).toUpperCase();
  const country = new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  return services.replies.t(locale, 'track.foreignPost', { number: match.number, country }, register);
}

/** Why a number cannot be taken, as a reply: mistyped, not found, or tracking is down. */
export function lookupProblem(
  services: BotServices,
  locale: Locale,
  lookup: ParcelLookup,
  register?: Register,
): string | undefined {
  switch (lookup.kind) {
    case 'invalid': {
      // ("SF22104788321O6": a letter O among the digits — the zero suggested.)
      const fixed = letterOFixed(lookup.number);
      return fixed
        ? services.replies.t(locale, 'trackLetterO', { number: lookup.number, fixed }, register)
        : services.replies.t(locale, 'trackInvalid', { number: lookup.number }, register);
    }
    case 'unknown':
      return (
        foreignPostNote(services, locale, lookup.number, register) ??
        services.replies.t(locale, 'trackUnknown', { number: lookup.number }, register)
      );
    case 'unavailable':
      return services.replies.t(locale, 'trackUnavailable', {}, register);
    default:
      return undefined;
  }
}

/** What a ticket records from the shipment: carrier, parties, the station of the last scan and the route. */
export function shipmentFields({ shipment, view }: { shipment: Shipment; view: ShipmentView }) {
  return {
    carrier: shipment.carrier,
    sender: shipment.sender,
    recipient: shipment.recipient,
    ...(view.lastScan ? { station: view.lastScan.place } : {}),
    route: `${shipment.origin}→${shipment.destination}`,
  };
}
