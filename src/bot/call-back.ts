import type { IntakeState } from './intake-state';
import { say, type Turn } from './turn';

// "call me back", "someone calls me", "ring me", "give me a call", "回个电话给我", "打返俾我", "打電話給我": a phone call asked for.
const CALL_ASKED =
  /\bcalls? (me|us)\b|\bcall back\b|\b(ring|phone) (me|us)\b|\bgive (me|us) a (call|ring)\b|\b(a|the) call ?back\b|回(个|個)?(电话|電話)|回电|回電|打(个|個)?(电话|電話)?(给|給|俾|畀)我|打返(俾|畀|嚟|来|來)?我?|致电我|致電我|(电话|電話)(联系|聯絡|聯繫)我/i;
// "13911116666 打这个", "call me on this one", "打呢個電話", "ring this number": the number just given is the one to call.
const CALL_THIS =
  /打(这|這|呢)(个|個)(号码|號碼|号|號|电话|電話)?|打(这|這|呢)(个|個)?(号码|號碼|电话|電話)|(用|打)(这|這|呢)(个|個)?(号码|號碼|电话|電話)?(联系|聯絡|聯繫|搵)我|\b(call|ring|phone) (me )?(on|at) (this|that|it)\b|\b(call|ring) this( number| one)?\b/i;

/**
 * The customer asks to be phoned — "call me back", "打这个" beside the number they give: the complaint's contact is
 * to be called, not only answered in the chat.
 */
export const asksForCall = (text: string): boolean => CALL_ASKED.test(text) || CALL_THIS.test(text);

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
