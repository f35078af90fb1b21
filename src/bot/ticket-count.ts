import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { parcelNamedInWords } from './parcel-in-words';
import { reply, say, type Turn } from './turn';

/**
 * "这是一个投诉单还是两个啊", "係咪要開兩張單？", "one ticket or two?" with two parcels in the chat (blind batch 43a: 10.5
 * was put into the complaint's account unanswered, 14.4 went unanswered): one ticket per parcel — this complaint is
 * about its parcel, and the other parcel's gets a ticket of its own once this one is filed.
 */
const ONE_OR_TWO =
  /\bone (ticket|complaint|case) or two\b|\b(two|2) (tickets|complaints)\b[^.?!]{0,12}\?|\bseparate (tickets|complaints) for (each|both|the two|them)\b|一个投诉单还是两个|一個投訴單還是兩個|一张还是两张|一張還是兩張|一个单还是两个|一個單還是兩個|(要|使)(开|開)(两|兩)(张|張)(单|單)|(开|開)(两|兩)(张|張)(单|單)(吗|嗎|呀|㗎|\?|？)/i;

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
  // (Another parcel named with the question — "YT… 这个也是 一个投诉单还是两个" — is taken by the other-parcel reading,
  // which holds its complaint for after this one and says so: a stranger's review of bde5fa0.)
  const others = turn.reading.entities.trackingNumbers.filter((t) => t.number !== number);
  const byPlace = parcelNamedInWords(turn);
  if (others.length > 0 || (byPlace && byPlace !== number)) return false;
  // (The other parcel is named only when its own complaint is held for after this one: nothing else is promised.)
  await reply(turn, oneTicketEach(turn, number, state.otherParcel));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
