import { faqEntries, generalAnswer, namesKeyword } from './knowledge';
import { customerMarket } from './market';
import { reply, spokenRegister, type Turn } from './turn';

/**
 * A shop's order pasted in with "can this be sent?" — "帮我看下这个能寄吗：【订单详情】订单号 … 商品：迷你充电宝 ×3，香水
 * 50ml ×2 收货地址：…", "can I ship these? Order #… Items: power bank x2, nail polish" (blind batch 22: 17.1). The
 * question is about the goods the order lists: each item's rule from the prohibited-items knowledge, in the order
 * listed. The order's number is no parcel to look up, and its address no change of delivery.
 */

// The order's list of goods: after 商品 / 品名 / 货品 / items / products, up to the address, the recipient or the end.
const GOODS =
  /(?:商品|品名|货品|貨品|宝贝|寶貝|\b(?:items?|products?|goods)\b)\s*(?:名称|名稱|明细|明細|清单|清單)?\s*[:：]\s*([\s\S]+?)(?=收货|收貨|收件|地址|联系|聯絡|聯繫|电话|電話|订单|訂單|\b(?:ship(?:ping)? to|deliver(?:y)? to|address|recipient|buyer|phone|order)\b|$)/i;
// An order pasted: its number or its details named.
const ORDER = /订单|訂單|\border\s*(?:no\.?|number|#|details|id)|\border\s*#?\d/i;
// Whether it may be sent, sending its object: "能寄吗", "可以寄嗎", "能不能寄", "这单能发吗", "寄唔寄得", "can I ship these",
// "can these be sent", "is this ok to send", "are these allowed". Not the shop's sending ("can you send me the tracking
// number?", "能帮我看看发货了没有") nor a claim's rules ("are damaged items accepted for a claim?").
const CAN_SEND =
  /(?:能|可以|可不可以|能不能|可唔可以|可否)[^。？?\n]{0,6}寄|(?:能|可以|能不能|可不可以|可唔可以|可否)(?:發|发)(?![货貨])|寄(?:得|唔得|不得)|\b(?:can|could|may)\s+(?:i|we)\s+(?:\w+\s+)?(?:send|ship|post|mail)\b|\b(?:can|could|may)\s+(?:these|this|it|they|those)\s+be\s+(?:sent|shipped|posted|mailed)\b|\b(?:ok|okay|allowed|fine)\s+to\s+(?:send|ship|post)\b|\b(?:are|is)\s+(?:these|this|they|it|those)\s+(?:items?\s+)?(?:allowed|prohibited|banned|restricted)\b/i;

// "Where is it?" beside the order: "发货了没有", "到哪了", "出貨了嗎", "where is it", "the tracking number", "shipped yet".
const WHERE_ASK =
  /到哪|在哪|哪里了|哪裡了|去咗邊|喺邊|(?:发货|發貨|出货|出貨|发出|發出)了(?:没|沒|冇|嗎|吗|未)|\bwhere(?:'s| is| are)\b|\btracking (?:number|no)\b|\bshipped yet\b/i;
// What a listed item carries besides its name: counts, sizes, capacities, prices.
const QUANTITY =
  /[×xX*＊]\s*\d+|(?<!\d)\d+(?:\.\d+)?\s*(?:mah|ml|毫升|升|l|g|kg|克|公斤|件|个|個|瓶|支|盒|套|pcs?|元|块|塊)(?![a-z])|[¥￥$]\s*\d+(?:\.\d+)?/gi;
const ITEM_BREAK = /[，,、;；/\n]|\band\b|和|及|以及/;

/** The goods a pasted order lists, each without its count or size; empty when no order's goods are in the text. */
export function orderGoods(text: string): string[] {
  if (!ORDER.test(text)) return [];
  const goods = GOODS.exec(text)?.[1] ?? '';
  return goods
    .split(ITEM_BREAK)
    .map((item) => item.replace(QUANTITY, ' ').replace(/\s+/g, ' ').trim())
    .filter((item) => item.length > 0);
}

/**
 * A pasted order asked about ("can this be sent?"): the prohibited-items rules of the goods it lists, each once, in
 * the order listed; the general rules when no entry covers them.
 * @returns whether the message was such and was answered.
 */
export async function answerPastedOrder(turn: Turn): Promise<boolean> {
  if (!CAN_SEND.test(turn.text)) return false;
  // (A complaint, a claim or "where is it?" beside the order is that, read as usual: "my order #5521 arrived damaged…".)
  const { intent } = turn.reading;
  if (intent === 'complaint' || intent === 'faq.claim' || turn.complaintCategory || WHERE_ASK.test(turn.text))
    return false;
  const goods = orderGoods(turn.text);
  if (goods.length === 0) return false;
  const market = customerMarket(turn);
  const register = spokenRegister(turn);
  const entries = faqEntries(turn.services.knowledge, market, turn.locale, 'prohibited', register);
  const answers: string[] = [];
  for (const item of goods) {
    const lower = item.toLowerCase();
    const entry = entries.find((e) => e.keywords.some((k) => namesKeyword(lower, k)));
    if (entry && !answers.includes(entry.answer)) answers.push(entry.answer);
  }
  const general = generalAnswer(turn.services.knowledge, market, turn.locale, 'prohibited', register);
  const text = answers.length > 0 ? answers.join('\n') : general;
  if (!text) return false;
  turn.data.lastFaq = 'faq.prohibited';
  await reply(turn, text);
  return true;
}
