import type { Ticket } from '../tickets/records';
import { say, type Turn } from './turn';

/**
 * "Actually forget the call, I'll be in meetings all day", "唔使打俾我喇", "不用给我打电话了" while the ticket asking for a
 * person also asks for a phone call: the call is taken off — a note on the ticket tells the agent not to call — and
 * the customer hears so (issue #17, blind batch 23: 04.5 heard nothing of the call withdrawn).
 */

// The call called off: "forget the call", "never mind the phone call", "no need to call me", "don't call me".
const CALL_OFF =
  /\b(forget|never ?mind|skip|cancel|drop|scrap)\s+(about\s+)?(the|that|a|my)?\s*(phone\s+)?call(\s*back)?\b|\bno need (for (a|the) (phone )?call|to call( me)?)\b|\b(don'?t|do not)\s+(need to\s+)?(call|phone|ring)\s+me\b|(不用|不要|唔使|唔駛|唔好|别|別|免)(再)?(给我|給我|俾我|畀我)?(打|致电|致電|回)(个|個)?(电话|電話|俾我|畀我|给我|給我)|(电话|電話)(就)?(不用|唔使|唔駛|免)(打)?了?/i;

/** Whether the ticket asks for a phone call (the hand-off's reason says so: `call-back.ts`). */
const asksCall = (ticket: Ticket): boolean =>
  ticket.history.some((h) => h.action === 'handoff requested' && /phone call/.test(h.note ?? ''));

/** Takes the call off when the message calls it off: the line that says so, or undefined. */
export async function withdrawCall(turn: Turn, ticket: Ticket): Promise<string | undefined> {
  if (!CALL_OFF.test(turn.text) || !asksCall(ticket)) return undefined;
  await turn.services.tickets.addNote(
    ticket.id,
    'customer',
    'call withdrawn',
    'the customer no longer wants a phone call',
  );
  return say(turn, 'human.callWithdrawn', { number: ticket.number });
}
