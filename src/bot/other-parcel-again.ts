import { ruleOn } from './case-rules';
import { asksCountsAsLost } from './claim-evidence';
import { ASKS_LOST, lossAnswer } from './direct-answer';
import { ANSWERED_ASIDE, type IntakeState } from './intake-state';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { noteOtherParcel } from './second-issue';
import { reply, say, type Turn } from './turn';

/**
 * The other parcel spoken of again by no number ("第二个是我朋友寄的，寄件人尾号0000", "那第二个件到底算不算丢了？"), its
 * status already told (`otherParcel` is set where it was): its status is not told again.
 * - "is the second one lost?", "第二件算唔算遺失": answered from its record, with when the courier counts a parcel as
 *   lost — then the step again (blind batch 23: 11.5 heard only that nothing was filed yet);
 * - a statement about it ("…the second one was sent by a friend, sender ends 0000", "I want the goods, the second one
 *   paid for if lost"): what it tells of that parcel is kept for its complaint, and the rest of the message is read by
 *   the step — the phone, digits or demand in it are taken (11.3–11.4 heard the other's status instead).
 * Undefined for another question about it ("the other one? when does it come"): its status, as before.
 */
export async function otherParcelAgain(
  turn: Turn,
  state: IntakeState,
  number: string,
): Promise<'reprompt' | 'pass' | undefined> {
  const { text, services } = turn;
  if (ASKS_LOST.test(text) || asksCountsAsLost(text)) {
    const lookup = await lookUpParcel(services, number);
    if (lookup.kind !== 'found') return undefined;
    noteOtherParcel(turn, state, number);
    const rule = ruleOn(turn, 'countsAsLost', lookup);
    const answer = say(turn, 'intake.otherParcelLoss', {
      number,
      answer: withoutPointer(lossAnswer(turn, lookup.view)),
    });
    await reply(turn, [answer, rule].filter(Boolean).join('\n'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'reprompt';
  }
  if (asksQuestion(text)) return undefined;
  noteOtherParcel(turn, state, number);
  return 'pass';
}

// The record's answer points to a status shown below it ("(see below)", "（见下）"): here the status was told before.
const POINTER = /(?<!\s)\s*[（(][^()（）]*(below|见下|見下|睇下面)[)）]/gi;
const withoutPointer = (line: string): string => line.replace(POINTER, '');
