import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "这是一个投诉单还是两个啊", "係咪要開兩張單？", "one ticket or two?" with two parcels in the chat (blind batch 43a: 10.5
 * was put into the complaint's account unanswered, 14.4 went unanswered): one ticket per parcel — this complaint is
 * about its parcel, and the other parcel's gets a ticket of its own once this one is filed.
 */
const ONE_OR_TWO =
  /\bone (ticket|complaint|case) or two\b|\b(two|2|separate) (tickets|complaints|cases)\b|\b(same|one) (ticket|complaint)( for both)?\b[^.?!]{0,20}\?|一个投诉单还是两个|一個投訴單還是兩個|一张还是两张|一張還是兩張|(开|開)(两|兩|2)(张|張|个|個)(单|單|投诉|投訴)|(两|兩)(张|張|个|個)(单|單|投诉单|投訴單)|(分开|分開|一起|一齊)(投诉|投訴|登记|登記|開單|开单)(吗|嗎|呀|㗎)?|一个单还是两个|一個單還是兩個/i;

/** The message asks whether its parcels make one ticket or two. */
export const asksOneOrTwoTickets = (text: string): boolean => ONE_OR_TWO.test(text);

/** The answer for the complaint's parcel and, when known, the other parcel spoken of. */
export const oneTicketEach = (turn: Turn, number: string, other: string | undefined): string =>
  other && other !== number
    ? say(turn, 'intake.oneTicketEachOther', { number, other })
    : say(turn, 'intake.oneTicketEach', { number });

/** In a complaint being taken down: answered, then the step again. @returns whether it answered. */
export async function answerOneOrTwoInIntake(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const number = state.trackingNumbers[0];
  if (!number || !asksOneOrTwoTickets(turn.text)) return false;
  // (The other parcel is named only when its own complaint is held for after this one: nothing else is promised.)
  await reply(turn, oneTicketEach(turn, number, state.otherParcel));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
