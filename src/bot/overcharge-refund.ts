import { overcharged } from './message-cues';
import type { Turn } from './turn';

/**
 * The money back of an overcharge, asked for: "can I get the 33 difference back?", "多收的 80 可以退嗎", "啲差價退唔退
 * 得返". Its way is a fee complaint asking for a refund — started, with the way said, not "I didn't understand"
 * (blind batch 19: 07.4).
 */

// Money back: "get … back", "refund", "退", "还我", "退返".
const MONEY_BACK =
  /\b(get|have|want|need)\b.{0,30}\bback\b|\b(refund\w*|reimburs\w*|money back|pay (me )?back|give (me )?back)\b|退(回|返|还|還|给|給|俾)?(我|差价|差價|差额|差額|钱|錢|款|费|費)?|还我|還我|還返|还返/i;
// What was paid too much: "the difference", "the extra", "差价", "多收的", "多咗嘅".
const DIFFERENCE =
  /\b(difference|extra|overcharge\w*|the rest|excess)\b|差价|差價|差额|差額|多收|多付|多出|多咗|多扣|多给|多給|多俾/i;

/**
 * A refund of an overcharge asked for, in this message or of an overcharge the customer told of earlier: the complaint's
 * account — the overcharge told, then the money asked back — else undefined.
 */
export function overchargeBackAsked(turn: Turn): string | undefined {
  const { text, data } = turn;
  if (!MONEY_BACK.test(text) || turn.reading.entities.trackingNumbers.length > 0) return undefined;
  if (DIFFERENCE.test(text) && overcharged(text)) return text;
  // "can I get it back?" after telling of a charge above the quote: the overcharge told before.
  const told = [...(data.said ?? [])].reverse().find((said) => overcharged(said) || CHARGED_ABOVE.test(said));
  if (told) return `${told} ${text}`;
  return DIFFERENCE.test(text) || overcharged(text) ? text : undefined;
}

// "quoted me 45 but charged 78", "the counter charges more than the website", "網站說150 櫃台收我230", "比网上报价贵": a
// charge above what was quoted.
const CHARGED_ABOVE =
  /\bquot\w*\b.{0,40}\bcharg\w*|\bcharg\w*\b.{0,40}\b(quot\w*|more than|website|online)\b|比(网上|網上|网站|網站|页面|頁面|报价|報價)[^。]{0,10}(贵|貴)|(网站|網站|网上|網上|页面|頁面|报价|報價)[^。]{0,20}(收|扣)[^。]{0,6}\d/i;
