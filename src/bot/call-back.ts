import type { IntakeState } from './intake-state';
import { say, type Turn } from './turn';
import { CALL_ASKED } from './call-words';

// "today", "今天", "今日", "tonight": when.
const TODAY = /\btoday\b|\btonight\b|\bthis (afternoon|evening|morning)\b|今天|今日|今晚|今晚|今个|今個/i;

/** What the hand-off tells the agent and the customer of a phone call asked for, if one was. */
export interface CallBack {
  /** Added to the hand-off's reason, which the agent sees on the ticket. */
  note: string;
  /** Said to the customer after the hand-off's own reply. */
  line: string;
}

/**
 * "I want someone to actually call me back today" with a request for a person (issue #17, batch 9 P3): the ticket
 * says a phone call is wanted (and when), and the customer hears so — on which number, by its last digits, when we
 * have theirs; else that the number to call can be sent here, where it goes on the ticket (`handoff-turn.ts` adds a
 * phone written while waiting). Nothing is promised of when the call comes: that is the agent's to say.
 */
export function callBackAsked(turn: Turn, intake?: IntakeState): CallBack | undefined {
  const { text } = turn;
  if (!CALL_ASKED.test(text)) return undefined;
  const today = TODAY.test(text);
  const phone = intake?.contact?.phone ?? turn.customer.phone;
  const when = today ? say(turn, 'human.callBackToday') : '';
  const line = phone
    ? say(turn, 'human.callBack', { when, last4: phone.replace(/\D/g, '').slice(-4) })
    : say(turn, 'human.callBackNoPhone', { when });
  return { note: today ? 'the customer asks for a phone call today' : 'the customer asks for a phone call', line };
}
