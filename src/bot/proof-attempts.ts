import { VersionConflictError } from '../store/errors';
import type { Store } from '../store/store.port';
import { linkedParties, provesLink, type PartyRole } from '../tracking';
import type { Shipment } from '../tracking/records';
import type { ConversationData } from './turn';

/**
 * Limits on guessing the last 4 digits of a parcel's phones. Four digits are 10,000 guesses (two phones on a
 * waybill halve them), so a limit per conversation alone stops no one: a new chat costs one request. Wrong
 * answers are therefore counted per conversation and per parcel, across every conversation and channel.
 */
export const PROOF_LIMITS = {
  /** Wrong answers one conversation may give for one parcel (asking about the parcel again does not reset it). */
  perConversation: 3,
  /** Wrong answers for one parcel from everyone, within `windowHours`; then digits are not checked for it. */
  perParcel: 10,
  windowHours: 24,
} as const;

export type DigitsCheck = 'proved' | 'wrong' | 'locked';

/** Where a parcel's wrong answers are counted: a document of the bot's own state, shared by every process. */
const parcelKey = (trackingNumber: string) => `parcelcare/proof-misses/${trackingNumber}`;

/**
 * Checks digits offered as proof of a link to a parcel. Once either limit is reached the digits are not even
 * compared ('locked': the answer must not tell a right guess from a wrong one), until the wrong answers age out
 * of the window; the customer can still prove a link from a phone on the waybill, or ask for a person.
 */
export async function checkLastFour(
  store: Pick<Store, 'botState'>,
  data: ConversationData,
  shipment: Shipment,
  digits: string,
  now: Date,
): Promise<DigitsCheck> {
  const number = shipment.trackingNumber;
  if (await digitsLocked(store, data, number, now)) return 'locked';
  if (provesLink(shipment, { last4: digits })) return 'proved';
  data.proofMisses = { ...data.proofMisses, [number]: (data.proofMisses?.[number] ?? 0) + 1 };
  await countMiss(store, number, now);
  return 'wrong';
}

/** Remembers a parcel as proven by this conversation, and by whose phone (see `linkedParties`). */
export function markProved(data: ConversationData, trackingNumber: string, roles: readonly PartyRole[]): void {
  if (!data.verified.includes(trackingNumber)) data.verified = [...data.verified, trackingNumber];
  data.verifiedAs = { ...data.verifiedAs, [trackingNumber]: [...roles] };
}

/** Marks the parcel proven by digits `checkLastFour` accepted. */
export function markProvedByDigits(data: ConversationData, shipment: Shipment, digits: string): void {
  markProved(data, shipment.trackingNumber, linkedParties(shipment, { last4: digits }));
}

/** Whether digits for the parcel are refused: this conversation's or the parcel's wrong answers reached their limit. */
export async function digitsLocked(
  store: Pick<Store, 'botState'>,
  data: ConversationData,
  trackingNumber: string,
  now: Date,
): Promise<boolean> {
  if (!mayTryDigits(data, trackingNumber)) return true;
  const [stored] = await store.botState.read([parcelKey(trackingNumber)]);
  return recent(stored?.document, now).length >= PROOF_LIMITS.perParcel;
}

/** Whether this conversation may still offer digits for the parcel (its own limit; the parcel's is checked then). */
export function mayTryDigits(data: ConversationData, trackingNumber: string): boolean {
  return (data.proofMisses?.[trackingNumber] ?? 0) < PROOF_LIMITS.perConversation;
}

/** The parcel's wrong answers still inside the window. */
function recent(document: Record<string, unknown> | undefined, now: Date): string[] {
  const since = now.getTime() - PROOF_LIMITS.windowHours * 3_600_000;
  const at = Array.isArray(document?.at) ? (document.at as unknown[]) : [];
  return at.filter((t): t is string => typeof t === 'string' && Date.parse(t) >= since);
}

/** Adds a wrong answer to the parcel's count under its eTag, so that answers at once in several processes all count. */
async function countMiss(store: Pick<Store, 'botState'>, number: string, now: Date): Promise<void> {
  const key = parcelKey(number);
  for (let attempt = 0; ; attempt += 1) {
    const [stored] = await store.botState.read([key]);
    const at = [...recent(stored?.document, now), now.toISOString()];
    try {
      await store.botState.write(key, { at }, stored?.eTag);
      return;
    } catch (err) {
      if (!(err instanceof VersionConflictError) || attempt >= 20) throw err;
    }
  }
}
