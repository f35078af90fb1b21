import { marketOf, writesCantonese } from './knowledge';
import type { MarketClue, Turn } from './turn';
import { PEOPLE_EN, PEOPLE_ZH } from './customer-side';

/**
 * Which of the courier's markets (CN, TW, HK, …) a conversation is in, from what the customer tells us — how
 * they write, their phone, the money and places they name, the parcel they ask about — rather than from their
 * script: a Hong Kong customer writes Traditional Chinese like a Taiwanese one but pays in HK$.
 */

/** Evidence of a market, strongest first: how they write or their phone, the money, their parcel, a place. */
const STRENGTH: Record<MarketClue, number> = {
  speech: 5,
  phone: 5,
  money: 4,
  parcel: 3,
  origin: 3,
  place: 2,
  language: 0,
};

// (Convenience chains named as each place names them: Hong Kong's "OK便利店", "Circle K", "7仔"; Taiwan's "超商",
// "萊爾富" — Taiwan says OK超商 or OK便利商店.)
const PLACES: [RegExp, string][] = [
  [
    /OK\s?便利店|OK記|OK记|\bcircle ?k\b|7仔|香港|九[龍龙]|新界|港[島岛]|旺角|尖沙[咀嘴]|油麻地|深水[埗埔]|[觀观]塘|黃大仙|黄大仙|將軍澳|将军澳|沙田|大埔|屯[門门]|元朗|荃[灣湾]|葵涌|青衣|東涌|东涌|[銅铜][鑼锣][灣湾]|[灣湾]仔|中[環环]|上[環环]|北角|[鰂鲗]魚涌|柴[灣湾]|香港仔|火炭|馬鞍山|天水[圍围]|上水|粉嶺|\b(hong ?kong|kowloon|new territories|mong ?kok|tsim sha tsui|yau ma tei|sham shui po|kwun tong|wong tai sin|tseung kwan o|sha ?tin|tai po|tuen mun|yuen long|tsuen wan|kwai chung|tsing yi|tung chung|causeway bay|wan chai|sheung wan|north point|quarry bay|chai wan|ma on shan|tin shui wai|sheung shui|fanling)\b/i,
    'HK',
  ],
  [
    /超商|萊爾富|莱尔富|[台臺]灣|台湾|[台臺]北|新北|桃[園园]|[台臺]中|[台臺]南|高雄|基隆|新竹|嘉[義义]|屏[東东]|宜[蘭兰]|花[蓮莲]|[台臺][東东]|彰化|雲林|云林|苗栗|南投|澎湖|金[門门]|\b(taiwan|taipei|taichung|kaohsiung|tainan|taoyuan|hsinchu|keelung)\b/i,
    'TW',
  ],
  [/澳[門门]|\bmaca[uo]\b/i, 'MO'],
];
const MONEY: [RegExp, string][] = [
  [/HK\$|\bHKD\b|港[幣币元紙纸]/i, 'HK'],
  [/NT\$|\bTWD\b|新?[台臺][幣币]/i, 'TW'],
  [/\bMOP\b|澳[門门]?[幣币元]/i, 'MO'],
  [/人民[幣币]|\bRMB\b|\bCNY\b/i, 'CN'],
];
const PHONES: [RegExp, string][] = [
  [/^\+852/, 'HK'],
  [/^\+886/, 'TW'],
  [/^\+853/, 'MO'],
  [/^\+861/, 'CN'],
];

const firstOf = (table: [RegExp, string][], text: string) => table.find(([pattern]) => pattern.test(text))?.[1];

// "to Hong Kong", "寄去香港", "寄2公斤到台北", "送到旺角": what comes after is where a parcel goes, not where the customer is.
// ("寄香港也能寄行動電源嗎": a region straight after 寄 is where it goes too — blind batch 26: 22.4.)
const TO_BEFORE = /(\bto|\binto|寄去|寄到|寄往|送去|送到|发到|發到|[去到往至寄])\s*(the\s+)?$/i;

// A region named as a whole: sending "to Hong Kong" is what someone outside it says (a district is named from inside).
const WHOLE_REGION = /^(香港|[台臺]灣|台湾|澳[門门]|hong ?kong|taiwan|maca[uo])$/i;

// What joins places in a list: "Macau, Taiwan or Hong Kong", "澳門同台灣", "香港、澳门".
const JOINED = /^\s*(?:,\s*(?:and|or)?|and|or|&|\/|和|同|跟|及|与|與|或者|或|、|，)\s*(?:(?:to|寄去|寄到|去|到)\s*)?$/i;

// "from Hong Kong to Taipei", "從香港寄去台北": what comes after is where the parcel is sent from — the customer's side.
const FROM_BEFORE = /(\bfrom|從|从)\s*(the\s+)?$/i;

// "my brother who lives in Hong Kong", "a friend based in Taipei", "my sister in Kowloon", "我哥哥住在香港", "佢喺台北":
// where someone else is, not the customer nor a parcel's route (unless said so: "to my brother in Hong Kong").
const PERSON_THERE_BEFORE = new RegExp(
  [
    String.raw`\b(?:who|he|she|they|${PEOPLE_EN}s?)\s+(?:also\s+|now\s+|still\s+)?(?:lives?|living|is living|lived|is based|based|works?|is working|stays?|is staying|studies|is studying|is|'s|are)\s+(?:in|at)\s+(?:the\s+)?$`,
    String.raw`\b(?:my|his|her|our|their|a)\s+${PEOPLE_EN}s?\s+(?:in|from)\s+(?:the\s+)?$`,
    `(?:${PEOPLE_ZH}|佢|他|她)(?:都|也|而家|现在|現在)?(?:住|住在|住喺|喺|在|人在|人喺)\\s*$`,
  ].join('|'),
  'i',
);
// "香港的朋友", "住喺香港嘅細佬": a person from there.
const PERSON_THERE_AFTER = new RegExp(`^(?:住|工作|返工)?(?:的|嘅)${PEOPLE_ZH}`);

/** The place at `at`–`end` is said of where another person is ("my brother who lives in Hong Kong"). */
const aboutSomeoneThere = (text: string, at: number, end: number): boolean =>
  PERSON_THERE_BEFORE.test(text.slice(Math.max(0, at - 48), at)) || PERSON_THERE_AFTER.test(text.slice(end));

/**
 * Where a text names each place of a served region, whether it names it as a whole region to send to, and whether
 * as where a parcel is sent from.
 */
function placesNamed(text: string): { market: string; goneTo: boolean; sentFrom: boolean }[] {
  const named = PLACES.flatMap(([pattern, market]) =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))]
      .filter((m) => !aboutSomeoneThere(text, m.index, m.index + m[0].length))
      .map((m) => {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        return {
          market,
          at: m.index,
          end: m.index + m[0].length,
          whole: WHOLE_REGION.test(m[0]),
          goneTo: WHOLE_REGION.test(m[0]) && TO_BEFORE.test(before),
          sentFrom: FROM_BEFORE.test(before),
        };
      }),
  ).sort((a, b) => a.at - b.at);
  // "to Macau, Taiwan or Hong Kong", "寄去澳門同台灣": a region joined to one a parcel goes to goes there too.
  named.forEach((place, i) => {
    const previous = named[i - 1];
    if (previous?.goneTo && place.whole && JOINED.test(text.slice(previous.end, place.at))) place.goneTo = true;
  });
  return named.map(({ market, goneTo, sentFrom }) => ({ market, goneTo, sentFrom }));
}

/**
 * The market of the first place a text names as other than a region sent to: "I'm in Kowloon", "from Hong Kong",
 * "寄去旺角" say where the customer is; "can I ship a power bank to Hong Kong?" does not (issue #17, blind batch 10 P4).
 */
const placeNotGoneTo = (text: string): { market: string; sentFrom: boolean } | undefined =>
  placesNamed(text).find((p) => !p.goneTo);

/** The market of a region a text names as where a parcel goes ("…to Hong Kong", "寄去台灣"), if any. */
export const destinationMarketIn = (text: string): string | undefined =>
  placesNamed(text).find((p) => p.goneTo)?.market;

/**
 * The market clues in what someone wrote (and the phone numbers read from it), strongest first. With
 * `where: 'customer'` a place counts only where it is not named as a parcel's destination.
 */
export function marketClueIn(
  text: string,
  phones: readonly string[] = [],
  where: 'any' | 'customer' = 'any',
): { market: string; clue: MarketClue }[] {
  const found: { market: string; clue: MarketClue }[] = [];
  if (writesCantonese(text)) found.push({ market: 'HK', clue: 'speech' });
  for (const phone of phones) {
    const market = firstOf(PHONES, phone);
    if (market) found.push({ market, clue: 'phone' });
  }
  const money = firstOf(MONEY, text);
  if (money) found.push({ market: money, clue: 'money' });
  // Sent from a place is where the customer is, more surely than a place merely named ("…to Taipei" earlier may
  // have been only where the parcel goes: issue #17, batch 11 26.4 got Taiwan's claim rules for a Hong Kong sender).
  const place = where === 'customer' ? placeNotGoneTo(text) : undefined;
  const anyPlace = where === 'customer' ? place?.market : firstOf(PLACES, text);
  if (anyPlace) found.push({ market: anyPlace, clue: place?.sentFrom ? 'origin' : 'place' });
  return found;
}

/**
 * Takes the market a clue points to when it is one the courier serves and stronger than what decided the
 * market so far; an equal clue does not move it (a Hong Kong customer asking about sending to Taiwan stays in
 * Hong Kong).
 */
export function noteMarketClue(turn: Turn, market: string, clue: MarketClue): void {
  if (!Object.keys(turn.services.knowledge).includes(market)) return;
  const current = turn.data.marketFrom ? STRENGTH[turn.data.marketFrom] : -1;
  if (STRENGTH[clue] <= current) return;
  turn.data.market = market;
  turn.data.marketFrom = clue;
}

/**
 * Reads a customer's message for their register (Cantonese), their market and the phones they give; all stay for
 * the conversation.
 */
export function readMarketClues(turn: Turn): void {
  if (writesCantonese(turn.text)) turn.data.cantonese = true;
  const phones = turn.reading.entities.phones.map((p) => p.e164);
  // Kept for the conversation: a phone given as a contact also proves a parcel it is on ("my number is …").
  if (phones.length > 0) turn.data.phonesGiven = [...new Set([...(turn.data.phonesGiven ?? []), ...phones])].slice(-5);
  for (const { market, clue } of marketClueIn(turn.text, phones, 'customer')) {
    // Simplified Chinese is written on the mainland: a place it names is where the parcel goes ("寄香港多少钱").
    // (A place sent from, too: their price lists say whose table a price is on — '按香港的价目表'.)
    if ((clue === 'place' || clue === 'origin') && turn.locale === 'zh-CN') continue;
    noteMarketClue(turn, market, clue);
  }
}

/** A parcel on its way back to its sender, or back there: its route now ends where it was sent from. */
export const goingBack = (shipment: { events?: readonly { status: string }[] }): boolean =>
  (shipment.events ?? []).some((e) => e.status === 'returning' || e.status === 'returned');

/** Where the conversation's parcel comes from or goes to, when that is a market of its own (香港, 台灣 …). */
export function parcelMarket(route: { origin: string; destination: string }): string | undefined {
  return firstOf(PLACES, route.destination) ?? firstOf(PLACES, route.origin);
}

/** The market the customer is in: the one the conversation settled on, else what their client, words and phone say. */
export function customerMarket(turn: Turn): string {
  return (
    turn.data.market ??
    marketOf(Object.keys(turn.services.knowledge), {
      clientLocale: turn.context.activity.locale,
      text: turn.text,
      phone: turn.customer.phone,
      locale: turn.locale,
    })
  );
}
