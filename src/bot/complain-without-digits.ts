import { ANSWERED_ASIDE } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "我是買家 寄件的是店家 收件是同事 我不知道他們電話後四碼耶 這樣不能投訴嗎", "I don't know the sender's phone, can I
 * still complain?" (blind batch 43a: 11.3 heard "I can't answer that here"): yes — a complaint needs no digits; they
 * only unlock the names and addresses on the parcel and changes to its delivery.
 */

// The phone or its last digits not known or not had.
const NO_DIGITS =
  /(不知道|不晓得|不曉得|唔知|冇|没有|沒有|不记得|不記得|唔記得)[^，。,.!?！？单單]{0,12}(电话|電話|手机|手機|后四位|後四位|末四码|末四碼|尾数|尾數|四位|4位|四碼|4碼)|\b(don'?t|do not|dont|can'?t|cannot) (know|have|remember|find)\b[^.?!]{0,30}\b(phone|mobile|digits|last 4|last four)\b|\bno (idea|clue)\b[^.?!]{0,30}\b(phone|mobile|digits)\b/i;
// Whether they may still complain.
const MAY_COMPLAIN =
  /(能不能|可不可以|可唔可以|可以|能|不能|唔可以|係咪唔可以|是不是不能|还能|還能|仲可以)[^，。,.!?！？]{0,6}(投诉|投訴|客诉|客訴|登记|登記|申请|申請)|(投诉|投訴|客诉|客訴)(不了|唔到|不到)|\b(can|could|may) (i|we) (still )?(complain|file|make a complaint|report)\b|\bstill (complain|file)\b/i;

/** The message asks whether a complaint can be made without the phone's digits. */
export const asksComplainWithoutDigits = (text: string): boolean => NO_DIGITS.test(text) && MAY_COMPLAIN.test(text);

/** Answered, in or out of a complaint (then the step again). @returns whether it answered. */
export async function answerComplainWithoutDigits(turn: Turn, inIntake: boolean): Promise<boolean> {
  if (!asksComplainWithoutDigits(turn.text)) return false;
  await reply(turn, say(turn, 'intake.noDigitsNeeded'));
  if (inIntake) turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
