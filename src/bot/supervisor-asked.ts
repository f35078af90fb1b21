import type { Ticket } from '../tickets/records';
import { say, type Turn } from './turn';

/**
 * "I want a supervisor to look at this, not just another ticket number", "我要搵你哋主管", "叫你们经理来处理" while the
 * customer's ticket waits for an agent (blind batch 35b: 05.2, 05.5 heard only "added to the ticket"): the ticket is
 * flagged for the supervisors — escalated one level, the supervisors alerted on the desks — and the customer hears so;
 * asked again, that it is flagged already. Nothing else changes: the agent who takes it still replies here.
 */

// A supervisor, a manager, someone senior of ours — not a shop's or a building's manager.
const SUPERVISOR =
  /\b(supervisor|manager|someone (more )?senior|your (boss|superior)|higher[- ]up|escalate (it|this|my (complaint|case|ticket)))\b|主管|上级|上級|领导|領導|经理|經理|负责人|負責人/i;
const NOT_OURS =
  /\b(shop|store|building|property|estate|office|account|station|branch) manager\b|(店|商店|大厦|大廈|物业|物業|管理处|管理處|楼盘|樓盤|网店|網店)(的|嘅)?(经理|經理|负责人|負責人)/i;

// "I don't need a supervisor", "please don't escalate", "不用找主管": turned down.
const NOT_WANTED =
  /\b(don'?t|do not|no need|not)\b[^.?!,]{0,20}\b(supervisor|manager|escalat\w*)\b|(不用|不要|唔使|唔洗|唔好|不需要|唔需要|无需|無需|毋须|毋須)[^，。,.!?！？]{0,3}(主管|上级|上級|领导|領導|经理|經理|负责人|負責人)/i;
// The customer's own: "my manager is waiting for it", "我们经理让我问", "我是店铺经理".
const THEIR_OWN =
  /\bmy (manager|boss|supervisor)\b|我(们|們|哋|的|嘅)?(店铺|店鋪|公司)?(的|嘅)?(经理|經理|老板|老闆|主管|领导|領導)|总经理|總經理/i;
// Asked for: "I want / get me / can someone senior…", "叫/找/搵/要…主管", "主管呢", "你哋主管".
const ASKED =
  /\b(want|need|get|give|put|speak|talk|let|send|can|could|would|i'?d like|escalate|someone senior|higher[- ]up|your (boss|superior|supervisor|manager))\b|(找|搵|叫|要|請|请|让|讓|畀|俾|转|轉|你们|你們|你哋)[^，。,.]{0,4}(主管|经理|經理|领导|領導|上级|上級|负责人|負責人)|(主管|经理|經理|领导|領導|上级|上級)[^，。,.]{0,3}(呢|到底|来|來|嚟|跟進|跟进|处理|處理|睇|看)/i;

export const asksForSupervisor = (text: string): boolean =>
  SUPERVISOR.test(text) && ASKED.test(text) && !NOT_OURS.test(text) && !NOT_WANTED.test(text) && !THEIR_OWN.test(text);

/**
 * Escalates the waiting ticket when the message asks for a supervisor.
 * @returns the line to say, or undefined when no supervisor is asked for.
 */
export async function askSupervisor(turn: Turn, ticket: Ticket): Promise<string | undefined> {
  if (!asksForSupervisor(turn.text)) return undefined;
  const { escalated } = await turn.services.handoff.supervisorAsked(ticket, turn.text.trim().slice(0, 500));
  return say(turn, escalated ? 'human.supervisorAsked' : 'human.supervisorAlready', { number: ticket.number });
}
