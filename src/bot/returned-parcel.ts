import { deliveryChangeKind } from './delivery-change-reading';
import { lookUpParcel } from './parcel-answer';
import type { BotServices } from './services';
import { wantsToComplain } from './start-intake';
import type { Turn } from './turn';

/**
 * A parcel on its way back to its sender, or back there ("send it to me again", "再派一次", "重新寄畀我"): the
 * customer's wish to have it again is a change to its delivery — taken down like any other, with the condition
 * that the sender must not have it back yet said when it is recorded — not a complaint to file.
 */

/** The parcel's record shows it going back (or gone back) to its sender. */
export async function goingBackToSender(services: BotServices, number: string): Promise<boolean> {
  const lookup = await lookUpParcel(services, number);
  return lookup.kind === 'found' && lookup.view.anomalies.includes('returned');
}

/**
 * The message asks to have a returned parcel brought to the customer again (redelivered, or to an address), and
 * does not say outright that it is a complaint.
 */
export async function asksToResendReturned(turn: Turn): Promise<boolean> {
  const { reading, text, data, services } = turn;
  if (!['complaint', 'other', 'track', 'change_delivery'].includes(reading.intent) || wantsToComplain(text))
    return false;
  // Words that ask for it ("再寄过来", "send it again"), not a day alone: "我这周一直在家" tells where the customer was.
  const kind = deliveryChangeKind(text, { entities: { ...reading.entities, dates: [] } });
  if (kind !== 'redeliver' && kind !== 'change_address') return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  return number !== undefined && (await goingBackToSender(services, number));
}
