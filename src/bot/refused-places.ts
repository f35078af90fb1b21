/**
 * A place to leave the parcel that the customer turns down ("forget the locker", "NOT a locker", "instead of a
 * locker", "不要放柜子", "别放丰巢", "唔好放櫃") names no place asked for: the words are read without it, so that
 * "forget the locker, hold it at your station" asks for the station (issue #17, blind 27: 02.4–02.6).
 */

const PLACE_EN = String.raw`(?:smart |parcel )?(?:lockers?|parcel ?box(?:es)?|convenience stores?|7-?11|7-?eleven|(?:cainiao |post |pickup |pick-up |courier )?stations?|pickup points?|outlets?|depots?)`;
const PLACE_ZH =
  '快递柜|快遞櫃|智能柜|智能櫃|丰巢|豐巢|包裹柜|包裹櫃|自提柜|自提櫃|柜子|櫃子|柜|櫃|便利店|便利商店|超商';

// "forget the locker", "not a locker", "no locker", "instead of the locker", "rather than a locker",
// "don't put it in a locker", "not in the locker", "i don't want it left in a locker" (blind batch 45a: 02.4) — but "no locker fee" is a fee, not a place turned down.
const REFUSED_EN = new RegExp(
  String.raw`\b(?:forget(?: about)?|skip|scrap|drop|cancel|not(?: in| into)?|no|instead of|rather than|(?:don'?t|do not|didn'?t|never) (?:use|want(?: it| them)?(?: (?:left|put|dropped|placed|going))?(?: in(?:to)?| at)?|put it in(?:to)?|leave it (?:in|at)))(?: the| a| an| any| that)? ${PLACE_EN}\b(?! ?(?:fees?|charges?|codes?|costs?))`,
  'gi',
);
// "不要放柜子", "不放快递柜了", "别放丰巢", "唔好放櫃", "唔要櫃", "不用快递柜", "快递柜就不要了", "柜子算了".
// ("我说的是周四送上门 不是放网点自取": the station turned down too — blind batch 53b: 08.5.)
const REFUSED_ZH = new RegExp(
  `(?:不要|不用|不想|别|別|唔好|唔要|唔使|唔想|不)(?:再)?(?:放|存|寄|送|用|要|入)?(?:在|到|入|喺|去|进|進)?(?:${PLACE_ZH})(?![台檯])(?:了|喇|啦)?|(?:${PLACE_ZH})(?:就|都)?(?:不要了|不用了|唔要|唔使|算了|算啦)|(?:不是|唔係|不要|唔好|别|別)(?:放|存|寄|送)(?:在|到|喺|去)?(?:驿站|驛站|网点|網點)(?:自取|自提|取|攞)?`,
  'g',
);

// A place told of a past delivery, not asked for this one: "上次你們直接丟快遞櫃", "last time your guy dumped a box at the
// cainiao station" (blind batch 50b: 03.4, 12.1 had this parcel held at the locker they complained of).
const PAST_PLACE = new RegExp(
  String.raw`(?:上次|上回|上一次|上個月|上个月|以前|之前|\blast (?:time|week|month)\b|\bthe other day\b|\bpreviously\b)[^，。,.!?！？]{0,20}?(?:(?:丟|丢|扔|放|塞)[^，。,.!?！？\s]{0,8}?(?:${PLACE_ZH}|驿站|驛站|网点|網點)|\b(?:dumped|left|put|dropped|threw)\b[^，。,.!?！？]{0,25}?\b${PLACE_EN})`,
  'gi',
);

// The same again: "same again", "do that again", "这次也", "今次都係", "照旧", "一样".
const SAME_AGAIN =
  /\b(same again|do (that|it|the same) again|again this time|this time too|like last time|same as (last time|before))\b|这次也|這次也|这次还是|這次還是|今次都|今次也|还是放|還是放|都係放|照旧|照舊|一样放|一樣放/i;

// A place described as out of reach: "the station is like 2km away", "驿站太远了", "個站好遠" (blind batch 50b: 03.5).
const PLACE_FAR = new RegExp(
  String.raw`\b(?:the|that|your|this) ${PLACE_EN} (?:is|was|are|'s)\b[^.?!,]{0,15}\b(?:too far|so far|far away|far from|closed|shut)\b|(?:${PLACE_ZH}|驿站|驛站|网点|網點)(?:太|很|好|超|咁|都好)(?:远|遠)`,
  'gi',
);

// A place feared for the parcel: "放驿站怕丢", "放櫃唔放心", "I'm worried it'll get stolen from the locker" (blind batch
// 53b: 08.3 held it at the station she had just turned down).
const PLACE_FEARED = new RegExp(
  String.raw`(?:放|存|丢|丟|塞)?(?:在|到|喺|入)?(?:${PLACE_ZH}|驿站|驛站|网点|網點)[^，。,.!?！？\s]{0,4}(?<![不唔冇没沒])(?:怕丢|怕丟|怕不见|怕不見|怕唔見|怕被偷|怕俾人|怕被人)|(?:不放心|唔放心|不安全|唔安全)|(?<!\bnot |n't |never )\b(?:worried|afraid|scared)\b[^.?!,]{0,30}\b${PLACE_EN}\b|\b${PLACE_EN}\b[^.?!,]{0,20}\b(?:might|could|may|will) (?:get )?(?:lost|stolen|nicked|go missing)\b`,
  'gi',
);

/** The words without the places they turn down, tell of an earlier delivery, or say are too far. */
export function withoutRefusedPlaces(text: string): string {
  // ("last time you left it at the station and it was fine, same again please", "上次放驿站挺好的 这次也放驿站": the
  // place of the past is the one wanted again — a review of session 49.)
  const past = SAME_AGAIN.test(text) ? text : text.replace(PAST_PLACE, ' ');
  return past.replace(PLACE_FAR, ' ').replace(PLACE_FEARED, ' ').replace(REFUSED_EN, ' ').replace(REFUSED_ZH, ' ');
}

/** The words turn a locker or store down ("NOT a locker", "唔好放櫃"). */
export function refusesPlace(text: string): boolean {
  return withoutRefusedPlaces(text) !== text;
}
