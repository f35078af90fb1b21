import { clausesOf } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { shipmentIn } from './shipment-text';
import type { Turn } from './turn';
import type { Shipment } from '../tracking';

/**
 * A parcel of the conversation named by where it goes or comes from, or by its courier: "the Shanghai one", "北京那个",
 * "成都嗰單", "寄西安的", "the zto one", "中通那个" (issue #17, blind batch 43a: with two or three parcels in a chat,
 * such words went to whichever parcel the bot was on — a change of delivery put on the Beijing parcel when the customer
 * said Shanghai, last-4 digits checked against the wrong parcel, a complaint filed on the one said to be fine).
 *
 * Worked out once per turn, before anything reads the message (`noteParcelNamedInWords`), from the parcels the
 * conversation has seen; the readers that pick "which parcel" (`listedParcelNamed`, `otherParcelNamed`) take it from
 * the turn state. A clause that says a parcel is fine or to be left alone ("北京那个不用动", "the Beijing one is not
 * mine") does not name it as the one meant.
 */

/** The turn state key of the parcel this message names by place or courier (a tracking number), when one. */
export const PARCEL_NAMED_IN_WORDS = Symbol('parcelcare.parcelNamedInWords');

// Said to be left alone, fine or not the customer's: that parcel is not the one meant.
const LEFT_ALONE =
  /还好|還好|不用动|不用動|不动|不動|不改|唔使改|唔改|不用管|唔使理|不用理|别动|別動|没问题|沒問題|冇問題|没事|沒事|冇事|正常|不是我的|唔係我嘅|不是我嘅|\b(fine|ok(ay)?|all right|no problem|not mine|leave (it|that one)( alone)?|don'?t (touch|change) (it|that one))\b/i;

// The other of two: "另一个", "另外那個", "另一單", "the other one" — not "另外一件事" (intake-asides.ts adds "the second
// one", "嗰件呢").
export const OTHER_ONE =
  /\bthe other (one|parcel|package|order)\b|(另外(一|那|嗰)?|另一)(个|個|单|單|件|票|包)(?!事|问题|問題|情况|情況|投诉|投訴)/i;

// A courier's own names, by the carrier code of the record.
const COURIER_NAMES: Readonly<Record<string, string[]>> = {
  sf: ['顺丰', '順豐', 'sf'],
  yto: ['圆通', '圓通', 'yto', 'yt'],
  zto: ['中通', 'zto'],
  sto: ['申通', 'sto'],
  yunda: ['韵达', '韻達', 'yunda'],
  jt: ['极兔', '極兔', 'j&t', 'jt'],
  jd: ['京东', '京東', 'jd'],
  ems: ['ems', '邮政', '郵政', 'china post'],
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The words that make a place or a courier stand for a parcel: "上海那个", "成都嗰單", "寄西安的", "the shanghai one",
// "the parcel going to beijing", "从深圳寄来的" — not a place merely named ("我在上海", "I'm in Shanghai", "a Beijing
// delivery on Sunday", "寄到北京的话"). "上海那个" may be either end; "to"/"寄到" the destination, "from"/"从…寄" the origin.
const HAN_ONE = '(?:的|嘅)?(?:那|这|這|嗰|呢|果|那一|这一)?(?:个|個|件|单|單|票|包|份|箱)';
const HAN_TO = '(?:寄|去|到|送|发|發|往|寄去|寄到|寄往|送到|发到|發到)';
const EN_ONE = '(?:one|parcel|package|order|box|shipment)s?';
type End = 'to' | 'from' | 'either';
// What every way of naming a parcel in words has in it: a measure word after a name, a going or sending word, "one".
const MAY_NAME_ONE = new RegExp(`${HAN_ONE}|${HAN_TO}|从|從|由|\\b${EN_ONE}\\b`, 'i');

/** Whether the text speaks of a parcel by this name (a place, or a courier for `either`) at that end. */
function speaksOfOne(text: string, name: string, end: End): boolean {
  const place = escaped(name);
  const latin = /^[a-z0-9 .&'-]+$/i.test(name);
  const patterns = latin
    ? [
        `\\b${place}\\b\\s*${EN_ONE}\\b`,
        end === 'to'
          ? `\\b${EN_ONE}\\s+(?:(?:going|sent|headed|that's going|that is going)\\s+)?(?:to|for)\\s+${place}\\b`
          : '',
        end === 'from' ? `\\b${EN_ONE}\\s+(?:(?:coming|sent|that came)\\s+)?from\\s+${place}\\b` : '',
      ]
    : [
        `${place}(?:市)?${HAN_ONE}`,
        end === 'to' ? `${HAN_TO}${place}(?:市)?(?:的|嘅)(?![话話])` : '',
        end === 'from'
          ? `(?:从|從|由)${place}(?:市)?(?:寄|发|發)|${place}(?:市)?(?:寄|发|發)(?:来|來|過來|过来|嚟)?(?:的|嘅)`
          : '',
      ];
  return new RegExp(patterns.filter(Boolean).join('|'), 'i').test(text);
}

/** The names a parcel's two ends go by, in the three scripts ("上海", "Shanghai"), without 市. */
export function endNames(shipment: Shipment, end: 'origin' | 'destination'): string[] {
  const names = (['zh-CN', 'zh-TW', 'en'] as const).map((locale) => shipmentIn(locale, shipment).shipment[end]);
  return [...new Set(names.map((name) => name.replace(/市$/, '').trim()).filter((name) => name.length >= 2))];
}

const namedIn = (text: string, names: readonly string[], end: End): boolean =>
  names.some((name) => speaksOfOne(text, name, end));

/** The parcels the conversation has seen (`taken`: the complaint's being taken down), without repeats. */
function parcelsSeen(turn: Turn, taken: readonly string[]): string[] {
  const { data } = turn;
  return [
    ...new Set(
      [
        ...(data.parcelsSeen ?? []),
        ...(data.parcelsListed ?? []),
        ...data.verified,
        data.lastTracking,
        ...taken,
      ].filter((n): n is string => Boolean(n)),
    ),
  ];
}

/** The parcels the conversation has seen, this message's included (once `noteParcelNamedInWords` has run). */
export const parcelsSeenIn = (turn: Turn): string[] => parcelsSeen(turn, []);

/**
 * Remembers the parcels this message names by number (found or not: a lookup decides later), and works out which
 * seen parcel it names by place or courier, when it names none by number and exactly one fits.
 */
export async function noteParcelNamedInWords(turn: Turn, taken: readonly string[] = []): Promise<void> {
  const numbers = turn.reading.entities.trackingNumbers.map((t) => t.number);
  const seen = parcelsSeen(turn, taken);
  turn.data.parcelsSeen = [...new Set([...(turn.data.parcelsSeen ?? []), ...numbers])].slice(-6);
  if (numbers.length > 0 || seen.length < 2) return;
  const clauses = clausesOf(turn.text).filter((clause) => !LEFT_ALONE.test(clause));
  if (clauses.length === 0) return;
  const spoken = clauses.join('，');
  // (Looked up only when the words could name one: most messages run this without a lookup.)
  if (!MAY_NAME_ONE.test(spoken) && !OTHER_ONE.test(spoken)) return;
  const shipments: Shipment[] = [];
  for (const number of seen) {
    const lookup = await lookUpParcel(turn.services, number);
    if (lookup.kind === 'found') shipments.push(lookup.shipment);
  }
  const pick = (fits: (shipment: Shipment) => boolean): string | undefined => {
    const fitting = shipments.filter(fits);
    return fitting.length === 1 ? fitting[0]?.trackingNumber : undefined;
  };
  const goingTo = pick((s) => namedIn(spoken, endNames(s, 'destination'), 'to'));
  const comingFrom = goingTo ? undefined : pick((s) => namedIn(spoken, endNames(s, 'origin'), 'from'));
  const carried =
    goingTo || comingFrom ? undefined : pick((s) => namedIn(spoken, COURIER_NAMES[s.carrier] ?? [], 'either'));
  // ("另一个给我弟的 明天送之前先打电话", "the other one" of two: the one the chat is not on — blind batch 43a: 06.5 put
  // the call on her own parcel.)
  // (The one a change is about: the parcel merely shown last may be the other one meant — "now file the other one too"
  // after a complaint filed names the parcel offered next.)
  // (In a complaint the intake reads "the other one" itself, against the parcel it holds for later.)
  const focus = taken.length > 0 ? undefined : turn.data.deliveryChange?.trackingNumber;
  const found = shipments.map((s) => s.trackingNumber);
  const other =
    OTHER_ONE.test(spoken) && found.length === 2 && focus && found.includes(focus)
      ? found.find((n) => n !== focus)
      : undefined;
  const named = goingTo ?? comingFrom ?? carried ?? other;
  if (named) turn.context.turnState.set(PARCEL_NAMED_IN_WORDS, named);
}

/** The parcel this message names by place or courier (worked out at the start of the turn), if any. */
export const parcelNamedInWords = (turn: Pick<Turn, 'context'>): string | undefined =>
  turn.context.turnState.get<string | undefined>(PARCEL_NAMED_IN_WORDS);
