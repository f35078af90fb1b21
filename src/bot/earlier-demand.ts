import type { ComplaintCategory, Demand } from '../nlu';
import { findTrackingNumbers } from '../nlu/entities/tracking';
import { normalize } from '../nlu/normalize';
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
  /可唔可以|可不可以|有(没|沒|冇)(有)?可能|能不能|能唔能|可否|得唔得|(可以|能)[^，,。]{0,12}(吗|嗎|么|麼)|\b(can|could|may) (i|we|you)\b|\bis it possible\b/i;

// The customer's own wish, said outright: "我要…", "一定要明天送到", "让经理给我回电话", "I want…", "I'd like…".
const WANTS_IT =
  /我要|我想|想要|希望|要求|一定要|必须|必須|务必|務必|需要|(给|給|俾|畀)我|(帮|幫)我|\bi (want|need|would like|'d like|expect|demand)\b|\bi'?d like\b|\bplease\b|\bgive me\b|\bfor me\b/i;

// A question of what the rules are, not of what they want for this parcel: "如果包裹丢了能赔多少钱？", "Do you refund the
// fee if a parcel is late?", "要是寄丢了怎么赔".
const RULES_QUESTION =
  /如果|假如|假設|假设|要是|万一|萬一|若果|若是|一般|通常|\bif\b|\bin case\b|\bwhat happens\b|(^|[,.;!?，。；！？]\s*)(do|does) (you|u|they|your|the)\b/i;

// Someone else's words or someone else's parcel: "卖家说可以退货", "the seller said…", "my friend's parcel…".
const SOMEONE_ELSE =
  /(卖家|賣家|商家|店家|朋友|客服|快递员|快遞員|派件员|派件員|司机|司機|他|她|佢|对方|對方|老板|老闆|人哋|人家)(说|說|讲|講|話|告诉|告訴|叫)|\b(seller|shop|store|merchant|friend|courier|driver|agent|he|she|they)\s+(said|says|told|tells)\b|\bmy (friend|mum|mom|dad|mother|father|wife|husband|boss|colleague|neighbour|neighbor)('s)?\b/i;

// Of the customer's parcel and its trouble, when the wish is only asked ("given how late it is, can I get…",
// "delay咗咁耐，可唔可以refund返運費？"): a bare "can I send a power bank?" wants nothing of this complaint.
const OF_THEIR_PARCEL =
  /\b(my|it|its|it's|this|that)\b|\b(late|delay\w*|stuck|lost|missing|broken|damaged)\b|我的|我嘅|我個|我个|这个|這個|呢个|呢個|个件|個件|件貨|件货|晚|遲|迟|慢|延误|延誤|delay|咁耐|这么久|這麼久|丢|丟|坏|壞|破/i;

// How many of the customer's last messages may hold the wish.
const EARLIER_KEPT = 3;

/**
 * Whether an earlier message tells the customer's own wish about this complaint's parcel: a want said outright, or
 * asked for about their parcel — never a question of the rules, someone else's words, a message naming another
 * parcel (issue #17 review: "如果包裹丢了能赔多少钱？" then a delay complaint was taken down as wanting compensation).
 */
function wishOfTheirs(text: string, parcels: readonly string[]): boolean {
  if (RULES_QUESTION.test(text) || SOMEONE_ELSE.test(text)) return false;
  const named = findTrackingNumbers(normalize(text).halfWidth).filter((m) => m.valid);
  if (named.some((m) => !parcels.includes(m.number))) return false;
  if (WANTS_IT.test(text)) return true;
  return ASKS_FOR_IT.test(text) && (named.length > 0 || OF_THEIR_PARCEL.test(text));
}

/**
 * The demand (with the others named beside it and its details) of the customer's message before this one when it
 * tells their own wish about this parcel, or of this one when it asks for it as a question ("可唔可以退返運費俾我？" is
 * what they want, asked politely).
 */
export function demandToldBefore(
  turn: Turn,
  category?: ComplaintCategory,
  parcels: readonly string[] = [],
): { demand: Demand; more: Demand[]; text: string } | undefined {
  const asked = ASKS_FOR_IT.test(turn.text) && !HOW_IT_WORKS.test(turn.text) ? turn.text : undefined;
  // (A few messages back, too: "I want my shipping fee back" said first, then the proof and a question on the rules —
  // blind batch 29: 02.4 asked for it again.)
  const before = (turn.data.said ?? []).slice(-EARLIER_KEPT).reverse();
  const earlier = before.filter((said) => said !== turn.text && wishOfTheirs(said, parcels));
  for (const text of [asked, ...earlier]) {
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
  const told = demandToldBefore(turn, state.category, state.trackingNumbers);
  if (!told) return false;
  state.demand = told.demand;
  state.moreDemands = told.more;
  noteDemandDetails(state, told.text, true);
  return true;
}
