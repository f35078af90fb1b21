import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../../../src/nlu/normalize';
import {
  addressInDestinationCity,
  CityDistricts,
  districtsFileSchema,
  supervisorRuleFor,
  type SupervisorChangeRule,
} from '../../../src/tracking';

const file = districtsFileSchema.parse(
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../../knowledge/HK/districts.json'), 'utf8')),
);
const hongKong = new CityDistricts(file);
const fold = (text: string): string => normalize(text).text;
const toHongKong = { destination: '香港', en: { destination: 'Hong Kong' } };
const toShanghai = { destination: '上海', en: { destination: 'Shanghai' } };

describe("Hong Kong's districts (knowledge/HK/districts.json)", () => {
  it('lists the 18 districts in three parts, each named in Traditional, Simplified and English', () => {
    const districts = file.regions.flatMap((r) => r.districts);
    expect(file.regions.map((r) => r.en)).toEqual(['Hong Kong Island', 'Kowloon', 'New Territories']);
    expect(districts).toHaveLength(18);
    expect(districts.map((d) => d['zh-TW'])).toEqual(
      expect.arrayContaining(['九龍城', '觀塘', '沙田', '油尖旺', '離島', '葵青', '北區', '中西區']),
    );
    expect(districts.map((d) => d['zh-CN'])).toEqual(expect.arrayContaining(['九龙城', '观塘', '离岛']));
    for (const district of districts) expect(district.areas.length).toBeGreaterThan(0);
  });

  it.each([
    ['九龍城衙前圍道', 'district', 'Kowloon City', 'Kowloon'],
    ['九龙城', 'district', 'Kowloon City', 'Kowloon'],
    ['Flat 3, 8 Argyle Street, Mong Kok', 'area', 'Mong Kok', 'Kowloon'],
    ['香港九龍旺角彌敦道', 'area', 'Mong Kok', 'Kowloon'],
    ['九龍灣', 'area', 'Kowloon Bay', 'Kowloon'],
    ['anywhere in kowloon', 'region', 'Kowloon', undefined],
    ['沙田', 'district', 'Sha Tin', 'New Territories'],
    ['马鞍山', 'area', 'Ma On Shan', 'New Territories'],
  ])('places %j: %s %s (in %s)', (text, level, name, region) => {
    const place = hongKong.locate(text);
    expect(place?.level).toBe(level);
    expect(place?.name.en).toBe(name);
    expect(place?.region?.en).toBe(region);
  });

  it('names the districts bordering one, the closest first, each a district of the file', () => {
    const saiKung = hongKong.placeNamed('西貢');
    expect(saiKung?.level).toBe('district');
    expect(hongKong.neighbours(saiKung!.name).map((d) => d.name.en)).toEqual(['Kwun Tong', 'Wong Tai Sin', 'Sha Tin']);
    const districts = file.regions.flatMap((r) => r.districts);
    for (const district of districts) {
      expect(district.near?.length).toBeGreaterThan(0);
      expect(hongKong.neighbours(district)).toHaveLength(district.near?.length ?? 0);
    }
  });

  it('tells a text that names Hong Kong or a part of it from one that names only a district', () => {
    expect(hongKong.mentionsCity('我住香港大埔')).toBe(true);
    expect(hongKong.mentionsCity('anywhere in Kowloon')).toBe(true);
    expect(hongKong.mentionsCity('大埔有网点吗')).toBe(false);
  });

  it('finds nothing in a text that names no place of Hong Kong', () => {
    expect(hongKong.locate('上海市徐汇区漕溪北路88号')).toBeUndefined();
    expect(hongKong.locate('12 Queens Road')).toBeUndefined();
  });

  it.each([
    ['九龍城衙前圍道12號', true],
    ['九龙城侯王道3号', true],
    ['觀塘道388號', true],
    ['沙田大圍車公廟路5號', true],
    ['Flat B, 9/F, 10 Kwun Tong Road, Kwun Tong', true],
    ['2 Sha Tin Centre Street, Shatin, N.T.', true],
    // A Mainland address naming a place whose name Hong Kong has too is no Hong Kong address.
    ['广东省梅州市大埔县湖寮镇', false],
    ['深圳市南山区科技园路1号', false],
    // Naming no district at all: not placed, as before.
    ['Flat 3, 12 Queens Road', false],
  ])('places %j in Hong Kong for a parcel to 香港: %s', (address, inCity) => {
    expect(addressInDestinationCity(address, toHongKong, fold, [hongKong])).toBe(inCity);
  });

  it('places a district only in its own city: 九龍城 is no address in Shanghai', () => {
    expect(addressInDestinationCity('九龍城衙前圍道12號', toShanghai, fold, [hongKong])).toBe(false);
  });

  it('sends no change to 觀塘 or Sha Tin to a supervisor as "another city" for a parcel to Hong Kong', () => {
    const rules: SupervisorChangeRule[] = ['change_address_other_city'];
    const change = (address: string) => ({ kind: 'change_address' as const, details: { address } });
    expect(supervisorRuleFor(rules, change('觀塘開源道50號'), toHongKong, fold, [hongKong])).toBeUndefined();
    expect(
      supervisorRuleFor(rules, change('5 Sha Tin Wai Road, Sha Tin'), toHongKong, fold, [hongKong]),
    ).toBeUndefined();
    expect(supervisorRuleFor(rules, change('深圳市福田区福华路8号'), toHongKong, fold, [hongKong])).toBe(
      'change_address_other_city',
    );
  });
});
