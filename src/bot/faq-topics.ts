import type { KnowledgeBase, FaqTopic } from './knowledge';
import type { FaqIntent } from './turn';

/**
 * Whether a message asks about a FAQ topic at all — its words, or a thing the knowledge files answer for
 * ("power bank", "旺角"). A canned answer is added to a reply only when the message asks about its topic:
 * contact details at a summary are not a question about prohibited items, "how long until someone gets back
 * to me?" is not one about claims, however the NLU reads them.
 */
const TOPIC_WORDS: Record<FaqTopic, RegExp> = {
  // A route ("由觀塘寄去九龍城", "from Shenzhen to Hong Kong") is what a price depends on.
  fee: /\b(fees?|costs?|price[sd]?|pricing|rates?|charge[sd]?|tariff|quote|how much|pay|weight|kg|kilos?)\b|\bfrom \S+( \S+)? to\b|寄去|寄到|寄往|寄嚟|寄来|寄來|公斤|运费|運費|价格|價格|价钱|價錢|价目|價目|多少钱|多少錢|幾錢|几钱|幾多錢|收费|收費|费用|費用|首重|续重|續重|加钱|加錢|要钱|要錢|[钱錢]|材积|材積|体积|體積|重量/i,
  outlet:
    /\b(outlets?|branch(es)?|stations?|offices?|service points?|drop[- ]?off|pick[- ]?up points?|lockers?|stores?|shops?|where)\b|网点|網點|营业所|營業所|门市|門市|服务点|服務點|寄件点|寄件點|站点|站點|在哪|哪里|哪裡|邊度|附近/i,
  hours:
    /\b(hours|open|opens|opening|close|closes|closing|sunday|saturday|weekend|holidays?)\b|几点|幾點|营业|營業|开门|開門|关门|關門|閂門|收工|[周週]末|星期|禮拜|礼拜|[周週][一二三四五六日天]/i,
  prohibited:
    /\b(allowed|prohibited|banned|restricted|forbidden|dangerous goods)\b|能寄|可以寄|可唔可以寄|能不能寄|可不可以寄|寄得|可寄|禁寄|违禁|違禁|限寄/i,
  claim: /\b(claims?|compensat\w*|insur\w*|reimburs\w*|pay ?out)\b|赔|賠|保价|保價|索償|索偿/i,
};

const TOPIC_OF: Record<FaqIntent, FaqTopic[]> = {
  'faq.fee': ['fee'],
  'faq.outlet': ['outlet', 'hours'],
  'faq.prohibited': ['prohibited'],
  'faq.claim': ['claim'],
};

/** A keyword of one of the knowledge files' entries on the topic appears in the message. */
function namesEntry(base: KnowledgeBase, topic: FaqTopic, text: string): boolean {
  const lower = text.toLowerCase();
  return Object.values(base).some((files) =>
    Object.values(files).some((topics) =>
      (topics?.[topic]?.entries ?? []).some((e) => e.keywords.some((k) => lower.includes(k))),
    ),
  );
}

/** The message asks about the topic of a FAQ reading (its words, or something its entries answer for). */
export function asksAboutTopic(base: KnowledgeBase, intent: FaqIntent, text: string): boolean {
  return TOPIC_OF[intent].some((topic) => TOPIC_WORDS[topic].test(text) || namesEntry(base, topic, text));
}
