import { ANSWERED_ASIDE } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "有個速遞員打俾我 叫我喺條link度撳確認已簽收先 話件貨聽日先送到 咁係咪正常㗎", "the courier asked me to confirm it as
 * received before he brings it — is that normal?" (blind batch 43b: 13.1 was asked for a tracking number, 13.4 heard
 * "I can't answer that here"): no — nobody should confirm a parcel as signed for before holding it; the link is not to
 * be tapped, and a complaint about the courier is how it is reported. Said in the middle of a complaint too.
 */

// Asked by the courier or a text — not the record's "显示已签收" nor the customer's own "我还没确认收货".
const ASKED_BY =
  /叫我|让我|讓我|要我|要求我|俾我|發咗條|发了条|发来|發來|\b(asked|told|wants|wanted|texted|messaged|sent) me\b|\b(he|she|they|the courier|the driver) (asked|told|wants|wanted)\b/i;
// To confirm it as signed for or received.
const CONFIRM_SIGNED =
  /(确认|確認|撳|㩒|按)[^，。,.!?！？]{0,4}(签收|簽收|收货|收貨)|\bconfirm\w*\b[^.?!]{0,12}\b(receipt|delivery|delivered|received|signed)\b|\bmark\w*\b[^.?!]{0,8}\b(received|delivered)\b/i;
// Before having it: "先", "before he delivers", "then he'd bring it", a link.
const BEFORE_HAVING =
  /先|送之前|派之前|未送|还没送|還沒送|\b(before|first|then he'?d|then he will|link)\b|链接|連結|鏈接|\blink\b/i;
// Checking the goods before signing is another question (inspection), not this one.
const INSPECTION = /验货|驗貨|开箱|開箱|\bcheck (the )?(goods|contents|parcel|it)\b|\binspect/i;
// Asked of the bot: is this normal, is it allowed, should I, is it a scam.
const ASKED =
  /正常|可以吗|可以嗎|得唔得|应该|應該|要不要|使唔使|係咪|是不是|是否|[吗嗎㗎咩]\s*[?？]*\s*$|[?？]|\b(normal|ok|okay|allowed|should i|legit|a scam)\b|騙|骗|scam/i;

/** The message tells of being asked to confirm a parcel as signed for before having it, and asks about it. */
// (Asked again — "你仲未答我 速遞員叫我撳已簽收係咪正常" — after a message that told it was before delivery.)
export const asksSignFirst = (text: string, before: readonly string[] = []): boolean =>
  ASKED_BY.test(text) &&
  CONFIRM_SIGNED.test(text) &&
  (BEFORE_HAVING.test(text) || before.some((said) => CONFIRM_SIGNED.test(said) && BEFORE_HAVING.test(said))) &&
  !INSPECTION.test(text) &&
  ASKED.test(text);

/** Outside a complaint: the answer, then the message is read as usual (nothing else when it only asked). */
export async function answerSignFirst(turn: Turn): Promise<boolean> {
  if (!asksSignFirst(turn.text, turn.data.said ?? [])) return false;
  await reply(turn, say(turn, 'scam.signFirst'));
  return true;
}

/** In a complaint being taken down: the answer, then the step again. */
export async function answerSignFirstInIntake(turn: Turn): Promise<boolean> {
  if (!(await answerSignFirst(turn))) return false;
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
