/**
 * A place to leave the parcel that the customer turns down ("forget the locker", "NOT a locker", "instead of a
 * locker", "不要放柜子", "别放丰巢", "唔好放櫃") names no place asked for: the words are read without it, so that
 * "forget the locker, hold it at your station" asks for the station (issue #17, blind 27: 02.4–02.6).
 */

const PLACE_EN = String.raw`(?:smart |parcel )?(?:lockers?|parcel ?box(?:es)?|convenience stores?|7-?11|7-?eleven)`;
const PLACE_ZH =
  '快递柜|快遞櫃|智能柜|智能櫃|丰巢|豐巢|包裹柜|包裹櫃|自提柜|自提櫃|柜子|櫃子|柜|櫃|便利店|便利商店|超商';

// "forget the locker", "not a locker", "no locker", "instead of the locker", "rather than a locker",
// "don't put it in a locker", "not in the locker", "i don't want it left in a locker" (blind batch 45a: 02.4) — but "no locker fee" is a fee, not a place turned down.
const REFUSED_EN = new RegExp(
  String.raw`\b(?:forget(?: about)?|skip|scrap|drop|cancel|not(?: in| into)?|no|instead of|rather than|(?:don'?t|do not|didn'?t|never) (?:use|want(?: it| them)?(?: (?:left|put|dropped|placed|going))?(?: in(?:to)?| at)?|put it in(?:to)?|leave it (?:in|at)))(?: the| a| an| any| that)? ${PLACE_EN}\b(?! ?(?:fees?|charges?|codes?|costs?))`,
  'gi',
);
// "不要放柜子", "不放快递柜了", "别放丰巢", "唔好放櫃", "唔要櫃", "不用快递柜", "快递柜就不要了", "柜子算了".
const REFUSED_ZH = new RegExp(
  `(?:不要|不用|不想|别|別|唔好|唔要|唔使|唔想|不)(?:再)?(?:放|存|寄|送|用|要|入)?(?:在|到|入|喺|去|进|進)?(?:${PLACE_ZH})(?![台檯])(?:了|喇|啦)?|(?:${PLACE_ZH})(?:就|都)?(?:不要了|不用了|唔要|唔使|算了|算啦)`,
  'g',
);

/** The words without the places they turn down. */
export function withoutRefusedPlaces(text: string): string {
  return text.replace(REFUSED_EN, ' ').replace(REFUSED_ZH, ' ');
}

/** The words turn a locker or store down ("NOT a locker", "唔好放櫃"). */
export function refusesPlace(text: string): boolean {
  return withoutRefusedPlaces(text) !== text;
}
