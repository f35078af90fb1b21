import type { Gazetteer } from '../tracking';
import { ENGLISH_UNITS, parseChineseNumber } from '../nlu/entities/numbers';

/**
 * What a price question says about the shipment: its weight as written (kg, g, 公斤, 千克, 克, 斤, lb), a box's
 * size, the service, and the places it names as where it goes and where from. Only what the message says —
 * what a follow-up leaves out is filled from the question before it by the caller.
 */

export type WeightUnit = 'kg' | 'g' | 'jin' | 'lb';

export interface WeightSaid {
  amount: number;
  unit: WeightUnit;
}

export interface QuoteAsked {
  weight?: WeightSaid;
  /** Every weight the question gives, when it gives more than one ("2公斤和5公斤", "1kg or 3kg"): each is priced. */
  weights?: WeightSaid[];
  /** Centimetres of a box ("40x30x20cm"): its volumetric weight may be what is charged. */
  box?: [number, number, number];
  origin?: string;
  destination?: string;
  /** Every place it asks about as where it goes, when more than one ("到北京和上海", "to Macau or Taiwan"). */
  destinations?: string[];
  /**
   * Each weight with the place it is written next to ("寄北京3公斤，寄成都1.5公斤", "2kg to Beijing and 5kg to
   * Chengdu"): priced pair by pair, not every weight to every place.
   */
  pairs?: { weight: WeightSaid; destination: string }[];
  /** Where the customer says they are ("我在上海", "I'm in Shanghai"), when no place is named as where it is sent from. */
  locatedIn?: string;
  service?: string;
}

const DIGITS = '(\\d+(?:\\.\\d+)?)';
// Chinese numerals as people write a weight: 两, 三, 十二, 二十, 半 (a half), 一个半 (one and a half).
const HAN_NUMBER = '([零〇一二两兩三四五六七八九十百]+(?:[个個]?半)?|半)';

/** "十二" → 12, "二十" → 20, "两个半" → 2.5, "半" → 0.5; undefined for what is no number. */
export function hanNumber(text: string): number | undefined {
  const half = /[个個]?半$/.test(text) ? 0.5 : 0;
  const whole = text.replace(/[个個]?半$/, '');
  if (whole === '') return half || undefined;
  const n = parseChineseNumber(whole);
  return n === undefined ? undefined : n + half;
}

// English numbers as people write a weight: "two kilos", "a kilo", "half a kilo", "one and a half kg" (blind batch
// 38b: 03.1 was asked how heavy "two kilos" was).
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const EN_ALONE: Record<string, number> = {
  a: 1,
  an: 1,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  ...EN_TENS,
  ...ENGLISH_UNITS,
};
const alternatives = (table: Readonly<Record<string, number>>): string => Object.keys(table).join('|');
// ("twenty five kilos" is 25, never "five kilos": the tens are read with their units — review of session 38.)
const EN_NUMBER = `\\b((?:(?:${alternatives(EN_TENS)})[ -](?:${alternatives(ENGLISH_UNITS)})|${alternatives(EN_ALONE)})(?:[ -]and[ -]a[ -]half)?|half[ -]an?)[ -]`;

/** "two" → 2, "twenty five" → 25, "one and a half" → 1.5, "half a" → 0.5; undefined for what is no number. */
function englishNumber(text: string): number | undefined {
  const said = text.toLowerCase().replace(/-/g, ' ');
  if (/^half an?$/.test(said)) return 0.5;
  const half = / and a half$/.test(said) ? 0.5 : 0;
  const [first = '', second] = said.replace(/ and a half$/, '').split(' ');
  const whole = second === undefined ? EN_ALONE[first] : (EN_TENS[first] ?? 0) + (ENGLISH_UNITS[second] ?? 0);
  return whole === undefined ? undefined : whole + half;
}

// Order matters: 千克 before 克, 公斤 before 斤.
const UNITS: [WeightUnit, string][] = [
  ['kg', '(?:kgs?|kilos?|kilograms?|kilogrammes?|公斤|千克)(?![a-z])'],
  ['g', '(?:g|grams?|grammes?|克)(?![a-z])'],
  ['jin', '斤'],
  ['lb', '(?:lbs?|pounds?)(?![a-z])'],
];

/** Every weight the message gives, where it is written (start and end), in the order written. */
function weightsAt(text: string): { at: number; end: number; said: WeightSaid }[] {
  const found: { at: number; end: number; said: WeightSaid }[] = [];
  for (const [unit, words] of UNITS) {
    // A digit figure, or (in Chinese) a numeral; "公斤" is not read as 斤 nor "千克" as 克.
    const guard = unit === 'jin' ? '(?<!公)' : unit === 'g' ? '(?<!千)' : '';
    const pattern = new RegExp(
      `${DIGITS}\\s*${guard}${words}|${HAN_NUMBER}${guard}${words}|${EN_NUMBER}${words}`,
      'gi',
    );
    for (const m of text.matchAll(pattern)) {
      const amount =
        m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? hanNumber(m[2]) : englishNumber(m[3] ?? '');
      if (amount !== undefined && amount > 0)
        found.push({ at: m.index, end: m.index + m[0].length, said: { amount, unit } });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Every weight the message gives, as written, in the order written (a weight said twice counts once). */
export function weightsIn(text: string): WeightSaid[] {
  const weights: WeightSaid[] = [];
  for (const { said } of weightsAt(text))
    if (!weights.some((w) => w.amount === said.amount && w.unit === said.unit)) weights.push(said);
  return weights;
}

/** The first weight the message gives, as written. */
export function weightIn(text: string): WeightSaid | undefined {
  return weightsIn(text)[0];
}

const BOX = /((?<!\d)\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(?:cm|厘米|公分)?/i;
const SERVICES: [RegExp, string][] = [
  [/\bexpress\b|特快|加急/i, 'express'],
  [/same[- ]day|即日|當日|当日/i, 'same_day'],
  // The plain service, said against a faster one ("standard not express", "普通的就行", "經濟型"): no surcharge.
  [
    /\b(standard|economy|non[- ]express)\b|\bregular (service|delivery|shipping)\b|普通(?![话話])|标准|標準|经济|經濟|平邮|平郵/i,
    'standard',
  ],
];
// A service said only to be refused: "not express", "no need for express", "不要加急", "唔使特快", "不用當日".
const REFUSED =
  /\b(not|no|don'?t need|do not need|without|rather than|instead of|no need for)\s+(the\s+|an?\s+)?(express|same[- ]day)\b|(不要|不用|不需要|不必|唔要|唔使|唔需要|不是|唔係|非)\s*(特快|加急|即日|當日|当日)/i;

/**
 * The service a price question chooses: the first one it names that it does not refuse ("standard not express" is
 * the standard service, blind-31 08.2 was priced express).
 */
function serviceIn(text: string): string | undefined {
  const refused = text.replace(new RegExp(REFUSED.source, 'gi'), ' ');
  const said = SERVICES.map(([words, service]) => ({ at: refused.search(words), service }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at);
  return said[0]?.service;
}

// Chinese: what a place name ends before ("到北京2公斤多少钱", "去旺角幾錢", "到高雄大概多少").
// (A place the places files know is taken whole first: 和田 and 克拉玛依 begin with such words.)
// (A question word is no place: "要去哪裡？" names none — blind batch 25: 25.4 heard 找不到「哪裡」.)
const HAN_STOP =
  /哪|啥|什么|什麼|甚麼|邊度|边度|要|多少|幾|几|运费|運費|大概|大約|大约|左右|的|嘅|呢|吗|嗎|呀|啊|㗎|價|价|收|寄|送|需|快递|快遞|包裹|東西|东西|一件|一個|一个|個|个|公斤|千克|斤|克|係|是|点|點|怎|咁|咩|使|贵|貴|便宜|得|可|有|嘛|喎|先|再|就|同|和|跟|及|或|(?<![零一二两兩三四五六七八九十半])[零一二两兩三四五六七八九十半]+[个個]?半?(?:公斤|千克|斤|克)/;
const HAN_RUN = /^[\u4e00-\u9fff]+/;
// ("寄回台北", "寄返香港", "一個2公斤的箱子回台北": back to a place is to it — blind batch 51b: 11.4.)
const TO_MARKERS =
  /寄到|寄去|寄往|寄來|寄嚟|寄来|寄回|寄返|送到|送去|送回|送返|发到|發到|发去|發去|运到|運到|运回|運回|(?<=[箱盒件包裹子西嘢])回|到|去|往|至|嚟/g;
// ("我自己重新寄", "自取", "理由": 自 and 由 in words of their own say no "from".)
const FROM_MARKERS = /从|從|(?<!理|自|缘|緣|經|经)由(?!于|於)|(?<!亲|親|各|独|獨)自(?![己取提行动動家])/g;
// A "from" marker the text before a place ends with ("从" in "从广州").
const FROM_MARKER_AT_END = new RegExp(`(?:${FROM_MARKERS.source})$`);
// Verbs 到 or 去 completes as a result (found, got, seen, bought), not a way to somewhere.
const RESULT_VERB = /[查找搵收看睇拿攞得遇碰想听聽做搜抓捉等买買识識]$/;

// Where a parcel is handed in or picked up — an outlet, a shop, a counter, a locker — not a city.
const VENUE =
  /^(?:舖頭|铺头|舖|铺|門市|门市|營業所|营业所|營業點|营业点|網點|网点|店|超商|便利店|便利商店|櫃台|柜台|櫃檯|郵局|邮局|站點|站点|驛站|驿站|快递点|快遞點|代收點|代收点|自提点|自提點|柜子|櫃子)/;

/**
 * The place after a marker: the longest place the places files know at the start of the Chinese characters that
 * follow, else those characters up to the first word that is no place (a place no list knows is still named).
 */
function hanPlaceAfter(text: string, at: number, places: Gazetteer): string | undefined {
  const run = HAN_RUN.exec(text.slice(at).trimStart())?.[0] ?? '';
  for (let n = Math.min(run.length, 12); n >= 2; n -= 1) if (places.knows(run.slice(0, n))) return run.slice(0, n);
  const stop = HAN_STOP.exec(run);
  const place = stop ? run.slice(0, stop.index) : run;
  return place.length >= 2 ? place : undefined;
}

// What joins two places a parcel may go to: "北京和上海", "深圳同澳門", "台北、台中", "到北京或者到上海".
const HAN_JOIN = /^\s*(?:和|同|跟|及|与|與|或者|或|还是|還是|还有|還有|以及|、|,|，|\/)\s*$/;
const HAN_JOINED =
  /^\s*(?:和|同|跟|及|与|與|或者|或|还是|還是|还有|還有|以及|、|,|，|\/)\s*(?:寄到|寄去|寄往|送到|送去|到|去|往)?\s*/;

/** Where a place named at or after `from` ends in the text. */
const endOf = (text: string, place: string, from: number): number => text.indexOf(place, from) + place.length;

/**
 * The Chinese places a message names: after 到/去/往 where it goes (each of several joined by 和/同/、 …), after
 * 从/由 where from. A place joined to another is taken only when `isPlace` knows it.
 */
function hanRoute(
  text: string,
  places: Gazetteer,
  isPlace: (place: string) => boolean,
): { origin?: string; destination?: string; destinations?: string[] } {
  let goes: { place: string; end: number }[] = [];
  let destinationAt = -1;
  for (const m of text.matchAll(TO_MARKERS)) {
    const at = (m.index ?? 0) + m[0].length;
    const place = hanPlaceAfter(text, at, places);
    if (!place) continue;
    // "被查到違禁品會怎樣", "收到包裹", "找到了": 到 after such a verb says it was found or got, and the words after it
    // are no place unless a places file knows them (blind batch 26: 22.5 heard "找不到「違禁品會」").
    if (m[0].length === 1 && RESULT_VERB.test(text.slice(0, m.index)) && places.find(place).length === 0) continue;
    // "貨到付款", "到付": paying on delivery, no place; "去舖頭寄", "到门市寄": where it is handed in, not where it goes
    // (blind batch 42b 13.2, 13.4 heard "the price list has no 「付款」", "no 「舖頭」").
    if (m[0] === '到' && text.slice(at).startsWith('付')) continue;
    // ("聽日到唔到", "明天到不到", "能到吗": whether it arrives, no place — blind batch 52a: 15.3 heard "no 「唔到」".)
    if (m[0] === '到' && /^(唔|不|冇|没|沒)到|^(吗|嗎|未|咗未|了没|了沒)/.test(text.slice(at))) continue;
    if (VENUE.test(place) && places.find(place).length === 0) continue;
    const last = goes.at(-1);
    // "到北京和到上海": joined to the place before, a second destination.
    if (last && HAN_JOIN.test(text.slice(last.end, m.index ?? 0)) && isPlace(place)) {
      goes.push({ place, end: endOf(text, place, at) });
      continue;
    }
    // "寄東西到台中": the last place a marker names; a known place wins over a word that is none.
    if (!last || places.find(place).length > 0 || places.find(last.place).length === 0) {
      goes = [{ place, end: endOf(text, place, at) }];
      destinationAt = m.index ?? 0;
    }
  }
  // "寄香港多少钱": a known place straight after 寄 — any 寄 of the message ("两样装一箱一起寄 1.5公斤 杭州寄广州").
  for (const bare of goes.length === 0 ? text.matchAll(/寄/g) : []) {
    // ("大闸蟹能不能寄 从苏州寄乌鲁木齐": the words after this 寄 say where from — the next 寄 says where to; 45b: 06.1.)
    if (/^\s*(从|從|由)/.test(text.slice(bare.index + 1))) continue;
    const straight = hanPlaceAfter(text, bare.index + 1, places);
    if (!straight || places.find(straight).length === 0) continue;
    goes = [{ place: straight, end: endOf(text, straight, bare.index + 1) }];
    break;
  }
  // "到北京和上海", "寄去深圳同澳門": more places joined after the last one.
  for (let last = goes.at(-1); last; last = goes.at(-1)) {
    const join = HAN_JOINED.exec(text.slice(last.end));
    const at = last.end + (join?.[0].length ?? 0);
    const place = join ? hanPlaceAfter(text, at, places) : undefined;
    if (!place || !isPlace(place) || goes.some((g) => g.place === place)) break;
    goes.push({ place, end: endOf(text, place, at) });
  }
  const destination = goes[0]?.place;
  const destinations = goes.length > 1 ? goes.map((g) => g.place) : undefined;
  let origin: string | undefined;
  // "上海寄上海", "从广州寄到广州": the same city named at both ends is a same-city route (the same name read once is
  // only where it goes).
  const namedTwice = destination !== undefined && text.split(destination).length > 2;
  const otherEnd = (place: string): boolean => place !== destination || namedTwice;
  for (const m of text.matchAll(FROM_MARKERS)) {
    const place = hanPlaceAfter(text, (m.index ?? 0) + m[0].length, places);
    if (place && otherEnd(place)) origin = place;
  }
  // "深圳到香港": a known place right before the marker is where it is sent from.
  if (!origin && destinationAt > 0) {
    const before = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+$/.exec(text.slice(0, destinationAt))?.[0] ?? '';
    const known = places.find(before)[0]?.name;
    if (known && before.endsWith(known)) origin = known;
  }
  // "深圳寄2公斤去香港", "我喺深圳寄去香港": a known place right before 寄 is where it is sent from, without 由/从.
  // (Any 寄 of the message: "装一箱寄 1.5公斤 杭州寄广州" sends from 杭州.)
  for (const sends of origin || !destination ? [] : text.matchAll(/寄/g)) {
    const before = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+$/.exec(text.slice(0, sends.index))?.[0] ?? '';
    for (let n = Math.min(before.length, 12); n >= 2 && !origin; n -= 1) {
      const place = before.slice(-n);
      if (otherEnd(place) && places.knows(place)) origin = place;
    }
    if (origin) break;
  }
  return {
    ...(origin ? { origin } : {}),
    ...(destination ? { destination } : {}),
    ...(destinations ? { destinations } : {}),
  };
}

// English: "to Tsuen Wan", "from Central", ended by punctuation, a figure or a word that is no place ("to Beijing also",
// "to Hong Kong Central today": blind-30 03.1 said "shenzhen → beijing also").
const EN_END =
  '(?=\\s*(?:$|[,?.!;:()]|\\d|\\b(?:how|what|cost|costs|price|by|with|for|please|pls|plz|ar|ah|la|lah|leh|lor|hor|then|is|will|would|set|and|or|from|to|in|by|via|express|same|cost|take|takes|each|per|around|about|approx|also|too|today|tomorrow|tonight|this week|next week|asap|urgently)\\b))';
const EN_TO = new RegExp(`\\bto\\s+([a-z][a-z .'-]*?)${EN_END}`, 'gi');
const EN_FROM = new RegExp(`\\bfrom\\s+([a-z][a-z .'-]*?)${EN_END}`, 'gi');
// "to send", "to know": verbs after "to" name no place.
// ("any way to make it cheaper?", "to bring the cost down": a verb with its object after "to" is what to do, no place —
// blind 29: 01.3.)
const NO_PLACE =
  /^(send|ship|post|mail|deliver|courier|get|know|ask|pay|be|have|do|go|check|find|see|my|me|you|your|him|her|them|us|our|their|its|it|the same|there|here)\b|^[a-z]+ (it|them|this|that|anything|something|everything|the (cost|price|fee|bill)|costs?|prices?)\b/i;

// "to my mum in London", "to a friend at Mong Kok": the place is after the person.
const TO_PERSON = /\bto\s+(?:my|our|his|her|their|a|the)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:in|at)\s+/gi;

// "to Beijing and Shanghai", "to Macau, Taiwan or Hong Kong": places joined to the one it goes to.
const EN_JOIN = /^\s*(?:,\s*(?:and|or)?|and|or|&|\/)\s*$/i;
const EN_JOINED = new RegExp(`^\\s*(?:,\\s*(?:and|or)?|and|or|&|/)\\s*(?:to\\s+)?([a-z][a-z .'-]*?)${EN_END}`, 'i');

function englishRoute(
  message: string,
  places: Gazetteer,
  isPlace: (place: string) => boolean,
): { origin?: string; destination?: string; destinations?: string[] } {
  const text = message.replace(TO_PERSON, 'to ');
  const named = (pattern: RegExp) =>
    [...text.matchAll(pattern)].map((m) => (m[1] ?? '').trim()).filter((p) => p.length >= 2 && !NO_PLACE.test(p));
  const to = [...text.matchAll(EN_TO)]
    .map((m) => ({ place: (m[1] ?? '').trim(), at: m.index, end: m.index + m[0].length }))
    .filter((t) => t.place.length >= 2 && !NO_PLACE.test(t.place));
  // The last place it goes to, with those joined to it: "to Beijing and to Shanghai", "to Beijing and Shanghai".
  const goes = to.slice(-1);
  for (let i = to.length - 2; i >= 0; i -= 1) {
    const [earlier, next] = [to[i], goes[0]];
    if (!earlier || !next || !EN_JOIN.test(text.slice(earlier.end, next.at))) break;
    if (!isPlace(earlier.place) || !isPlace(next.place)) break;
    goes.unshift(earlier);
  }
  for (let last = goes.at(-1); last; last = goes.at(-1)) {
    const joined = EN_JOINED.exec(text.slice(last.end));
    const place = joined?.[1]?.trim();
    if (!joined || !place || !isPlace(place) || !isPlace(last.place) || goes.some((g) => g.place === place)) break;
    const at = last.end + joined[0].length - place.length;
    goes.push({ place, at, end: last.end + joined[0].length });
  }
  const destination = goes[0]?.place;
  const destinations = goes.length > 1 ? goes.map((g) => g.place) : undefined;
  let origin = named(EN_FROM)[0];
  // "Shanghai to Guangzhou": a known place right before "to".
  if (!origin && destination) {
    const before = new RegExp(`([a-z][a-z '-]*?)\\s+to\\s+${destination.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
    const words = (before.exec(text)?.[1] ?? '').split(/\s+/);
    // The longest known place among the last words ("Central", "Sha Tin").
    for (let n = Math.min(3, words.length); n >= 1 && !origin; n -= 1) {
      const candidate = words.slice(-n).join(' ');
      const known = places.find(candidate)[0];
      if (known && candidate.toLowerCase() === known.name) origin = candidate;
    }
  }
  return {
    ...(origin ? { origin } : {}),
    ...(destination ? { destination } : {}),
    ...(destinations ? { destinations } : {}),
  };
}

// Chinese: what a destination written next to its weight comes right after ("寄北京3公斤，寄成都1.5公斤", "寄台北兩公斤
// 高雄五公斤"): the start, a space or a stop, a word for sending there, or a word that joins it to the one before.
const HAN_PLACE_OPENS =
  /(?:^|[\s,，、;；。.!！?？:：]|寄到|寄去|寄往|寄|送到|送去|发到|發到|到|去|往|至|和|同|跟|及|与|與)$/;
// A place followed by one of these is where the parcel is sent from ("上海寄", "深圳到香港").
const HAN_SENT_FROM_AFTER = /^(?:寄|到|去|往|发|發|送)/;

// A word no place name starts with: "寄北京" is 寄 and a place.
const HAN_NO_PLACE_START = /^[寄到去往送发發从從由至和同跟及与與在喺]/;

/** The Chinese places a message names as where parcels go, where each is written (not those it is sent from). */
function hanPlacesAt(text: string, places: Gazetteer, isPlace: (place: string) => boolean, weightEnds: number[]) {
  const found: { at: number; place: string }[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (!weightEnds.includes(i) && !HAN_PLACE_OPENS.test(text.slice(0, i))) continue;
    const run = HAN_RUN.exec(text.slice(i))?.[0] ?? '';
    if (HAN_NO_PLACE_START.test(run)) continue;
    // The longest name the places files know; else the shortest the price lists name (澳門, with no places file).
    let place: string | undefined;
    for (let n = Math.min(run.length, 12); n >= 2 && !place; n -= 1)
      if (places.knows(run.slice(0, n))) place = run.slice(0, n);
    for (let n = 2; n <= Math.min(run.length, 12) && !place; n += 1)
      if (isPlace(run.slice(0, n))) place = run.slice(0, n);
    if (!place) continue;
    const from = FROM_MARKER_AT_END.test(text.slice(0, i));
    if (!from && !HAN_SENT_FROM_AFTER.test(text.slice(i + place.length))) found.push({ at: i, place });
    i += place.length - 1;
  }
  return found;
}

/** The English places a message names after "to", where each is written. */
function englishPlacesAt(text: string, isPlace: (place: string) => boolean) {
  return [...text.replace(TO_PERSON, (m) => ' '.repeat(m.length - 3) + 'to ').matchAll(EN_TO)]
    .map((m) => ({ at: m.index, place: (m[1] ?? '').trim() }))
    .filter((t) => t.place.length >= 2 && !NO_PLACE.test(t.place) && isPlace(t.place));
}

/**
 * Each weight paired with the place written next to it, when the message gives as many weights as places, two or
 * more, one beside the other ("北京3公斤，成都1.5公斤", "2kg to Beijing and 5kg to Chengdu"); otherwise none.
 */
function pairedWeights(text: string, places: Gazetteer, isPlace: (place: string) => boolean): QuoteAsked['pairs'] {
  const weights = weightsAt(text);
  if (weights.length < 2) return undefined;
  const placesAt = /[\u4e00-\u9fff]/.test(text)
    ? hanPlacesAt(
        text,
        places,
        isPlace,
        weights.map((w) => w.end),
      )
    : englishPlacesAt(text, isPlace);
  if (placesAt.length !== weights.length) return undefined;
  const written = [
    ...weights.map((w) => ({ at: w.at, weight: w.said })),
    ...placesAt.map((p) => ({ at: p.at, place: p.place })),
  ].sort((a, b) => a.at - b.at);
  // Place, weight, place, weight … or weight, place, weight, place …: each weight with its neighbour.
  const pairs: NonNullable<QuoteAsked['pairs']> = [];
  for (let i = 0; i + 1 < written.length; i += 2) {
    const [a, b] = [written[i], written[i + 1]];
    const weight = a && 'weight' in a ? a.weight : b && 'weight' in b ? b.weight : undefined;
    const place = a && 'place' in a ? a.place : b && 'place' in b ? b.place : undefined;
    if (!weight || !place || 'weight' in (a ?? {}) !== 'weight' in (written[0] ?? {})) return undefined;
    pairs.push({ weight, destination: place });
  }
  return pairs;
}

// "我在上海", "人喺上海", "I'm in Shanghai": where the customer is, which may be where the parcel is sent from.
const HAN_LOCATED = /我(?:现在|現在|而家|人)?(?:在|喺|住在|住)|人在|人喺|本人在/g;
const EN_LOCATED =
  /\b(?:i'?m|i am|we'?re|we are|i live|we live|i'm based|i am based)\s+(?:in|at)\s+([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})/gi;

/** Where the customer says they are, when it is a place the places files know. */
function locatedIn(text: string, places: Gazetteer): string | undefined {
  for (const m of text.matchAll(HAN_LOCATED)) {
    const place = hanPlaceAfter(text, m.index + m[0].length, places);
    if (place && places.knows(place)) return place;
  }
  // The longest known place among the words after "in" ("I'm in Shanghai this week", "I live in Sha Tin").
  for (const m of text.matchAll(EN_LOCATED)) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let n = words.length; n >= 1; n -= 1)
      if (places.knows(words.slice(0, n).join(' '))) return words.slice(0, n).join(' ');
  }
  return undefined;
}

/**
 * What a price question asks about: weight(s), box, service and route, as far as the message says.
 * @param isPlace whether a name is a place a price can be asked for (places the price lists name without a places
 *   file, such as Macau, too); a second destination is taken only when it is one.
 */
export function readQuoteAsked(
  text: string,
  places: Gazetteer,
  isPlace: (place: string) => boolean = (place) => places.knows(place),
): QuoteAsked {
  const weights = weightsIn(text);
  const weight = weights[0];
  const box = BOX.exec(text);
  const service = serviceIn(text);
  const route = /[\u4e00-\u9fff]/.test(text) ? hanRoute(text, places, isPlace) : {};
  const english = route.destination || route.origin ? {} : englishRoute(text, places, isPlace);
  const pairs = pairedWeights(text, places, isPlace);
  const located = route.origin || 'origin' in english ? undefined : locatedIn(text, places);
  const paired: QuoteAsked = pairs
    ? {
        weight: pairs[0]?.weight,
        weights: pairs.map((p) => p.weight),
        destination: pairs[0]?.destination,
        destinations: [...new Set(pairs.map((p) => p.destination))],
        pairs,
      }
    : {};
  return {
    ...(weight ? { weight } : {}),
    ...(weights.length > 1 ? { weights } : {}),
    ...(box ? { box: [Number(box[1]), Number(box[2]), Number(box[3])] as [number, number, number] } : {}),
    ...(service ? { service } : {}),
    ...route,
    ...english,
    ...paired,
    ...(located ? { locatedIn: located } : {}),
  };
}
