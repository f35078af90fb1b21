import type { ComplaintCategory } from '../nlu';
import { goodsBroke, speaksOfCategory } from './message-cues';
import type { IntakeState } from './intake-state';

/**
 * Goods broken by a courier who was also rude or threw the parcel (issue #17, blind batch 23: 09.4, 09.6): "he THREW
 * my box over the gate and the vase inside is smashed". Broken goods are damage (the claim, the priority), so damage
 * is the complaint's type and the courier's attitude goes on the same ticket beside it. "Make sure the damage is on
 * there", "损坏也要写上" at the summary puts damage on the complaint if it is not yet, and the customer hears so.
 */

// ("the box … and the vase inside is smashed": the goods' own clause, cut from the box's at "and" / "but" / "还".)
const JOINS = /(?<!\s)\s+(?:and|but|plus)\s+|而且|还有|還有|仲有|然后|然後/gi;

/** The message tells of the goods themselves broken, in a clause of their own. */
export const tellsOfBrokenGoods = (text: string): boolean => goodsBroke(text.replace(JOINS, ', '), 'spaces split');

// The parcel thrown: "threw my box over the gate", "tossed it", "扔进院子", "用丟的", "掟過嚟" (LABELS.md: attitude).
const THROWN =
  /\b(threw|thrown|throw(s|ing)?|toss(ed|es|ing)?|chuck(ed|s|ing)?|hurl(ed|s|ing)?|flung|fling)\b|扔|甩|掟|用丢|用丟|丢进|丟進|丢过来|丟過來/i;

/**
 * The complaint's type and the problems beside it for an opening that tells of a rude courier and broken goods:
 * damage first, with the attitude kept beside it.
 */
export function damageBeforeAttitude(
  category: ComplaintCategory | undefined,
  text: string,
): { category: ComplaintCategory; besides: ComplaintCategory[] } | undefined {
  if (!tellsOfBrokenGoods(text)) return undefined;
  // (Read as damage already: the attitude is kept beside it when the message speaks of it — "他还骂我", "用丟的".)
  const rude =
    category === 'attitude' || (category === 'damaged' && (speaksOfCategory(text, 'attitude') || THROWN.test(text)));
  return rude ? { category: 'damaged', besides: ['attitude'] } : undefined;
}

// "make sure the damage is on there", "put the damage on it too", "损坏也要写上", "破損也要記上去", "爛咗都要寫埋".
const ON_IT =
  /\b(make sure|ensure|put|add|include|list|write|mention|record)\w*\b[^.?!]{0,30}\b(damage[ds]?|broken|breakage)\b|\b(damage[ds]?|broken|breakage)\b[^.?!]{0,20}\b(is |are )?(on (there|it|the (complaint|ticket|form))|included|in (there|it|the (complaint|ticket)))\b|\bnot (just|only) (about )?(the )?(attitude|rudeness)\b|(损坏|損壞|破损|破損|打碎|碎了|烂了|爛咗|坏了|壞了)[^，。,.!?！？]{0,6}(也|都|亦)(要|得)?(写|寫|记|記|加|登记|登記|算)|不只是?(态度|態度)|唔止(态度|態度)/i;

/** The message asks for damage on the complaint ("make sure the damage is on there"). */
export const asksDamageOn = (text: string): boolean =>
  ON_IT.test(text) && (speaksOfCategory(text, 'damaged') || tellsOfBrokenGoods(text) || /damage/i.test(text));

/**
 * The complaint changed at the summary by "the lamp inside is cracked, put the damage on it too": damage its type,
 * the type it had kept beside it; undefined when damage is on it already or the message asks nothing of the kind.
 */
export function damagePutOn(state: IntakeState, text: string): IntakeState | undefined {
  if (state.category === 'damaged') return undefined;
  if (!asksDamageOn(text) && !(state.category === 'attitude' && tellsOfBrokenGoods(text))) return undefined;
  const next: IntakeState = { ...state };
  putDamageOn(next);
  return next;
}

/** Moves damage to the complaint's type (the old type kept beside it); true when it was not there before. */
export function putDamageOn(state: IntakeState): boolean {
  if (state.category === 'damaged') return false;
  const before = state.category;
  state.category = 'damaged';
  const others = (state.otherProblems ?? []).filter((c) => c !== 'damaged');
  state.otherProblems = before && before !== 'other' && !others.includes(before) ? [before, ...others] : others;
  return true;
}
