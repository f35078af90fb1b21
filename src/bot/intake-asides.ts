import { handleFaq, handleTicketStatus, handleVerification, volunteeredLastFour } from './handlers';
import { reply, say, type Turn } from './turn';
import { ANSWERED_ASIDE, INTAKE_TRACKING_PROMPT, type IntakePosition } from './intake-state';
import { lookupProblem, lookUpParcel, statusLines } from './parcel-answer';

const QUESTION =
  /[?？]|\b(why|where|when|what)\b|为什么|為什麼|点解|點解|哪里|哪裡|邊度|几时|幾時|什么时候|什麼時候|怎么回事|怎麼回事|[吗嗎][?？]?\s*$/i;

/**
 * Answers what a message asks in the middle of a complaint intake, before the intake goes on: a FAQ or a
 * ticket-status question (then the step is asked again), and any parcel the message names or asks about
 * (its status first, then the step reads the message as usual). The tracking step's own answer is left to it.
 * @returns 'reprompt' when the message was only that question, 'continue' when the step should read it too.
 */
export async function answerAside(turn: Turn, position: IntakePosition): Promise<'reprompt' | 'continue'> {
  const { reading, services, locale } = turn;
  if (reading.intent.startsWith('faq.')) {
    await handleFaq(turn, reading.intent as Parameters<typeof handleFaq>[1]);
    return 'reprompt';
  }
  if (reading.intent === 'ticket_status') {
    await handleTicketStatus(turn);
    return 'reprompt';
  }
  if (position.prompt === INTAKE_TRACKING_PROMPT) return 'continue';
  const { state } = position;
  // Proof of a link to the parcel, offered unasked: checked and acknowledged, then the step is asked again.
  const parcel = state.trackingNumbers[0];
  const digits = parcel ? volunteeredLastFour(turn) : undefined;
  if (parcel && digits) {
    await handleVerification(turn, digits, parcel);
    return 'reprompt';
  }
  const valid = reading.entities.trackingNumbers[0]?.number;
  const mistyped = reading.entities.invalidTracking[0]?.number;
  const known = QUESTION.test(turn.text) ? state.trackingNumbers[0] : undefined;
  const lookup = valid
    ? await lookUpParcel(services, valid)
    : mistyped
      ? ({ kind: 'invalid', number: mistyped } as const)
      : known
        ? await lookUpParcel(services, known)
        : undefined;
  if (!lookup) return 'continue';
  if (lookup.kind === 'found') {
    await reply(turn, statusLines(services, locale, lookup).join('\n'));
    if (state.trackingNumbers.length === 0) {
      state.trackingNumbers = [lookup.number];
      state.trackingSkipped = false;
    }
    if (lookup.view.daysLate > 0) state.facts.daysLate ??= lookup.view.daysLate;
  } else {
    await reply(turn, lookupProblem(services, locale, lookup) ?? say(turn, 'trackUnavailable'));
  }
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  // "Where is it now?" was the whole message: ask the step's question again.
  return reading.intent === 'track' ? 'reprompt' : 'continue';
}
