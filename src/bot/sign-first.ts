import { ANSWERED_ASIDE } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "有個速遞員打俾我 叫我喺條link度撳確認已簽收先 話件貨聽日先送到 咁係咪正常㗎", "the courier asked me to confirm it as
 * received before he brings it — is that normal?" (blind batch 43b: 13.1 was asked for a tracking number, 13.4 heard
 * "I can't answer that here"): no — nobody should confirm a parcel as signed for before holding it; the link is not to
 * be tapped, and a complaint about the courier is how it is reported. Said in the middle of a complaint too.
 */

// Asked to confirm it as signed for or received before having it: by a link, a tap, a code.
const SIGN_FIRST =
  /(确认|確認|撳|㩒|点|點|按|签|簽)[^，。,.!?！？]{0,6}(已)?(签收|簽收|收货|收貨)|\b(confirm|mark|sign)\w*\b[^.?!]{0,20}\b(received|delivered|signed for|signed|as received)\b[^.?!]{0,30}\b(before|first|yet)\b|\bsign(ed)? for (it )?(before|first)\b/i;
// Asked of the bot: is this normal, is it allowed, should I, is it a scam.
const ASKED =
  /正常|可以吗|可以嗎|得唔得|应该|應該|要不要|使唔使|係咪|是不是|是否|[吗嗎㗎咩]\s*[?？]*\s*$|[?？]|\b(normal|ok|okay|allowed|should i|is (this|that|it) (right|legit|a scam))\b|騙|骗|scam/i;

/** The message tells of being asked to confirm a parcel as signed for before having it, and asks about it. */
export const asksSignFirst = (text: string): boolean => SIGN_FIRST.test(text) && ASKED.test(text);

/** Outside a complaint: the answer, then the message is read as usual (nothing else when it only asked). */
export async function answerSignFirst(turn: Turn): Promise<boolean> {
  if (!asksSignFirst(turn.text)) return false;
  await reply(turn, say(turn, 'scam.signFirst'));
  return true;
}

/** In a complaint being taken down: the answer, then the step again. */
export async function answerSignFirstInIntake(turn: Turn): Promise<boolean> {
  if (!(await answerSignFirst(turn))) return false;
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
