import { isCancel } from './intake-reading';

/**
 * "I'm not complaining", "我不是要投诉", "唔使開單": the customer says what they write is no complaint — a leaf the
 * intake's leaving and the delivery requests read alike.
 */

// "我不是要抱怨", "唔係要投訴", "冇話要投訴", "我没要投诉", "I'm not complaining", "who said anything about a complaint",
// "just asking"; "不用登记", "唔使開單", "no need to log anything", "don't file anything" — a complaint the bot opened
// by itself, declined (blind batch 26 14.5); "i dont want a ticket i want to know WHY" (38a 05.2, once read as asking
// about an earlier complaint). "我不投诉 就打电话这个" (blind batch 40b: 08.4) — never "不投诉不行", "不投诉就…".
// A bare 没/沒 needs a "said" or "want" after it ("没说要投诉", "没要投诉"); a complaint never made before ("我以前从来没投诉过，
// 这次太过分了", "從來冇投訴過") is no refusal (review of blind batch 26's fixes).
const NOT_COMPLAINING =
  /(不是|唔係|并不是|並不是)(话|話|说|說|讲|講|叫你|叫)?(过|過)?(要|想)?(抱怨|投诉|投訴|客诉|客訴|complain)(?!过|過)|(没有|沒有|冇|没|沒)(话|話|说|說|讲|講|叫你|叫)(过|過)?(要|想)?(抱怨|投诉|投訴|客诉|客訴|complain)(?!过|過)|(?<!从来|從來|以前|从未|從未)(没有|沒有|冇|没|沒)(要|想)(抱怨|投诉|投訴|客诉|客訴|complain)(?!过|過)|(?<!从来|從來|以前)(没有|沒有|冇)(抱怨|投诉|投訴|客诉|客訴|complain)(?!过|過)|(就|只|淨係|净系)(是)?(想)?(问问|問問|问一下|問一下|問下|问下|了解一下|了解下)|(我是|我係|我只是|我只係)?(要|想)(寄东西|寄東西|寄嘢|寄件|寄个|寄個)[^，。,.!?！？]{0,4}(不是|唔係)(查件|查快递|查快遞|投诉|投訴)|(不是|唔係)(查件|查快递|查快遞)|\bi'?m (sending|trying to send)\b[^.?!]{0,12}\bnot (tracking|complaining)\b|\bno need to (log|register|file|record|open|write)\b|\b(don'?t|do not|no need to) (log|register|file|record|open|write up) (it|this|that|anything|a complaint|a ticket|a case)\b|\bi (never|didn'?t|did not) (ask|want)(ed)? (for|to) (a |any )?(complain|complaint|ticket|case)|\bwho (said|asked) (anything )?(about )?(a |any )?complain|不(想|用)(投诉|投訴|客诉|客訴)|(?<![不要])不(投诉|投訴|客诉|客訴)(?!不|怎|点|點|就|的话|的話)|唔(想|使)投訴|\b(not|n'?t) (complaining|a complaint|here to complain|trying to complain|making a complaint)\b|\b(don'?t|do not) (want|need) to (complain|file|make a complaint)\b|\bno need (to complain|for a complaint)\b|\b(i )?(don'?t|do not|dont) (want|need) (a|any) (ticket|complaint|case)\b|\bjust (asking|wanted to know|want to know|checking|wondering)\b|只是(想)?(问问|問問|问一下|問一下|想知道|知道|问|問)|只係想(問|知)/i;

// "不用帮我登记", "唔使幫我開單": the filing declined ("帮我" in it asks for nothing).
export const DECLINES_FILING =
  /(不用|不要|不必|无需|無需|毋须|毋須|唔使|唔洗|唔駛|唔好|别|別)(帮我|幫我|幫|帮)?(登记|登記|记录|記錄|立案|开单|開單|建单|建單|开工单|開工單|报案|報案)/;

/** "I'm not complaining", "唔使開單": the customer says this is not a complaint (whatever else they ask). */
export const deniesComplaint = (text: string): boolean =>
  (NOT_COMPLAINING.test(text) || DECLINES_FILING.test(text)) && !isCancel(text);

/** The message with its denial taken out: what else it says ("not about the driver — about the delay"). */
export const withoutDenial = (text: string): string =>
  text.replace(new RegExp(NOT_COMPLAINING.source, 'gi'), ' ').replace(new RegExp(DECLINES_FILING.source, 'g'), ' ');
