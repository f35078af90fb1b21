import { spellings, type CityDistricts, type CityPlace } from '../tracking';
import { faqEntries } from './knowledge';
import { say, spokenRegister, type Turn } from './turn';

/**
 * "Nearest drop-off in Kowloon?", "九龍城有冇門市", "观塘附近有网点吗": the service points in the district or area a
 * customer names, from the outlet entries of the market the place lies in — or, with none there, the nearest ones
 * known: those of its district, else of the districts bordering it, else of its part of the city (Kowloon, the New
 * Territories …). The entries are
 * placed by their own keywords ("mong kok, prince edward" is Mong Kok, in Yau Tsim Mong, in Kowloon).
 */

/** How many points one answer lists: Kowloon has four, an answer of five addresses is too long to read. */
const POINTS_AT_MOST = 4;

interface Point {
  answer: string;
  place: CityPlace;
}

/** Whether a point lies within a place of the city (a region, a district or an area). */
function within(point: CityPlace, place: CityPlace): boolean {
  const same = (a: CityPlace['name'] | undefined, b: CityPlace['name']) => a?.en === b.en;
  switch (place.level) {
    case 'city':
      return true;
    case 'region':
      return same(point.region, place.name) || same(point.name, place.name);
    case 'district':
      return same(point.district, place.name) || same(point.name, place.name);
    case 'area':
      return same(point.name, place.name);
  }
}

/**
 * Where to look for points, nearest first: the place asked about, its district (for an area), the districts
 * bordering that district, then its part of the city.
 */
function searchOrder(city: CityDistricts, asked: CityPlace): CityPlace[][] {
  const district: CityPlace | undefined =
    asked.level === 'district'
      ? asked
      : asked.level === 'area' && asked.district
        ? { level: 'district', name: asked.district, ...(asked.region ? { region: asked.region } : {}) }
        : undefined;
  const region: CityPlace | undefined =
    asked.level === 'region' ? asked : asked.region ? { level: 'region', name: asked.region } : undefined;
  return [
    [asked],
    district && district !== asked ? [district] : [],
    district ? city.neighbours(district.name) : [],
    region && region !== asked ? [region] : [],
  ].filter((places) => places.length > 0);
}

function pointsOf(turn: Turn, market: string, city: CityDistricts): Point[] {
  return faqEntries(turn.services.knowledge, market, turn.locale, 'outlet', spokenRegister(turn)).flatMap(
    ({ keywords, answer }) => {
      const place = keywords.map((k) => city.placeNamed(k)).find(Boolean);
      return place ? [{ answer, place }] : [];
    },
  );
}

/**
 * The service points in (or nearest to) the place of a city with districts that a text names; undefined when
 * it names none, or only the city as a whole (the general outlet answer lists them all).
 */
export function outletsNear(turn: Turn, text: string): string | undefined {
  const markets = Object.keys(turn.services.knowledge);
  for (const [market, city] of Object.entries(turn.services.places.cities)) {
    if (!markets.includes(market)) continue;
    const asked = city.locate(text);
    if (!asked || asked.level === 'city') continue;
    // "南昌有网点吗" is Nanchang, not Hong Kong's 南昌: a name another region has too is Hong Kong's only when the
    // customer is in Hong Kong or says so ("我住香港大埔").
    const names = spellings(asked.name).map((n) => n.toLowerCase());
    const shared = turn.services.places.find(text).some((m) => m.region !== market && names.includes(m.name));
    if (shared && turn.data.market !== market && !city.mentionsCity(text)) continue;
    const points = pointsOf(turn, market, city);
    const name = asked.name[turn.locale];
    for (const [at, places] of searchOrder(city, asked).entries()) {
      // Nearest first: the points of the closest bordering district before the others'.
      const there = points
        .map((point) => ({ point, rank: places.findIndex((place) => within(point.place, place)) }))
        .filter(({ rank }) => rank >= 0)
        .sort((a, b) => a.rank - b.rank)
        .slice(0, POINTS_AT_MOST)
        .map(({ point }) => point);
      if (there.length === 0) continue;
      const lead =
        at === 0 ? say(turn, 'faq.outlet.in', { place: name }) : say(turn, 'faq.outlet.near', { place: name });
      return [lead, ...there.map((p) => p.answer)].join('\n');
    }
  }
  return undefined;
}
