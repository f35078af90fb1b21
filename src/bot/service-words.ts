/**
 * The words of questions about the courier's service that no parcel's record answers (issue #17, batch 20): a receipt
 * or invoice, a business account (monthly billing, scheduled pickups), what happens when nobody is home, and how long
 * a claim can still be made. Pure tests on the text, with nothing imported, so that the claim-evidence cues can leave a
 * receipt asked *for* to these.
 */

// A receipt, an invoice or proof of payment, in the three languages.
const RECEIPT =
  /发票|發票|收据|收據|統編|统编|統一編號|统一编号|抬头|抬頭|税号|稅號|付款(证明|證明|凭证|憑證)|\b(receipts?|invoices?|e-?invoices?|e-?receipts?|fapiao|proof (of payment|that i paid|i paid))\b/i;
// Asked of the courier: to issue one, send one, or how to get one — "开个电子发票", "可以開收據給我嗎", "I need an invoice
// for my company", "can I get a receipt". ("箱子被拆开过，里面的发票也不见了" asks for nothing: 拆开 is no 开.)
const REQUESTED =
  /(?<![拆打离離分展翻])[开開]|给我|給我|俾我|畀我|申请|申請|索取|补|補|拿|攞|寄|怎么|怎麼|點樣|点样|如何|可以|可唔可以|能不能|能否|吗|嗎|[?？]|\b(get|need|want|issue|send|give|request|how|where|can|could|provide|for (my|our) (company|business|firm))\b/i;
// Whether a receipt is needed or kept for a claim ("收據要唔要", "do I need the receipt?", "留著發票"): the claim's evidence.
const FOR_A_CLAIM =
  /保价|保價|\binsur\w*|(必须|必須|一定)要?(有|提供|给|給)|(没|沒|冇|无|無)(有)?(发票|發票|收据|收據)|\b(without|no|don'?t have|do not have|lost) (a |an |the |my )?(invoice|receipt)s?\b|赔|賠|索偿|索償|理赔|理賠|\bclaims?\b|\bcompensat\w*|(要唔要|要不要|需不需要|用不用|使唔使|洗唔洗)\s*$|^\s*(收据|收據|发票|發票)[^，。,.]{0,3}(要唔要|要不要|需不需要|用不用|使唔使)|\b(do|should) (i|we) (need|keep|have)\b|留着|留著|保留|留低/i;

// An invoice issued wrong, or its reissue: "抬头开错了", "統編打錯", "wrong company name on the invoice", "reissue the invoice".
const INVOICE_WRONG =
  /(发票|發票|收据|收據|抬头|抬頭|税号|稅號|統編|统编|公司名)[^。.?？!！]{0,12}(错|錯|不对|不對|唔啱|重开|重開|换开|換開|更正|作废|作廢)|(重开|重開|换开|換開|作废重开|作廢重開)[^。.?？!！]{0,4}(发票|發票|收据|收據)|\b(wrong|incorrect|mistaken?)\b[^.?!]{0,30}\b(invoices?|receipts?|fapiao|tax id|company name|title)\b|\b(invoices?|receipts?|fapiao)\b[^.?!]{0,30}\b(wrong|incorrect|mistake|correct(ed|ion)?)\b|\b(re-?issue|re-?do|re-?send) (the |an |my |our |that )?(invoices?|receipts?|fapiao)\b/i;

/** The message says an invoice was issued wrong (title, tax ID) or asks for its reissue. */
export const asksInvoiceFix = (text: string): boolean => INVOICE_WRONG.test(text);

// The business account's monthly bill as issued — its currency or its being issued each month: "我哋要港幣單",
// "每個月開單俾我哋", "月结单用什么币", "can the monthly statement be in HKD?".
const STATEMENT_ASKED =
  /(每个月|每個月|每月|按月)[^。.?？!！]{0,4}(开单|開單|出单|出單|账单|帳單|賬單|对账单|對帳單|月结单|月結單)|(港币|港幣|港纸|港紙|人民币|人民幣|新台币|新台幣|台币|台幣)[^。.?？!！]{0,3}(单|單|账单|帳單|發票|发票|结算|結算)|(月结单|月結單|月结账单|月結帳單|对账单|對帳單)[^。.?？!！]{0,8}(币|幣|港币|港幣|人民币|人民幣|台币|台幣)|\b(monthly )?(statements?|invoices?|bills?|billing)\b[^.?!]{0,20}\b(in|currency) (hkd|hk\$|cny|rmb|twd|ntd|nt\$|hong kong dollars?|renminbi|yuan)\b|\b(invoice|bill) (us|me) (monthly|every month|once a month)\b/i;

/** The message asks how the business account's monthly statement is issued (its currency, monthly issue). */
export const asksStatementTerms = (text: string): boolean => STATEMENT_ASKED.test(text);

/** The message asks the courier for a receipt or an invoice, or how to get one (not whether a claim needs one). */
export const asksForReceipt = (text: string): boolean =>
  RECEIPT.test(text) && REQUESTED.test(text) && !FOR_A_CLAIM.test(text);

// A business customer's service: monthly billing, scheduled pickups, an account to open, the sales team (not 业务员,
// the usual Mainland word for the courier: review 31b).
const BUSINESS =
  /月结|月結|企业(账户|帳戶|客户|客戶)|企業(帳戶|客戶)|商家账户|商業(客戶|戶口)|公司(户口|戶口|账户|帳戶)|大客户|大客戶|开户|開戶|(固定|定时|定時|定期|每天|每日)[^，。,.?？]{0,4}(收件|取件|攬收|揽收|上门|上門|到府)|(业务|業務)(聯絡|联系|聯繫|同事)|请业务|請業務|\b(business|corporate|company) (account|customer|rate|pricing)s?\b|\bmonthly (billing|bill|invoice|account|statement|payment)s?\b|\b(regular|scheduled|daily|weekly) (pick-?ups?|collections?)\b|\b(open|set ?up|create|get) (an?|a business|a company) account\b|\bsales (team|rep|person|department)\b/i;

/** The message asks about a business account: monthly billing, regular pickups, how to open one, whom to talk to. */
export const asksAboutBusiness = (text: string): boolean => BUSINESS.test(text);

// Nobody at home when the courier comes.
// ("到時候還是沒人在怎麼辦": nobody in, the home left unsaid; "家里还是没人": nobody home again.)
const NOBODY_HOME =
  /(没|沒|冇|无|無)(有)?人(在家|喺屋企|在屋企|签收|簽收|收件|收货|收貨)|(没|沒|冇|无|無)(有)?人(在|喺度)(?=\s*(的话|的話|嘅話|怎|點|点|会|會|呢|咁|[，,?？]|$))|(家里|家裡|屋企)(还是|還是|仲係|仲系|都|又|也|仍然)(没|沒|冇)人|家里没人|家裡沒人|屋企冇人|(不|唔)(在|喺)(家|屋企)|\b(nobody|no one|noone)('s| is| will be)? (at )?home\b|\b(i'?m|i am|we'?re|we are|i'?ll be|we'?ll be) (not|out|away)( at| from)? (home|work)?\b|\bnot (at )?home\b/i;
// What happens then — asked, not told: "怎么办", "點算", "what if", "what happens".
const WHAT_THEN =
  /怎么办|怎麼辦|点算|點算|点办|點辦|会怎样|會怎樣|会点|會點|怎么处理|怎麼處理|點處理|点处理|\bwhat (if|happens|then|do (i|you) do|will happen)\b|\bhow does (it|that) work\b|\b(does|will|would) it (go|be sent|get sent) back\b|(会|會)(不会|唔會|不會)?(被)?退(回|返)/i;
// Told of a delivery that went wrong ("他说没人在家", "said nobody was home"): a complaint, not the rule asked.
const CLAIMED_ABSENT = /说|說|话|話|\b(said|says|claimed|claims|marked)\b/i;

// A delivery that does not come off, asked about before it is tried: "如果送唔到會點", "要是派送失败怎么办", "what if they
// can't deliver it?" — the same rule (another try, then held for collection), asked in other words (blind 27: 29.4);
// "if i miss his call does it go back?" too (45b: 02.7).
const DELIVERY_FAILS =
  /(送|派|投递|投遞|配送|派送)(唔|不)(到|成)|(派送|投递|投遞|配送|派件|送貨|送货)(失败|失敗|唔成功|不成功)|\b(delivery|it) (fails|failed|doesn'?t work out)\b|\b(can'?t|cannot|couldn'?t|could not|unable to|fail to) (be )?deliver(ed)?\b|\bmiss(ed)? (his|her|their|the|your) (call|courier|driver|delivery)\b|(没|沒|冇)(接到|接|聽到|听到)[^，。,.?？]{0,3}(电话|電話)/i;

// Whether someone must be in to sign: "do I need a person at home to sign?", "does somebody have to be home?",
// "家里必须有人签收吗", "一定要有人在家嗎", "屋企使唔使有人簽收" — the same rule: what happens when nobody is.
const MUST_BE_HOME =
  /\b(need|needs|have to|has to|must|got to)\b[^.?!]{0,20}\b(at )?home\b|\b(need|needs|have to|has to|must)\b[^.?!]{0,20}\b(someone|somebody|anyone|a person|an adult)\b[^.?!]{0,10}\bsign\b|(必须|必需|必須|一定|需要|需不需要|要不要|是不是要|係咪要|使唔使|使不使|要唔要|得要)[^，。？?,.]{0,6}(有人|本人|親自|亲自)[^，。？?,.]{0,4}(在家|喺屋企|在屋企|签收|簽收|收件|收货|收貨)/i;
// (Asked, in English by its word order: "do I need…", "must someone…", "does somebody have to…".)
const ASKED_EN = /^\s*(do|does|must|should|will|would|is|are)\b|[?？]|[吗嗎咩㗎呢]|使唔使|要唔要|需不需要|要不要|係咪/i;

/** The message asks what happens when nobody is home for a delivery, or the delivery otherwise fails. */
export const asksNobodyHome = (text: string): boolean =>
  ((NOBODY_HOME.test(text) || DELIVERY_FAILS.test(text)) && WHAT_THEN.test(text) && !CLAIMED_ABSENT.test(text)) ||
  (MUST_BE_HOME.test(text) && ASKED_EN.test(text));

// A claim's time limit: "how long do I have to claim", "索賠期限", "幾耐之內要索償".
const CLAIM = /赔|賠|索偿|索償|理赔|理賠|\bclaims?\b|\bcompensat\w*/i;
const TIME_LIMIT =
  /期限|时限|時限|时间限制|時間限制|(多久|多长时间|多長時間|几天|幾天|幾耐|幾多日|幾日)(之)?(内|內)|\bhow (long|many days) do (i|we|you) have\b|\btime limits?\b|\bdeadlines?\b|\bhow (long|many days) after\b|\btoo late\b|\bwithin how (long|many days)\b|\bhow soon (do|must|should) (i|we)\b/i;

/** The message names a claim or compensation. */
export const namesClaim = (text: string): boolean => CLAIM.test(text);

/** The message asks a time limit ("how long do I have?", "期限"): a claim's, where a claim is what is spoken of. */
export const asksTimeLimit = (text: string): boolean => TIME_LIMIT.test(text);

/** The message asks how long after delivery a claim can still be made. */
export const asksClaimTimeLimit = (text: string): boolean => CLAIM.test(text) && TIME_LIMIT.test(text);

// A harm told as a supposition ("如果爛咗", "if it breaks", "万一丢了"): a question about the rules, not a complaint.
const SUPPOSING = /如果|假如|假设|假設|万一|萬一|要是|若果|\b(if|in case|suppose|what if)\b/i;

/** The message supposes what it tells: "if it breaks …", "如果爛咗 …". */
export const supposes = (text: string): boolean => SUPPOSING.test(text);

// A want said rather than asked: "I need an invoice for my company", "我们想开月结", "想申請".
const WANTS = /想|需要|要开|要開|想要|请|請|唔該|\b(i|we) (need|want|would like|'d like)\b|\bplease\b/i;

/** The message says what the customer wants, as a request (no question mark needed). */
export const wantsService = (text: string): boolean => WANTS.test(text);

// What the courier does with customers' data: "do you sell customer data?", "what's your privacy policy",
// "你们会不会卖我的信息", "你哋會唔會賣客戶資料", "個資會不會被賣"; and what it keeps, how long, who sees it and the law
// that governs it (blind-30 08.3): "what happens to my personal info", "how long do you store my details", "is there a
// data protection law", "GDPR", "你们怎么处理我的个人信息", "我的資料會保存多久", "個資法", "私隱條例".
const DATA = String.raw`(data|details|information|info|personal)`;
const PRIVACY = new RegExp(
  [
    String.raw`\bprivacy\b|\bsell(s|ing)? (my |our |your |customer'?s? |people'?s? )?(data|details|information|info)\b`,
    String.raw`\b(data|information) (policy|protection)\b|\bgdpr\b|\bpipl\b|\bpdpo\b|\bpersonal (data|information) (law|act|ordinance)\b`,
    String.raw`\b(do|does|will|did) you (do|keep|store|use|hold|share)\b[^.?!]{0,20}\b(my|our|customers'?|people'?s) ${DATA}`,
    String.raw`\bwhat happens to (my|our) ${DATA}|\bhow long\b[^.?!]{0,25}\b(keep|store|hold|retain)\b[^.?!]{0,12}\b${DATA}`,
    String.raw`\bwho (can )?(sees?|has access to|can access|gets)\b[^.?!]{0,8}\b(my|our) ${DATA}`,
    '隐私|隱私|私隱|个人信息保护|個人信息保護|个人资料保护|個人資料保護|個資法|个资法|私隐条例|私隱條例',
    '(卖|賣|出卖|出賣|販賣|贩卖)[^，。,.!?！？]{0,6}(信息|资料|資料|个资|個資|数据|數據)',
    '(怎么|怎樣|怎样|如何|點樣|点样|会怎么|會怎麼)(处理|處理|保存|使用|用|保管)[^，。,.!?！？]{0,8}(信息|资料|資料|个资|個資|数据|數據)',
    '(信息|资料|資料|个资|個資|数据|數據)[^，。,.!?！？]{0,8}(保存|保留|留存|存)(多久|幾耐|几耐|多長|多长)',
    '(谁|誰|邊個|边个)[^，。,.!?！？]{0,4}(看得到|看到|睇到|能看|可以看)[^，。,.!?！？]{0,6}(我的|我嘅)(个人)?(信息|资料|資料|个资|個資|数据|數據)',
    // ("what do you do with the digits, are they stored? who sees them", "你們會把這些資料存起來嗎？會給誰看？", "你哋會keep
    // 住我啲資料幾耐": the digits or the data kept, or who sees them — blind batch 33: 03.4, 23.3, 28.4.)
    String.raw`\b(are|is|will|do|does)\b[^.?!]{0,12}\b(stored|kept|saved|recorded|logged|retained|shared|store|keep|save|record|log|retain)\b[^.?!]{0,25}\b(digits|data|details|info\w*|numbers?)\b`,
    String.raw`\b(digits|data|details|info\w*)\b[^.?!]{0,40}\b(are|is|will) (they|it|those|them)? ?(be )?(stored|kept|saved|recorded|logged|retained|shared)\b`,
    String.raw`\b(are|is|will)\b (my|the|your|those|these) (digits|data|details|info\w*|phone numbers?) (be )?(stored|kept|saved|recorded|logged|retained|shared)\b`,
    String.raw`\bwho (sees|can see|gets to see|has access to|can access)\b[^.?!]{0,10}\b(the |my |those |these )?(digits|data|details|info\w*)\b`,
    String.raw`\b(digits|data|details|info\w*)\b[^?]{0,60}\bwho (sees|can see|gets to see|can look at|looks at|has access to|can access) (them|it|those)\b`,
    String.raw`\b(digits|data|details|info\w*)\b[^?]{0,60}\b(do|will|would) you (store|save|record|log|retain|share) (them|it|those)\b`,
    '(信息|资料|資料|资讯|資訊|个资|個資|数据|數據|尾号|尾號|尾数|尾數|末四碼|末四码|尾四位|后四位|後四位)[^。!！]{0,12}(存起来|存起來|存下来|存下來|保存|保留|留存|储存|儲存|記錄落|记录下|留底|keep住|keep)',
    '(存起来|存起來|保存|保留|留存|储存|儲存|留底|keep住|keep)[^，。,.!?！？]{0,4}(我的|我嘅|我啲|我個|我个|这些|這些|呢啲|你的|你嘅)?(个人)?(電話|电话)?(信息|资料|資料|资讯|資訊|个资|個資|数据|數據|尾号|尾號|尾数|尾數|末四碼|末四码|尾四位)',
    '(信息|资料|資料|资讯|資訊|个资|個資|数据|數據|尾号|尾號|末四碼|末四码|尾四位)[^。!！]{0,20}(给谁看|給誰看|俾邊個睇|畀邊個睇|畀边个睇|俾边个睇|谁能看|誰能看|谁会看|誰會看|邊個會睇|边个会睇)',
  ].join('|'),
  'i',
);

/** The message asks what the courier does with customers' data (not a leak told: that is a complaint's account). */
export const asksAboutPrivacy = (text: string): boolean =>
  PRIVACY.test(text) && PRIVACY_ASKED.test(text) && !ONE_CASE.test(text);
// "Did your staff sell my data?" asks what happened in this case — the leak complaint's to find out, not the rule.
const ONE_CASE = /\bdid\b|\bsold\b|\bhas\b[^.?!]{0,20}\bbeen\b|卖了|賣了|賣咗|出卖了|出賣了|出賣咗/i;
// (Asked, with no import: a question mark or a question's words.)
const PRIVACY_ASKED =
  /[?？吗嗎呢]|\b(what|do|does|will|would|how|who|is there)\b|会不会|會不會|會唔會|有没有|有沒有|有冇|係咪|是不是|怎么|怎麼|怎樣|怎样|如何|點樣|点样|多久|幾耐|几耐|想知道|想問|想问/i;

// A kind of place that may be hard to reach: a village, an outlying island, a PO box, a mountain area ("南丫島",
// "Lamma Island", "郵政信箱", "a village in Pujiang county") — not a city or district named so (青岛, 中关村, Hong Kong
// Island: a stranger's review of the first reader).
const HARD_PLACE =
  /\b(villages?|countryside|rural|mountain (area|village)s?|po ?box(es)?|p\.\s?o\.? ?box(es)?|post office box(es)?|outlying islands?|(an|a small|a remote|the outlying) island|(lamma|cheung chau|peng chau|lantau) island)\b|\b(cheung chau|peng chau|lamma|lantau|tai o)\b|乡下|鄉下|乡镇|鄉鎮|农村|農村|村里|村裡|村子|山村|山区|山區|离岛|離島|海岛|海島|岛上|島上|南丫岛|南丫島|长洲|長洲|坪洲|大屿山|大嶼山|大澳|信箱|偏远|偏遠/i;
// Whether the courier goes there, asked: "do you deliver to Lamma Island?", "do your drivers even go there??", "你哋係咪唔送
// 郵政信箱", "村里送得到吗", "離島有冇派" — whether it can be done, not where a parcel is ("送到村口了吗").
const GOES_THERE =
  /\b(do|does|will|would|can|could)\b[^.?!]{0,30}\b(deliver\w*|go|get|reach|ship|send)\b|(能|可以|会|會)(不能)?(送|派|配送)(到|去)?|(送|派)(得|唔|不)(到|去)|(送|派|配送)(不|唔)(送|派|配送)|(有冇|有没有|有沒有)(得)?(送|派)|(係咪|是不是|是否)(唔|不)?(送|派)/i;

// A grievance told ("快递员从来不送到家", "last time it was left at the pier"), or the days or price of the route asked
// ("寄去澎湖要幾天？離島有冇送？"): the complaint, or the route's answer, not the coverage entry.
const NOT_COVERAGE =
  /从来|從來|每次|总是|總是|老是|之前|上次|以前|\b(never|always|every time|last time)\b|幾天|几天|多久|幾耐|幾多錢|多少钱|多少錢|\bhow (long|much|many days)\b/i;

/**
 * The message asks whether the courier delivers to a hard place — a village, an island, a PO box (blind batch 45b:
 * 03.2, 05.2, 14.2): its delivery-coverage entry answers.
 */
export const asksCoverage = (text: string): boolean =>
  HARD_PLACE.test(text) && GOES_THERE.test(text) && !NOT_COVERAGE.test(text);

// The courier's texts turned off: "how do I turn off the text messages", "短信怎么退订", "點樣可以唔再收你哋啲SMS", "I don't
// want your promo texts any more" (blind batch 48b: 02.5, 10.3, 15.3 heard "I can't answer that", the outlets' list, or
// were added to a complaint). A text asking to pay or click is the scam warning's (answered before this); a contact
// preference ("call me instead of texting") or a status told ("短信说派送取消了", "通知停在三天前") asks nothing of it
// (the review of ee982da).
const STOP_TEXTS = new RegExp(
  [
    String.raw`\b(how (do|can|could) i|can i|could i|can you|could you|please|i want to|i'?d like to|how to|is there a way to)\b[^.?!]{0,12}\b(stop|turn off|switch off|unsubscribe( from)?|opt out( of)?|block)\b[^.?!]{0,20}\b(texts|sms|text messages|messages|notifications|promos?|promotions?|promotional \w+|marketing \w+)\b(?! instead)`,
    String.raw`\b(unsubscribe|opt[- ]out)\b[^.?!]{0,20}\b(texts|sms|messages|emails|promos?|promotions?|marketing|notifications)\b`,
    '(?<!没有|沒有|没|沒|冇|未|不是)(退订|退訂)(?![^，。,.?？!！]{0,10}(收不到|收唔到))',
    '(怎么|怎麼|點樣|点样|如何|能不能|可不可以|可唔可以|可以|想|我要)[^，。,.?？!！]{0,4}(不再收|唔再收|不收|唔收|关掉|關掉|关闭|關閉|取消|停止|熄咗|熄)[^，。,.?？!！]{0,6}(短信|簡訊|简讯|短訊|SMS|sms|通知|推送|推广|推廣)',
    '(短信|簡訊|简讯|短訊|SMS|sms|推送|推广|推廣)[^，。,.?？!！]{0,8}(怎么|怎麼|點樣|点样|如何)(退订|退訂|取消|关掉|關掉|关闭|關閉|停|熄)',
    '(唔想|不想|唔要|不要)(再)?(收到|收)[^，。,.?？!！]{0,6}(短信|簡訊|简讯|短訊|SMS|sms|推送|推广|推廣)',
  ].join('|'),
  'i',
);

/** The message asks how to stop the courier's texts (its own, or promotional ones). */
// ("我唔想再收SMS通知 想速遞員派之前打電話俾我": a call wanted instead is how to be reached, not texts turned off.)
const CALL_INSTEAD = /打電話|打电话|致电|致電|\b(call|phone|ring) me\b/i;
// ("stop the messages from your driver": his messages are a complaint about him, not the courier's texts — the review of
// fa01cd3; "为什么收不到短信了" wants them back.)
const NOT_OURS_OR_WANTED =
  /\b(driver|courier|rider)\b|快递员|快遞員|速遞員|司机|司機|师傅|師傅|小哥|收不到|收唔到|\bnot (getting|receiving)\b/i;
export const asksToStopTexts = (text: string): boolean =>
  STOP_TEXTS.test(text) && !CALL_INSTEAD.test(text) && !NOT_OURS_OR_WANTED.test(text);

// The document itself asked for, beside a shipment's number: "i need an invoice for a parcel i sent", "我想开个发票",
// "想攞返張收據", "can you send me the receipt" — not a receipt told of ("收據寫0.5kg": what it shows; blind batch 48a 15.1).
const DOCUMENT_WANTED =
  /(开|開|要|攞返|攞|拿|申请|申請|索取|补开|補開|给我|給我|俾我|畀我)[^，。,.!?！？]{0,4}(发票|發票|收据|收據)|(俾|畀|给|給)(張|张|份|個|个)(收據|收据|發票|发票)|\b(need|want|get|request|send|issue|give)\b[^.?!]{0,20}\b(an? |the |my |our )?(invoice|receipt|fapiao|e-?invoice|e-?receipt)s?\b/i;

/** The message asks for an invoice or receipt itself (said of a shipment it names). */
export const wantsReceiptDocument = (text: string): boolean => DOCUMENT_WANTED.test(text);
