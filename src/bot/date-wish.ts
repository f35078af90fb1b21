import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { arrivalAnswer } from './intake-questions';
import { keepInAccount } from './intake-slot-text';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * A parcel needed by a day, asked to be made sure of in the middle of a complaint about it ("it's a birthday gift, I
 * need it on Friday, can you make sure", "一定要12号前送到 能保证吗", "可唔可以保證星期五前到") (issue #17, blind batch
 * 20: 08.3 heard "I can't answer that one here"). Answered honestly: when the record expects it (or that tracking
 * cannot see it yet), that no day can be guaranteed, that the wish is written on the complaint — its words join the
 * account — and that a set day can be asked for; then the step again.
 */

// "I need it by/on Friday", "we want the parcel before the 27th", "can you make sure it arrives", "guarantee it gets
// here", "保证周五前到", (not "I want it resent for free": for no day), "一定要12号之前送到", "要喺星期五之前到", "可唔可以保證".
const NEEDED_BY =
  /\b(need|needs|want|wants)\b (it|this|them|the (parcel|package|gift|order|delivery))\b[^.?!]{0,30}\b(by|on|before|for (the )?(weekend|tomorrow|tonight|\d|(mon|tues|wednes|thurs|fri|satur|sun)day|christmas|new year))\b|\bcan (you|u|ya) (make sure|guarantee|promise|ensure)\b|\b(make sure|guarantee|ensure|promise)\b[^.?!]{0,20}\b(it|the (parcel|package|gift|order))\b[^.?!]{0,20}\b(arrives?|gets?|comes?|is|will|by|before|on time)\b|(保证|保證|确保|確保|务必|務必)[^，。,.?？]{0,12}(到|送|派|收)|(能|可以|可唔可以|能不能|能唔能)(保证|保證|确保|確保)|保唔保證|(一定要|一定得|必须|必須|要喺|要在|需要在)[^，。,.?？]{0,10}(之前|以前|前)[^，。,.?？]{0,3}(到|送到|收到|送达|送達|派到)/i;

/** The customer needs the parcel by a day and asks for it to be made sure of. */
export const needsItByDay = (text: string): boolean => NEEDED_BY.test(text);

/** The answer to a parcel needed by a day (see above); false when the message asks no such thing. */
export async function answerDateWish(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  if (!needsItByDay(turn.text)) return false;
  const number = state.trackingNumbers[0];
  const unseen = !number || (state.unverifiedNumbers?.includes(number) ?? false);
  const lookup = unseen ? undefined : await lookUpParcel(turn.services, number);
  const found = lookup?.kind === 'found' ? lookup : undefined;
  // (A parcel delivered or sent back has no day to come on: its wish is only noted.)
  if (found?.view.delivered) return false;
  const arrival = found ? arrivalAnswer(turn, found) : undefined;
  const lines = [
    found ? arrival : say(turn, 'intake.dateWish.unseen'),
    say(turn, 'intake.dateWish.noted'),
    found && arrival ? say(turn, 'intake.dateWish.setDay') : undefined,
  ];
  keepInAccount(turn, state);
  await reply(turn, lines.filter(Boolean).join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
