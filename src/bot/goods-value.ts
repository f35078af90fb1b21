import { ruleOn, type Found } from './case-rules';
import { evidenceAsked, PAPERS_ASKED } from './claim-evidence';
import { ANSWERED_ASIDE, DEMAND_PROMPT, TEXT_PROMPT, type IntakePosition, type IntakeState } from './intake-state';
import { asksQuestion } from './message-cues';
import { keepInAccount } from './intake-slot-text';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';
import { sendingLater } from './later-parcel';
import { owesCodMoney } from './owed-money';
import { insuredValueSaid } from './insured-said';

/**
 * What the goods were worth, told in a loss or damage complaint ("值两千多块", "it was a 3000 yuan phone", "值五千蚊")
 * (issue #17): the customer hears plainly what can be paid — the claim rules of the parcel's market (the knowledge
 * entry keyed `claim limits`: uninsured up to its cap, insured up to the declared value), then what that means for
 * this parcel by its waybill. The words stay in the complaint's account (the step keeps them), so the ticket has the
 * value. "So I only get that?" after it is answered by the same rule.
 */

// "值", "價值", "买的", "花了", "worth", "cost", "paid": a figure said to be the goods' value.
const VALUE_WORDS =
  /值|价值|價值|价钱|價錢|买的|買的|买了|買了|花了|花咗|使咗|\bworth\b|\bvalued?\b|\bcost\b|\bpaid\b|\bbought\b|\bprice[ds]?\b/i;
// A figure without a currency word ("一千五", "3500买的").
const FIGURE = /\d{2,}|[一二两兩三四五六七八九十][百千万萬]/;
// "那我只能赔这么点？", "即係我得返咁少？", "so I'd only get that much?": the payout the rule allows, doubted.
const ONLY_THAT =
  /只能|只有|只赔|只賠|就这么|就這麼|就咁|咁少|这么少|這麼少|那么少|那麼少|这么点|這麼點|才赔|才賠|得返|得番|\bonly\b|\bthat'?s (it|all)\b|\bso little\b|\bthat (little|much)\b|\bno more than\b/i;
const PAYOUT = /赔|賠|钱|錢|拿到|得返|得番|\b(get|paid|pay|payout|compensat\w*|money|claim)\b/i;

const aboutGoods = ({ state }: { state: IntakeState }): boolean =>
  state.category === 'lost' || state.category === 'damaged';

// Money the courier took or should pay back ("运费多收了20", "charged me 30"): a fee, not what the goods were worth.
const FEE_WORDS = /运费|運費|邮费|郵費|多收|收了|收咗|扣了|扣咗|\b(shipping|postage|fees?|charged?|overcharged)\b/i;

// "一蚊都冇得賠", "一分钱都拿不到", "not a single cent": nothing at all, no figure of the goods' worth.
const NOT_EVEN =
  /一\s*(蚊|分钱|分錢|毛钱|毛錢|块钱|塊錢|分|毛|块|塊|元|文)(钱|錢)?\s*(都|也)|\b(not )?(a|one) (single )?(penny|cent|dime|dollar|yuan|kuai)\b/gi;

/** The message says what the goods were worth ("值两千多块", "a 3000 yuan phone"), not a fee. */
export function saysGoodsValue(turn: Turn): boolean {
  const { text: said, reading } = turn;
  if (FEE_WORDS.test(said)) return false;
  // (Its "one dollar" of "not a dollar" is no value: blind batch 30 02.3's rule asked in Cantonese heard "value noted".)
  const text = said.replace(NOT_EVEN, ' ');
  if (text !== said && !FIGURE.test(withoutNumbers(text))) return false;
  // (Every figure in it told of a parcel yet to be sent is no value of this one's goods: blind batch 19: 05.4.)
  const figures = text.split(/(?<=[.。!！?？;；\n])/).filter((s) => FIGURE.test(withoutNumbers(s)));
  if (figures.length > 0 && figures.every(sendingLater)) return false;
  if (reading.entities.amounts.length > 0) return true;
  return VALUE_WORDS.test(text) && FIGURE.test(withoutNumbers(text));
}

/** The text without tracking numbers (letters and digits, or a long run of digits): their digits are no figure. */
const withoutNumbers = (text: string): string => text.replace(/[A-Z]{2}\d{8,}|\d{12,}/gi, '');

/** The rule and what it means for this parcel: its insured value, or the cap for an uninsured one. */
async function payoutRule(turn: Turn, { state }: { state: IntakeState }): Promise<string[] | undefined> {
  // (Insurance the customer says was paid is answered on their word, never contradicted by the waybill: 27 06.3.)
  return claimLimitsFor(turn, state.trackingNumbers[0], [state.description, turn.text]);
}

/**
 * The claim limits and what they mean for the parcel by its waybill (insured value, or the uninsured cap).
 * @param said the customer's words: insurance they say they paid, which the waybill does not show, is answered on
 * their figure with its proof asked for (insured-said.ts).
 */
export async function claimLimitsFor(
  turn: Turn,
  number: string | undefined,
  said: readonly string[] = [],
): Promise<string[] | undefined> {
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel: Found | undefined = lookup?.kind === 'found' ? lookup : undefined;
  const rule = ruleOn(turn, 'limits', parcel);
  if (!rule) return undefined;
  const declared = parcel?.shipment.declaredValue;
  if (declared?.insured) {
    const amount = `${declared.currency} ${declared.amount.toLocaleString('en')}`;
    return [rule, say(turn, 'claimValue.insured', { amount })];
  }
  const insuredSaid = insuredValueSaid(said);
  if (insuredSaid) return [rule, say(turn, 'claimValue.insuredSaid', { amount: insuredSaid })];
  if (!parcel) return [rule];
  return [rule, say(turn, 'claimValue.uninsured')];
}

/** The goods' value told in a loss or damage complaint: what can be paid for it, said once; the step goes on. */
export async function answerGoodsValue(turn: Turn, position: IntakePosition): Promise<boolean> {
  // (At the demand step the message is its answer: "要赔偿 按价值赔 3000多呢" is compensation, taken — no rules instead.)
  if (position.prompt === DEMAND_PROMPT) return false;
  if (!aboutGoods(position) || position.state.goodsValueTold || !saysGoodsValue(turn)) return false;
  const rule = await payoutRule(turn, position);
  if (!rule) return false;
  position.state.goodsValueTold = true;
  // (Its facts are the account's — not a change of demand beside them: the ticket keeps the value. The account step
  // keeps them itself.)
  if (position.prompt !== TEXT_PROMPT) keepInAccount(turn, position.state);
  await reply(turn, [say(turn, 'claimValue.noted'), ...rule].join('\n'));
  // (An answered aside does not use up the step's tries.)
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/**
 * The goods' value told in the message that opens a loss or damage complaint ("also add that the item was worth 1500
 * yuan, it's a phone"): the line that says it is noted on the complaint, for the first reply (blind batch 20: 09.3
 * heard only a general apology). The words are the account's already.
 */
export function valueAtOpening(turn: Turn, state: IntakeState): string[] {
  if (!aboutGoods({ state }) || state.goodsValueTold || !saysGoodsValue(turn)) return [];
  // (Only said back: the claim rules come when asked — "so how much do I get?" — not unasked in the first reply.)
  return [say(turn, 'claimValue.notedOpening')];
}

// "按实际价值赔", "照購買價賠", "the actual value", "the full price I paid": the goods' own value asked to be paid.
const ACTUAL_VALUE =
  /(按|照|依|根据|根據)(着|著)?(实际|實際|购买|購買|原来|原來|买|買|入货|入貨)?(的|嘅)?(价值|價值|价格|價格|价钱|價錢|价|價|金额|金額|损失|損失)|(实际|實際|真实|真實|全部|原本)(的|嘅)?(价值|價值|价格|價格|价钱|價錢|损失|損失)|\b(actual|full|real|whole|original|purchase|retail|market) (value|price|amount|cost|loss)\b|\bwhat (i|we|it) (actually )?(paid|cost|was worth)\b/i;
// "我有购买记录", "有發票", "with my receipt", "proof of purchase": proof of what the goods cost.
const PROOF =
  /购买记录|購買記錄|购物记录|購物記錄|订单截图|訂單截圖|发票|發票|收据|收據|单据|單據|小票|\breceipts?\b|\binvoices?\b|\bproof of (purchase|payment|value)\b|\border (history|record|screenshot)\b/i;

/**
 * "能按实际价值赔吗 我有购买记录", "can I be paid the actual value with my receipt?" in a loss or damage complaint
 * (blind batch 22: 18.4): a receipt proves what the goods were worth but does not lift the cap — the rule and what it
 * means for this parcel, then the step again.
 */
async function answerActualValue(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  // (A payout refused is asked the same of: "我要賠償" read as a paid service not honoured — not of cash on delivery.)
  const payoutCase =
    aboutGoods(position) || (position.state.category === 'value_added' && !owesCodMoney(position.state));
  if (!payoutCase || !PAYOUT.test(text) || !(ACTUAL_VALUE.test(text) || PROOF.test(text))) return false;
  // ("what do I need to send for the claim? photos? receipt?": the receipt asked as evidence — the claim's papers answer
  // it, not the cap — 27 06.2.)
  if (!ACTUAL_VALUE.test(text) && (evidenceAsked(text) || PAPERS_ASKED.test(text))) return false;
  if (!asksQuestion(text) && !/[吗嗎呀啊咩]\s*$|\?|？/.test(text)) return false;
  const rule = await payoutRule(turn, position);
  if (!rule) return false;
  position.state.goodsValueTold = true;
  await reply(turn, [say(turn, 'claimValue.receipt'), ...rule].join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/**
 * "So I only get that much?" after the value was answered: the same rule, then the step again; so is "can I get the
 * actual value with my receipt?" (`answerActualValue`), at any step.
 */
export async function answerOnlyThat(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  if (await answerActualValue(turn, position)) return true;
  if (!position.state.goodsValueTold || !ONLY_THAT.test(text) || !PAYOUT.test(text)) return false;
  if (!asksQuestion(text) && !/[吗嗎呀啊咩]\s*$|\?|？/.test(text)) return false;
  const rule = await payoutRule(turn, position);
  if (!rule) return false;
  await reply(turn, [say(turn, 'claimValue.onlyThat'), ...rule].join('\n'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
