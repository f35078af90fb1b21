import { z } from 'zod';
import type { CityAreas } from './city-areas';
import type { CityDistricts } from './districts';
import { folded, placeMatcher } from './place-names';
export { namesPlace } from './place-names';

/**
 * Where places are (knowledge/<REGION>/places.json): the names of the places inside a region — a market the
 * courier serves (CN, TW, HK) or one its price lists route to — so that a price question's "from Shenzhen to
 * Hong Kong" is known to start in one region and end in another, and a place in none of them is said to be
 * unknown rather than priced as if it were local.
 */

export const placesFileSchema = z.object({
  /** Where the names come from (a data set and its licence, or the courier's own list). */
  source: z.string().min(1),
  places: z.array(z.string().min(1)).min(1),
});

/** A place found in a text: the region it lies in and the longest of its names the text contains. */
export interface PlaceMatch {
  region: string;
  name: string;
}

/** The places of every region the knowledge folder describes. */
export class Gazetteer {
  /** Each region's names with their matchers, compiled once (a Latin name's word pattern is a RegExp). */
  private readonly regions: [string, { name: string; matches: (text: string) => boolean }[]][];
  private readonly names: Set<string>;

  /**
   * @param cities the cities divided into districts (knowledge/<REGION>/districts.json), by region: their names
   *   count among the region's places.
   */
  constructor(
    places: Record<string, readonly string[]>,
    readonly cities: Readonly<Record<string, CityDistricts>> = {},
    /**
     * The districts and areas of the cities whose outlets a region's answers name (knowledge/<REGION>/city-areas.json),
     * by region: where "新街口" is.
     */
    readonly areas: Readonly<Record<string, CityAreas>> = {},
  ) {
    // A district's name another region's list has too (南昌, 黄埔, 太和 are Mainland cities and districts) is left
    // to the lists: a price question for 南昌 stays the Mainland's.
    const listed = new Set(Object.values(places).flatMap((names) => names.map(folded)));
    const regions = new Set([...Object.keys(places), ...Object.keys(cities)]);
    places = Object.fromEntries(
      [...regions].map((region) => {
        const own = places[region] ?? [];
        const added = (cities[region]?.names() ?? []).filter((n) => !listed.has(folded(n)));
        return [region, [...new Set([...own, ...added])]];
      }),
    );
    this.regions = Object.entries(places).map(([region, names]) => [
      region,
      names.map((name) => ({ name: folded(name), matches: placeMatcher(name) })),
    ]);
    this.names = new Set(this.regions.flatMap(([, names]) => names.map((n) => n.name)));
  }

  /** Whether a text is, as a whole, the name of a place of some region. */
  knows(text: string): boolean {
    return this.names.has(folded(text));
  }

  /** The regions a text names a place in, the longest name first ("北京市朝阳区" is Beijing, not a shorter name). */
  find(text: string): PlaceMatch[] {
    const asked = folded(text);
    const found: PlaceMatch[] = [];
    for (const [region, names] of this.regions) {
      let best = '';
      for (const { name, matches } of names) if (name.length > best.length && matches(asked)) best = name;
      if (best) found.push({ region, name: best });
    }
    return found.sort((a, b) => b.name.length - a.name.length);
  }

  /** The region of a place, preferring `preferred` when the name is in it too (大埔 is in Hong Kong and Guangdong). */
  regionOf(text: string, preferred?: string): PlaceMatch | undefined {
    const found = this.find(text);
    return found.find((m) => m.region === preferred) ?? found[0];
  }

  get size(): number {
    return this.regions.length;
  }
}
