import type { ComplaintCategory, Demand } from '../nlu';
import { noteDemandDetails } from './demand-details';
import type { IntakeState } from './intake-state';
import { readDemand, readDemands } from './intake-reading';
import type { Turn } from './turn';

/**
 * A demand told in the message just before the complaint was started (issue #17, "never make them repeat"; blind
 * batch 23: 13.4–13.6, 28.5): "已经晚了三天了，我要的是今天必须送到，还有让你们主管给我打电话" while the bot was still
 * looking for an earlier complaint, or "delay咗咁耐，可唔可以refund返運費？" answered with the rules, then "OK幫我file個
 * complaint啦，電話…". What the customer wanted one message ago is the complaint's demand: taken, said back, and the
 * demand question is not asked for it.
 */

// How something works, asked in the abstract ("how do refunds work?", "退款流程是怎样的", "索償點樣計"): no wish of theirs.
const HOW_IT_WORKS =
  /怎么|怎麼|點樣|点样|如何|流程|规则|規則|政策|\bhow (do|does|is|are)\b|\bwhat('?s| is| are) (the|your) (rules?|policy|process)\b/i;

// Asked for themselves: "可唔可以退返運費俾我？", "能不能给我退运费", "could I get my fee refunded?".
const ASKS_FOR_IT =
  /可唔可以|可不可以|能不能|能唔能|可否|得唔得|(可以|能)[^，,。]{0,12}(吗|嗎|么|麼)|\b(can|could|may) (i|we|you)\b|\bis it possible\b/i;

/**
 * The demand (with the others named beside it and its details) of the customer's message before this one, or of
 * this one when it asks for it as a question ("可唔可以退返運費俾我？" is what they want, asked politely).
 */
export function demandToldBefore(
  turn: Turn,
  category?: ComplaintCategory,
): { demand: Demand; more: Demand[]; text: string } | undefined {
  const asked = ASKS_FOR_IT.test(turn.text) && !HOW_IT_WORKS.test(turn.text) ? turn.text : undefined;
  for (const text of [asked, turn.data.said?.at(-1)]) {
    const told = text && !HOW_IT_WORKS.test(text) ? demandOf(turn, text, category) : undefined;
    if (told) return told;
  }
  return undefined;
}

function demandOf(
  turn: Turn,
  text: string,
  category?: ComplaintCategory,
): { demand: Demand; more: Demand[]; text: string } | undefined {
  const { nlu, replies } = turn.services;
  const demand = readDemand(nlu, replies, turn.locale, text, category);
  if (!demand || demand === 'none') return undefined;
  return { demand, more: readDemands(nlu, text, category).filter((d) => d !== demand), text };
}

/**
 * Takes the demand told just before the complaint started into an intake that has none yet.
 * @returns whether one was taken (the caller says it back).
 */
export function takeDemandToldBefore(turn: Turn, state: IntakeState): boolean {
  if (state.demand !== undefined && state.demand !== 'none') return false;
  const told = demandToldBefore(turn, state.category);
  if (!told) return false;
  state.demand = told.demand;
  state.moreDemands = told.more;
  noteDemandDetails(state, told.text, true);
  return true;
}
