import { faqEntries, generalAnswer, namesKeyword, onlyModifies } from './knowledge';
import { say, spokenRegister, type Turn } from './turn';

/**
 * "Can I send durian?", "貓可以寄嗎", "充电宝和榴莲能寄吗" (issue #17, blind batch 13: 19.5 got the general list and
 * no answer about durian): the items a question asks about, each answered from the market's prohibited-items
 * entries; an item no entry covers is said to be not on the list — with whom to ask — never answered with the
 * general list as if that settled it.
 */

// A quantity or filler before the item: "一只猫", "啲榴槤", "some perfume", "my cat".
const HAN_FILLER =
  /^(?:[一两兩二三四五六七八九十几幾]?[个個只隻部台瓶支枝盒箱包件條条粒罐袋份樽]|一些|一点|一點|一啲|啲|些|点|點|我的|我嘅|我個|我个)+/;
const EN_FILLER =
  /^(?:(?:a|an|the|some|my|our|his|her|their|these|those|this|that|two|three|few|a few|couple of)\s+)+/i;
// Whose it is: "我家的小狗", "朋友嘅相機" (not "活的大闸蟹": that says what it is).
const POSSESSIVE = /^(?:家|我|你|他|她|我们|我們|我哋|你哋|佢|佢哋|朋友|家里|家裡|屋企|我家|我屋企)[^的嘅]{0,3}[的嘅]/;
// What comes before the item in a question: "请问", "我想问下", "咁", "那" ….
// ("里面有两瓶蜂蜜和一些腊肉可以寄吧": what the box holds is the item — blind-30 15.4.)
const HAN_LEAD =
  /^(?:.*?(?:请问|請問|想问下?|想問下?|问下|問下|想知道|咨询一下|諮詢一下))?(?:所以|我想|我要|我|你们|你們|你哋|咁|噉|那么|那麼|那|还有|還有|仲有|另外|如果|要是|(?:箱子|盒子|包裹|箱)?(?:里面|裡面|入面|里头|裡頭|里|裡)(?:有|装了?|裝了?|放了?|係|是)?)*/;
// Where a Chinese list of items splits: "充电宝和榴莲", "貓同狗", "香水、酒".
const HAN_AND = /和|同埋|同|跟|及|与|與|、|,|，|或者|或|还有|還有|仲有/;
const EN_AND = /(?<!\s)\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|&)\s*/i;

const SENDING = '(?:寄|邮寄|郵寄|快递|快遞|托运|託運)';
const MODAL =
  '(?:可唔可以|可不可以|能不能|能唔能|可以|能够|能夠|能|可否|能否|係咪可以|是不是可以|是否可以|准唔准|准不准|允不允许|允唔允許)';
const HAN_END = '(?=\\s*(?:吗|嗎|吧|呀|啊|㗎|嘛|喎|呢|得唔得|得不得|去|到|给|俾|畀|返|回|进|進|入境|[？?！!。，,]|$))';
// "可唔可以寄榴槤", "能寄一只猫吗".
const HAN_AFTER = new RegExp(
  `${MODAL}\\s*(?:(?:从|從|由)[\\u4e00-\\u9fff]{1,6}?(?=寄|郵寄|邮寄|快递|快遞))?${SENDING}\\s*(?![吗嗎吧呀啊㗎嘛喎呢到去往给俾畀进進来來]|入(?!门|門)|过[来去境]|過[來去境]|回[来來去家国國大内內]|返[嚟去])([\\u4e00-\\u9fffA-Za-z ]+?)${HAN_END}`,
);
// "榴莲能寄吗", "貓可以寄嗎", "榴槤寄唔寄得", "白酒收不收".
const HAN_BEFORE = new RegExp(
  `(?<![\\u4e00-\\u9fffA-Za-z 、，,])([\\u4e00-\\u9fffA-Za-z 、，,]+?)\\s*(?:${MODAL}\\s*(?:(?:从|從|由)[\\u4e00-\\u9fff]{1,6}?(?=寄|郵寄|邮寄|快递|快遞))?${SENDING}|${SENDING}唔${SENDING}得|${SENDING}得唔得|${SENDING}不${SENDING}|收唔收|收不收)`,
);
// "寄榴槤得唔得", "寄隻貓去台灣得唔得".
const HAN_SEND_OK = new RegExp(
  `${SENDING}\\s*([\\u4e00-\\u9fff]{1,24}?)\\s*(?:去[\\u4e00-\\u9fff]+)?(?:得唔得|得不得|行唔行|可以吗|可以嗎|可唔可以|ok吗|ok嗎)`,
  'i',
);
// "那榴莲呢", "咁榴槤呢", "那茶叶可以吧", "咁茶葉都得㗎嘛": asked after an item's rule.
const HAN_FOLLOW_UP =
  /^\s*(?:那|咁|噉|还有|還有|仲有|另外)?\s*([\u4e00-\u9fff]{1,8}?)\s*(?:呢|咧|(?:也|都|应该|應該)?(?:可以|行|得|ok|OK|没问题|沒問題|冇問題)(?:吧|吗|嗎|嘛|啊|呀|㗎|㗎嘛|唔|不|啩)*)\s*[？?]?\s*$/;
// The asking words between an item and "能寄": "肉松是不是不能寄进大陆", "榴槤係咪唔可以寄" (blind batch 42a 09.5).
const HAN_ASKING_TAIL = /(?:是不是|是否|係咪|係唔係|到底|究竟|真的|真係)?(?:都|也)?(?:不|唔|不太)?$/;
// When, not what: "提交 幾時可以寄返嚟" asks when it can be sent back (blind batch 42b 14.6).
const HAN_WHEN = /(幾時|几时|什么时候|什麼時候|甚麼時候|何时|何時|幾點|几点|多久|幾耐)$/;
// What stands for the thing asked before, not an item: "那可以吧", "呢個得唔得".
// How many, not what: "幾多罐", "多少件", "几个".
const HAN_HOW_MANY = /^(幾多|几多|多少|几|幾)(罐|件|个|個|包|支|瓶|盒|箱|樽|隻|只)?$/;
const HAN_PRONOUN = /^(?:那|这|這|它|佢|呢|呢個|嗰個|这个|這個|那个|那個|咁|噉)$/;
// Things in general, no item: "可以寄东西到上海吗", "寄嘢去台灣得唔得" ask whether the route is served (blind batch 42a 03.1).
// ("幾時可以寄返嚟": 返嚟 says it is sent back here, no item — blind batch 42b 14.6.)
const HAN_ANY_THING =
  /^(?:些|啲|一些|d)?(?:东西|東西|嘢|野|物品|物件|包裹|快递|快遞|货|貨|件)$|^(?:返|回)(?:嚟|来|來|去)$/i;
const EN_SEND =
  /\b(?:can|could|may)\s+(?:i|we|you)\s+(?:send|ship|post|mail|courier)\s+(.+?)(?=\s+(?:to|from|by|with|in|via|through|abroad|overseas|internationally|domestically|within|inside|please|pls|today|tomorrow|tonight|now|next|on|at|before|after)\b|[?.!,]|$)/i;
const EN_ALLOWED =
  /\b(?:is|are)\s+(.+?)\s+(?:allowed|ok|okay|prohibited|banned|accepted|restricted|permitted|fine)\b|\b(?:do|will)\s+you\s+(?:accept|take|ship|send|deliver)\s+(.+?)(?=[?.!,]|\s+(?:to|from)\b|$)/i;
const CLAUSE_AFTER = /,\s*(?:she|he|it|they|i|we|you|she's|he's|it's|they're|i'm|we're|its)\b.*$/i;
// An item added in a clause after the question: "…嗎？還有肉乾", "…吗 另外腊肠呢", "…? and beef jerky?", "…? what about jerky".
const HAN_ADDED =
  /(?:[？?。！!，,]|\s)(?:那|咁)?(?:还有|還有|仲有|另外|以及|和|同埋)\s*([\u4e00-\u9fff]{1,8}?)(?:呢|咧|嘅|的|都|也|可以|得|行|吗|嗎|呀|啊|㗎|嘛|唔|不|[？?。！!\s])*$/;
const EN_ADDED = /[?.!]\s*(?:and|also|plus|what about|how about) (?:the |some )?([a-z][a-z -]{1,30}?)[\s?.!]*$/i;
const EN_FOLLOW_UP = /^\s*(?:and|what about|how about)\s+(.+?)\s*[?.!]*\s*$/i;

// Not a thing: a particle ("可以寄吧" — blind-30 15.4), or words that only talk ("which of those is actually not
// allowed?" — 06.3: "actually not" is no item). An item named is a thing; these name none.
const HAN_NO_THING = /^[吧啦喇呢嘛吗嗎啊呀哦喔咯了么麼嘞啰囉㗎咩乜]+$/;
const EN_NO_THING =
  /^(?:(?:actually|really|truly|just|even|still|also|then|so|now|not|never|definitely|exactly|which|what|whichever|of|those|these|them|they|ones?|all|any|both|either|neither|is|are|was|were|be|really|though|anyway|allowed|ok|okay|fine)\s*)+$/i;
const TALK_AFTER = /(?<=\S)\s+(?:actually|really|even|still|then|though|anyway)$/i;
/** The text names a thing, not only a particle or words of talk. */
// ("and if I send it undeclared, what happens?": a clause that asks or supposes is no item either.)
const EN_CLAUSE = /^(?:if|what|how|why|when|where|who|whether)\b/i;
const namesThing = (item: string): boolean =>
  !HAN_NO_THING.test(item) && !EN_NO_THING.test(item) && !EN_CLAUSE.test(item);

// A route or direction, not a thing: "HK to mainland", "from Shenzhen", "the other way round".
const ROUTE_SAID = /^(other way|(the )?(other|reverse) (way|direction))( (round|around))?$|^(from|to)\b|\w \bto\b \w/i;

/** A Chinese item up to a route said after it ("嘢由深圳" → "嘢"). */
function beforeRoute(item: string): string {
  const at = [...item].findIndex((ch) => ch === '由' || ch === '从' || ch === '從');
  return at < 0 ? item : [...item].slice(0, at).join('');
}

/** The items one reading of a Chinese question names (with one added after it), as `itemsAsked` returns them. */
function hanItems(clean: string, found: string): string[] {
  // "可以寄中藥材嗎？還有肉乾", "能寄茶叶吗 另外腊肠呢": an item added after the question is asked too (23.3).
  const added = found ? HAN_ADDED.exec(clean)?.[1] : undefined;
  return (
    [found ?? '', added ?? '']
      .join('、')
      .split(HAN_AND)
      // "我家的小狗": the item, not whose it is.
      // ("可唔可以寄嘢由深圳去台北": the route after the thing is no part of it.)
      .map((item) => beforeRoute(item.trim()).replace(POSSESSIVE, '').replace(HAN_FILLER, '').trim())
      // ("可以寄幾多罐": how many is asked, not an item.)
      .filter(
        (item) =>
          item.length > 0 &&
          item.length <= 10 &&
          !HAN_PRONOUN.test(item) &&
          !HAN_ANY_THING.test(item) &&
          !HAN_HOW_MANY.test(item) &&
          !HAN_WHEN.test(item) &&
          !/^(?:能|可以|可|会|會|要|不)+$/.test(item) &&
          // ("可唔可以寄埋": 埋 is "as well", 返/過去 the way it goes — no item; blind batch 47b 15.2.)
          !/^(?:埋|返|嚟|去|過|过|出|走|埋佢|埋去)+$/.test(item) &&
          namesThing(item),
      )
  );
}

/** The items as the customer named them, in their order; empty when the message names none this way. */
export function itemsAsked(text: string): string[] {
  const clean = text.replace(/[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}]/gu, ' ').trim();
  if (/[\u4e00-\u9fff]/.test(clean)) {
    // Each way of asking in turn, until one names an item: "活的大闸蟹能不能寄 从苏州寄乌鲁木齐" reads only a route after
    // its second 寄, and the item before the first (blind batch 45b: 06.1).
    const readings = [
      () => HAN_AFTER.exec(clean)?.[1],
      () => HAN_SEND_OK.exec(clean)?.[1],
      () => HAN_BEFORE.exec(clean)?.[1]?.replace(HAN_LEAD, '').replace(HAN_ASKING_TAIL, ''),
      () => HAN_FOLLOW_UP.exec(clean)?.[1],
    ];
    for (const read of readings) {
      const found = read();
      if (found === undefined) continue;
      const items = hanItems(clean, found);
      if (items.length > 0) return items;
    }
    return [];
  }
  const m = EN_SEND.exec(clean) ?? EN_ALLOWED.exec(clean) ?? EN_FOLLOW_UP.exec(clean);
  // ("what about my cat, she's moving with me": the clause after the item tells about it; it names no item.)
  const found = (m ? (m[1] ?? m[2] ?? '') : '').replace(CLAUSE_AFTER, '');
  // "can I send herbal medicine? and beef jerky?": an item added after the question (23.3).
  const added = found ? EN_ADDED.exec(clean)?.[1] : undefined;
  // ("is perfume actually allowed?": the word of talk after the item is not part of it.)
  return [found, added ?? '']
    .join(', ')
    .split(EN_AND)
    .map((item) => item.trim().replace(EN_FILLER, '').replace(TALK_AFTER, '').trim())
    .filter(
      (item) =>
        item.length > 1 &&
        item.split(/\s+/).length <= 4 &&
        !/^(it|them|this|that|thats|that's|these|those|one|stuff|things?|something|anything|parcels?|packages?|boxe?s?)$/i.test(
          item,
        ) &&
        // ("what about the other way, HK to mainland, 6 cans of milk powder?": the route said beside it is no item.)
        !ROUTE_SAID.test(item) &&
        namesThing(item),
    );
}

/**
 * The answer to an item question that names an item no entry of the market's prohibited-items list covers:
 * the entries of the items it does cover, then the others said to be not on the list with whom to ask, then the
 * general rules. Undefined when every item is covered (the entries answer) or none is named.
 */
export function itemsNotListed(turn: Turn, market: string): string | undefined {
  const items = itemsAsked(turn.text);
  if (items.length === 0) return undefined;
  const covers = entryCovering(turn, market);
  const unknown = items.filter((item) => !covers(item));
  if (unknown.length === 0) return undefined;
  const known = [
    ...new Set(
      items
        .map(covers)
        .filter((e) => e !== undefined)
        .map((e) => e.answer),
    ),
  ];
  const listed = unknown.map((item) => say(turn, 'faq.itemQuote', { item })).join(say(turn, 'faq.itemJoin'));
  const general = generalAnswer(turn.services.knowledge, market, turn.locale, 'prohibited', spokenRegister(turn));
  return [...known, say(turn, 'faq.itemNotListed', { items: listed }), general].filter(Boolean).join('\n');
}

/**
 * "那茶叶可以吧", "can I send homemade chili oil?" (issue #17, blind batch 24: 20.3, 10.2): the items' answer opens
 * by naming each item asked that the entries answering it never name ("茶叶" under the food entry), so the customer
 * hears which rule is theirs; the answer as it is when every item is named in it.
 */
export function namingItems(turn: Turn, market: string, answer: string | undefined): string | undefined {
  if (!answer) return answer;
  const covers = entryCovering(turn, market);
  const said = answer.toLowerCase();
  const unnamed = itemsAsked(turn.text).filter((item) => {
    const entry = covers(item);
    const lower = item.toLowerCase();
    if (!entry || said.includes(lower)) return false;
    // ("kitchen knife" is named by "kitchen knives", "power bank" by "Power banks": the keyword or its other form.)
    const words = entry.keywords.filter((k) => namesKeyword(lower, k));
    return !entry.keywords.some((k) => words.some((w) => sameWord(w, k)) && namesKeyword(said, k));
  });
  if (unnamed.length === 0) return answer;
  const items = unnamed.map((item) => say(turn, 'faq.itemQuote', { item })).join(say(turn, 'faq.itemJoin'));
  return `${say(turn, 'faq.itemCovered', { items })}\n${answer}`;
}

/** Two keywords are forms of one word ("knife", "knives"; "茶叶", "茶叶"): all but their last two letters agree. */
function sameWord(a: string, b: string): boolean {
  const stem = Math.max(Math.min(a.length, b.length) - 2, 1);
  return a === b || (/[a-z]/.test(a) && a.slice(0, stem) === b.slice(0, stem));
}

/** The market's prohibited-items entry that covers an item as the customer named it, if any. */
function entryCovering(
  turn: Turn,
  market: string,
): (item: string) => { keywords: string[]; answer: string } | undefined {
  const entries = faqEntries(turn.services.knowledge, market, turn.locale, 'prohibited', spokenRegister(turn));
  return (item: string) => {
    const lower = item.toLowerCase();
    const found = entries.filter((e) => e.keywords.some((k) => namesKeyword(lower, k) || namesKeyword(k, lower)));
    // "水果刀": the knife's entry, not the fruit's (the item word before another only says what it is for).
    const modifier = (e: (typeof found)[number]) => {
      const words = e.keywords.filter((k) => namesKeyword(lower, k));
      return words.length > 0 && found.some((o) => o !== e && words.every((k) => onlyModifies(lower, k, o.keywords)));
    };
    return found.find((e) => !modifier(e)) ?? found[0];
  };
}

/**
 * "我家猫能不能寄到北京 我搬家了", "can I ship my cat?": whether an item may be sent, asked of an item some market's
 * prohibited-items list names, with no parcel named — a rules question, not a change to a parcel's delivery.
 */
export function asksItemRule(turn: Turn): boolean {
  const { trackingNumbers, invalidTracking } = turn.reading.entities;
  if (trackingNumbers.length + invalidTracking.length > 0) return false;
  const items = itemsAsked(turn.text).map((item) => item.toLowerCase());
  if (items.length === 0) return false;
  const { knowledge } = turn.services;
  return Object.keys(knowledge).some((market) =>
    faqEntries(knowledge, market, turn.locale, 'prohibited', spokenRegister(turn)).some((e) =>
      e.keywords.some((k) => items.some((item) => namesKeyword(item, k))),
    ),
  );
}
