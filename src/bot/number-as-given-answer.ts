import { noteUnfound, takeAsGiven, unfoundBefore } from './number-as-given';
import type { ParcelLookup } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * A tracking question whose number tracking cannot find (or whose form fails its check). Sent a second time in the
 * conversation, or stood by before, the number is taken as given: the customer hears that it is kept as they gave it —
 * a complaint or a person asked for next has it — and a person is offered, not "please check the number" again
 * (blind batch 27: 26.6). The first time it is only noted. True when answered.
 */
export async function answerNumberAsGiven(turn: Turn, lookup: ParcelLookup): Promise<boolean> {
  if (lookup.kind !== 'unknown' && lookup.kind !== 'invalid') return false;
  const { number } = lookup;
  if (!unfoundBefore(turn.data, number)) {
    noteUnfound(turn.data, number);
    return false;
  }
  takeAsGiven(turn.data, number);
  turn.data.offeredHuman = true;
  const person = say(turn, 'choice.human');
  await reply(turn, say(turn, 'numberAsGiven.kept', { number }), [{ title: person, value: person }]);
  return true;
}
