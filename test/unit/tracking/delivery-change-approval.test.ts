import { normalize } from '../../../src/nlu/normalize';
import {
  addressInDestinationCity,
  parseSupervisorChanges,
  supervisorRuleFor,
  type SupervisorChangeRule,
} from '../../../src/tracking';

const fold = (text: string): string => normalize(text).text;
const shanghai = { destination: '上海', en: { destination: 'Shanghai' } };
const suzhou = { destination: '蘇州市', en: { destination: 'Suzhou City' } };
const xian = { destination: '西安', en: { destination: "Xi'an" } };
const address = (text: string) => ({ kind: 'change_address' as const, details: { address: text } });
const DEFAULT: SupervisorChangeRule[] = ['change_address_other_city'];

describe('the supervisor rule for change-delivery requests (DELIVERY_CHANGE_SUPERVISOR)', () => {
  it.each([
    ['change_address_other_city', ['change_address_other_city']],
    [' Hold, expedite ,hold', ['hold', 'expedite']],
    ['none', []],
    [' NONE ', []],
  ])('reads %j', (value, rules) => {
    expect(parseSupervisorChanges(value)).toEqual(rules);
  });

  it.each(['', ',', 'address_other_city', 'none,hold', 'hold;expedite', 'change-address'])('refuses %j', (value) => {
    expect(parseSupervisorChanges(value)).toBeUndefined();
  });

  it.each([
    ['上海市徐汇区漕溪北路88号', shanghai, true],
    ['Flat 3, 88 Caoxi Road North, Xuhui, Shanghai', shanghai, true],
    ['88 caoxi rd, SHANGHAI 200030', shanghai, true],
    ['苏州市工业园区星湖街328号', shanghai, false],
    ['Building 2, Suzhou Industrial Park', shanghai, false],
    // The waybill's "蘇州市" in Traditional, the address in Simplified: one city.
    ['苏州工业园区星湖街328号', suzhou, true],
    ['328 Xinghu St, Suzhou', suzhou, true],
    ["12 Yanta Rd, Xi'an", xian, true],
    // A name inside another word is no city: "Shanghaiguan" is not Shanghai.
    ['5 Shanghaiguan Road, Qinhuangdao', shanghai, false],
    // Naming no city at all: the bot cannot place it, so it counts as another city.
    ['浦东新区张江路100号', shanghai, false],
  ])('places %j in the destination city of %j: %s', (text, destination, inCity) => {
    expect(addressInDestinationCity(text, destination, fold)).toBe(inCity);
  });

  it('asks a supervisor for an address change to another city by default, and for nothing else', () => {
    expect(supervisorRuleFor(DEFAULT, address('苏州市星湖街328号'), shanghai, fold)).toBe('change_address_other_city');
    expect(supervisorRuleFor(DEFAULT, address('上海市漕溪北路88号'), shanghai, fold)).toBeUndefined();
    expect(supervisorRuleFor(DEFAULT, { kind: 'expedite', details: {} }, shanghai, fold)).toBeUndefined();
    expect(supervisorRuleFor(DEFAULT, { kind: 'hold', details: { place: 'outlet' } }, shanghai, fold)).toBeUndefined();
    // Without the parcel's destination the address cannot be placed.
    expect(supervisorRuleFor(DEFAULT, address('上海市漕溪北路88号'), undefined, fold)).toBe(
      'change_address_other_city',
    );
  });

  it('names the kind when the courier lists it, before the city rule', () => {
    const rules: SupervisorChangeRule[] = ['change_address', 'change_address_other_city', 'redeliver'];
    expect(supervisorRuleFor(rules, address('上海市漕溪北路88号'), shanghai, fold)).toBe('change_address');
    expect(supervisorRuleFor(rules, { kind: 'redeliver', details: { date: '2026-11-24' } }, shanghai, fold)).toBe(
      'redeliver',
    );
    expect(supervisorRuleFor([], address('苏州市星湖街328号'), shanghai, fold)).toBeUndefined();
  });
});
