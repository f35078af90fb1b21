/**
 * Rules asked again for another route or case right after what may be sent (issue #17, blind batch 26: 22.3–22.4):
 * "如果我要寄到香港，規定一樣嗎", "寄澳門都係咁嗎", "same rules if I send it to Macau?", "我是問違禁品的規定 不是問運費" — the
 * topic being discussed (what may be sent) for that route, never the price list; a price said not to be asked ("不是問
 * 運費", "not asking about the price") is not asked.
 */

// The rules: "規定", "规则", "限制", "禁寄", "rules", "restrictions", "allowed"; or "the same?" of them.
const RULES =
  /規定|规定|規則|规则|限制|禁寄|違禁|违禁|限寄|\b(rules?|restrictions?|regulations?|allowed|banned|prohibited)\b/i;
const SAME =
  /一樣嗎|一样吗|一樣嘛|一样嘛|一樣唔一樣|一樣不一樣|一样不一样|都係咁|都是這樣|都是这样|也是這樣|也是这样|相同嗎|相同吗|\b(the )?same\b[^.?!]{0,20}\?|\bsame (rules?|thing|for)\b|\bdoes (that|it|this) apply\b/i;
// A price said not to be what is asked: "不是問運費", "唔係問價錢", "not asking about the price".
const PRICE_NOT_ASKED =
  /(不是|唔係|沒有|没有|冇|not)\s*(在|要|想)?(問|问|asking|asking about|about)\s*(the\s+)?(運費|运费|價錢|价钱|價格|价格|幾錢|几钱|多少錢|多少钱|price|prices|cost|costs|shipping( costs?| fees?)?|postage)/gi;

// A fine: "會罰錢嗎", "罚款多少", "will I be fined" — money of a penalty, no price of sending.
const FINE = /罰唔罰錢|罰錢|罚钱|罰款|罚款|罰多少|罚多少|\bfined?\b|\bpenalt(y|ies)\b/gi;

/** The message speaks of a fine ("會罰錢嗎", "will I be fined?"): a penalty, not the price of sending. */
export const speaksOfFine = (text: string): boolean => new RegExp(FINE.source, 'i').test(text);

/** The message with any price it says it is not asking about ("不是問運費"), and any fine, taken out. */
export const withoutPriceDenied = (text: string): string => text.replace(PRICE_NOT_ASKED, ' ').replace(FINE, ' ');

// Only another destination, as a follow-up: "to hong kong tho?", "and to Taiwan?", "那寄到香港呢", "寄去澳門又點"
// (blind batch 37b: 02.3, 11.4 heard the price list to Hong Kong, not the item's rule there).
const PLACES_EN =
  'hong kong|hk|macau|macao|taiwan|the mainland|mainland( china)?|china|overseas|abroad|japan|korea|singapore|the us|usa|the uk|uk|australia|canada';
const PLACES_ZH =
  '香港|澳门|澳門|台湾|台灣|大陆|大陸|内地|內地|国外|國外|海外|日本|韩国|韓國|新加坡|美国|美國|英国|英國|澳洲|加拿大';
const DESTINATION_ONLY = new RegExp(
  `^\\s*(?:(?:and|but|ok|so|what about|how about|same)\\s+){0,2}(?:(?:if (?:i|we) )?(?:send|ship|post)(?:ing)? (?:it |them |one )?)?to (?:${PLACES_EN})(?: (?:tho|though|then|too))?\\s*[?？!.]*\\s*$|^\\s*(?:那|那么|那麼|咁|如果|还有|還有)?\\s*(?:寄|送|运|運)?(?:到|去|往)\\s*(?:${PLACES_ZH})(?:呢|嗎|吗|咧|又点|又點|又如何|可以吗|可以嗎|得唔得|可唔可以|行不行)?\\s*[?？!！。]*\\s*$`,
  'i',
);

/** "to hong kong tho?", "那寄到香港呢": another destination and nothing else — the item asked before, for there. */
export const asksOnlyDestination = (text: string): boolean => DESTINATION_ONLY.test(text);

/** After an item's rule: the message asks whether the rules are the same, or asks the rules, for another case. */
export const asksRulesAgain = (text: string): boolean => {
  const asked = withoutPriceDenied(text);
  return RULES.test(asked) || SAME.test(asked) || DESTINATION_ONLY.test(asked);
};

/**
 * Set on a turn whose message asks again whether the item just ruled on may go, for a case of it ("那剛好20000的到底可不可以"):
 * the answer reads the item asked last (faq-topics.ts sets it, handlers.ts reads it).
 */
export const CASE_OF_ITEM = Symbol('caseOfItem');
