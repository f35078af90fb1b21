import { asksWhoIsPaid } from './case-rules';
import { asksWhyProof } from './proof-trouble';
import { asksAboutPrivacy } from './service-words';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "末四碼是指誰的電話？我的還是寄件人的？", "whose phone do you mean — mine or the sender's?", "后四位是谁的手机" right after the
 * bot asked for the last 4 digits of a parcel it showed (issue #17, blind batch 24: 21.3): either phone on the waybill,
 * the sender's or the recipient's — whichever the customer is — in one line; never the parcel's status again.
 */

// The digits asked about: "末四碼", "后四位", "尾號", "last 4", "the digits".
const DIGITS_WORD =
  /末四[碼码]|末4[碼码]|[后後]\s*[四4]\s*[位碼码]|尾[号號数數]|尾\s*4\s*位|四位[数數]|\blast\s*(4|four)\b|\bdigits\b/i;
// Whose: "誰的", "邊個嘅", "哪個人的", "whose", "which phone", "mine or the sender's".
const WHOSE =
  /[誰谁](的|嘅)?|邊個|边个|哪[個个一](人)?的|哪位|\bwhose\b|\bwhich (phone|number|mobile|one|person)\b|\bmine or\b|\bor mine\b|\bmy (phone|number|own) or\b/i;
// "我的還是寄件人的", "我嘅定係收件人嘅", "寄件人的还是我的": one phone or the other.
const ONE_OR_OTHER =
  /(我的|我嘅|我自己的|我自己嘅)[^，。？?]{0,4}(還是|还是|定係|定|或者|或是)[^，。？?]{0,2}(寄件|收件|對方|对方|賣家|卖家)|(寄件|收件|對方|对方|賣家|卖家)[^，。？?]{0,4}(還是|还是|定係|定|或者|或是)[^，。？?]{0,2}(我的|我嘅|我自己)|\b(sender|recipient|receiver|seller)'?s?\b[^.?!]{0,6}\bor\b[^.?!]{0,6}\b(mine|my own|me)\b|\b(mine|my own)\b[^.?!]{0,6}\bor\b[^.?!]{0,8}\b(sender|recipient|receiver|seller)/i;

// "whose phone do you mean?", "谁的手机号", "邊個嘅電話" once the digits were asked for: the phone named, not the digits.
const WHOSE_PHONE =
  /(誰|谁|邊個|边个)(的|嘅)?(電話|电话|手機|手机|號碼|号码)|\bwhose (phone|number|mobile|cell)\b|\bwhich (phone|number|mobile)\b/i;

/** The customer asks whose phone the last 4 digits are of. */
// ("Who gets compensated, the sender or me?" asks who is paid a claim: case-rules.ts.)
export const asksWhosePhone = (text: string): boolean =>
  !asksWhoIsPaid(text) &&
  ((DIGITS_WORD.test(text) && WHOSE.test(text)) || ONE_OR_OTHER.test(text) || WHOSE_PHONE.test(text));

// What the digits are, asked: "what is last 4?", "what do you mean by the last 4 digits", "末四碼是什麼", "尾号是啥意思",
// "咩係尾數", "后四位我不懂" (blind batch 31: 04.2 — an older customer was told it could not be answered).
const WHAT_ARE =
  /\bwhat\b[^.?!]{0,12}\b(is|are|'s|does|do|mean|means)\b|\bwhat'?s\b|\bmean(s|ing)?\b|\b(don'?t|do not|didn'?t) (understand|get|know)\b|什么|什麼|啥|咩|乜|意思|是指|係指|不懂|唔明|不明白|看不懂|睇唔明/i;

/**
 * The customer asks what the last 4 digits are — not why they are asked ("我凭什么给你手机尾号"), nor what is done with
 * them ("what do you do with the digits, are they stored?"): those have their own answers (blind batch 33: 13.3, 03.4).
 */
const asksWhatDigits = (text: string): boolean =>
  DIGITS_WORD.test(text) && WHAT_ARE.test(text) && !asksWhyProof(text) && !asksAboutPrivacy(text);

/** The answer to whose phone, or to what the digits are (with why they are asked). */
const digitsAnswer = (turn: Turn): string | undefined =>
  asksWhosePhone(turn.text)
    ? say(turn, 'proof.whosePhone')
    : asksWhatDigits(turn.text)
      ? say(turn, 'proof.whatDigits')
      : undefined;

/** Answers whose phone the digits are of, for a parcel shown and not proved yet; false otherwise. */
export async function answerWhosePhone(turn: Turn): Promise<boolean> {
  const { data, text } = turn;
  const parcel = data.verifyTracking ?? data.lastTracking;
  const answer = digitsAnswer(turn);
  if (!parcel || data.verified.includes(parcel) || /\d{4}/.test(text) || !answer) return false;
  await reply(turn, answer);
  return true;
}

/**
 * The same question inside a complaint, where the digits of its parcel were asked for (a change of delivery waiting
 * for proof, or the parcel not proved yet): the one-line answer, then the step again (blind batch 24: 21.3, asked at
 * the proof step, was read as the customer wanting nothing in particular).
 */
export async function answerWhosePhoneInIntake(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const { data, text } = turn;
  const parcel = state.pendingChange?.need === 'last4' ? state.trackingNumbers[0] : undefined;
  const shown = parcel ?? data.verifyTracking ?? state.trackingNumbers[0];
  const answer = digitsAnswer(turn);
  if (!shown || data.verified.includes(shown) || /\d{4}/.test(text) || !answer) return false;
  await reply(turn, answer);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
