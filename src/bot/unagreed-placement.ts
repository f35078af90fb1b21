import { acknowledge, strongFeelings } from './empathy';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { gap, keepInAccount, leftUnagreed } from './intake-slot-text';
import type { ReplyKey } from './replies';
import { reply, say, type Turn } from './turn';

/**
 * A parcel left with a neighbour, at the door, with a guard or in a locker without the customer's consent, told in
 * the middle of a complaint (issue #17, blind batch 23: 02.3, 12.3): "the courier texted 'left with neighbour' …
 * i never agreed to that", "快递员说放隔壁了…我也没同意放别人家啊，这算什么事？". It is heard in one line — such a
 * place needs the recipient's consent, so it is the courier's to answer for — and joins the complaint's account; the
 * step is then asked again. A question beside it ("which neighbour??", "这算什么事？") is answered by that line, never
 * by the signing record again or "I can't answer that here".
 */

// A neighbour, by any of the words customers use for one.
const NEIGHBOUR = /邻居|鄰居|隔壁|隔篱|隔籬|对门|對門|别人家|別人家|人哋屋企|\bneighbou?r|\bnext door\b/i;

/** The catalog line for where the parcel was left without consent. */
function unagreedKey(text: string): ReplyKey {
  return NEIGHBOUR.test(text) ? 'intake.leftUnagreedNeighbour' : 'intake.leftUnagreed';
}

/**
 * Hears a parcel left somewhere without the customer's consent, keeps the words in the complaint's account and
 * says so.
 * @returns whether the message told it (the caller asks its step again).
 */
export async function noteUnagreedPlacement(turn: Turn, position: IntakePosition): Promise<boolean> {
  if (!leftUnagreed(turn.text) || turn.context.turnState.get(ANSWERED_ASIDE)) return false;
  keepInAccount(turn, position.state);
  const line = say(turn, unagreedKey(turn.text));
  const felt = strongFeelings(turn.reading, turn.text) ? `${acknowledge(turn, 'upset')}${gap(turn)}` : '';
  await reply(turn, `${felt}${line}`);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
