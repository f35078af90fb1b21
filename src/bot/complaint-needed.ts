import { lookUpParcel, ANOMALY_CATEGORY } from './parcel-answer';
import { wantsToComplain } from './complaint-words';
import { refersToEarlierComplaint } from './message-cues';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "噉即係要再投訴先退得？我唔想搞咁多嘢喇", "so I have to file a complaint to get that?", "是不是要投诉才能退": whether a
 * complaint is what it takes, asked — yes, said plainly, with what filing one here takes and the complaint offered; never
 * a complaint opened on the question (issue #17, blind batch 46a: 15.3 started taking one down with a refund in it).
 */

// Whether a complaint is needed, asked ("要投訴先得?", "使唔使投訴", "是不是要投诉才", "do I have to complain").
const NEEDED =
  /要(再)?(投訴|投诉|客訴|客诉|申訴|申诉)(先|才)|(是不是|係咪|系咪|是否|使唔使|使不使|需不需要|需唔需要|要不要|要唔要)(要)?(再)?(投訴|投诉|客訴|客诉|申訴|申诉)|\b(do|would|must|will) (i|we) (have|need) to (file|make|lodge|put in|raise|submit) (a |another )?(complaint|claim)\b|\b(do|would|must) (i|we) (have|need) to complain\b|\bonly if (i|we) (file|make|lodge) (a )?complaint\b/i;

// Money back is what it is needed for: "退得", "赔", "refund", "compensation" (a change of delivery or a loss's claim
// rules are answered elsewhere — a stranger's review of session 46).
const MONEY_BACK = /退|赔|賠|refund|compensat\w*|money back|paid back|get (it|that|anything) back/i;
const NOT_FOR_THIS = /改|地址|時間|时间|丢|丟|遗失|遺失|唔見|\b(address|lost|time|day)\b/i;

/** The message asks whether a complaint is needed for money back, and asks for none. */
export const asksIfComplaintNeeded = (text: string): boolean =>
  NEEDED.test(text) && !NOT_FOR_THIS.test(text) && !wantsToComplain(text.replace(NEEDED, ' '));

/**
 * Answers "do I have to file a complaint for that?" about the conversation's parcel.
 * @returns false when the message asks no such thing, or no parcel is in the chat.
 */
export async function answerComplaintNeeded(turn: Turn): Promise<boolean> {
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  if (!number || !asksIfComplaintNeeded(turn.text)) return false;
  // (The money asked about in this message, or in the rule on it just answered; never of a complaint already made.)
  const money = MONEY_BACK.test(turn.text) || turn.data.lastFaq === 'faq.claim';
  if (!money || refersToEarlierComplaint(turn.text)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return false;
  const anomaly = lookup.view.anomalies[0];
  turn.data.lastTracking = number;
  turn.data.suggestedCategory = (anomaly ? ANOMALY_CATEGORY[anomaly] : undefined) ?? turn.reading.category ?? 'other';
  turn.data.suggestedByCustomer = undefined;
  // (A "yes" next takes the complaint offered, as an offer under a parcel's status is taken.)
  turn.data.offeredComplaint = number;
  noteOutcome(turn.context, 'answered');
  const complain = say(turn, 'choice.complain');
  await reply(turn, say(turn, 'complaintNeeded', { number }), [
    { title: complain, value: `${complain} ${number}` },
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
  return true;
}
