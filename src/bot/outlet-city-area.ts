import { spellings, type CityAreas, type PlaceInCity } from '../tracking';
import { faqEntries } from './knowledge';
import { say, spokenRegister, type Turn } from './turn';

/**
 * "新街口附近有网点吗", "any drop-off near Sanlitun?", "五道口有冇門市": a district or well-known area of a city whose
 * outlets the answers name (knowledge/<REGION>/city-areas.json) stands for that city — the outlets of the district
 * or city it is in, led by where it is ("新街口在南京。") — not the city named earlier in the conversation (blind 27:
 * 17.4 heard Suzhou's outlet for Nanjing's Xinjiekou). A place nobody knows is said so, with its city asked.
 */

/** An outlet answer found by a named place, and the market it is from (as outlet-answer.ts's LocalOutlet). */
export interface AreaOutlet {
  market: string;
  answer: string;
  single: boolean;
}

const same = (a: PlaceInCity['named'] | undefined, b: PlaceInCity['named'] | undefined): boolean =>
  a !== undefined && b !== undefined && a.en === b.en && a['zh-CN'] === b['zh-CN'];

/** The place a text names, choosing among the cities that have a place of that name by those named before. */
function placeAsked(turn: Turn, areas: CityAreas, text: string): PlaceInCity | PlaceInCity[] | undefined {
  const found = areas.locate(text);
  const first = found[0];
  if (!first || first.level === 'city') return undefined;
  const namesakes = found.filter((p) => p.level !== 'city' && same(p.named, first.named) && p.level === first.level);
  if (namesakes.length === 1) return first;
  // "我从南京寄" … "新街口有网点吗": the Nanjing one; a city named in this message counts first.
  const named = (said: string) =>
    namesakes.find((p) => areas.locate(said).some((q) => q.level === 'city' && same(q.city, p.city)));
  for (const said of [text, ...[...(turn.data.said ?? [])].reverse()]) {
    const place = named(said);
    if (place) return place;
  }
  return namesakes;
}

/**
 * The places an outlet entry stands for, by its keywords: a keyword several cities have (国贸 is in Beijing and
 * Shenzhen) is the one in the city the entry's other keywords name (朝阳, 望京: Beijing).
 */
function entryPlaces(areas: CityAreas, keywords: string[]): PlaceInCity[] {
  const exact = keywords.map((k) =>
    areas.locate(k).filter((p) => spellings(p.named).some((n) => n.toLowerCase() === k.toLowerCase())),
  );
  const cities = exact.filter((places) => places.length === 1).map((places) => places[0]?.city);
  return exact.flat().filter((p) => cities.length === 0 || cities.some((c) => same(c, p.city)));
}

/** The outlet entries of a market that stand for a place of the city (by their keywords). */
function entriesOf(turn: Turn, market: string, areas: CityAreas, within: (place: PlaceInCity) => boolean): string[] {
  return faqEntries(turn.services.knowledge, market, turn.locale, 'outlet', spokenRegister(turn))
    .filter(({ keywords }) => entryPlaces(areas, keywords).some(within))
    .map((e) => e.answer);
}

/**
 * The outlets of a market for a district or area of a city a text names that no outlet entry names itself: the
 * entries of its district, else of its city, else every entry of the city's districts — led by the city the place
 * is in. Asks which city when several have a place of that name and the conversation has named none of them.
 * Undefined when the text names no such place, or an entry names it (that entry answers, as it always has).
 */
export function cityAreaOutlet(turn: Turn, text: string, market: string): AreaOutlet | undefined {
  const areas = turn.services.places.areas[market];
  const asked = areas ? placeAsked(turn, areas, text) : undefined;
  if (!areas || !asked) return undefined;
  if (Array.isArray(asked)) {
    const cities = asked.map((p) => p.city[turn.locale]).join(turn.locale === 'en' ? ' and ' : '、');
    const place = asked[0]?.named[turn.locale] ?? '';
    turn.data.outletCityAsked = place;
    return { market, answer: say(turn, 'faq.outlet.whichCity', { place, cities }), single: false };
  }
  if (entriesOf(turn, market, areas, (p) => same(p.named, asked.named) && same(p.city, asked.city)).length > 0)
    return undefined;
  const where = say(turn, 'faq.outlet.placeIn', { place: asked.named[turn.locale], city: asked.city[turn.locale] });
  // ("the Bund is in Shanghai." starts a sentence.)
  const lead = where.charAt(0).toUpperCase() + where.slice(1);
  const tiers: ((p: PlaceInCity) => boolean)[] = [
    (p) => p.level === 'district' && same(p.named, asked.district) && same(p.city, asked.city),
    (p) => p.level === 'city' && same(p.city, asked.city),
  ];
  for (const within of tiers) {
    const entries = entriesOf(turn, market, areas, within);
    if (entries.length > 0) return { market, answer: [lead, ...entries].join('\n'), single: false };
  }
  // 闵行 has no outlet of its own: Shanghai's, under the city's name.
  const city = entriesOf(turn, market, areas, (p) => p.level !== 'city' && same(p.city, asked.city));
  if (city.length === 0) return undefined;
  const listed = say(turn, 'faq.outlet.in', { place: asked.city[turn.locale] });
  return { market, answer: [lead, listed, ...city].join('\n'), single: false };
}

// "X附近有网点吗", "X有冇門市", "X的网点": the words before the outlet asked about (a clause of Chinese only).
const ZH_PLACE =
  /([\u4e00-\u9fff]{2,14})(?:有没有|有沒有|有冇|有无|有無|有|的|嘅)(?:你们|你們|你哋)?(?:的|嘅)?(?:网点|網點|营业点|營業點|营业厅|營業廳|门市|門市|门店|門店|服务点|服務點|驿站|驛站|分店|分行)/u;
// Words around a place that are not its name: "请问…", "我住…", "…附近", "…那边".
// ("好 順便問一下最近的門市在哪": a question's lead-in — blind batch 50a: 12.5.)
const ZH_BEFORE =
  /^(?:顺便问一下|順便問一下|顺便问下|順便問下|顺便问|順便問|问一下|問一下|请问|請問|问下|問下|想问下|想問下|我想问|我想問|你好|好|那|咁|我在|我住|我喺|在|喺|住|我|\s)/u;
const ZH_AFTER =
  /(?:附近|旁边|旁邊|周边|周邊|周围|周圍|一带|一帶|那边|那邊|那里|那裡|那儿|嗰度|嗰邊|嗰头|这边|這邊|也|都|还|還)$/u;
// Not a place's name: where the customer is, or a question word.
const ZH_NOT_PLACE =
  /^(?:我家|家里|家裡|屋企|这里|這裡|这儿|這兒|呢度|呢边|呢邊|公司|学校|學校|小区|小區|附近|你们|你們|我们|我們|本地|市区|市區|当地|當地|这个城市|這個城市|城里|城裡|这|這|最近)$|哪|边度|邊度|什么|什麼|乜|咩|几|幾|多少|怎么|點樣/u;
// "outlet near Xinjiekou", "any drop-off in Foo Town?": the words after "near / in / at / around".
const EN_PLACE =
  /\b(?:outlets?|branch(?:es)?|drop-?offs?(?: points?)?|service points?|offices?|stores?|shops?|pickup points?|stations?) (?:near|in|at|around|by) ((?:[a-z][a-z'-]*)(?: [a-z][a-z'-]*){0,3})/i;
// Words that end a place's name in English ("near Foo on sunday", "in Foo and when …").
const EN_AFTER =
  / (?:and|or|on|open|opens|that|which|when|what|where|please|today|tomorrow|to|is|are|for|at|do|does|with|if|so|from|till|until)\b.*$/i;
const EN_NOT_PLACE =
  /^(?:me|here|there|my (?:area|place|home|house|flat|office|town|city|street|building|neighbourhood|neighborhood)|town|the city|the area|you|your city|this (?:area|city|town)|the neighbourhood|the neighborhood|the centre|the center|downtown|city centre|city center)$/;

/** The place an outlet question names, when the words read as one (not "我家附近", "near me"). */
function placeNamedIn(text: string): string | undefined {
  const zh = ZH_PLACE.exec(text)?.[1];
  if (zh) {
    let place = zh;
    for (let before = place.replace(ZH_BEFORE, ''); before !== place; before = place.replace(ZH_BEFORE, ''))
      place = before;
    for (let after = place.replace(ZH_AFTER, ''); after !== place; after = place.replace(ZH_AFTER, '')) place = after;
    return place.length >= 2 && !ZH_NOT_PLACE.test(place) ? place : undefined;
  }
  const words = text.replace(/\s+/g, ' ');
  const en = EN_PLACE.exec(words)?.[1]?.replace(EN_AFTER, '').replace(/^the /i, '').trim();
  return en && en.length >= 3 && !EN_NOT_PLACE.test(en.toLowerCase()) ? en : undefined;
}

/**
 * "花果山附近有网点吗", "any outlet near Foo Town?": a place the outlet question names that no list knows — no
 * region's places, no city's districts or areas — is said not to be known, with its city asked; an outlet of
 * another city is never given as if it answered (blind 27: 17.4). Undefined when the words name no place, or a
 * known one.
 */
export function unknownPlaceAsked(turn: Turn, text: string): string | undefined {
  const place = placeNamedIn(text);
  if (!place) return undefined;
  const { places } = turn.services;
  const known =
    places.find(place).length > 0 ||
    Object.values(places.cities).some((city) => city.locate(place) !== undefined) ||
    Object.values(places.areas).some((areas) => areas.locate(place).length > 0);
  if (known) return undefined;
  turn.data.outletCityAsked = place;
  return say(turn, 'faq.outlet.unknownPlace', { place });
}

/** Whether a message is a short answer naming a place ("Nanjing", "我在深圳", "the one in Beijing"). */
export function answersCityAsked(turn: Turn): boolean {
  return turn.text.trim().length <= 24 && turn.services.places.find(turn.text).length > 0;
}
