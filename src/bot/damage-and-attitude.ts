import { asksDamageOn, putDamageOn } from './damage-reading';
import { ANSWERED_ASIDE, CONFIRM_PROMPT, type IntakePosition } from './intake-state';
import type { ReplyKey } from './replies';
import { reply, say, type Turn } from './turn';

// (What the messages say of broken goods and a rude courier is read in damage-reading.ts, which needs no turn.)

/**
 * "Make sure the damage is on there" at any step before filing: damage put on the complaint (as its type: broken
 * goods are damage), and the customer told so — or told it is there already.
 * @param submits whether the message also says to submit (intake-reading's `isYes`, read by the caller).
 * @returns whether the message asked it; a "submit" beside it still files, else the step (or summary) is asked again.
 */
export async function noteDamageAsked(turn: Turn, position: IntakePosition, submits: boolean): Promise<boolean> {
  const { text } = turn;
  // (At the summary without a "submit", the summary's own change shows the complaint again with damage on it.)
  if (!asksDamageOn(text) || (position.prompt === CONFIRM_PROMPT && !submits)) return false;
  const { state } = position;
  const added = putDamageOn(state);
  const besides = (state.otherProblems ?? []).filter((c) => c !== 'damaged');
  const also = besides.map((c) => say(turn, `category.${c}` as ReplyKey)).join(turn.locale === 'en' ? ', ' : '、');
  const key: ReplyKey = added
    ? also
      ? 'intake.damageAdded'
      : 'intake.damageAddedAlone'
    : also
      ? 'intake.damageOnIt'
      : 'intake.damageOnItAlone';
  await reply(turn, say(turn, key, { also }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
