/**
 * "Does it matter who claims?", "can the buyer claim or must the seller?", "收件人能申请理赔吗 还是一定要寄件人",
 * "係咪一定要寄件人先可以索償": who may make a claim — the sender or the recipient — asked in other words than who is
 * paid (case-rules.ts reads those), and answered by the same rule of the market's (issue #17, blind 29: 03.2, 09.1).
 * A leaf module: the claim rules' lookups and the intake's asides both read it.
 */

// A party to the shipment: the buyer or recipient, the seller or sender.
const PARTY_EN = String.raw`(buyer|recipient|receiver|consignee|customer|seller|sender|shipper|shop|store|merchant|vendor)s?`;
const CLAIM_EN = String.raw`(claim|claims|file|files|make|makes|submit|submits|lodge|lodges)\b`;

const WHO_MAY_CLAIM_EN = new RegExp(
  [
    // "does it matter who claims?", "does it matter which of us files the claim?"
    String.raw`\bmatters?\b[^.?!]{0,12}\b(who|which (of us|one|party|side))\b[^.?!]{0,20}\b${CLAIM_EN}`,
    // "who can claim?", "who should file the claim?", "who has to make the claim?" (not "who handles my claim")
    String.raw`\b(who|which (of us|one of us|party|side))\b[^.?!]{0,4}\b(can |could |may |should |must |has to |needs? to |is (allowed|supposed) to |gets to )?(claims|claim\b(?! (from|with|for)\b)|(files?|makes?|submits?|lodges?|puts? in) (a |the )?claim)`,
    // "can the buyer claim?", "must the sender file it?", "does the seller have to do it?"
    String.raw`\b(can|could|may|must|should|does|do|is|will)\b[^.?!]{0,6}\b(the |a |my |our )?${PARTY_EN}\b[^.?!]{0,20}\b(claim|claims|file|lodge)\b`,
    String.raw`\b(can|could|may|must|should|does|do)\b[^.?!]{0,6}\b(the |a |my |our )?${PARTY_EN}\b[^.?!]{0,6}\b(have|need|has) to (do|claim|file|make|submit)\b`,
    // "the buyer can claim?", "the recipient is allowed to claim?"
    String.raw`\b${PARTY_EN}\b[^.?!]{0,4}\b(can|could|may|must|has to|have to|needs? to|is allowed to|is able to)\b[^.?!]{0,8}\b(claim|file|lodge)\b`,
    // "can I claim as the recipient?", "can I claim or does the seller have to?"
    // ("as the receiver, am I allowed to file the claim?")
    String.raw`\bas (the |a )?${PARTY_EN}\b[^.?!]{0,8}\b(can|could|may|must|should|do|am|are) (i|we)\b[^.?!]{0,20}\b(claim|file|lodge)\b`,
    String.raw`\b(can|could|may|must|should|do|am|are) (i|we)\b[^.?!]{0,20}\b(claim|file|lodge)\b[^.?!]{0,24}\b(as (the |a )?${PARTY_EN}|or\b[^.?!]{0,12}\b(the |my |our )?${PARTY_EN})\b`,
    // "who files it, me or her?", "who claims, me or the buyer?" (blind batch 41a: 02.3, 02.5)
    String.raw`\bwho\b[^.?!]{0,6}\b(files?|submits?|lodges?|makes?|claims?|does)\b( it| this| that| the claim)?[^.?!]{0,6}\b(me|i|us)\b[^.?!]{0,4}\bor\b`,
    // "does the claim go through me or her?"
    String.raw`\b(claim|it)\b[^.?!]{0,6}\bgo(es)? through (me|us)\b[^.?!]{0,6}\bor\b`,
  ].join('|'),
  'i',
);

// Chinese: a party, then may or must, then a claim ("买家能索赔吗", "一定要寄件人申请", "收件人可唔可以索償").
const PARTY_ZH =
  '(买家|買家|收件人|收货人|收貨人|收件方|寄件人|寄件方|发件人|發件人|卖家|賣家|商家|店家|网店|網店|我方)';
const MAY_ZH =
  '(能|可以|可不可以|能不能|能否|可否|可唔可以|得唔得|得不得|要|需要|必须|必須|一定要|只能|才能|先可以|先得|自己)';
const CLAIM_ZH = '(申请|申請|提出|去|来|來|嚟)?(索赔|索賠|理赔|理賠|索偿|索償)';
const WHO_MAY_CLAIM_ZH = new RegExp(
  [
    `${PARTY_ZH}(本人|自己)?${MAY_ZH}(自己)?${CLAIM_ZH}`,
    // "一定要寄件人来申请吗", "是不是要卖家索赔", "係咪要寄件人先可以索償"
    `(一定要|必须|必須|只能|是不是要|是否要|係咪要|係唔係要|是要|要由|由)${PARTY_ZH}[^，。？?]{0,4}${CLAIM_ZH}`,
    // "谁索赔有区别吗", "邊個索償都得？": who claims, asked whether it matters
    `(谁|誰|邊個|边个|哪一方|哪方)(来|來|嚟)?(申请|申請|提出|去)?(索赔|索賠|理赔|理賠|索偿|索償)`,
    // "我係賣家…我可唔可以向你哋索償", "我是寄件人 能找你们理赔吗": the writer, a sender, asks if they may claim (41a: 15.1)
    `(卖家|賣家|寄件人|寄件方|网店|網店|商家|店家)[^？?]{0,40}(我|我哋|我们|我們)(本人|自己)?(能|可以|可不可以|能不能|能否|可否|可唔可以|得唔得|有冇得|有没有得|有沒有得)(向|同|找|跟|搵)?(你们|你們|你哋|快递|快遞|速遞|物流)?${CLAIM_ZH}`,
  ].join('|'),
);

/** The message asks who may make a claim, the sender or the recipient. */
export const asksWhoMayClaim = (text: string): boolean => WHO_MAY_CLAIM_EN.test(text) || WHO_MAY_CLAIM_ZH.test(text);

// Whom to go to about a parcel bought online, the seller or the courier: "我是找卖家还是找你们", "找商家还是找快递",
// "搵賣家定係搵你哋", "應該找賣家還是物流", "should I go to the seller or to you?", "do I contact the shop or the
// courier?" (blind-30 12.5 heard the claim rules, their damage rule too, for a lost parcel).
const SELLER_ZH = '(卖家|賣家|商家|店家|网店|網店|淘宝|淘寶|天猫|天貓|京东|京東|拼多多|蝦皮|虾皮|店铺|店鋪|平台)';
const COURIER_ZH = '(你们|你們|你哋|快递|快遞|速遞|速递|物流|宅配|货运|貨運|快递公司|快遞公司)';
const OR_ZH = '(还是|還是|定係|定系|定|或者|抑或)';
const GO_ZH = '(找|问|問|搵|联系|聯繫|聯絡|投诉|投訴)?';
const SELLER_OR_COURIER_ZH = new RegExp(
  `${GO_ZH}${SELLER_ZH}${OR_ZH}${GO_ZH}${COURIER_ZH}|${GO_ZH}${COURIER_ZH}${OR_ZH}${GO_ZH}${SELLER_ZH}`,
);
const SELLER_EN = String.raw`(the |my )?(seller|shop|store|merchant|vendor|taobao|amazon|platform)`;
const COURIER_EN = String.raw`(you|you guys|the courier|your company|the delivery company)`;
const SELLER_OR_COURIER_EN = new RegExp(
  String.raw`\b${SELLER_EN}\b[^.?!]{0,8}\bor\b[^.?!]{0,12}\b${COURIER_EN}\b|\b${COURIER_EN}\b[^.?!]{0,8}\bor\b[^.?!]{0,12}\b${SELLER_EN}\b`,
  'i',
);

/** The customer asks whether to go to the seller or to the courier about their parcel. */
export const asksSellerOrCourier = (text: string): boolean =>
  SELLER_OR_COURIER_ZH.test(text) || SELLER_OR_COURIER_EN.test(text);
