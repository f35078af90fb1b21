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

export const asksForSupervisor = (text: string): boolean => SUPERVISOR.test(text) && !NOT_OURS.test(text);

/**
 * Escalates the waiting ticket when the message asks for a supervisor.
 * @returns the line to say, or undefined when no supervisor is asked for.
 */
export async function askSupervisor(turn: Turn, ticket: Ticket): Promise<string | undefined> {
  if (!asksForSupervisor(turn.text)) return undefined;
  const { escalated } = await turn.services.handoff.supervisorAsked(ticket, turn.text.trim().slice(0, 500));
  return say(turn, escalated ? 'human.supervisorAsked' : 'human.supervisorAlready', { number: ticket.number });
}
