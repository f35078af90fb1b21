import { volumetricKg } from '../tracking';
import { ruleOn, type Found } from './case-rules';
import { customerMarket } from './market';
import { asksQuestion } from './message-cues';
import { readQuoteAsked } from './quote-reading';
import { say, type Turn } from './turn';

/**
 * "为什么按5公斤算 枕头就2公斤", "是不是按体积算的？箱子40*30*25", "why was I charged for 5 kg, is it by size?" (blind batch
 * 42b 08.1–08.4 heard the parcel's delivery date three times, in a fee complaint): why a parcel is charged for more
 * than it weighs — the courier's volumetric rule, and the customer's box worked out by it. Asked in a complaint or
 * outside one.
 */

// A weight charged that is not what the parcel weighs: "按5公斤算", "体积", "材積", "复重", "by volume", "charged for 5 kg".
const WEIGHT_CHARGE =
  /按.{0,6}(公斤|斤|kg|千克)(算|计|計|收)|体积|體積|材积|材積|抛重|泡重|计费重量|計費重量|复重|復重|重新称|重新稱|\b(volume|volumetric|dimensional|re-?weigh\w*)\b|\bcharged (for|by|as) \d+(\.\d+)? ?(kg|kilos?)\b|\bby (the )?(size|volume|box size)\b/i;
// "给个说法", "这是什么情况", "explain": asked for, without a question's words.
const EXPLAIN = /说法|說法|解释|解釋|什么情况|什麼情況|咩事|乜事|怎么回事|怎麼回事|\bexplain\b/i;

// A charge in view: "按5公斤算", "charged", "运费" — not a big box told of in a damage complaint ("体积这么大为什么不
//小心点", review of 0bd6389).
const CHARGE = /charg|\bfees?\b|\bprice\b|\bcost\b|\bpa(y|id)\b|收费|收費|扣|运费|運費|费用|費用|算|计费|計費|計/i;

/**
 * The message asks why a parcel was charged for a weight it does not have, or whether by its size — of a charge it
 * names, or in a fee complaint (`feeInView`).
 */
export const asksChargedWeight = (text: string, feeInView = false): boolean =>
  WEIGHT_CHARGE.test(text) && (asksQuestion(text) || EXPLAIN.test(text)) && (feeInView || CHARGE.test(text));

// A box's sides as a box has them: 1 cm to 3 m (a "0x0x0" or "99999*99999*99999" is worked out for nobody).
const realBox = (box: readonly number[]): boolean => box.every((side) => side >= 1 && side <= 300);

/**
 * The volumetric rule (of the parcel's market when one is in view), and the box the message gives (if any) worked
 * out by it; undefined when not asked.
 */
export function chargedWeightAnswer(turn: Turn, feeInView = false, parcel?: Found): string | undefined {
  if (!asksChargedWeight(turn.text, feeInView)) return undefined;
  const rule = ruleOn(turn, 'volumetric', parcel);
  if (!rule) return undefined;
  const { box } = readQuoteAsked(turn.text, turn.services.places);
  const table = turn.services.fees[customerMarket(turn)];
  if (!box || !table || !realBox(box)) return rule;
  const kg = Math.round(volumetricKg(table, box) * 100) / 100;
  return `${rule}\n${say(turn, 'charge.boxWorkedOut', { box: box.join('×'), divisor: table.volumetricDivisor, kg })}`;
}
