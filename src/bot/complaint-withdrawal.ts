import type { Ticket } from '../tickets/records';
import { asksIfWithdrawn, keepsComplaint, withdrawsComplaint } from './complaint-withdrawn';
import { isYes, pickedTitle } from './intake-reading';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * A filed complaint taken back by its own customer, in the conversation it was filed in: asked first — "Withdraw
 * complaint C-…? It will be closed and nobody will follow it up" with the buttons — since a withdrawal cannot be undone
 * from the chat; a yes closes it (`HandoffService.withdrawComplaint`: withdrawn when no agent took or answered it and no
 * claim is open, the desks refreshed; else noted for the agent who has it), a no keeps it. The caller has checked the
 * ticket is this customer's.
 * @returns true when the message was answered here.
 */
export async function answerWithdrawal(turn: Turn, ticket: Ticket): Promise<boolean> {
  const asked = turn.data.withdrawAsked === ticket.id;
  turn.data.withdrawAsked = undefined;
  if (asked) {
    const { replies } = turn.services;
    const picked = pickedTitle(turn.text, [
      replies.wordings(turn.locale, 'choice.withdrawFiled'),
      replies.wordings(turn.locale, 'choice.keepFiled'),
    ]);
    const keeps = picked === 1 || (picked === undefined && keepsComplaint(turn.text));
    const confirms = picked === 0 || (!keeps && (isYes(turn.text) || withdrawsComplaint(turn.text)));
    if (keeps) {
      noteOutcome(turn.context, 'answered');
      await reply(turn, say(turn, 'tickets.withdrawKept', { number: ticket.number }));
      return true;
    }
    if (confirms) return withdraw(turn, ticket);
    // Anything else is read as a message of its own, the complaint kept — but "so is it cancelled or not?" to the
    // question hears it is not yet: asked again, with its buttons.
    if (!asksIfWithdrawn(turn.text)) return false;
  } else if (!withdrawsComplaint(turn.text)) return false;
  turn.data.withdrawAsked = ticket.id;
  noteOutcome(turn.context, 'answered');
  const titles = [say(turn, 'choice.withdrawFiled'), say(turn, 'choice.keepFiled')];
  await reply(
    turn,
    say(turn, 'tickets.withdrawAsk', { number: ticket.number }),
    titles.map((title) => ({ title, value: title })),
  );
  return true;
}

async function withdraw(turn: Turn, ticket: Ticket): Promise<boolean> {
  const { services } = turn;
  const { withdrawn, conversation } = await services.handoff.withdrawComplaint(ticket.id, turn.conversation, turn.text);
  if (withdrawn) {
    turn.conversation = conversation;
    services.directory.remember(turn.context, { customer: turn.customer, conversation });
    turn.data.waitingSaid = undefined;
  }
  noteOutcome(turn.context, withdrawn ? 'cancelled' : 'answered');
  await reply(
    turn,
    say(turn, withdrawn ? 'tickets.withdrawnComplaint' : 'tickets.withdrawalAsked', { number: ticket.number }),
  );
  return true;
}
