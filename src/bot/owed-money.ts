import { COD } from './cod-words';
import type { IntakeState } from './intake-state';

/**
 * Money the courier owes the customer, named at the demand question (issue #17, blind batch 22: 02.3): in a
 * complaint about cash on delivery, "the amount was 368 yuan … I need this money", "金额368元 这笔钱等着进货",
 * "貨款三百幾蚊 我等住用" say what they want — that money paid over — though they name no kind of demand.
 */

// The goods' money by itself ("貨款三百幾蚊"), as the complaint's account tells it beside cash on delivery by name.
const GOODS_MONEY = /货款|貨款/;

/** The complaint is about cash on delivery: an amount or "this money" at the demand step is the money owed. */
export function owesCodMoney(state: IntakeState): boolean {
  return state.category === 'value_added' && (COD.test(state.description) || GOODS_MONEY.test(state.description));
}
