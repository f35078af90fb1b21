import { z } from 'zod';
import { placeName, spellings, type PlaceName } from './districts';
import { folded, namesPlace } from './place-names';

/**
 * The districts and well-known areas of the cities a region's outlet answers name (knowledge/<REGION>/city-areas.json):
 * 新街口 is in Nanjing and 三里屯 in Beijing's Chaoyang, although neither names its city — so "新街口有网点吗" is
 * answered with Nanjing's outlets, not those of a city named earlier in the conversation.
 */

export const cityAreasFileSchema = z.object({
  /** Where the list comes from. */
  source: z.string().min(1),
  cities: z.array(placeName.extend({ districts: z.array(placeName.extend({ areas: z.array(placeName) })) })).min(1),
});

export type CityAreasFile = z.infer<typeof cityAreasFileSchema>;

/** A place of a city a text names: the city, and the district and area it is (those it is not itself). */
export interface PlaceInCity {
  /** The name the text used, as the list spells it. */
  named: PlaceName;
  city: PlaceName;
  district?: PlaceName;
  /** How specific the name is. */
  level: 'city' | 'district' | 'area';
}

const DEPTH = { city: 0, district: 1, area: 2 } as const;

/** The cities of one region with their districts and areas, and where a text places itself among them. */
export class CityAreas {
  private readonly places: PlaceInCity[] = [];

  constructor(readonly file: CityAreasFile) {
    for (const city of file.cities) {
      this.places.push({ named: city, city, level: 'city' });
      for (const district of city.districts) {
        this.places.push({ named: district, city, level: 'district' });
        for (const area of district.areas) this.places.push({ named: area, city, district, level: 'area' });
      }
    }
  }

  /**
   * The places a text names, the most telling first: the longest name ("南京西路" is Shanghai's road, not Nanjing),
   * then the most specific. A name several cities have (新街口 is in Nanjing and in Beijing) gives one each.
   */
  locate(text: string): PlaceInCity[] {
    const asked = folded(text);
    const found = this.places
      .map((place) => ({
        place,
        length: Math.max(0, ...spellings(place.named).map((n) => (namesPlace(asked, n) ? n.length : 0))),
      }))
      .filter(({ length }) => length > 0);
    // A name inside a longer one found ("南京" in "南京西路") is no place of its own.
    const longest = found.filter(
      ({ place }) =>
        !found.some(
          (other) =>
            other.place !== place &&
            spellings(other.place.named).some((o) =>
              spellings(place.named).some(
                (n) => o.length > n.length && folded(o).includes(folded(n)) && namesPlace(asked, o),
              ),
            ),
        ),
    );
    return longest
      .sort((a, b) => b.length - a.length || DEPTH[b.place.level] - DEPTH[a.place.level])
      .map(({ place }) => place);
  }

  /** Whether a name is one of the list's cities. */
  cityNamed(name: string): PlaceName | undefined {
    const asked = folded(name);
    return this.file.cities.find((c) => spellings(c).some((n) => folded(n) === asked));
  }
}
