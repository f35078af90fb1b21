import { handleFaq } from './handlers';
import { asksQuestion, goodsBroke } from './message-cues';
import { supposes } from './service-words';
import { noteOutcome } from './turn-outcome';
import type { Turn } from './turn';

/**
 * "如果送到的時候破掉的話要怎麼處理？", "万一到的时候碎了怎么办", "what if the glasses arrive broken?" (issue #17, blind batch
 * 41b: 11.4–11.6 — the bot said sorry it had arrived damaged and asked what the customer wanted, three times, until they
 * typed "取消"): damage supposed and asked about, before any has happened, is a question about the claim rules
 * (LABELS.md: faq.claim, "before any dispute") — answered from them, no complaint opened. Damage told as a fact ("碎了
 * 怎么办", "it came broken, what now?") stays the complaint.
 */

// The harm supposed in the clause that asks: "如果…破掉", "万一…碎了", "what if … broken", "in case it breaks".
const SUPPOSED_HARM =
  /(如果|假如|万一|萬一|要是|若果|假設|假设)[^。.!！]{0,20}(破|碎|烂|爛|坏|壞|损|損|裂|湿|濕|压|壓|扁|丢|丟|不见|不見|唔見|冇咗|被偷|被人攞)|\b(what if|if|in case|suppose)\b[^.!]{0,30}\b(break|breaks|broken|smashed|cracked|damaged|crushed|gets? wet|gets? lost|goes missing|is lost|stolen)\b/i;

// Told to be held up already: "四天没动了", "已经8天了", "hasn't moved".
const HELD_UP =
  /没动|沒動|冇郁|没到|沒到|未到|没收到|沒收到|(?<!\d)\d{1,3}\s?(天|日|days?)|\b(hasn'?t|has not|not) (moved|arrived|come|updated)\b|\bstuck\b/i;

// "怎么办", "點算", "what happens then": asked without a question mark.
const WHAT_THEN = /怎么办|怎麼辦|点算|點算|点办|點辦|怎么处理|怎麼處理|點處理|点处理|\bwhat (do i do|happens|then)\b/i;

/** Whether the message asks about damage it supposes (no harm told as having happened). */
export const asksAboutSupposedDamage = (text: string): boolean =>
  supposes(text) &&
  SUPPOSED_HARM.test(text) &&
  (asksQuestion(text) || WHAT_THEN.test(text)) &&
  // ("已经碎了 如果要赔怎么办": the harm is told before the supposition — a complaint.)
  !goodsBroke(text.slice(0, text.search(/如果|假如|万一|萬一|要是|若果|假設|假设|\b(what if|if|in case|suppose)\b/i)));

/**
 * Outside a complaint: damage supposed and asked about is answered with the claim rules, never taken down.
 * @returns whether it was answered.
 */
export async function answerSupposedDamage(turn: Turn): Promise<boolean> {
  const { reading, text } = turn;
  // (A loss supposed too: "放门岗要是丢了你们赔不赔" — blind batch 45b: 09.4 — but not of a parcel named in the message or
  // told to be held up: "YT… 四天没动了 万一丢了怎么办" is a worry about that parcel, answered from its record.)
  const supposedLoss =
    reading.category === 'lost' && reading.entities.trackingNumbers.length === 0 && !HELD_UP.test(text);
  if (reading.intent !== 'complaint' || !(['damaged', 'packaging'].includes(reading.category ?? '') || supposedLoss))
    return false;
  if (!asksAboutSupposedDamage(text)) return false;
  await handleFaq(turn, 'faq.claim');
  noteOutcome(turn.context, 'answered');
  return true;
}
