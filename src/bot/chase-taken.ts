import { besideDigits } from './digits-beside';
import { readDeliveryChange } from './delivery-change-reading';
import { filesComplaint, handleDeliveryChange } from './delivery-change-turn';
import { asksQuestion } from './message-cues';
import { takesChaseOffered } from './speed-up';
import type { Turn } from './turn';
import type { DeliveryChangeDraft } from './delivery-change-reading';

/**
 * The last 4 digits sent right after the bot offered to have the station chase a parcel standing still — the offer
 * asked for them (issue #17, blind batch 22: 13.4 "我是收的人 电话最后是7777", 05.3 "yeah I'm the recipient 7777",
 * 24.3 "寄件人 8888"): the chase is taken and recorded on the parcel they proved, not a complaint opened nor the
 * names shown and the offer dropped. A complaint asked for in the same message, or a question beside the digits
 * that is not the chase, is left to the usual handling.
 * @param parcel the parcel the digits were checked against.
 * @returns whether the chase was taken.
 */
export async function takeChaseOnProof(turn: Turn, parcel: string | undefined, digits: string): Promise<boolean> {
  const { data } = turn;
  const chase = data.offeredChase;
  if (!chase || chase !== parcel || !data.verified.includes(chase) || filesComplaint(turn.text)) return false;
  const rest = besideDigits(turn.text, digits);
  if (rest && asksQuestion(rest) && !takesChaseOffered(rest)) return false;
  data.offeredChase = undefined;
  // The message the offer answered is the request's own words: "I need it before Friday, contact me on 139…" is the
  // day it is needed by and the phone to reach them on, kept with the chase (review of #17). (Recorded as asked-for
  // proof: the digits are no words of the request.)
  const said = data.offeredChaseWords?.trim();
  data.offeredChaseWords = undefined;
  const { nlu, clock } = turn.services;
  const details = said
    ? readDeliveryChange(said, nlu.analyze(said, clock.now(), turn.locale), { kind: 'expedite' }).details
    : {};
  data.deliveryChange = {
    details,
    words: said ? [said] : [],
    kind: 'expedite',
    trackingNumber: chase,
    asked: 'last4',
  };
  await handleDeliveryChange(turn);
  return true;
}

/**
 * The chase the bot offered, taken by its button or a yes ("Speed it up", "加急处理", "ok chase it"): the request's
 * words are the message the offer answered — "I need it by Friday, reach me on 139…" is the day it is needed by and
 * the phone to call, not asked for again (issue #17). Nothing given there: the chase asks for it once, as before.
 */
export function chaseFromOffer(turn: Turn, chase: string): DeliveryChangeDraft {
  const said = turn.data.offeredChaseWords?.trim();
  turn.data.offeredChaseWords = undefined;
  const { nlu, clock } = turn.services;
  const details = said
    ? readDeliveryChange(said, nlu.analyze(said, clock.now(), turn.locale), { kind: 'expedite' }).details
    : {};
  return { details, words: said ? [said] : [], kind: 'expedite', trackingNumber: chase };
}
