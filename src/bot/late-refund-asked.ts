import { noteOutcome } from './turn-outcome';
import { lateRefundAnswer } from './late-refund';
import { lookUpParcel } from './parcel-answer';
import { parcelQuestionIn } from './parcel-facts';
import { reply, say, type Turn } from './turn';

/**
 * "Could I have the postage paid back since it's this late?", "都晚了这么久，运费能退给我吗？", "遲咗咁耐，運費可唔可以退返
 * 俾我？" about the conversation's parcel, outside a complaint (issue #17, open item, session 30: after a hold was
 * arranged it heard the hold's fee; in Cantonese the return postage rule; in Mandarin a complaint was opened with the
 * question unanswered): money back for lateness is the delay rule of the claim rules, and for a parcel past its
 * promise the offer of a delay complaint, where the refund is asked for.
 * @returns false when the message asks nothing of what lateness gives back, or there is no parcel in the chat.
 */
export async function answerLateRefundAsked(turn: Turn): Promise<boolean> {
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  if (!number) return false;
  // ("3 days overdue, what happened? will I be compensated?" asks the cause too: the complaint's start answers both.)
  if (parcelQuestionIn(turn.text) === 'why') return false;
  const rule = await lateRefundAnswer(turn, number);
  if (!rule) return false;
  noteOutcome(turn.context, 'answered');
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || lookup.view.daysLate <= 0) {
    await reply(turn, rule);
    return true;
  }
  turn.data.lastTracking = number;
  turn.data.suggestedCategory = 'delay';
  turn.data.suggestedByCustomer = undefined;
  // ("Shall I file a delay complaint …?" — "yes": that complaint, as the offer under a parcel's status is taken.)
  turn.data.offeredComplaint = number;
  const complain = say(turn, 'choice.complain');
  await reply(turn, `${rule}\n${say(turn, 'lateRefund.offer', { number })}`, [
    { title: complain, value: `${complain} ${number}` },
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
  return true;
}
