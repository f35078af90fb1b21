/**
 * Which change-delivery requests only a supervisor may confirm (DELIVERY_CHANGE_SUPERVISOR). Agents may still
 * decline them or escalate them to the supervisors.
 */
import {
  SUPERVISOR_CHANGE_RULES,
  type DeliveryChangeDetails,
  type DeliveryChangeKind,
  type SupervisorChangeRule,
} from './delivery-change.records';
import type { CityDistricts } from './districts';
import type { Shipment } from './records';

/** The default: redirecting a parcel to another city changes its route and its price, so a supervisor decides. */
export const DEFAULT_SUPERVISOR_CHANGES: readonly SupervisorChangeRule[] = ['change_address_other_city'];

/**
 * Reads DELIVERY_CHANGE_SUPERVISOR: rules separated by commas, or `none`. `undefined` when a word is not a rule.
 */
export function parseSupervisorChanges(value: string): SupervisorChangeRule[] | undefined {
  const words = value
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 1 && words[0] === 'none') return [];
  if (words.length === 0) return undefined;
  if (!words.every((w) => (SUPERVISOR_CHANGE_RULES as readonly string[]).includes(w))) return undefined;
  return [...new Set(words)] as SupervisorChangeRule[];
}

/** The parcel's destination as the rule compares it: its name in the courier's language and in English. */
export type Destination = Pick<Shipment, 'destination' | 'en'>;

/** Brings names and addresses to one form before they are compared (the bot converts Traditional to Simplified). */
export type TextFolding = (text: string) => string;

// "上海市", "臺北市", "苗栗縣", "Shanghai City": the city's name without the word for city.
const CITY_WORD = /(特别行政区|特別行政區|自治州|地区|地區|市|县|縣|(?<!\s)\s+city)$/i;
const folded = (text: string, fold: TextFolding): string => fold(text).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a new address names the parcel's destination city, in either of the waybill's names for it — or, for a
 * city divided into districts (`cities`: Hong Kong), one of its districts or areas ("九龍城", "Sha Tin").
 * @remarks An address that names no city ("浦东新区张江路100号", "Flat 3, 12 Queen's Road") cannot be placed, and
 * counts as another city: the rule errs towards a supervisor looking at it.
 */
export function addressInDestinationCity(
  address: string,
  destination: Destination,
  fold: TextFolding,
  cities: readonly CityDistricts[] = [],
): boolean {
  const city = cities.find((c) => [destination.destination, destination.en?.destination].some((n) => n && c.isCity(n)));
  if (city?.holds(address)) return true;
  const text = folded(address, fold);
  const names = [destination.destination, destination.en?.destination]
    .filter((n): n is string => Boolean(n?.trim()))
    .map((n) => folded(n, fold).replace(CITY_WORD, ''))
    .filter((n) => n.length > 0);
  return names.some((name) =>
    /^[a-z]/.test(name)
      ? new RegExp(`(^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(text)
      : text.includes(name),
  );
}

/**
 * The rule that makes a request a supervisor's to confirm, if any. A kind listed by name wins over the city rule.
 * @param destination the parcel's destination, for `change_address_other_city` (without it the city is unknown,
 *   and the request counts as another city).
 */
export function supervisorRuleFor(
  rules: readonly SupervisorChangeRule[],
  change: { kind: DeliveryChangeKind; details: DeliveryChangeDetails },
  destination: Destination | undefined,
  fold: TextFolding = (t) => t,
  cities: readonly CityDistricts[] = [],
): SupervisorChangeRule | undefined {
  const rule = (rules as readonly string[]).includes(change.kind) ? (change.kind as SupervisorChangeRule) : undefined;
  if (rule) return rule;
  if (change.kind !== 'change_address' || !rules.includes('change_address_other_city')) return undefined;
  const address = change.details.address ?? '';
  if (destination && addressInDestinationCity(address, destination, fold, cities)) return undefined;
  return 'change_address_other_city';
}

/** Why a request waits for a supervisor, for agents (both languages, as on the cards). */
export const SUPERVISOR_RULE_TEXT: Record<SupervisorChangeRule, string> = {
  hold: '暂存自取 holding for pick-up',
  redeliver: '再次派送 redelivery',
  change_address: '改地址 an address change',
  change_address_other_city: '改到外地 an address in another city',
  expedite: '加急 expediting',
};
