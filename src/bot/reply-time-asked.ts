import type { IntakePosition } from './intake-state';
import { asksPriority, priorityLine } from './priority-question';
import { reply, say, type Turn } from './turn';

/**
 * A reply asked for by a time ("請專人於三個工作天內回覆", "please respond within 3 business days", "24小时内给我答复"),
 * or asked how soon one comes ("多久给答复？", "how long until someone gets back to me?") at an intake step (blind
 * batch 27: 23.4, 13.5): the customer hears the complaint's real reply times — its first answer and resolution from
 * now — not the step alone. Said beside the step's own answer: the phone or the "submit" in the message still counts.
 */

// What a reply is: an answer, someone getting back, a call.
// ("那这个case什么时候能有result？": a result of the complaint — blind batch 51a: 09.3.)
const REPLY_ZH =
  /回复|回覆|答复|答覆|回应|回應|回电|回電|联系|聯繫|聯絡|联络|覆我|回我|搵我|找我|给我交代|給我交代|(有|出)(结果|結果|result)/;
const REPLY_EN =
  /\b(reply|replies|respond|response|answer|get back|hear back|hear from|contact(ed)?|call(ed)? (me )?back|follow[- ]?up|results?|outcome)\b/i;
// A time it is wanted by: "三個工作天內", "3日之内", "24小时内", "before Friday" is not read (a day, not a span).
const WITHIN_ZH =
  /(?<![\d一二三四五六七八九十两兩幾几半])[\d一二三四五六七八九十两兩半]+\s*(?:(个|個)\s*)?(?:(工作|营业|營業)\s*)?(天|日|小时|小時|钟头|鐘頭|个钟|個鐘|星期|礼拜|禮拜|週|周)\s*(之)?(内|內)/;
const WITHIN_EN =
  /\bwithin (the next )?(\d+|one|two|three|four|five|six|seven|ten|a|an|24|48|72)\s+(working |business |calendar )?(days?|hours?|weeks?)\b/i;
// How soon: "多久给答复", "幾時有人覆我", "how long until", "how soon", "when will I hear".
const HOW_SOON_ZH =
  /啥时候|啥時候|多久|多长时间|多長時間|几时|幾時|幾耐|几耐|什么时候|什麼時候|何时|何時|几天|幾天|幾日|几日/;
const HOW_SOON_EN = /\bhow (long|soon|quickly)\b|\bwhen (will|would|do|can) (i|we|you|someone|somebody|anyone)\b/i;

/**
 * The reply time the message asks for (`within`: the span in its words, "三個工作天內", "within 3 business days") or
 * after (`howSoon`), in a clause that names a reply; else undefined.
 */
export function replyTimeAsked(text: string): { within: string } | 'howSoon' | undefined {
  for (const clause of text.split(/[。！!；;\n]|(?<=[?？])/)) {
    const zh = REPLY_ZH.test(clause);
    const en = REPLY_EN.test(clause);
    if (!zh && !en) continue;
    const span = (zh ? WITHIN_ZH.exec(clause) : null) ?? (en ? WITHIN_EN.exec(clause) : null);
    if (span) return { within: span[0].replace(/\s+/g, ' ').trim() };
    if ((zh && HOW_SOON_ZH.test(clause)) || (en && HOW_SOON_EN.test(clause))) return 'howSoon';
  }
  return undefined;
}

const TOLD = 'replyTimeTold';

/** The complaint's reply times were said this turn (by `answerReplyTime`). */
export const replyTimeTold = (turn: Turn): boolean => turn.context.turnState.get(TOLD) === true;

/**
 * Says the complaint's reply times when the message asks for a reply by a time or asks how soon one comes (once a
 * turn; a question about the priority has its own answer, which says them). The step then reads the message as usual.
 */
export async function answerReplyTime(turn: Turn, position: IntakePosition): Promise<void> {
  const asked = replyTimeAsked(turn.text);
  if (!asked || asksPriority(turn.text) || turn.context.turnState.get(TOLD) === true) return;
  turn.context.turnState.set(TOLD, true);
  const line = await priorityLine(turn, position);
  await reply(
    turn,
    asked === 'howSoon' ? line : `${say(turn, 'intake.replyTimeNoted', { asked: asked.within })}${line}`,
  );
}
