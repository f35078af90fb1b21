import type { Turn } from './turn';

/**
 * "請幫我記錄下來", "帮我记下来", "please note that down", "log it for me" when the customer has no complaint filed
 * (issue #17, blind batch 23: 21.5): what they told is to be taken down — a complaint started, never a lookup of a
 * complaint they never made ("I can't find your complaint").
 */
const NOTE_DOWN =
  /(记|記)(录|錄)?(下来|下來|低|落嚟|落來|一下)|(登记|登記)(下来|下來|一下)|\b(note|write|jot|put|take|get) (that|this|it|everything)( all)? down\b|\b(make|keep) a (note|record) of (it|this|that)\b|\blog (it|this|that)\b/i;

/** The message asks for what was told to be noted down, and the customer has no complaint of theirs yet. */
export async function notesDownAsComplaint(turn: Turn): Promise<boolean> {
  if (!NOTE_DOWN.test(turn.text)) return false;
  return (await turn.services.tickets.forCustomer(turn.customer.id, 1)).length === 0;
}
