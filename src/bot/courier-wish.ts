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
    // Not phoned: "唔好打電話俾佢", "不要打他电话", "don't phone him", "rather than telephone him".
    String.raw`(唔好|不要|别|別|不用|唔使)(打)?(電話|电话)|(唔好|不要|别|別)打(俾|给|給)?(佢|他|她|我)|\b(don'?t|do not|not to|rather than|instead of)\s(tele)?(phone|call|ring)\b`,
    // Handled with care: "别压坏了", "唔好壓住", "小心轻放", "handle it with care", "don't crush it".
    String.raw`(别|別|不要|唔好|小心)(压|壓|挤|擠|摔|扔|掟)|(轻|輕)(拿|放)|\bhandle (it |them )?(with care|carefully|gently)\b|\b(don'?t|do not) (crush|squash|drop|throw)\b`,
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

/**
 * The part of the message that asks how the courier should hand the parcel over, in the customer's words, for the
 * courier's note; undefined when the message asks no such thing or tells of a delivery that went wrong.
 */
export function courierWishIn(text: string): string | undefined {
  const all = clausesOf(text);
  // ("里面是降压药，别压坏了", "it's medicine inside, don't crush it": what is inside goes with the care asked for it.)
  const clauses = all.filter((c, i) => WISH.test(c) || (CONTENTS.test(c) && WISH.test(all[i + 1] ?? '')));
  // (Anywhere in the message: "he yelled that he's not carrying it up 6 floors and hung up" tells, it asks nothing.)
  if (clauses.length === 0 || WENT_WRONG.test(text)) return undefined;
  return clauses.join(text.match(/[\u3400-\u9fff]/) ? '，' : ', ').slice(0, 200);
}

/** A second wish for the courier joined to the first ("送之前打我电话；别压坏了"), never replacing it. */
export const joinedNote = (before: string | undefined, note: string): string =>
  before && !before.includes(note) && !note.includes(before) ? `${before}；${note}` : note;
