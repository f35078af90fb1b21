import type { Locale } from '../nlu';
import { scriptConverter, simplifiedOnlyCharacters } from './chinese-script';

/**
 * Which language a conversation is in: what the customer mostly writes, and what they ask for outright. A
 * Chinese term or place inside English ("my COD 代收货款", "deliver to 旺角") keeps an English chat English, an
 * English word inside Chinese ("我張單 delay 咗") keeps a Chinese one Chinese, and "English please", "請用中文",
 * "講廣東話" switch whatever the message is written in.
 */

/** A language the customer asked for: a locale, and for Cantonese the register too. */
export interface LanguageAsked {
  locale: Locale;
  /** Cantonese asked for (true), or Mandarin (false); undefined when the request says neither. */
  cantonese?: boolean;
  /** Chinese asked for in English words: the script is the conversation's own, or the client's. */
  scriptUnsaid?: boolean;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
// Latin words not glued to digits: "JT0001234567890" and "2kg" are no English words, "u" and "pls" are.
const LATIN_WORD = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z']*(?![A-Za-z0-9])/g;

// An email address or a link is no English: "email是 chen.mei@gmail.com" is Chinese (blind batch 18: 24.5). (It starts
// where a run of address characters starts: tried inside one, a long run took time quadratic in its length.)
const ADDRESSES = /(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+/gi;

// A text pasted or quoted inside the customer's own words: an SMS with its sender in 【】 ("【中通快递】您的快件…处理。"),
// up to the next Latin word (a tracking number's prefix aside), or a Chinese quote in quotation marks. The customer's
// language is that of the words around it (blind batch 26: 02.1) — alone, the message is what it is.
const PASTED = /【[^】\n]{1,20}】(?:[^A-Za-z\n]|[A-Z]{1,4}(?=\d))*|[“「『"][^”」』"\n]{4,300}[”」』"]/g;

/** The customer's own words: a message without the Chinese texts pasted or quoted in it (an SMS with its 【sender】). */
export const ownWords = (text: string): string =>
  text.replace(PASTED, (pasted) => (/[\u3400-\u9fff]/.test(pasted) ? ' ' : pasted));

/** English words and Chinese characters a message holds (not counting email addresses, links and pasted texts). */
function countsOf(text: string): { latin: number; cjk: number } {
  const around = ownWords(text);
  const words = (around.replace(/[\s\p{P}]/gu, '').length > 0 ? around : text).replace(ADDRESSES, ' ');
  return { latin: words.match(LATIN_WORD)?.length ?? 0, cjk: words.match(CJK)?.length ?? 0 };
}

// Cantonese words typed in Latin letters that are no English words: "ngo" (我), "ge" (嘅), "dim gaai" (點解), "mou" (冇),
// "dou" (都), "yat" (日), "ga" (㗎), "zo" (咗), "m goi" (唔該), "keoi" (佢), "hai" (係).
const CANTONESE_LATIN = new Set(
  'ngo nei lei keoi koei kui ge gei dim gaai gai mou mo zo jo jor gwo ga gaa laa wor sin bei dou yat jat yiu jiu gam gum di ng sik mat matje meh aa dak duk sai hou m mh goi hai zau jau zung jung gin faan fan heoi hui dei'.split(
    ' ',
  ),
);

/** Latin words that are mostly romanised Cantonese (two at least, and half of the message's Latin words). */
export function romanisedCantonese(text: string): boolean {
  const words = (text.match(LATIN_WORD) ?? []).map((w) => w.toLowerCase());
  const cantonese = words.filter((w) => CANTONESE_LATIN.has(w)).length;
  return cantonese >= 2 && cantonese * 2 >= words.length;
}

// A place written in Chinese: a number or an address word in it, and none of a sentence's words or punctuation.
const PLACE_WORD = /\d|[市区區县縣镇鎮村路街道巷弄号號栋棟座楼樓室层層苑邨]|大厦|大廈|中心|花园|花園|广场|廣場/u;
const SENTENCE_WORD =
  /[，。？！、；：,.?!]|我|你|您|吗|嗎|呢|吧|啊|呀|请|請|了|咗|嘅|唔|冇|係|是|要|想|怎|點|点|什|甚|为|為|的|都(?=[不没沒冇唔係是要在有])|不|没|沒|在|一直|嗰|幾|几|还|還|就|也|很|太|派送|快递|快遞/u;
// (A digit, or a short name: an address is numbered, a sentence is long — a review of session 50.)
const pastedPlace = (token: string): boolean =>
  PLACE_WORD.test(token) && !SENTENCE_WORD.test(token) && (/\d/.test(token) || token.length <= 10);

/**
 * Whether a message mixing both is mostly English: about two Chinese characters make a word, and the language
 * the conversation is in keeps a close call (a switch needs the other language to clearly dominate).
 */
export function mostlyEnglish(text: string, current?: Locale): boolean {
  const { latin, cjk } = countsOf(text);
  if (latin < 2) return false;
  // ("ngo ge parcel", "dim gaai 8 yat dou mou update ga" in a Chinese chat: Cantonese in Latin letters — blind batch 51a:
  // 14.2, 14.4 were answered in English.)
  if (current !== 'en' && romanisedCantonese(text)) return false;
  if (cjk === 0) return true;
  // ("the recipient address is 成都市武侯区天府大道北段1700号环球中心W6-1201 in case they lost the label": an address or
  // a name pasted whole into English sentences is no switch — blind batch 52b: 03.3 was answered in Chinese.)
  // (Only an address's or a name's shape: "sorry my english is not good 我的快递三天了还没到" is a sentence in Chinese —
  // a review of session 50.)
  const chinese = text.split(/\s+/).filter((token) => /[\u3400-\u9fff]/u.test(token));
  const [pasted] = chinese;
  if (current === 'en' && latin >= 5 && chinese.length === 1 && pasted && pastedPlace(pasted)) return true;
  const weight = current === 'en' ? 1 : current ? 2 : 1.5;
  return latin >= cjk * weight;
}

const WANT = String.raw`(?:please|pls|plz|pl[sz]e|only|thanks|thx|ok)`;
const REPLY_VERB = String.raw`(?:reply|replies|replying|answer|answering|respond|responding|write|writing|speak|speaking|talk|talking|text|texting|chat|type|typing|use|say|continue|carry on|go on)`;
// "English please", "can you reply in English", "speak english", "in english pls", "only english", "can I continue in
// English?", "switch to English".
const ASKS_ENGLISH = new RegExp(
  String.raw`\benglish\s*${WANT}\b|\b${WANT}\s+(?:in\s+)?english\b|\b${REPLY_VERB}\b[^.?!。？！]{0,20}?\bin\s+english\b|\b${REPLY_VERB}\s+english\b|^\W*(?:\w+\W+){0,2}in\s+english\W*$|^\s*english\s*[.!?]*\s*$|\bswitch(?:ing)?\s+(?:over\s+)?to\s+english\b`,
  'i',
);
// "Why are you replying in Chinese", "stop using chinese", "I can't read Chinese", "看唔明中文": not this one.
const REFUSES_CHINESE =
  /\b(?:why|stop|don'?t|do not|no more|not)\b[^.?!。？！]{0,30}?\b(?:chinese|mandarin|cantonese)\b(?!\s+new year)|\b(?:can'?t|cannot|don'?t|do not)\s+(?:read|speak|understand|write)\s+(?:chinese|mandarin|cantonese)\b/i;
const REFUSES_ENGLISH =
  /\b(?:can'?t|cannot|don'?t|do not)\s+(?:read|speak|understand|write)\s+english\b|(?:看不懂|看唔明|睇唔明|睇唔懂|唔識睇|唔識|不懂|不会|不會|听不懂|聽不懂)\s*(?:英文|英語|英语)/i;
const ASKS_ENGLISH_IN_CHINESE =
  /(?:用|講|讲|说|說|转|轉|改用|改成|改做)\s*(?:英文|英語|英语)|(?:英文|英語|英语)\s*(?:回复|回覆|回答|覆|就得|可以吗|可以嗎|可唔可以|得唔得|好吗|好嗎|唔該|唔该|thanks|please|pls)/i;

const ASKS_CANTONESE =
  /(?:用|講|讲|说|說|转|轉|改用|改做)\s*(?:廣東話|广东话|粵語|粤语|廣府話)|(?:廣東話|广东话|粵語|粤语)\s*(?:回复|回覆|覆|就得|可以|得唔得|唔該|唔该|吖|啦|please|pls)|\b(?:in|speak|use)\s+cantonese\b|\bcantonese\s*(?:please|pls|plz)\b/i;
const ASKS_MANDARIN =
  /(?:用|講|讲|说|說)\s*(?:普通话|普通話|國語|国语)|(?:普通话|普通話|國語|国语)\s*(?:回复|回覆|可以|就得)/i;
// "改用繁體", "繁體中文回覆", "繁体就得", or the message is only the script's name.
const ASKS_TRADITIONAL =
  /(?:用|改用|改成|改做|转|轉)\s*(?:繁體|繁体)|(?:繁體|繁体)(?:中文|字)?\s*(?:回复|回覆|覆|可以|就得|唔該|唔该|please|pls)|^\s*(?:繁體|繁体)(?:中文|字)?\s*[。.!！?？]*\s*$|\btraditional chinese\b/i;
const ASKS_SIMPLIFIED =
  /(?:用|改用|改成|改做|转|轉)\s*(?:简体|簡體)|(?:简体|簡體)(?:中文|字)?\s*(?:回复|回覆|覆|可以|就得|唔該|唔该|please|pls)|^\s*(?:简体|簡體)(?:中文|字)?\s*[。.!！?？]*\s*$|\bsimplified chinese\b/i;
const ASKS_CHINESE =
  /(?:请用|請用|用|講|讲|说|說|改用|改成|转|轉)\s*(?:中文|華語|华语|漢語|汉语)|(?:中文|華語|华语)\s*(?:回复|回覆|回答|覆|就得|可以吗|可以嗎|可唔可以|得唔得|好吗|好嗎|唔該|唔该)|\b(?:reply|replies|answer|respond|write|speak|talk|text|chat)\w*\s+(?:to me\s+)?in\s+(?:chinese|mandarin)\b|\b(?:speak|use)\s+(?:chinese|mandarin)\b|^\W*(?:\w+\W+){0,2}in\s+(?:chinese|mandarin)\W*$|\b(?:chinese|mandarin)\s*(?:please|pls|plz|only)\b|識唔識(?:講)?中文|会不会(?:说)?中文|會不會(?:說)?中文|懂中文吗|懂中文嗎/i;

const toSimplified = scriptConverter('t', 'cn');

/**
 * The script Chinese words are written in, when they show it ("請" is Traditional, "请" Simplified, "用中文" or "台中"
 * either).
 */
function scriptOf(text: string): Locale | undefined {
  const chinese = (text.match(CJK) ?? []).join('');
  if (!chinese) return undefined;
  if (toSimplified(chinese) !== chinese) return 'zh-TW';
  return simplifiedOnlyCharacters(chinese).length > 0 ? 'zh-CN' : undefined;
}

/**
 * The language a message asks the bot to reply in, if it asks for one: in words of either language, and
 * as a complaint about the one it got ("why are you replying in Chinese??").
 */
export function languageAsked(text: string): LanguageAsked | undefined {
  const wantsEnglish = (ASKS_ENGLISH.test(text) && !REFUSES_ENGLISH.test(text)) || ASKS_ENGLISH_IN_CHINESE.test(text);
  if (wantsEnglish) return { locale: 'en' };
  if (ASKS_CANTONESE.test(text)) return { locale: 'zh-TW', cantonese: true };
  if (ASKS_TRADITIONAL.test(text)) return { locale: 'zh-TW' };
  if (ASKS_SIMPLIFIED.test(text)) return { locale: 'zh-CN', cantonese: false };
  const mandarin = ASKS_MANDARIN.test(text);
  if (mandarin || (ASKS_CHINESE.test(text) && !REFUSES_CHINESE.test(text)) || REFUSES_ENGLISH.test(text)) {
    const script = scriptOf(text);
    return {
      locale: script ?? 'zh-CN',
      ...(mandarin ? { cantonese: false } : {}),
      ...(script ? {} : { scriptUnsaid: true }),
    };
  }
  // "Why are you answering in Chinese?", written in English: they want English.
  if (REFUSES_CHINESE.test(text) && mostlyEnglish(text)) return { locale: 'en' };
  return undefined;
}

// The words of a request for a language, taken out to see what else the message says.
const REQUEST_WORDS = [
  ASKS_ENGLISH,
  ASKS_ENGLISH_IN_CHINESE,
  ASKS_CANTONESE,
  ASKS_MANDARIN,
  ASKS_CHINESE,
  REFUSES_CHINESE,
  REFUSES_ENGLISH,
  /\btraditional chinese\b|\bsimplified chinese\b|繁體中文|繁体中文|简体中文|簡體中文|繁體|繁体|简体|簡體/i,
];

// What a request leaves of its own sentence when its words are taken out: the asking around them ("can you …
// to me", "可唔可以 … 回覆我吖"), joining words and filler — nothing the customer told or asked besides.
const LEFT_BY_A_REQUEST_EN =
  /\b(ok|okay|pls|plz|please|thanks|thx|hi|hello|hey|and|also|but|so|then|now|from now on|can|could|would|will|you|u|ya|me|to|in|i|just|only|the|why|are|is|do|does|did|not|no|yes|reply|answer|write|speak|talk|text|chat|use|it|this)\b/gi;
const LEFT_BY_A_REQUEST_ZH =
  /可唔可以|可不可以|能不能|能否|可以|请|請|唔該|唔该|麻烦|麻煩|谢谢|謝謝|多謝|回复|回覆|回答|覆|讲|講|说|說|用|改|我|你|您|们|們|哋|啦|吖|呀|啊|吗|嗎|吧|喇|呢|咩|好|得|就|嘅|的|同|跟|和|以后|以後|之后|之後|都|先|一下|问题|問題/g;

const DANGLING_ASK =
  /(?<![\s,，])[,，]?\s*\b(?:can|could|may|shall|would)\s+(?:i|we|you|u)(?:\s+(?:please|pls|just))?\s*[?？]+/gi;

/** The request's own sentence less its words: what else it says, or '' when only the asking is left. */
function besidesRequestWords(sentence: string): string {
  let rest = sentence;
  for (const words of REQUEST_WORDS) rest = rest.replace(new RegExp(words.source, `${words.flags}g`), ' ');
  rest = rest
    // The asking the request leaves behind it ("…, could I ? the tape came off"): no question of its own.
    .replace(DANGLING_ASK, ' ')
    .replace(/^[\s,，、;；:：.!?。！？-]*((and|also|but|so|then)\b|还有|還有|另外|同埋)?[\s,，、;；:：-]*/i, '')
    .replace(/^(啦|吖|呀|啊|喇|吧|回复|回覆|回答|覆)+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const said = rest.replace(LEFT_BY_A_REQUEST_EN, '').replace(LEFT_BY_A_REQUEST_ZH, '');
  const { latin, cjk } = countsOf(said);
  // ("I want my money": "want" and "money" are left; "can you reply to me" leaves nothing.)
  return latin >= 2 || cjk >= 2 ? rest : '';
}

/**
 * The message less its request for a language: "why are u replying in chinese?? english pls. I just want my COD
 * money paid" → "I just want my COD money paid"; "english pls I want my money" → "I want my money"; empty when
 * the request was all of it.
 */
export function besidesLanguageRequest(text: string): string {
  const sentences = text.split(/(?<=[.!?。！？\n])(?![.!?。！？])\s*/);
  const kept = sentences
    .map((sentence) => (REQUEST_WORDS.some((words) => words.test(sentence)) ? besidesRequestWords(sentence) : sentence))
    .filter((sentence) => sentence.trim());
  const rest = kept.join(' ').trim();
  // Only marks and filler left ("??", "pls", "ok"): nothing else was said.
  return /[A-Za-z\u3400-\u9fff]{2,}/u.test(
    rest.replace(/\b(ok|okay|pls|please|thanks|thx|hi|hello|hey)\b|唔該|唔该|谢谢|謝謝|好吗|好嗎|吖|啦|呀/gi, ''),
  )
    ? rest
    : '';
}
