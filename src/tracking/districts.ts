import { z } from 'zod';
import { namesPlace } from './place-names';

/**
 * A city divided into districts (knowledge/<REGION>/districts.json): Hong Kong is one city of 18 districts in
 * three parts (Hong Kong Island, Kowloon, the New Territories), and an address in 九龍城 or Sha Tin is in Hong
 * Kong although it never says "Hong Kong". The bot reads it to place an address inside the parcel's destination
 * city and to find the service points in (or nearest to) the district a customer names.
 */

export const placeName = z.object({
  'zh-TW': z.string().min(1),
  'zh-CN': z.string().min(1),
  en: z.string().min(1),
  /** Other spellings people write ("Mongkok", "尖沙嘴", "HKSAR"). */
  also: z.array(z.string().min(1)).optional(),
});

/** A place's name in each of the bot's languages, and other spellings. */
export type PlaceName = z.infer<typeof placeName>;

export const districtsFileSchema = z.object({
  /** Where the list comes from. */
  source: z.string().min(1),
  city: placeName,
  regions: z
    .array(
      placeName.extend({
        districts: z
          .array(
            placeName.extend({
              /** The districts bordering this one, by their English names, the closest first. */
              near: z.array(z.string().min(1)).optional(),
              areas: z.array(placeName),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type DistrictsFile = z.infer<typeof districtsFileSchema>;

/** How specific a place named in a city is. */
export type CityLevel = 'city' | 'region' | 'district' | 'area';

/** A place named in a city: its own name and the region and district it lies in (those it is not itself). */
export interface CityPlace {
  level: CityLevel;
  name: PlaceName;
  region?: PlaceName;
  district?: PlaceName;
}

const DEPTH: Record<CityLevel, number> = { city: 0, region: 1, district: 2, area: 3 };
/** Every way a place's name is written. */
export const spellings = (name: PlaceName): string[] => [name['zh-TW'], name['zh-CN'], name.en, ...(name.also ?? [])];
const folded = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

// A Mainland address says its province or city: "广东省梅州市大埔县" is not Hong Kong's 大埔. (Hong Kong's 街市,
// 超市, 門市 and 城市花園 are no cities.)
const MAINLAND_ADDRESS = /省|(?<![街超城門门])市(?!场|場)|[县縣]/;

/** The districts of one city, and where a text places itself in it. */
export class CityDistricts {
  private readonly places: CityPlace[];

  constructor(readonly file: DistrictsFile) {
    this.places = [{ level: 'city', name: file.city }];
    for (const region of file.regions) {
      this.places.push({ level: 'region', name: region });
      for (const district of region.districts) {
        this.places.push({ level: 'district', name: district, region });
        for (const area of district.areas) this.places.push({ level: 'area', name: area, region, district });
      }
    }
  }

  /** Every name of the city and its places, in every spelling (for the places list of the region). */
  names(): string[] {
    return [...new Set(this.places.flatMap((p) => spellings(p.name)))];
  }

  /** Whether a name (a waybill's destination: "香港", "Hong Kong") is this city's. */
  isCity(name: string): boolean {
    const asked = folded(name).replace(/(特别行政区|特別行政區|(?<!\s)\s+sar)$/, '');
    return spellings(this.file.city).some((n) => folded(n) === asked);
  }

  /**
   * The most specific place a text names in the city — an area before its district, a district before its region
   * ("九龍城" is the district, not Kowloon; "旺角" in "香港九龍旺角彌敦道" is the area) — the longest name among equals.
   */
  locate(text: string): CityPlace | undefined {
    const asked = folded(text);
    let best: { place: CityPlace; length: number } | undefined;
    for (const place of this.places) {
      const length = Math.max(0, ...spellings(place.name).map((n) => (namesPlace(asked, n) ? n.length : 0)));
      if (length === 0) continue;
      const better =
        !best ||
        DEPTH[place.level] > DEPTH[best.place.level] ||
        (DEPTH[place.level] === DEPTH[best.place.level] && length > best.length);
      if (better) best = { place, length };
    }
    return best?.place;
  }

  /**
   * Whether an address lies in the city: it names the city or one of its regions, districts or areas, and is not
   * written as a Mainland address (a province, city or county of its own).
   */
  holds(address: string): boolean {
    return this.locate(address) !== undefined && !MAINLAND_ADDRESS.test(address);
  }

  /** Whether a text names the city itself or one of its parts ("香港", "九龍", "Hong Kong Island"). */
  mentionsCity(text: string): boolean {
    const asked = folded(text);
    return this.places
      .filter((p) => p.level === 'city' || p.level === 'region')
      .some((p) => spellings(p.name).some((n) => namesPlace(asked, n)));
  }

  /** The districts bordering a district, the closest first (as the file lists them). */
  neighbours(district: PlaceName): CityPlace[] {
    const own = this.file.regions.flatMap((r) => r.districts).find((d) => d.en === district.en);
    return (own?.near ?? []).flatMap((name) => {
      const found = this.places.find((p) => p.level === 'district' && p.name.en === name);
      return found ? [found] : [];
    });
  }

  /** The place a name stands for in the city when the name is, as a whole, one of its places' ("Kowloon Bay"). */
  placeNamed(name: string): CityPlace | undefined {
    const asked = folded(name);
    return this.places.find((p) => spellings(p.name).some((n) => folded(n) === asked));
  }
}
