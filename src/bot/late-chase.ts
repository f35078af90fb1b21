import { handleDeliveryChange } from './delivery-change-turn';
import { lookUpParcel } from './parcel-answer';
import { chaseNamedFor } from './speed-up';
import type { Turn } from './turn';

/**
 * "帮我催一下 SF…", "please chase it", "唔該催下佢" about a parcel that is late or stands still, with no complaint open
 * (issue #17): the chase the courier offers for such a parcel — a speed-up request to the station, asked for proof as
 * every delivery change is — rather than a complaint form or only its status. Urging alone ("hurry up", "快点") about a
 * late parcel keeps its answer (speed-up.ts: the status and a delay complaint offered).
 * @returns whether the message was such a request (the chase taken in hand).
 */
export async function chaseNamedParcel(turn: Turn): Promise<boolean> {
  const { data, reading, services, text } = turn;
  // (The chase the bot just offered is taken by its own path, with the words its offer answered: chase-taken.ts.)
  if (data.offeredChase || text.trim().length > 60) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number) return false;
  const lookup = await lookUpParcel(services, number);
  if (lookup.kind !== 'found' || !chaseNamedFor(text, lookup)) return false;
  data.lastTracking = number;
  data.deliveryChange = { details: {}, words: [text.trim()], kind: 'expedite', trackingNumber: number };
  await handleDeliveryChange(turn);
  return true;
}
