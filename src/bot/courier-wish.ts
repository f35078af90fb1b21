import { clausesOf } from './message-cues';

/**
 * How the courier is to hand a parcel over, asked before it comes (issue #17, blind 27: 29.1–29.5, 04.4): "可唔可以送上
 * 七樓", "请送上楼，她腿脚不方便", "knock loudly, don't phone him", "please leave it at the door", "ring the bell twice".
 * A wish for the delivery, noted for the courier on a delivery request — never a complaint about one that went wrong
 * ("he refused to carry it up", "沒有敲門就走了" are the attitude and special-request complaints they look like).
 */
const WISH = new RegExp(
  [
    // Carried up: "送上樓", "搬上七樓", "送到7楼", "拎上去".
    String.raw`(送|搬|拎|攞|抬|拿|帶|带)(上|到)(去|嚟|来|來)?([一二三四五六七八九十\d]+)?(樓|楼|層|层|家門|家门|門口|门口)|(送|搬|拎|攞|抬|拿)上去`,
    String.raw`\b(bring|brought|carr(y|ies|ied|ying)|take|taken|deliver(ed)?|walk)\b[^.?!,]{0,25}\b(up(stairs)?\b|to (the|his|her|my|our|their) (door|doorstep|front door|flat|apartment|\d+(st|nd|rd|th) floor))`,
    // Knocked or rung: "敲門", "大力拍門", "按門鐘", "knock loudly", "ring the bell".
    String.raw`敲(门|門)|拍(门|門)|(按|撳|揿)(门铃|門鈴|門鐘|门钟|鐘|钟)|\bknock(ing)?\b|\bring (the|his|her|my) (door ?)?bell\b`,
    // Not phoned: "唔好打電話俾佢", "不要打他电话", "don't phone him", "rather than telephone him". (Not "面单不要打我全名":
    // 打 is printed there — a name on the label, blind batch 31: 20.3.)
    String.raw`(唔好|不要|别|別|不用|唔使)(打)?(電話|电话)|(唔好|不要|别|別)打(俾|给|給)?(佢|他|她|我)(?!(的|嘅|個|个)?(全名|名字|姓名|名|地址|住址))|\b(don'?t|do not|not to|rather than|instead of)\s(tele)?(phone|call|ring)\b`,
    // Handled with care: "别压坏了", "唔好壓住", "小心轻放", "handle it with care", "don't crush it".
    String.raw`(别|別|不要|唔好|小心)(压|壓|挤|擠|摔|扔|掟)|(轻|輕)(拿|放)|\bhandle (it |them )?(with care|carefully|gently)\b|\b(don'?t|do not) (crush|squash|drop|throw)\b`,
    // Handed over in person: "要当面签收", "一定要本人簽收", "hand it to me in person" (a review of session 45).
    String.raw`(当面|當面|本人|亲自|親自|亲手|親手)(签收|簽收|交(给|給|俾|畀)?|收)|\bhand (it |the parcel |the package )?(to (me|him|her) )?in person\b|\b(needs?|requires?) (my |a |his |her )?signature\b`,
    // Left at the door: "放門口就得", "leave it at the door".
    String.raw`放(喺|在|到)?(门口|門口|門外|门外)|\bleave (it|the parcel|the package)? ?(at|outside|by) (the|my|his|her|our) (door|doorstep|front door)\b`,
  ].join('|'),
  'i',
);

// What already went wrong is a complaint, not a wish: "refused to carry it up", "didn't knock", "冇敲門", "唔肯送上樓",
// "he was rude", "态度很差".
const WENT_WRONG =
  /\b(refused|wouldn'?t|didn'?t|did not|never|won'?t|would not|rude\w*|yell\w*|shout\w*|swore|hung up|not carrying)\b|不肯|唔肯|拒绝|拒絕|(没|沒|冇)(有)?(敲|拍|按|撳|送|搬|打)|就走(了|咗)|(又|都)唔(送|搬)|态度|態度|骂|罵|挂(了|咗)?(我)?电话|掛(了|咗)?(我)?電話|收(我)?線/i;

// What is inside, said before the care asked for it: "里面是降压药", "入面係玻璃", "there's medicine inside".
const CONTENTS =
  /^(还有|還有|仲有|另外)?(里面|裡面|入面|内有|內有)|\b(inside|contains|it'?s (medicine|glass|fragile))\b/i;

// The floor said after the wish: "bring it to my door, 6th floor", "送上樓，七樓".
const FLOOR = /^(?:on )?(?:the )?\d{1,3}(?:st|nd|rd|th)? floor$|^[一二三四五六七八九十\d]{1,3}(?:樓|楼|層|层|F)$/i;

// Why the courier is asked it, said beside the wish: "he's hard of hearing", "她腿脚不方便", "佢住七樓冇𨋢", "no lift".
const REASON =
  /\b(?:hard of hearing|deaf|elderly|disabled|in a wheelchair|on crutches|can'?t (?:walk|hear|climb)|no (?:lift|elevator))\b|不方便|唔方便|行唔到|走不动|走不動|耳背|听不见|聽不見|聽唔到|冇𨋢|没电梯|沒電梯|沒有電梯|没有电梯/i;

// The framing around a wish, not the wish (issue #17, blind 27: 29.2, 04.4): "I just wanted to ask whether…", "could you
// please ask the courier to…", "make sure the delivery note says to…", "我只係想問可唔可以叫速遞員…", "麻烦让快递员…",
// "…可以嗎". Taken off the front (again and again) and the end; the words of the wish stay as written.
const LEAD_INS = [
  // (The parcel's number in front: "SF… can the driver hand it to me in person?")
  /^[A-Za-z]{0,4}\d{8,}[A-Za-z]{0,3}(?![A-Za-z\d])[,，:：]? ?/,
  /^(?:and|so|but|also|oh|ok|okay|yes|hi|hello|then)\b[,，]? ?/i,
  /^(?:please|pls|kindly)\b[,，]? ?/i,
  /^(?:could|can|would|will) (?:you|u) (?:please )?(?:also )?/i,
  /^(?:you|u) (?:could|can|would) (?:please )?(?:also )?/i,
  /^i (?:was )?(?:just )?(?:wanted|want|wondered|wonder|was wondering) (?:to ask )?(?:if|whether) /i,
  /^i(?:'d| would| will)? (?:be grateful|appreciate it|like it|prefer it) if /i,
  /^i (?:just )?(?:want|need|wish|'d like|would like) (?:you to )?(?:(?:the|my) (?:parcel|package|box|delivery) |it )?(?:to be )?/i,
  /^(?:the|your|his|her) (?:courier|driver|delivery (?:man|guy|person|driver)|postman|rider) (?:could|can|would|should|will|to) /i,
  /^(?:ask|tell|get|have|let|remind) (?:(?:the|your) (?:courier|driver|delivery (?:man|guy|person|driver)|postman|rider)|him|her|them) (?:to )?/i,
  /^(?:also )?(?:make sure|ensure) (?:that )?(?:the )?(?:delivery )?(?:note |notes )?(?:says |reads )?(?:to )?/i,
  /^(?:我|我哋|我们|我們)?(?:只係|只是|淨係|净系|就係|就是|只)?(?:想|希望)?(?:問|问)(?:下|一下|吓)?/,
  /^(?:请问|請問|想问|想問)/,
  /^(?:我|我哋|我们|我們)?(?:只係|只是|淨係|净系|就係|就是|只)?(?:想|希望)/,
  /^(?:可唔可以|可不可以|能不能|能唔能|能否|可否|可以|能)/,
  /^(?:麻烦|麻煩|唔該|唔该|请|請|帮我|幫我|幫手)/,
  /^(?:叫|让|讓|吩咐|同|跟)?(?:速遞員|速递员|快递员|快遞員|派件員|派件员|送货员|送貨員|师傅|師傅|司機|司机|小哥|佢|他)(?:幫手|帮忙|幫忙)?/,
];
const TAIL_WORD =
  /(?:得唔得|得不得|可唔可以|可不可以|可以嗎|可以吗|好嗎|好吗|行不行|嗎|吗|呀|啊|吖|啦|喇|㗎|,? ?please|,? ?thanks?(?: you)?)$/i;
const TAIL_MARKS = /(?<![?？!！。.])[?？!！。.]+$/;

/** A wish's own words: its framing (see above) taken off; the clause as written when nothing would be left. */
function wishWords(clause: string): string {
  let words = clause.trim();
  for (let changed = true; changed;) {
    const before = words;
    for (const lead of LEAD_INS) words = words.replace(lead, '').trim();
    changed = words !== before;
  }
  words = words.replace(TAIL_MARKS, '').replace(TAIL_WORD, '').replace(TAIL_MARKS, '').trim();
  return words.length >= 2 ? words : clause.trim();
}

/**
 * The part of the message that asks how the courier should hand the parcel over, in the customer's words without
 * their framing, for the courier's note; undefined when the message asks no such thing or tells of a delivery that
 * went wrong.
 */
export function courierWishIn(text: string): string | undefined {
  const all = clausesOf(text);
  // ("里面是降压药，别压坏了", "it's medicine inside, don't crush it": what is inside goes with the care asked for it.)
  // ("brought to my door, 6th floor": the floor goes with the wish it follows; "…, he's hard of hearing" the reason.)
  const clauses = all.filter(
    (c, i) =>
      WISH.test(c) ||
      (CONTENTS.test(c) && WISH.test(all[i + 1] ?? '')) ||
      (FLOOR.test(c) && WISH.test(all[i - 1] ?? '')) ||
      (REASON.test(c) && (WISH.test(all[i - 1] ?? '') || WISH.test(all[i + 1] ?? ''))),
  );
  // (Anywhere in the message: "he yelled that he's not carrying it up 6 floors and hung up" tells, it asks nothing.)
  if (clauses.length === 0 || WENT_WRONG.test(text)) return undefined;
  // (Only the wish loses its framing: a reason or a floor beside it stays as written.)
  return clauses
    .map((c) => (WISH.test(c) ? wishWords(c) : c))
    .join(text.match(/[\u3400-\u9fff]/) ? '，' : ', ')
    .slice(0, 200);
}

/** A second wish for the courier joined to the first ("送之前打我电话；别压坏了"), never replacing it. */
export const joinedNote = (before: string | undefined, note: string): string =>
  before && !before.includes(note) && !note.includes(before) ? `${before}；${note}` : note;
