import type { Found } from './case-rules';
import { ANSWERED_ASIDE, DEMAND_PROMPT, type IntakePosition, type IntakeState } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { deniesSigning, hasTheParcel } from './signer-denied';
import { reply, say, type Turn } from './turn';

/**
 * A parcel its record shows signed for, that the customer says never reached them (issue #17, blind 27 replay: 11.3,
 * 21.2): the complaint checks who signed and where it was left — the signature or the delivery photo, the courier asked
 * — and the customer hears so. "我根本没签收" told at a step is a fact for the account, never "no specific demand";
 * "會不會送錯棟了？", "did they leave it at the wrong building?" is answered with that check, then the step again.
 */

// "送錯棟", "派错地址", "放咗去隔壁", "delivered to the wrong building", "wrong address?".
const WRONG_PLACE =
  /送错|送錯|派错|派錯|放错|放錯|(送|派|放)(去|到|咗去|咗)?(别|別|第二|隔壁|其他)(栋|棟|座|幢|楼|樓|度|处|處|家|地方)|(错|錯)(栋|棟|座|幢|楼|樓|地址|门|門)|\b(deliver\w*|left|dropped|taken|gone|sent|put)\b[^.?!,]{0,12}\b(to|at|in) (the |a )?wrong\b|\bwrong (building|address|block|house|door|floor|place|tower|unit)\b/i;

/** Whether the message asks if the parcel went to the wrong place ("會不會送錯棟了？", "wrong building?"). */
const asksWrongPlace = (text: string): boolean =>
  text.split(/(?<=[，,。.;；！!？?])/).some((clause) => asksQuestion(clause) && WRONG_PLACE.test(clause));

// The types a denied signature replaces: none told ("other"), or the courier's manner read into a question.
const LOOSE_TYPES: ReadonlySet<string> = new Set(['other', 'attitude', 'info_error']);

/** Whether the record shows the parcel signed for (delivered). */
const signedFor = (parcel: Found | undefined): parcel is Found => Boolean(parcel?.view.delivered);

/**
 * At the opening of a complaint that a parcel signed for never arrived: that the station checks who signed and where it
 * was left. Nothing for another kind of complaint, or a parcel not yet delivered.
 */
export function signatureCheckAtOpening(turn: Turn, state: IntakeState, parcel: Found | undefined): string[] {
  if (state.category !== 'lost' || !signedFor(parcel)) return [];
  return [say(turn, 'signature.checked', { number: parcel.number })];
}

/**
 * "我根本没签收", "nobody here signed for it", "會不會送錯棟了？" at a step of the complaint about a parcel signed for: kept
 * in the account, the check said, then the step again.
 * @returns whether it was answered.
 */
export async function answerSignatureDisputed(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  const denied = deniesSigning(text);
  if (!denied && !asksWrongPlace(text)) return false;
  // (A remedy named with it — "我没签收，我要赔偿" — is the demand step's answer: read there.)
  if (position.prompt === DEMAND_PROMPT && turn.reading.entities.demand) return false;
  const number = position.state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel = lookup?.kind === 'found' ? lookup : undefined;
  if (!signedFor(parcel)) return false;
  keepInAccount(turn, position.state);
  // Signed for but never received is a lost parcel (LABELS.md rule 4): a complaint taken down as another kind only
  // because its opening was a question ("是你们家的快递吗") or a guess is that now (blind batch 40b: 02.7, 10.5 were
  // filed as service attitude and "other", low priority).
  // ("东西我拿到了，但我根本没签收": the parcel came — someone else signed, no loss; review of session 41.)
  const retyped =
    denied && LOOSE_TYPES.has(position.state.category ?? 'other') && !hasTheParcel(text) ? 'lost' : undefined;
  const lines = [say(turn, denied ? 'signature.deniedNoted' : 'signature.checked', { number: parcel.number })];
  if (retyped) {
    position.state.category = retyped;
    position.state.categoryGuessed = false;
    lines.push(say(turn, 'intake.categoryChanged', { category: say(turn, 'category.lost') }));
  }
  await reply(turn, lines.join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
