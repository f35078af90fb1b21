/**
 * Words of a customer leaving the chat for now (issue #17, batch 20 P4): said mid-complaint or mid-change, they hear
 * that nothing was filed or sent yet and how to come back — never the step's question again.
 */

// "拜拜", "明天打电话问吧", "再見", "ok bye, I'll call tomorrow": the customer is leaving the chat.
// "聽日再嚟問", "下次再来查", "I'll check back later": coming back another day to ask is leaving too (blind-18 30.5).
const GOODBYE =
  /拜拜|再见|再見|掰掰|回头再说|回頭再說|改天再(说|說|问|問)|遲啲再(講|問)|明天(再)?(打电话|打電話|打嚟|打过来|打過來|问|問|来|來)|(明天|明日|聽日|听日|聽朝|听朝|改天|改日|遲啲|迟啲|晚啲|晚點|晚点|下次)再?(嚟|黎|来|來)(问|問|查|搵你|找你|睇下|看看)|\b(bye|byebye|goodbye|cya)\b|\bsee (you|ya)\b|\bi'?ll (call|ring|phone|try again|come back|check back|ask again)( you| them)? (tomorrow|later)\b|\bif (it )?(hasn'?t|has not|doesn'?t|does not|isn'?t|is not|still hasn'?t)\b[^.?!]{0,30}\b(i'?ll|i will|ill) (ask|check|write|message|come back|check back|get back|contact you)( again| back)?\b|(如果|要是|假如|若)[^，。]{0,12}(没到|沒到|未到|冇到|还没|還沒|仲未)[^，。]{0,6}(再来|再來|再嚟)(问|問|找你|搵你)/i;

// "得閒再講", "不想聊了", "唔想傾喇", "先这样吧", "gotta go", "talk later", "I'm off", "算了 我去网点问吧" (blind 46b: 10.7):
// leaving the chat for now (batch 20 P4:
// 19.6, 26.5 heard the step's question again).
const LEAVING_NOW =
  /(得闲|得閒|有空|有时间|有時間|迟啲|遲啲|晚啲|之后|之後|回头|回頭)再(讲|講|说|說|傾|倾|聊|谈|談|問|问|算)|(不想|唔想|不要|唔要|懒得|懶得)(再)?(聊|谈|談|講|讲|傾|倾|说|說)(了|喇|啦|落去)?|不聊了|唔傾(喇|啦|住)|先(这样|這樣|咁|咁樣)(吧|啦|喇|先)?[\s，,]*(谢谢|謝謝|多谢|多謝|唔該|唔该|thx|thanks)?[\s。.!！~]*$|\b(gotta|got to|have to|need to|must) (go|run|dash|leave)\b|\btalk (to you )?later\b|\b(i'?m|i am) off\b|\blater then\b|\bcatch you later\b|(我|我哋|我们|我們)?(自己)?(去|到|返)(网点|網點|门市|門市|营业部|營業部|营业点|營業點|营业所|營業所|驿站|驛站|服务点|服務點|分店)(问|問|睇|看|查)(问|問|下|一下|吓|看)?(吧|啦|喇|算了)?\s*[。.!！~]*$|\bi'?ll (just )?(go and )?ask (at )?(the|your) (outlet|station|branch|counter|office)\b/i;

// "我考虑一下", "让我想想", "我諗下先", "我问问朋友再说", "I'll think about it", "let me ask my husband first": a pause to
// think or to ask someone, the message's whole point (blind batch 29: 20.5, 21.4 — taken for a complaint); in English
// the message's end ("let me think about it, but when will it arrive?" still asks: review 31b).
const PAUSING =
  /(^|[\s,，。.!！~]|ok|好|嗯|哦|噢)(我|让我|讓我|等我|俾我|畀我)?(再|先)?(考虑|考慮|想想|想一想|想一下|諗下|諗諗|諗一諗)(一下|下)?(先|吧|啦|喇|再说|再說)?\s*[。.!！~]*$|(我|等我)?(先|再)?(问|問)(问|問|一下|下)?(我的?|我嘅)?(朋友|家人|老公|老婆|太太|先生|同事|屋企人|老闆|老板|家里人|家裡人)(先|再说|再說|吧|啦|喇|睇下|看看)?\s*[。.!！~]*$|\b(i'?ll|let me|i need to|i will|gonna|i'?m going to) (think (about it|it over)|have a think|ask (my|a) (friend|husband|wife|partner|colleague|boss|family|mum|mom|dad)( first| about it)?)\b(?<!\s)\s*[.!~]*$/i;

// "好吧那我再問朋友", "我问下我老公再来找你", "等我問下屋企人先", "I'll ask my friend and come back", "let me check with the
// sender and get back to you": off to ask someone (for the number, mostly) and coming back — a pause, not an answer to
// the step (blind batch 29: 21.4 took it for the number). Never the bot told to ask ("你们问寄件人啊"), nor a question.
// ("冇單號啊 等我問下佢": "him" is the one asked too — blind batch 44b: 14.2 was read as a rude courier; "好吧 那我再問店家"
// — 45a: 11.4.)
const ASKING_SOMEONE =
  /(?<!你|您|你们|你們|你哋|你地)(问|問|check with|ask)(一下|下|吓|問|问)?\s?(我的?|我嘅|my|the|a)?\s?(朋友|家人|老公|老婆|太太|先生|同事|屋企人|老闆|老板|家里人|家裡人|寄件人|卖家|賣家|商家|店家|店主|网店|網店|媽媽|妈妈|老媽|老妈|爸爸|老爸|老豆|老母|家姐|姐姐|哥哥|妹妹|弟弟|妈|媽|爸|女朋友|男朋友|friend|husband|wife|partner|colleague|boss|family|mum|mom|dad|sister|brother|son|daughter|girlfriend|boyfriend|sender|seller|shop|佢|他|她|\bhim\b|\bher\b|\bthem\b)(?![^?？]*[?？])/i;
// (The message is the pause: one of coming back, waiting on them, or nothing else to it.)
const COMING_BACK =
  /(再|先)(来|來|嚟|找你|搵你|覆你|回覆|回复|說|说|講|讲|算)|(等|让|讓|俾|畀)我(先)?(问|問)|我(再|先)(去)?(问|問)|(回头|回頭|晚點|晚点|遲啲|迟啲)|(先|吧|啦|喇|囉|咯)\s*[。.!！~]*$|\b(come back|get back|be back|let you know|then (i'?ll|we'?ll)|first|later)\b|(^\W*|[,.;]\s*)((ok(ay)?|alright|fine|right|sure)[\s,]+)?(i'?ll|let me|i need to|i will|gonna|i'?m going to|i have to)\s(just\s)?(ask|check with)\s[\w ]{1,30}[.!~]*$/i;

// "你们好好想想吧", "你哋諗下啦": the company told to think, not the customer pausing (review 31b); "让我好好想想" is.
const OTHERS_THINK =
  /(你们|你們|你哋|您)(再|先)?(好好)?(考虑|考慮|想想|想一想|想一下|諗下|諗諗|諗一諗)|(?<!我|让我|讓我|等我|俾我|畀我)好好(想|考虑|考慮|諗)/;

// "ok 没了", "没有了 谢谢", "冇嘢喇", "that's all thanks": nothing more to ask — the whole message (blind batch 37b: 10.5 got
// a did-you-mean menu). ("东西没了" is goods gone: only the words alone say it.)
const NOTHING_MORE =
  /^\s*(ok(ay)?|好的?|嗯|哦|噢|行)?[\s,，]*(没了|沒了|没有了|沒有了|冇了|冇嘢了?|冇嘢喇|就这些|就這些|就咁多|that'?s (all|it)|nothing (else|more))[\s,，]*(吧|啦|喇|啊|呀)?[\s,，]*(谢谢|謝謝|多谢|多謝|唔該|唔该|thx|thanks|thank you)?[\s。.!！~]*$/i;

/** The customer says goodbye (a short message: a goodbye told inside an account is part of it). */
export const saysGoodbye = (text: string): boolean =>
  text.trim().length <= 60 &&
  (GOODBYE.test(text) || LEAVING_NOW.test(text) || (PAUSING.test(text) && !OTHERS_THINK.test(text)));

/**
 * Nothing more to ask, with no question open ("ok 没了" after a price): read only where the bot did not understand the
 * message otherwise — inside an intake or a change "没有了" answers a step's question.
 */
export const saysNothingMore = (text: string): boolean => text.trim().length <= 40 && NOTHING_MORE.test(text);

/**
 * A pause to think or to ask someone and come back ("我考虑一下", "好吧那我再問朋友", "I'll ask my friend and come back"):
 * the customer will come back, with the number or their mind made up — not leaving for good, not an answer.
 */
// "帮我问一下他吧", "你幫我問下佢啦", "can you ask them to call me first", "please ask him to call me later": the bot asked
// to ask someone — no pause of the customer's (a stranger's review of ebc7b49).
const BOT_ASKED =
  /(帮|幫)我(问|問)|(你|您|你们|你們|你哋)[^，。,.!?！？]{0,4}(问|問)|\b(can|could|would|will) you\b|\bplease (ask|check|call|tell)\b/i;

export const saysPausing = (text: string): boolean =>
  text.trim().length <= 80 &&
  !OTHERS_THINK.test(text) &&
  !BOT_ASKED.test(text) &&
  (PAUSING.test(text) ||
    (ASKING_SOMEONE.test(text) && COMING_BACK.test(text)) ||
    PAUSING.test(text.replace(/(?<!\s)\s*(and|,)?\s*(come|get) back( to you)?( later)?\s*[.!~]*$/i, '')));

/** The pause is to go and ask someone ("我问问我老公", "let me check with the seller"): for the number, mostly. */
export const goesToAskSomeone = (text: string): boolean => ASKING_SOMEONE.test(text) && !BOT_ASKED.test(text);

// "好 算了 我叫她自己處理", "算了 让他自己去拿", "never mind, she'll sort it out herself", "I'll deal with it myself": the
// matter handed to someone (or kept), nothing asked of us (blind batch 54a: 12.6 opened a complaint about attitude).
const LEFT_TO_THEM =
  /(叫|让|讓|俾|畀|等)(她|他|佢|我老婆|我老公|我妹|我姐|我媽|我妈|我爸|我朋友|我同事|收件人|寄件人)?(自己)(去)?(处理|處理|搞|弄|攞|拿|取|领|領|搞掂|搞定|解決|解决|跟进|跟進)(?!不|唔)|我自己(去)?(处理|處理|搞掂|搞定|解決|解决|想办法|想辦法)(?!不|唔)|\b(she|he|they)('ll| will) (sort|deal with|handle|take care of) it\b|\bi'?ll (sort|deal with|handle|take care of) it (out )?myself\b|\blet (her|him|them) (sort|deal with|handle) it\b/i;
// Let go at the head of the message: "好 算了 …", "算啦 …", "never mind, …".
const LET_GO_FIRST =
  /^\s*(好|好吧|ok(ay)?|嗯|哦|那)?[\s,，]*(算了|算啦|算數|算数|唔緊要|不要紧|不要緊|never ?mind|forget it|nvm)/i;
// A grievance beside it keeps it a complaint: "算了 叫他自己处理 这快递员态度太差了", "…但係個速遞員好冇禮貌"; so does the
// courier as the one who told someone to fetch it ("快遞員叫我媽自己去拿") — a review of 217df6f.
const STILL_AGGRIEVED =
  /但|不过|不過|可是|態度|态度|禮貌|礼貌|太差|投诉|投訴|客訴|客诉|憑什麼|凭什么|\bbut\b|\brude\b|快递员|快遞員|速遞員|司機|司机|师傅|師傅|小哥|courier|driver/i;

/** "好 算了 我叫她自己處理": the matter let go and left to someone, in a short message with no grievance beside it. */
export const leavesItToThem = (text: string): boolean =>
  text.trim().length <= 40 && LET_GO_FIRST.test(text) && LEFT_TO_THEM.test(text) && !STILL_AGGRIEVED.test(text);
