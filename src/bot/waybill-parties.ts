import type { Locale } from '../nlu';
import type { Shipment } from '../tracking/records';
import { linkedParties, type PartyRole } from '../tracking';
import { verifiedPhones } from './customer-directory';
import type { ReplyVars } from './replies';
import { maskedName, shipmentIn } from './shipment-text';
import { say, type Turn } from './turn';

/**
 * The names and addresses on a waybill, as the reader of `locale` should see them. Four digits of a phone prove a
 * link to one party, not a right to the other's data: the party whose phone was proved is shown in full (their own
 * name and address, to check), the other only by a masked name and their city (unknown party: both so).
 */
export function detailsOf(locale: Locale, shipment: Shipment, proved: readonly PartyRole[]): ReplyVars {
  const text = shipmentIn(locale, shipment).shipment;
  const city: Record<PartyRole, string> = { sender: text.origin, recipient: text.destination };
  const party = (role: PartyRole) => {
    const { name, address } = text[role];
    if (proved.includes(role)) return { name: name ?? '—', address: address ?? '—' };
    return { name: name ? maskedName(name) : '—', address: city[role] || '—' };
  };
  const sender = party('sender');
  const recipient = party('recipient');
  return {
    senderName: sender.name,
    senderAddress: sender.address,
    recipientName: recipient.name,
    recipientAddress: recipient.address,
  };
}

/** The waybill's parties as the customer may see them, when they proved a link to the parcel (else undefined). */
export function partiesShown(turn: Turn, shipment: Shipment, number: string): string | undefined {
  const byIdentity = linkedParties(shipment, { phones: verifiedPhones(turn.customer) });
  if (!turn.data.verified.includes(number) && byIdentity.length === 0) return undefined;
  const roles = turn.data.verifiedAs?.[number] ?? byIdentity;
  return say(turn, 'trackDetails', detailsOf(turn.locale, shipment, roles));
}
