import { offerChoice } from './offered-choice';
import { asksQuestion } from './message-cues';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "那我可以直接去上海的轉運中心拿嗎", "can I collect it from the sorting centre myself?", "我去分拨中心自取行不行": a
 * transit hub is no pickup point. The customer hears so honestly, and what can be done instead — a hold at the
 * delivery station — offered, never a redelivery taken down (issue #17, blind batch 26: 24.2).
 */

// A hub, transit or sorting centre: "转运中心", "分撥中心", "集散中心", "中轉場", "sorting hub", "transit center" — not a
// bare "the depot", which customers call the local station that holds parcels (hold-called-off-for-a-time.conversation.ts).
const HUB =
  /[转轉][运運](中心|站|场|場)|中[转轉](站|场|場|中心)|分[拨撥拣揀](中心|场|場)|集散(中心|地|点|點)|\b(sorting|transit|transfer|distribution|processing)\s(hub|cent(?:er|re)|depot|facility|warehouse)s?\b|\b(the|your|a)\shub\b/i;
// Collecting it oneself: "自取", "自提", "亲自", "去…拿", "過去攞", "自己拎", "collect", "pick it up", "get it from" — not a
// bare 提 or 取 inside other words ("提供一下原因", "取消").
const COLLECT =
  /自取|自提|亲自|親自|(?:自己|去|過去|过去|嚟|來|来)[^，。,.?？!！]{0,10}?(?:拿|取(?!消)|领|領|攞|拎)|\b(collect|pick(?:ing)?\s(?:it\s|them\s)?up|pick-?up|get\s(?:it|them)\s(?:from|at)|come\s(?:and|to)\s(?:get|collect))\b/i;
// Asked whether it can be done: a question, or "can I / 可以 / 可唔可以 / 能".
const CAN = /可以|可唔可以|可不可以|能不能|能否|得唔得|行不行|行唔行|\bcan\b|\bcould\b|\bmay\b|\bpossible\b/i;

/** The message asks to collect a parcel at a hub or transit centre. */
export const asksHubPickup = (text: string): boolean =>
  HUB.test(text) && COLLECT.test(text) && (asksQuestion(text) || CAN.test(text));

/**
 * Answers a request to collect a parcel at a hub: not possible, and the hold at the delivery station offered (its
 * button says it in the customer's words, so that taking it is a request for the hold).
 * @returns false when the message asks no such thing.
 */
export async function answerHubPickup(turn: Turn): Promise<boolean> {
  if (!asksHubPickup(turn.text)) return false;
  noteOutcome(turn.context, 'answered');
  // (The parcel named is the one a hold taken next is for.)
  const named = turn.reading.entities.trackingNumbers[0]?.number;
  if (named) turn.data.lastTracking = named;
  const hold = say(turn, 'hub.holdChoice');
  await reply(turn, say(turn, 'hub.notPickup'), [{ title: hold, value: hold }]);
  // ("Shall I arrange that?" — "yes": the hold, as its button asks for it.)
  offerChoice(turn, hold);
  return true;
}
