import { ruleOn } from './case-rules';
import { demandsSaid } from './demand-details';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * "明天到不了怎么办", "要是还不到呢", "what if it doesn't come tomorrow either?", "聽日都未到點算" in the complaint about a late
 * parcel (blind-30 11.3 heard "don't worry, just answer a question or two" and its demand was let go): no firm time is
 * on record, what the complaint does about it (the station chases it, the time is told here, still late it is followed
 * up as urgent), what lateness gives back (the market's delay rule) and the demand already held, kept — then the step.
 */

// "到不了", "送不到", "还不到", "还没到", "唔到", "都未到", "冇到" followed by "怎么办", "点算", "会怎样", "呢"; "what if it
// doesn't come / isn't here / is still late", "and if it's still not there?".
const STILL_LATE_ZH =
  /(到不了|送不到|送不来|送不來|还不到|還不到|还没到|還沒到|还没送到|還沒送到|都未到|仲未到|唔到|冇到|没到|沒到|到唔到)[^，。,.!！]{0,8}(怎么办|怎麼辦|咋办|咋辦|点算|點算|点办|點辦|会怎样|會怎樣|會點|又怎样|又怎樣|怎么说|怎麼說|呢)/;
const STILL_LATE_EN =
  /\b(what if|and if|what happens if|what do i do if|if)\b[^.?!]{0,30}\b(doesn'?t|does not|won'?t|will not|isn'?t|is not|still (isn'?t|hasn'?t|doesn'?t|not))\b[^.?!]{0,15}\b(come|arrive|here|there|show up|turn up|delivered|get here)\b|\b(what if|and if|if) it'?s still (late|not (here|there|delivered))\b/i;

/** The message asks what happens if the late parcel does not come by the time hoped for. */
export const asksIfStillLate = (text: string): boolean => STILL_LATE_ZH.test(text) || STILL_LATE_EN.test(text);

/**
 * Answers "what if it still doesn't come?" in the complaint about a parcel past its promise and not delivered.
 * @returns false when the message asks no such thing or the complaint's parcel is not late.
 */
export async function answerStillLate(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const number = state.trackingNumbers[0];
  if (!number || !asksIfStillLate(turn.text)) return false;
  const found = await lookUpParcel(turn.services, number);
  if (found.kind !== 'found' || found.view.delivered || found.view.daysLate <= 0) return false;
  const held = state.demand && state.demand !== 'none';
  const lines = [
    say(turn, 'intake.stillLate'),
    ruleOn(turn, 'lateRefund', found),
    held ? say(turn, 'intake.stillLateKept', { demand: demandsSaid(turn.services.replies, state) }) : undefined,
  ];
  await reply(turn, lines.filter(Boolean).join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
