import { CALL_ASKED } from './call-words';
import { asksReplyTime } from './intake-questions';
import type { IntakeState } from './intake-state';
import { asksQuestion } from './message-cues';
import type { ReplyKey } from './replies';
import type { BotServices } from './services';

// "会不会有人给我打电话", "will somebody phone me", "有冇人打嚟": whether a call comes, asked.
const CALL_COMES =
  /\b(will|would|is|does|can|could)\b[^.?!]{0,25}\b(call|phone|ring)\b|(会|會|有)[^，。,.?？]{0,8}(打|回)(个|個)?(电话|電話|给|給|俾|畀|嚟|来|來|返)/i;

/**
 * A phone number given at the summary with a question about this complaint ("會有人打給我嗎？我的電話 09…", "will
 * someone ring me? 138…", "how long? call me on …"): the number is the contact — to be called on when a call is
 * asked — and the customer hears whether and when the call comes (issue #17, blind batch 28: 23.6 had the number
 * ignored and heard only the reply time).
 * @returns the line to say and the contact, or undefined when the message gives no phone with such a question.
 */
export function callAtSummary(
  services: BotServices,
  state: IntakeState,
  text: string,
  phone: string | undefined,
): { line: { key: ReplyKey; vars: Record<string, string> }; contact: NonNullable<IntakeState['contact']> } | undefined {
  if (!phone || !asksQuestion(text) || !(CALL_COMES.test(text) || asksReplyTime(text))) return undefined;
  const { resolution } = services.tickets.deadlinesIf({ category: state.category ?? 'other', facts: state.facts });
  const within = services.replies.within(state.locale, services.clock.now(), resolution);
  const call = CALL_ASKED.test(text) || CALL_COMES.test(text) || state.contact?.call === true;
  const last4 = phone.replace(/\D/g, '').slice(-4);
  return {
    line: { key: call ? 'intake.callAtSummary' : 'intake.phoneAtSummary', vars: { within, last4 } },
    contact: { ...state.contact, phone, skipped: false, call },
  };
}
