import { parcelQuestionIn } from './parcel-facts';
import { addFallbackToDraft } from './absent-place';
import { refusesPlace } from './refused-places';
import { addDays, localDay } from '../tickets/local-time';
import { asksWhetherDeliversOn } from './delivery-days';
import { askAddressMeant } from './address-meant';
import { asksTicketNumber } from './ticket-questions';
import { saysNumberNotKnown } from './lookup-without-number';
import type { DeliveryChangeDetails, DeliveryChangeKind, DeliveryChangeRequest, Destination } from '../tracking';
import { chaseNextNote } from './chase-next';
import { courierWishIn, joinedNote } from './courier-wish';
import { takesChaseOffered } from './speed-up';
import { REQUEST_FORM } from './context-reading';
import { HOLD_PLACES, OFFERED_CHANGE_KINDS, missingDetail, provesLink } from '../tracking';
import {
  awayDays,
  callFirstIn,
  dayClash,
  refusesCall,
  wantsCallFirst,
  deliveryChangeKind,
  deliveryWindow,
  leftWithProperty,
  namesDay,
  newAddress,
  placeUnnamed,
  readDeliveryChange,
  usableAddress,
  whichPlace,
  type DeliveryChangeDraft,
} from './delivery-change-reading';
import { asksToChangeDelivery, turnsDown } from './context-reading';
import { dayText, describeRequest } from './delivery-change-words';
import { buildingDeskIn } from './building-desk-words';
import { otherRequestStands } from './requests-side-by-side';
// A question's words: "几点", "多少", "吗", "?", "when", "what".
const QUESTION_WORDS =
  /[?？吗嗎呢]|几点|幾點|几时|幾時|多少|什么|什麼|怎么|怎麼|哪|邊|\b(what|when|how|where|which)\b/i;
// Where to take it, told: "送到…", "放到…", "deliver it to…".
const TAKE_IT_TO = /送到|改到|放到|寄到|送去|放去|\b(deliver|send|bring|take|leave) (it |them )?(to|at)\b/i;

export type { DeliveryChangeDraft };
import { isCancel, isYes } from './intake-reading';
import { saysGoodbye } from './leaving-words';
import { asksQuestion, faqAsked, saysThanks, triesDigits } from './message-cues';
import { arrivalAsked, askedAbout, checksOnIt, replacedBy, takesChangeBack } from './change-questions';
import { handleFaq } from './handlers';
import { ruleOn } from './case-rules';
import { asksForDeliveryChange } from './delivery-change-reading';
import { linkParcel } from './parcel-links';
import { listedParcelNamed } from './listed-parcels';
import { meansOtherParcel } from './parcel-meant';
import { verifiedPhones } from './customer-directory';
import { asksCostQuestion, changeCostLine } from './change-costs';
import { costBeforeProof } from './cost-before-proof';
import { checkLastFour, markProvedByDigits, mayTryDigits } from './proof-attempts';
import { lastFourSaidEarlier } from './earlier-last-four';
import { lookUpParcel, lookupProblem } from './parcel-answer';
import { arrivalAnswer, asksArrival } from './intake-questions';
import { goingBackToSender, returnedNote } from './returned-parcel';
import { heldOutletHours } from './hold-hours';
import { heldBringLine } from './hold-pickup';
import { returnAsFallback } from './return-fallback';
import { shiftedDelivery } from './shifted-day';
import type { ReplyKey, ReplyVars } from './replies';
import { plannedDelivery } from './planned-day';
import { beforeAnyAttempt } from './never-attempted';
import { reply, say, spokenRegister, type FaqIntent, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';
import { slotKept } from './slot-kept';
import { deskOnly, dueDayOnly, withoutDueDay } from './due-day-only';

/**
 * "晚上" then "晚上7點以後": a later time inside the window already given is the one meant, the window narrowed to
 * it ("tomorrow evening" after "after 7pm" keeps 7pm; blind-12 16.5–16.7). A time outside it is left to the usual
 * rules (a change of mind is said as one).
 */
function narrowed(details: DeliveryChangeDetails, more: DeliveryChangeDetails): DeliveryChangeDetails {
  if (!more.after && !more.before) return details;
  const { after, before } = details;
  const within = (t: string) => (!after || t >= after) && (!before || t <= before);
  if (!within(more.after ?? after ?? '00:00') || !within(more.before ?? before ?? '23:59')) return details;
  return { ...details, ...(more.after ? { after: more.after } : {}), ...(more.before ? { before: more.before } : {}) };
}

/**
 * "我就是要下午送" after "下午两点到六点" was taken: the part of the day said again holds the slot already given — the
 * same request, not a wider one (blind batch 21: 15.7).
 */
export function sameSlotSaidWider(details: DeliveryChangeDetails, more: DeliveryChangeDetails): boolean {
  const { after, before } = details;
  if (!after || !before || !more.after || !more.before) return false;
  return more.after <= after && before <= more.before && (more.after !== after || more.before !== before);
}

// "8am", "早上8點": a morning hour said as one.
const MORNING_SAID = /\d\s*(am|a\.m\.)|morning|上午|早上|朝早|上晝/i;

/** "After 8" once the evening is asked for: 20:00, not 08:00 (an hour said without its half of the day). */
function evenHours(details: DeliveryChangeDetails, more: DeliveryChangeDetails, text: string): DeliveryChangeDetails {
  if (!details.after || details.after < '12:00' || MORNING_SAID.test(text)) return more;
  const pm = (t?: string) => (t && t < '12:00' && t >= '01:00' ? `${Number(t.slice(0, 2)) + 12}${t.slice(2)}` : t);
  const after = pm(more.after);
  const before = pm(more.before);
  return { ...more, ...(after ? { after } : {}), ...(before ? { before } : {}) };
}

// ("明天…" then "后天吧 下午都在": a day named later is the customer's latest word on the day — it replaces the earlier one;
// a bare "6pm" names no day, only a time on today's date.)
const merge = (
  details: DeliveryChangeDetails,
  more: DeliveryChangeDetails,
  dayNamed = false,
): DeliveryChangeDetails => {
  const merged = { ...narrowed(details, more), ...(dayNamed && more.date ? { date: more.date } : {}) };
  for (const [key, value] of Object.entries(more) as [keyof DeliveryChangeDetails, string][])
    if (value && !merged[key]) (merged as Record<string, string>)[key] = value;
  // ("tomorrow at 2" then "actually make it the morning": a window that would end before it starts is the newer one
  // alone — not "between 14:00 and 12:00".)
  if (merged.after && merged.before && merged.after >= merged.before && (more.after || more.before)) {
    delete merged.after;
    delete merged.before;
    return { ...merged, ...(more.after ? { after: more.after } : {}), ...(more.before ? { before: more.before } : {}) };
  }
  return merged;
};

// A road or street named in an address ("漕溪北路", "100 Zhangjiang Rd"); not the 道 of 知道.
const ROAD = /[路街巷弄]|(?<!知)道|\b(road|rd|street|st|avenue|ave|lane|drive|dr)\b/i;

// A sentence about the customer, not an address: "我在南京路100号上班，白天不在家" (review 31b).
const ABOUT_ME = /我|你们|你們|上班|返工|在家|不在|知道|电话|電話|[吗嗎呢?？]|\bI\b|\bI'm\b/;

// The road and number where the customer says they work or live: "南京路100号" of "我在南京路100号上班".
// ("我喺彌敦道600號返工", "I work at 100 Nanjing Rd during the day": the same in Cantonese and English.)
const WHERE_I_AM =
  /我(?:白天|平时|平時|现在|現在|日頭)?(?:在|喺)([\u4e00-\u9fff]{2,12}?(?:路|街|(?<!知)道|巷|弄)\d+[号號](?:\d+[楼樓室])?)(?=上班|工作|返工|住|办公|辦公)|\bI(?: (?:work|live|stay|am)|'m)(?: (?:during the day|in the daytime|these days|now))? at (\d+[a-z]? (?:[A-Z][a-z]+ ){1,3}(?:road|rd|street|st|avenue|ave|lane)\b\.?)/i;

/**
 * The address a whole message gives where what to do is asked: the message itself when it is address-shaped, or the
 * road and number a sentence about the customer holds ("我在南京路100号上班，白天不在家" → "南京路100号").
 */
function addressTyped(text: string, typed: string | undefined): string | undefined {
  if (typed && usableAddress(typed) && ROAD.test(typed) && typed === text.trim() && !ABOUT_ME.test(typed)) return typed;
  const where = WHERE_I_AM.exec(text);
  const inside = where?.[1] ?? where?.[2];
  return inside && usableAddress(inside) ? inside : undefined;
}

/** Whether the customer has proved a link to the parcel: in this conversation, by a phone of theirs, or before. */
export async function proved(
  turn: Turn,
  trackingNumber: string,
  shipment: Parameters<typeof provesLink>[0],
): Promise<boolean> {
  if (turn.data.verified.includes(trackingNumber)) return true;
  if (provesLink(shipment, { phones: verifiedPhones(turn.customer) })) return true;
  const links = await turn.services.store.parcelLinks.listByParcel(trackingNumber);
  if (links.some((l) => l.customerId === turn.customer.id && l.kind === 'proved')) return true;
  // A phone typed in this conversation ("I'm the recipient, my number is +852 …") is an answer of last 4 digits:
  // checked once, and counted like any other answer (proof-attempts.ts), never as the customer's own phone.
  // (A phone given for the waybill's correction is the recipient's new number, no proof of anything.)
  const forLabel = turn.data.deliveryChange?.kind === 'correct_label';
  const typed = forLabel ? undefined : turn.data.phonesGiven?.at(-1);
  if (typed && mayTryDigits(turn.data, trackingNumber)) {
    turn.data.phonesGiven = turn.data.phonesGiven?.filter((p) => p !== typed);
    const check = await checkLastFour(
      turn.services.store,
      turn.data,
      shipment,
      typed.slice(-4),
      turn.services.clock.now(),
    );
    if (check === 'proved') {
      markProvedByDigits(turn.data, shipment, typed.slice(-4));
      return true;
    }
  }
  // "收件人手机尾号6666" said a few messages before the change was asked: those digits answer the proof.
  const earlier = mayTryDigits(turn.data, trackingNumber) ? lastFourSaidEarlier(turn.data, trackingNumber) : undefined;
  if (earlier) {
    const now = turn.services.clock.now();
    if ((await checkLastFour(turn.services.store, turn.data, shipment, earlier, now)) === 'proved') {
      markProvedByDigits(turn.data, shipment, earlier);
      return true;
    }
  }
  return false;
}

// "file a complaint then", "我要投诉", "幫我投訴": a complaint asked for outright (not "no complaint, just …").
const FILES_COMPLAINT =
  /\b(file|make|lodge|log|raise|open)\b[^.?!]{0,10}\bcomplaint\b|(?<![不唔])(我要|幫我|帮我)(投诉|投訴|客訴|客诉)/i;

/** A complaint asked for outright: "file a complaint then", "我要投诉" (not "no complaint, just …"). */
export const filesComplaint = (text: string): boolean => FILES_COMPLAINT.test(text);

/** Starts a request, or carries the one under way on with this message. */
export async function handleDeliveryChange(turn: Turn, start?: Partial<DeliveryChangeDraft>): Promise<void> {
  const { data } = turn;
  const draft: DeliveryChangeDraft = data.deliveryChange ?? { details: {}, words: [], ...start };
  if (start && data.deliveryChange) Object.assign(draft, start);
  data.deliveryChange = draft;
  // ("can the SF one come on Saturday" after an SF and a YT parcel were shown: the SF one, whatever else is open.)
  const named = turn.reading.entities.trackingNumbers[0]?.number ?? listedParcelNamed(turn);
  if (named && named !== draft.trackingNumber) draft.trackingNumber = named;
  draft.trackingNumber ??= data.lastTracking;
  const other = switchedKind(turn, draft);
  if (other) {
    // ("…19:00 之後" then the new address while the day is asked: the time goes with the parcel to the new address.)
    const { date, after, before } = draft.details;
    const slot = draft.kind === 'redeliver' && other === 'change_address' ? { date, after, before } : {};
    draft.kind = other;
    draft.details = Object.fromEntries(Object.entries(slot).filter(([, v]) => v));
    draft.area = undefined;
  }
  const read = readDeliveryChange(turn.text, turn.reading, {
    ...(draft.kind ? { kind: draft.kind } : {}),
    askedAddress: draft.asked === 'address',
    askedLabel: draft.asked === 'label',
    ...(draft.area ? { area: draft.area } : {}),
  });
  // "晚上7點以後都可以" to "what would you like done with it?": a time is when to bring it (blind-12 16.5).
  if (!read.kind && !draft.kind && draft.asked === 'kind') {
    const when = deliveryWindow(turn.text, turn.reading);
    if (Object.keys(when).length > 0) Object.assign(read, { kind: 'redeliver', details: { ...read.details, ...when } });
  }
  // "上海市浦东新区张江路100号 6樓" typed where what to do is asked, or as the whole message: the parcel goes there.
  // (A road named, not "收件人尾號4444": digits and 號 alone are how the last 4 are given.)
  const typed = !read.kind && !draft.kind ? addressTyped(turn.text, newAddress(turn.text, true)) : undefined;
  // (Inside a sentence about something else, not the whole message: whether the parcel goes there is asked first.)
  if (typed && typed !== turn.text.trim() && draft.asked !== 'address') return askAddressMeant(turn, draft, typed);
  if (typed) Object.assign(read, { kind: 'change_address', details: { ...read.details, address: typed } });
  if (read.kind) draft.kind = read.kind;
  // "改到后天送吧 周六我在家": neither day is taken; which one is asked with both as choices.
  const clash = draft.kind === 'redeliver' ? dayClash(turn.text, turn.reading) : undefined;
  if (clash) {
    delete read.details.date;
    draft.clash = clash;
  }
  // ("尾号6666 对了你们周日送吗 万一这周到不了": whether the courier delivers on Sundays is asked, no Sunday asked for —
  // the rule answers it after; blind batch 45a: 10.3.)
  const daysAsked = asksWhetherDeliversOn(turn.text);
  if (daysAsked) {
    delete read.details.date;
    if (read.kind === 'redeliver' && Object.keys(read.details).length === 0) read.kind = undefined;
  }
  if (read.area) draft.area = read.area;
  if (read.details.address) draft.area = undefined;
  // "7-11", then "the 復興 store": which 7-11 it is.
  const { placeName } = draft.details;
  if (
    draft.details.place === 'convenience_store' &&
    placeName &&
    read.details.place === 'outlet' &&
    read.details.placeName
  )
    draft.details.placeName = `${placeName} ${read.details.placeName}`;
  draft.details = merge(draft.details, evenHours(draft.details, read.details, turn.text), namesDay(turn.reading));
  // ("越快越好", "asap" where the day is asked: the first day it can come.)
  if (draft.asked === 'date' && !draft.details.date) {
    const soonest = soonestDayAsked(turn);
    if (soonest) draft.details = { ...draft.details, date: soonest };
  }
  // "…送之前先打給我 0912345678": the call goes with the request.
  const call = callFirstIn(turn.text, turn.reading.entities.phones);
  if (call) draft.details = { ...draft.details, callFirst: call, callFirstOnWaybill: undefined };
  // "…送之前先给我打个电话" with no number: the waybill's number, or one asked for, once the request is recorded.
  else if (wantsCallFirst(turn.text)) draft.callWanted = true;
  // "…送上七樓，佢行唔到樓梯", "knock loudly, don't phone him": how to hand it over goes with the request as a note.
  const wish = courierWishIn(turn.text);
  if (wish) draft.details = { ...draft.details, courierNote: wish };
  // "…leave it with the security guard": the recipient's consent to leave it there goes with the request.
  const desk = buildingDeskIn(turn.text);
  if (desk) draft.details = { ...draft.details, leaveWith: desk };
  // The customer's words, not a bare number chosen from a notice or the digits that proved the link.
  const proof = draft.asked === 'last4' && data.verified.includes(draft.trackingNumber ?? '');
  const said = /[^\s\d#.。、)）]/.test(turn.text) && !proof;
  if (said) draft.words.push(turn.text.trim());
  // "Redeliver EA526018153CN": a number whose check digit fails is named and asked for again, never dropped.
  const mistyped = named ? undefined : turn.reading.entities.invalidTracking[0]?.number;
  if (mistyped) {
    draft.trackingNumber = undefined;
    noteOutcome(turn.context, 'unanswered');
    return ask(turn, draft, 'parcel', say(turn, 'trackInvalid', { number: mistyped }));
  }
  // Words the request could not take as a detail are still noted ("if not, can it come in the evening?").
  await carryOn(turn, draft, said && Object.keys(read.details).length === 0);
  // (…and the days the courier delivers, which it asked: the market's rule after the request.)
  // (The days of where the parcel is delivered, not of the customer's market.)
  const parcel =
    daysAsked && draft.trackingNumber ? await lookUpParcel(turn.services, draft.trackingNumber) : undefined;
  const days = daysAsked ? ruleOn(turn, 'deliveryDays', parcel?.kind === 'found' ? parcel : undefined) : undefined;
  if (days) await reply(turn, days);
}

// "越快越好", "尽快", "最快嗰日", "asap", "as soon as possible", "whenever is earliest": no day, the first one wanted.
const SOONEST = /越快越好|愈快愈好|尽快|盡快|尽早|盡早|最快|\b(asap|as soon as (possible|you can)|earliest|soonest)\b/i;

/**
 * The day to deliver when the customer answers the day asked with "as soon as possible" (blind batch 46a: 12.6 was
 * asked the same question again): tomorrow in the courier's zone — the first day a new delivery can be planned.
 */
export function soonestDayAsked(turn: Turn): string | undefined {
  if (!SOONEST.test(turn.text)) return undefined;
  return addDays(localDay(turn.services.clock.now(), turn.services.timeZone), 1);
}

/** "好，19:00 之後。… 想邊日送？": the time heard said back, and the day asked; undefined when no time was said. */
export function askDayForTime(
  turn: Turn,
  number: string,
  { after, before }: Pick<DeliveryChangeDetails, 'after' | 'before'>,
): string | undefined {
  if (!after && !before) return undefined;
  const time =
    after && before
      ? say(turn, 'change.time.between', { after, before })
      : after
        ? say(turn, 'change.time.after', { after })
        : say(turn, 'change.time.before', { before: before ?? '' });
  return say(turn, 'change.askDay', { number, time });
}

/**
 * "唔好啦 我自己去門市攞" while a day for redelivery is asked: another kind of change, the earlier one turned down or
 * this one settled on, replaces what was being taken down (its details belong to the old kind).
 */
// "唔使改日子", "不用改时间", "no need to change the day": the delivery day stays as it was.
const KEEPS_DAY =
  /(唔使|唔駛|不用|不必|无需|無需|免)(再)?改(日子|日期|时间|時間|期|天)|\bno need to (change|move) the (day|date|time)\b|\b(keep|same) (the )?(day|date)\b/i;

function switchedKind(turn: Turn, draft: DeliveryChangeDraft): DeliveryChangeKind | undefined {
  if (!draft.kind) return undefined;
  const { kind, details } = readDeliveryChange(turn.text, turn.reading, {});
  // "my address is Flat 12A, …" while a day for redelivery is asked: the parcel goes there.
  if (draft.kind === 'redeliver' && kind === 'change_address' && details.address) return kind;
  // ("Room 1203, 88 Century Ave… and leave it at reception" where the new address is asked: the desk is at that
  // address — no delivery to the old one; blind batch 31: several wishes in one message.)
  if (draft.asked === 'address' && kind === 'redeliver' && buildingDeskIn(turn.text)) return undefined;
  // "改送要唔要錢?" asks what the change costs; it settles on nothing.
  // ("如果沒辦法的話可以改晚上送嗎": another option for if this one fails, not this one dropped.)
  const conditional = IF_NOT_EN.test(turn.text) || IF_NOT_ZH.test(turn.text);
  // ("放驛站啦 唔使改日子": the day being asked for is turned down, so the place is what they want.)
  const dayDeclined = draft.kind === 'redeliver' && KEEPS_DAY.test(turn.text);
  const settles =
    // ("thursday please, i'm worried it'll get stolen from the station": the place feared is turned down — 53b: 08.3.)
    (turnsDown(turn.text) || refusesPlace(turn.text) || dayDeclined || asksToChangeDelivery(turn.text, turn.reading)) &&
    !askedAbout(turn.text) &&
    !conditional;
  return kind && kind !== draft.kind && settles ? kind : undefined;
}

// How long, how much, what happens then: a question the courier's rule answers whole, with no request in it.
const RULE_ONLY =
  /幾耐|几耐|多久|多长时间|多長時間|几天|幾天|幾日|几日|多少(钱|錢|天|日)|幾多(錢|日|天)|幾錢|几钱|过期|過期|会点|會點|会怎样|會怎樣|會怎麼樣|会怎么样|(收|要)(不|唔)?(收|要)?(钱|錢|费|費)|\bhow (long|much|many days)\b|\bwhat happens\b|\b(is there a|any) (fee|charge)\b/i;
const ACTS = /幫我|帮我|麻煩|麻烦|\bplease\b|\b(can|could) you\b|我要|我想/i;
const asksRuleOnly = (text: string): boolean => RULE_ONLY.test(text) && !ACTS.test(text);

/** A call before the delivery is all the change asks: no hold, day or address named. */
const onlyCallAsked = (turn: Turn, draft: DeliveryChangeDraft): boolean =>
  draft.kind === 'call_first' ||
  (Boolean(draft.callWanted) && deliveryChangeKind(turn.text, turn.reading) === undefined);

async function carryOn(turn: Turn, draft: DeliveryChangeDraft, said = false): Promise<void> {
  const { data, services } = turn;
  noteOutcome(turn.context, 'answered');
  const number = draft.trackingNumber;
  if (!number) {
    // "可以寄到7-11取貨嗎", "can I have it held at the station?" with no parcel in sight ask whether it can be done:
    // the courier's rule on holds and changes answers that first, then which parcel (blind batch 18: 25, 29).
    // (A call before the delivery costs nothing and has no rule to quote: "can the driver phone me first?" hears only
    // which parcel — blind batch 39b: 03.1 heard the hold and redelivery fees.)
    const rule =
      !draft.asked && !onlyCallAsked(turn, draft) && asksQuestion(turn.text) ? ruleOn(turn, 'redeliver') : undefined;
    // ("放站點可以放幾耐？", "how long do you keep it?", "what does it cost?": the rule is the whole answer — no parcel is
    // asked for, nothing taken down; blind batch 31: 30.2.)
    if (rule && asksRuleOnly(turn.text)) {
      data.deliveryChange = undefined;
      return reply(turn, rule);
    }
    // ("I do not have the number. Can the driver phone me first?": where the number is found, not only "send it".)
    const askParcel = say(turn, saysNumberNotKnown(turn.text) ? 'change.askParcelNotKnown' : 'change.askParcel');
    return ask(turn, draft, 'parcel', rule ? `${rule}\n${askParcel}` : askParcel);
  }
  const lookup = await lookUpParcel(services, number);
  if (lookup.kind !== 'found') {
    data.deliveryChange = undefined;
    // (The number put right next carries this request — corrected-request.ts; "it's definitely right" is read too.)
    if (lookup.kind === 'unknown' || lookup.kind === 'invalid') data.trackingNotFound = lookup.number;
    noteOutcome(turn.context, 'unanswered');
    return reply(turn, lookupProblem(services, turn.locale, lookup, spokenRegister(turn)) as string);
  }
  data.lastTracking = number;
  if (lookup.shipment.events.some((e) => e.status === 'delivered')) {
    data.deliveryChange = undefined;
    return reply(turn, say(turn, 'change.delivered', { number }));
  }
  // Nothing is done to a parcel, and nothing about it said, before the customer proves a link to it.
  if (!(await proved(turn, number, lookup.shipment))) {
    data.verifyTracking = number;
    // "…hold it at the station? and how much is storage": what the change costs is the parcel's market's rule, said
    // with the question for the digits — not kept back until they come (blind 29: 07.3, 07.4).
    const price = await costBeforeProof(turn, draft, lookup.shipment);
    if (draft.asked !== 'last4') {
      data.verifyTries = 0;
      // ("when does it arrive? … can the courier ring him first?": when it comes is answered before the digits are
      // asked — it needs no proof; blind batch 35a: 02.3.)
      const when = !draft.asked && asksArrival(turn.text) ? arrivalAnswer(turn, lookup) : undefined;
      const lines = [when, price, say(turn, 'change.askLast4', { number })];
      return ask(turn, draft, 'last4', lines.filter(Boolean).join('\n'));
    }
    // Asked before, and the answer was something else: what it said is kept, and the customer hears why the
    // digits are needed (and, the second time, that a person can take it) — never the same line again.
    draft.misses = (draft.misses ?? 0) + 1;
    return askLast4Again(turn, draft, number, said, price);
  }
  // "就改資料送過去" after a return was asked for instead: the name and phone given before are the ones meant.
  if (draft.kind === 'correct_label') draft.details = { ...(await earlierLabel(turn, number)), ...draft.details };
  if (missingDetail(draft.kind ?? 'hold', draft.details) === 'label')
    return ask(turn, draft, 'label', say(turn, 'change.askLabel', { number }));
  // ("can the driver call me first and hand it to me in person?" before the proof: the call was all it asked, so the
  // delivery goes as planned with it — not "what would you like us to do?" once the digits come; blind 45b: 02.4.)
  if (!draft.kind && draft.callWanted && draft.asked === 'last4') draft.kind = 'call_first';
  if (!draft.kind)
    return ask(
      turn,
      draft,
      'kind',
      say(turn, 'change.askKind', { number }),
      OFFERED_CHANGE_KINDS.map((kind) => say(turn, `change.kind.${kind}` as ReplyKey)),
    );
  // "再派一次" before any delivery was tried: a chase, or a first delivery at the time asked — never "again".
  Object.assign(draft, beforeAnyAttempt(draft, lookup.shipment.events, lookup.view.anomalies.length > 0));
  // "deliver as planned but after 6pm": the day it was due, not today's.
  if (draft.kind === 'redeliver')
    draft.details = plannedDelivery(draft.details, draft.words, lookup.shipment, services.clock.now());
  // "改遲一日先送": one day after the day it was due.
  if (draft.kind === 'redeliver') {
    const now = services.clock.now();
    const read = (text: string) => services.nlu.analyze(text, now, turn.locale);
    draft.details = shiftedDelivery(draft.details, draft.words, lookup.shipment, now, read);
  }
  // "it's coming tomorrow but I won't be home…": the day it is due anyway is no change — when it is due is said, and
  // what to do instead asked (blind batch 31: 01.2, 28.2).
  if (draft.kind === 'change_address') draft.details = withoutDueDay(draft.details, lookup.shipment);
  if (deskOnly(draft)) draft.kind = 'call_first';
  const due = dueDayOnly(draft, lookup.shipment);
  if (due) {
    draft.kind = undefined;
    draft.details = {};
    const dueLine = say(turn, 'change.dueAnyway', { number, date: services.replies.day(turn.locale, due) });
    return ask(
      turn,
      draft,
      'kind',
      `${dueLine}\n${say(turn, 'change.askKind', { number })}`,
      OFFERED_CHANGE_KINDS.map((kind) => say(turn, `change.kind.${kind}` as ReplyKey)),
    );
  }
  const missing = missingDetail(draft.kind, draft.details);
  if (missing === 'place')
    return ask(
      turn,
      draft,
      'place',
      say(turn, 'change.askPlace', { number }),
      HOLD_PLACES.map((place) => say(turn, `change.placeChoice.${place}` as ReplyKey)),
    );
  // "改晚上送", "after 7pm": the time is heard and said back; only the day is asked for.
  const dayAsked = missing === 'date' ? askDayForTime(turn, number, draft.details) : undefined;
  if (dayAsked) {
    return ask(turn, draft, 'date', dayAsked, [
      say(turn, 'change.dayChoice.tomorrow'),
      say(turn, 'change.dayChoice.dayAfter'),
    ]);
  }
  const { clash } = draft;
  if (missing === 'date' && clash) {
    draft.clash = undefined;
    const [asked, home] = [dayText(turn.locale, clash.asked), dayText(turn.locale, clash.home)];
    return ask(turn, draft, 'date', say(turn, 'change.askWhichDay', { number, asked, home }), [asked, home]);
  }
  if (missing === 'date') {
    // "我朋友聽日唔喺屋企": tomorrow is not offered to someone who said they are out then (blind-14 18.2).
    const out = awayTomorrow(turn, draft);
    // (A sender who proved only the sender's phone is asked when it goes to the recipient, never "to you": batch 22 09.4.)
    const roles = turn.data.verifiedAs?.[number] ?? [];
    const forRecipient = roles.includes('sender') && !roles.includes('recipient');
    const question = say(turn, forRecipient ? 'change.askDateForRecipient' : 'change.askDate', { number });
    return ask(turn, draft, 'date', question, [
      say(turn, out ? 'change.dateChoice.dayAfterMorning' : 'change.dateChoice.tomorrowMorning'),
      say(turn, out ? 'change.dateChoice.dayAfterEvening' : 'change.dateChoice.tomorrowEvening'),
    ]);
  }
  // An area alone ("我住觀塘"): kept, and only the street, building, floor and flat asked for.
  if (missing === 'address')
    return ask(
      turn,
      draft,
      'address',
      draft.area
        ? say(turn, 'change.askAddressMore', { number, area: draft.area })
        : say(turn, 'change.askAddress', { number }),
    );
  await record(turn, draft, draft.kind, number, lookup.shipment);
}

/** The name and phone of the customer's latest correction of the parcel's waybill, withdrawn or not. */
async function earlierLabel(turn: Turn, number: string): Promise<DeliveryChangeDetails> {
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const earlier = requests.find(
    (r) => r.customerId === turn.customer.id && r.kind === 'correct_label' && r.status !== 'declined',
  );
  const { recipientName, recipientPhone } = earlier?.details ?? {};
  return { ...(recipientName ? { recipientName } : {}), ...(recipientPhone ? { recipientPhone } : {}) };
}

/** The customer said, in the words of this request, that they are not there tomorrow. */
function awayTomorrow(turn: Turn, draft: DeliveryChangeDraft): boolean {
  const { nlu, clock } = turn.services;
  const read = (text: string) => nlu.analyze(text, clock.now(), turn.locale);
  const tomorrow = read(say(turn, 'change.dayChoice.tomorrow')).entities.dates[0]?.start.slice(0, 10);
  return tomorrow !== undefined && draft.words.some((words) => awayDays(words, read(words)).includes(tomorrow));
}

async function ask(
  turn: Turn,
  draft: DeliveryChangeDraft,
  what: NonNullable<DeliveryChangeDraft['asked']>,
  text: string,
  choices: string[] = [],
): Promise<void> {
  draft.asked = what;
  await reply(
    turn,
    text,
    choices.map((title) => ({ title, value: title })),
  );
}

/**
 * Wrong digits for a request waiting on them (the customer has heard they do not match): from the second miss
 * a person is offered; out of tries, the customer hears that nothing was changed.
 */
export async function missedLast4(turn: Turn, draft: DeliveryChangeDraft): Promise<void> {
  draft.misses = (draft.misses ?? 0) + 1;
  const person = [{ title: say(turn, 'choice.human'), value: say(turn, 'choice.human') }];
  if (!turn.data.verifyTracking) {
    turn.data.deliveryChange = undefined;
    turn.data.offeredHuman = true;
    turn.data.unclear = [...(turn.data.unclear ?? []), ...draft.words];
    return reply(turn, say(turn, 'change.dropped', { number: draft.trackingNumber ?? '' }), person);
  }
  if (draft.misses < 2) return;
  turn.data.offeredHuman = true;
  await reply(turn, say(turn, 'change.offerPerson'), person);
}

/** "Send the last 4 digits" once more: with what is noted so far, why, and a person after the second miss. */
export async function askLast4Again(
  turn: Turn,
  draft: DeliveryChangeDraft,
  number: string,
  said: boolean,
  price?: string,
) {
  const complete = draft.kind && !missingDetail(draft.kind, draft.details);
  const noted = [
    complete
      ? say(turn, 'change.noted', {
          what: describeRequest(
            turn.services.replies,
            turn.locale,
            { kind: draft.kind!, details: draft.details },
            spokenRegister(turn),
          ),
        })
      : '',
    said ? say(turn, 'change.notedWords') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const offer = (draft.misses ?? 0) >= 2;
  if (offer) turn.data.offeredHuman = true;
  draft.asked = 'last4';
  await reply(
    turn,
    [noted, price ?? '', say(turn, 'change.last4Why', { number }), offer ? say(turn, 'change.offerPerson') : '']
      .filter(Boolean)
      .join('\n'),
    offer ? [{ title: say(turn, 'choice.human'), value: say(turn, 'choice.human') }] : [],
  );
}

/**
 * Records the request (a new one replaces the customer's waiting one on the parcel) and tells the customer.
 * @param destination the parcel's, for the rule on addresses in another city (none: the city is unknown).
 * @param saidAs the sentence that tells it, when not the usual "done" or "added" (a correction says so).
 */
export async function record(
  turn: Turn,
  draft: DeliveryChangeDraft,
  kind: DeliveryChangeKind,
  number: string,
  destination: Destination | undefined,
  saidAs?: ReplyKey,
  saidWith?: ReplyVars,
): Promise<void> {
  const { services, conversation, context } = turn;
  const now = services.clock.now().toISOString();
  // A new address keeps the day and time already asked for (slot-kept.ts).
  draft.details = await slotKept(turn, kind, number, draft.details);
  // "催一下，实在不行就退回来": the return if it cannot be delivered goes on the chase, said with what it costs.
  const fallback = kind === 'expedite' && [...draft.words, turn.text].some(returnAsFallback);
  if (fallback) draft.details = { ...draft.details, returnIfUndelivered: true };
  const callAsked = draft.callWanted && !draft.details.callFirst ? await waybillCall(turn, number) : undefined;
  if (callAsked?.phone) draft.details = { ...draft.details, callFirst: callAsked.phone, callFirstOnWaybill: true };
  const { request } = await services.deliveryChanges.request(
    {
      // One request per turn: a retried delivery of this message finds it recorded.
      requestKey: `${conversation.id}:${context.activity.id ?? now}`,
      trackingNumber: number,
      kind,
      details: draft.details,
      words: draft.words.join('\n'),
      customerId: turn.customer.id,
      conversationId: conversation.id,
      channel: conversation.channel,
      locale: turn.locale,
      ...(draft.noticeId ? { noticeId: draft.noticeId } : {}),
      ...(draft.anomalyKind ? { anomalyKind: draft.anomalyKind } : {}),
      createdAt: now,
    },
    destination,
    { replacesChase: draft.chaseReplaced === true },
  );
  const amended = draft.recorded;
  const returned = await goingBackToSender(services, number);
  // Kept for one more message: "also after 6pm?" adds to what was just asked.
  turn.data.deliveryChange = { ...draft, asked: undefined, recorded: true, misses: 0, callWanted: undefined };
  // The message right after may correct the address just taken down (one turn).
  turn.data.addressTaken = kind === 'change_address' && draft.details.address ? number : undefined;
  await linkParcel(turn, number, 'proved');
  const recorded = say(turn, saidAs ?? (amended ? 'change.amended' : 'change.recorded'), {
    number,
    what: describeRequest(services.replies, turn.locale, request, spokenRegister(turn)),
    // (What `saidAs` says besides, or instead: a contact named by its last digits — request-contact.ts.)
    ...saidWith,
  });
  // A change only a supervisor may confirm takes longer: the customer hears so now, not after a silence. A parcel
  // on its way back to the sender goes out again only if the sender does not have it yet: said, with what else to do.
  // "算了，不改地址了，放网点吧": the request of another kind it replaced is withdrawn, said plainly.
  const replaced = amended ? undefined : await replacedBy(turn, request);
  // "另外能不能hold在station" after a chase: the chase stays beside the hold, said so (blind batch 23: 15.4).
  const stands = amended ? undefined : await otherRequestStands(turn, request);
  const notes = [
    replaced ?? '',
    stands ?? '',
    // What a return costs and who pays it: the market's rule (its entry on stopping a shipment on its way).
    kind === 'return_to_sender' ? (ruleOn(turn, 'cancel') ?? '') : '',
    fallback ? `${say(turn, 'change.returnFallback')}\n${ruleOn(turn, 'cancel') ?? ''}`.trim() : '',
    request.supervisor ? say(turn, 'change.needsApproval') : '',
    returned ? returnedNote(turn, number) : '',
    // "还是送我家吧，我让物业代收": who may take it in there, said back (the team reads it in the words).
    // (The building's desk named is in the request said back already.)
    kind === 'redeliver' && !draft.details.leaveWith && draft.words.some(leftWithProperty)
      ? say(turn, 'change.leftWithProperty')
      : '',
    // A call asked for without a number: another number is welcome; with none on the waybill, one is asked for.
    callAsked ? say(turn, callAsked.phone ? 'change.callOtherNumber' : 'change.callWhichNumber') : '',
    // A chase: who acts on it and by when.
    kind === 'expedite' && !amended ? await chaseNextNote(turn, number) : '',
  ].filter(Boolean);
  if (callAsked) turn.data.callNumberAsked = number;
  // "…and what are the outlet's hours on Saturday?" asked with the hold: answered beside it.
  const unanswered = amended ? [turn.text] : [...draft.words, turn.text];
  const hours = await heldOutletHours(turn, request, number, unanswered.join('\n'));
  // "…hold it at the station? how many days is free?": what the change costs, from the parcel's market's fee table.
  // (Said again when it was said while the digits were asked for: the confirmation holds what the change costs.)
  const costLookup = unanswered.some(asksCostQuestion) ? await lookUpParcel(services, number) : undefined;
  const price = costLookup?.kind === 'found' ? await changeCostLine(turn, costLookup.shipment, request) : undefined;
  // "…and do I need ID to pick it up?": the market's rule on what the collector shows.
  const bring = await heldBringLine(turn, request, number, unanswered.join('\n'));
  const told =
    [recorded, ...notes].join(' ') +
    (hours ? `\n${hours}` : '') +
    (price ? `\n${price}` : '') +
    (bring ? `\n${bring}` : '');
  // "A parcel locker", "7-11": which one is asked, so that "the one downstairs" has a question to answer.
  await reply(turn, placeUnnamed(request) ? `${told}\n${say(turn, 'change.whichPlace')}` : told);
}

/**
 * The number the courier calls first when the customer asked for a call without giving one: the recipient's on the
 * waybill (the customer proved their link to the parcel before any change is recorded); none when it has none.
 */
async function waybillCall(turn: Turn, number: string): Promise<{ phone?: string }> {
  const lookup = await lookUpParcel(turn.services, number);
  const phone = lookup.kind === 'found' ? lookup.shipment.recipient.phone : undefined;
  return phone ? { phone } : {};
}

/**
 * The message after a request was recorded, read against it: which locker or store ("the one at the gate"),
 * another kind of change instead ("actually no, put it in a locker"). Undefined when the message is about
 * something else (a question about the request is answered from the stored request: change-questions.ts).
 */
async function answerOnRecorded(turn: Turn, draft: DeliveryChangeDraft): Promise<'continued' | undefined> {
  const { text, reading } = turn;
  const number = draft.trackingNumber as string;
  const instead = deliveryChangeKind(text, reading);
  if (instead && instead !== draft.kind && asksToChangeDelivery(text, reading)) {
    turn.data.deliveryChange = { trackingNumber: number, details: {}, words: [...draft.words] };
    await handleDeliveryChange(turn);
    return 'continued';
  }
  const which = draft.kind === 'hold' ? whichPlace(text, draft.details) : undefined;
  if (which) {
    const next: DeliveryChangeDraft = {
      ...draft,
      details: { ...draft.details, placeName: placeLabel(turn, draft.details, which) },
      words: [...draft.words, text.trim()],
    };
    noteOutcome(turn.context, 'answered');
    const lookup = await lookUpParcel(turn.services, number);
    await record(turn, next, 'hold', number, lookup.kind === 'found' ? lookup.shipment : undefined);
    return 'continued';
  }
  return undefined;
}

/** The place a hold waits at, named: "7-11 (the one below her flat)", "a parcel locker (the one at the gate)". */
function placeLabel(turn: Turn, details: DeliveryChangeDetails, which: string): string {
  const kind = details.placeName ?? say(turn, `change.place.${details.place ?? 'outlet'}` as ReplyKey);
  return turn.locale === 'en' ? `${kind} (${which})` : `${kind}（${which}）`;
}

// A time told of what already happened: "came at 9pm last night", "昨晚九点来的", "琴晚九點先嚟".
const PAST_TOLD =
  /\b(last night|yesterday|the other day)\b|\b(came|showed up|turned up|arrived|rang|called|knocked)\b[^.?!,]{0,12}\b(at|around|about)\b|昨晚|昨天|昨日|前晚|前天|琴晚|尋晚|噚晚|寻晚|琴日|尋日|噚日|寻日/i;

/**
 * The message after a request was recorded: more for it ("also after 6pm?") records it again with everything
 * asked for (the new request is complete in itself); anything else is handled as usual.
 */
async function addToRecorded(turn: Turn, draft: DeliveryChangeDraft): Promise<'continued' | 'dropped'> {
  turn.data.deliveryChange = undefined;
  // "actually never mind, deliver it as normal, cancel the hold": taken back, not said to stand nor read as which
  // place (change-questions.ts withdraws it) — unless another kind of change is asked for instead.
  const other = deliveryChangeKind(turn.text, turn.reading);
  if (takesChangeBack(turn.text, true) && (!other || other === draft.kind || deliveredAsPlanned(turn, other)))
    return 'dropped';
  // "Will it still come tomorrow?" asks about the request (change-questions.ts); it names no new day.
  // ("改好了吗？明天能送到吗": whether it is done, and when it comes — no day added to the request: batch 22 14.5.)
  const about = askedAbout(turn.text);
  if (about === 'coming' || (about === 'done' && arrivalAsked(turn.text))) return 'dropped';
  // ("why was it returned in the first place? nobody contacted me": why, of the parcel — its record answers, not the
  // request's standing; blind batch 52b: 05.3.)
  if (parcelQuestionIn(turn.text) === 'why') return 'dropped';
  // ("交给保安那个弄了没有", "did you set up the guard thing?" right after: whether it was done — the request as it stands,
  // never recorded again; blind batch 31: 12.7.)
  if (
    about === 'done' &&
    !addsTo(turn, draft) &&
    draft.trackingNumber &&
    (await toldStanding(turn, draft.trackingNumber))
  )
    return 'continued';
  // "送到前先打個電話給我" names no address nor number: the call goes on the request (call-first.ts).
  if (wantsCallFirst(turn.text) && turn.reading.entities.phones.length === 0) return 'dropped';
  // "交给楼下保安就行": the building's desk goes on the request (building-desk.ts).
  if (buildingDeskIn(turn.text)) return 'dropped';
  const { entities } = turn.reading;
  if (!draft.kind || !draft.trackingNumber || entities.trackingNumbers.some((t) => t.number !== draft.trackingNumber))
    return 'dropped';
  // "Actually hold it at the outlet, what are the hours on Saturday?" after a new day was asked: a hold is a change
  // of its own — the day beside it belongs to the question, never a delivery day added to the earlier request.
  const holdInstead = draft.kind !== 'hold' && deliveryChangeKind(turn.text, turn.reading) === 'hold';
  const dayAsked = asksDayInsteadOfChase(turn, draft);
  if ((holdInstead && (asksToChangeDelivery(turn.text, turn.reading) || SETTLES_ON.test(turn.text))) || dayAsked) {
    turn.data.deliveryChange = {
      trackingNumber: draft.trackingNumber,
      details: {},
      words: [...draft.words],
      ...(dayAsked ? { chaseReplaced: true } : {}),
    };
    await handleDeliveryChange(turn);
    return 'continued';
  }
  // "係邊間門市？" asks where it waits; it names no place to add.
  const more =
    askedAbout(turn.text) === 'where' ? {} : readDeliveryChange(turn.text, turn.reading, { kind: draft.kind }).details;
  // "那可以先打電話給我嗎 0912345678": a call before delivery goes on the request (another number replaces the first).
  const call = callFirstIn(turn.text, turn.reading.entities.phones);
  const called = call !== undefined && call !== draft.details.callFirst;
  // "上午来的那个快递员态度很差" right after: in a complaint a time of day is when it happened, not a slot for the request
  // (the review of session 27's fixes); a place it names still says which one ("就我们楼下那个" reads as a complaint).
  const { intent, confidence } = turn.reading;
  const grievanceTold = intent === 'complaint' && confidence >= 0.9 && !REQUEST_FORM.test(turn.text);
  // ("No, the courier came at 9pm last night and I said I wanted mornings": when the courier came is what happened, and
  // the slot wanted is the one on the request — no "21:00 to 12:00" made of the two; review 31.)
  const pastTold = PAST_TOLD.test(turn.text) && !REQUEST_FORM.test(turn.text);
  if (pastTold || (grievanceTold && !asksToChangeDelivery(turn.text, turn.reading))) {
    delete more.date;
    delete more.after;
    delete more.before;
  }
  // "还有里面是降压药，别压坏了" said with the request again: the care asked for joins the note already on it.
  const wish = courierWishIn(turn.text);
  if (wish && !(draft.details.courierNote ?? '').includes(wish))
    more.courierNote = joinedNote(draft.details.courierNote, wish);
  const wider = sameSlotSaidWider(draft.details, more);
  if (wider) {
    delete more.after;
    delete more.before;
  }
  const keys = Object.keys(more) as (keyof DeliveryChangeDetails)[];
  const added = keys.filter((k) => more[k] && !draft.details[k]);
  // "Actually send it to <another address>": the same kind of change with another detail replaces the request.
  const replaced = keys.some((k) => more[k] && draft.details[k] && more[k] !== draft.details[k]);
  // "係星期六上晝10點至12點" after "星期六上晝": a correction of the same request, said plainly, not asked about.
  const instead =
    added.length === 0 &&
    replaced &&
    (asksForDeliveryChange(turn.text, turn.reading.intent) || !asksQuestion(turn.text));
  // "对 就后天", "就是快点送到就行" right after it was taken down: the same request said again — it stands, said so
  // (never read as a complaint, nor a question for an address: blind-14 06.4, 05.8).
  // (A question about it — its cost, where, whether it still comes — is answered as one, below.)
  const asks = asksQuestion(turn.text) || asksCostQuestion(turn.text) || askedAbout(turn.text) !== undefined;
  // ("你们能不能帮我催一下", "可以幫我催一下嗎？" right after the chase was recorded: that chase asked again, asked as a
  // question — it stands, said so, never a second one nor "tell me if you want it chased": blind batch 22 13.5, 24.4.)
  const chaseAgain = draft.kind === 'expedite' && keys.length === 0 && takesChaseOffered(turn.text);
  const sameAgain =
    chaseAgain ||
    (!asks && (wider || keys.length > 0 ? !replaced : deliveryChangeKind(turn.text, turn.reading) === draft.kind));
  // (The very message that made it, delivered again, is a retried turn: recorded again as before, idempotently.)
  const retried = draft.words.at(-1) === turn.text.trim();
  if (added.length === 0 && !instead && !called) {
    const answered = await answerOnRecorded(turn, draft);
    if (answered) return answered;
    if (sameAgain && !retried && (await toldStanding(turn, draft.trackingNumber))) return 'continued';
    return 'dropped';
  }
  // "skip the locker, keep it at your depot": another place, so the name of the one turned down goes with it.
  const { placeName: _turnedDown, ...unnamed } = draft.details;
  const base = more.place && more.place !== draft.details.place ? unnamed : draft.details;
  const details = instead ? { ...base, ...more } : merge(base, more);
  const next: DeliveryChangeDraft = {
    ...draft,
    details: called ? { ...details, callFirst: call, callFirstOnWaybill: undefined } : details,
    words: [...draft.words, turn.text.trim()],
  };
  turn.data.deliveryChange = next;
  noteOutcome(turn.context, 'answered');
  const lookup = await lookUpParcel(turn.services, draft.trackingNumber);
  // ("不对 我要的是后天 25号": another day for the same request is a correction, said as one — not "added".)
  const redated =
    instead && more.date !== undefined && draft.details.date !== undefined && more.date !== draft.details.date;
  const shipment = lookup.kind === 'found' ? lookup.shipment : undefined;
  await record(turn, next, draft.kind, draft.trackingNumber, shipment, redated ? 'change.redated' : undefined);
  return 'continued';
}

/**
 * "可唔可以改星期六送 平日我唔喺屋企", "can it come on saturday instead" right after a speed-up was recorded: delivery on
 * that day is asked for, replacing the chase — never a day to hurry it by (blind batch 38b: 13.4–13.5). "will it get
 * here by saturday?" only asks.
 */
function asksDayInsteadOfChase(turn: Turn, draft: DeliveryChangeDraft): boolean {
  if (draft.kind !== 'expedite' || deliveryChangeKind(turn.text, turn.reading) !== 'redeliver') return false;
  if (readDeliveryChange(turn.text, turn.reading).details.date === undefined) return false;
  return asksToChangeDelivery(turn.text, turn.reading) || !asksQuestion(turn.text);
}

/** The message names a detail the request does not hold yet (another desk, day, time, place or address). */
function addsTo(turn: Turn, draft: DeliveryChangeDraft): boolean {
  const desk = buildingDeskIn(turn.text);
  if (desk && desk !== draft.details.leaveWith) return true;
  const more = readDeliveryChange(turn.text, turn.reading, draft.kind ? { kind: draft.kind } : {}).details;
  return (Object.keys(more) as (keyof DeliveryChangeDetails)[]).some((k) => more[k] && more[k] !== draft.details[k]);
}

/**
 * What the bot still needs, said when the customer closes or moves on with a request not yet recorded. A new
 * request that has not said what it wants yet, on a parcel whose request the customer made a moment ago, is no
 * change at all: that request is what they hear about ("謝謝你" after "先打電話給我" was taken as a new one).
 */
async function tellNotRecorded(turn: Turn, draft: DeliveryChangeDraft): Promise<void> {
  const number = draft.trackingNumber ?? '';
  if (!draft.kind && number && (await toldStanding(turn, number))) return;
  turn.data.offeredHuman = true;
  if (draft.asked === 'last4' && number) turn.data.verifyTracking = number;
  const need = say(turn, `change.need.${draft.asked ?? 'kind'}` as ReplyKey);
  // A request of theirs already with the team is never "nothing has been changed": it stands, the new one waits.
  const standing = number ? await standingRequest(turn, number) : undefined;
  const what = standing && describeRequest(turn.services.replies, turn.locale, standing);
  await reply(
    turn,
    what
      ? say(turn, 'change.notRecordedStanding', { number, what, need })
      : say(turn, 'change.notRecorded', { number, need }),
    [{ title: say(turn, 'choice.human'), value: say(turn, 'choice.human') }],
  );
}

/** The customer's own latest request on the parcel while it waits or was confirmed. */
async function standingRequest(turn: Turn, number: string): Promise<DeliveryChangeRequest | undefined> {
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const request = requests.find((r) => r.customerId === turn.customer.id);
  return request && (request.status === 'requested' || request.status === 'confirmed') ? request : undefined;
}

// "If the afternoon is no good…", "要是下午赶不回来", "萬一…", "如果下晝唔得": another option asked about for when the
// request does not work out — a question, not a new request.
const IF_NOT_EN =
  /\b(if|in case)\b[^.?!,]{0,40}\b(not|no good|doesn'?t|don'?t|can'?t|cannot|won'?t|isn'?t|aren'?t|busy|out|away|miss(ed)?|fails?|late)\b|\b(otherwise|failing that|if not)\b/i;
const IF_NOT_ZH =
  /(如果|要是|假如|假使|若果|若是)[^，。,.!?！？]{0,15}(不|唔|冇|没|沒)|万一|萬一|(不行|唔得|不方便|唔方便|没空|沒空|冇人|没人|沒人)(的话|的話|嘅話|嘅话)|否则|否則|不然|唔係嘅話/;
const MAY_I =
  /\?|？|\b(can|could|may|is it possible)\b|能不能|可不可以|可唔可以|得唔得|可以[吗嗎]|行不行|得[唔不]得|可否|好唔好|[吗嗎呢㗎]/i;

/**
 * "If that time is no good, could I collect it from the station?" about the customer's waiting request: the other
 * option is possible, and the request stands as it is until they choose it — nothing is changed by the question.
 * @returns false when the message asks no such thing or there is no such request.
 */
export async function answerConditionalChange(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  const number = turn.data.lastTracking;
  if (!number || !(IF_NOT_EN.test(text) || IF_NOT_ZH.test(text)) || !MAY_I.test(text)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const read = readDeliveryChange(text, reading, {});
  if (!read.kind) return false;
  const request = await standingRequest(turn, number);
  if (!request) return false;
  // ("如果公司也沒人簽收，可以放管理室嗎": the building's desk when nobody is in is a wish for this very delivery — it goes
  // on the request (building-desk.ts), never an option offered instead; blind batch 31: 21.4.)
  if (request.kind !== 'hold' && buildingDeskIn(text)) return false;
  const samePlace = read.kind !== 'hold' || (read.details.place ?? 'outlet') === (request.details.place ?? 'outlet');
  if (read.kind === request.kind && samePlace) return false;
  turn.data.deliveryChange = undefined;
  noteOutcome(turn.context, 'answered');
  const details = read.kind === 'hold' ? { place: 'outlet' as const, ...read.details } : read.details;
  const { replies } = turn.services;
  // The sentence is Cantonese for a Hong Kong customer: so are the requests named in it.
  const register = turn.data.cantonese ? 'yue' : undefined;
  await reply(
    turn,
    say(turn, 'change.conditional', {
      number,
      what: describeRequest(replies, turn.locale, request, register),
      alternative: describeRequest(replies, turn.locale, { kind: read.kind, details }, register),
    }),
  );
  return true;
}

/** The customer's own request on the parcel as it stands (waiting or confirmed), said instead of "nothing changed". */
async function toldStanding(turn: Turn, number: string): Promise<boolean> {
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request || (request.status !== 'requested' && request.status !== 'confirmed')) return false;
  turn.data.deliveryChange = undefined;
  turn.data.offeredHuman = undefined;
  const what = describeRequest(turn.services.replies, turn.locale, request, spokenRegister(turn));
  const lines = [say(turn, `change.status.${request.status}`, { number, what })];
  if (request.status === 'requested') lines.push(say(turn, 'change.status.done'));
  await reply(turn, lines.join('\n'));
  return true;
}

/**
 * A message while a request is being taken down: `continue` when it carries the request on (an answer to the
 * question, a cancel), `dropped` when the customer moved on to something else (it is handled as usual).
 */
export async function continueDeliveryChange(turn: Turn): Promise<'continued' | 'dropped'> {
  const draft = turn.data.deliveryChange;
  if (!draft) return 'dropped';
  if (draft.recorded) return addToRecorded(turn, draft);
  // ("Never mind, keep the original address" while the new one is asked: nothing changes.)
  // ("取消！我冇投訴呀。我淨係想速遞員送上七樓，送之前打俾我": what is called off is a complaint never made — the wish
  // said again in the same breath carries the request on; blind 27: 29.5.)
  // ("cancel that, don't call, just leave it at the door", "算了取消吧，不用打电话了": a call turned down is no wish said
  // again — the cancel stands; review 31.)
  const restated = wantsCallFirst(turn.text) || (courierWishIn(turn.text) !== undefined && !refusesCall(turn.text));
  if ((isCancel(turn.text) && !restated) || takesChangeBack(turn.text, false)) {
    turn.data.deliveryChange = undefined;
    noteOutcome(turn.context, 'cancelled');
    await reply(turn, say(turn, 'change.cancelled', { number: draft.trackingNumber ?? '' }));
    return 'continued';
  }
  // "得了 不想聊了", "gotta go" while it is taken down: nothing was sent, and how to come back (batch 20 P4: 19.6).
  if (saysGoodbye(turn.text)) {
    turn.data.deliveryChange = undefined;
    noteOutcome(turn.context, 'cancelled');
    await reply(turn, say(turn, 'change.leftNotSent', { number: draft.trackingNumber ?? '' }));
    return 'continued';
  }
  // "fine file a complaint then. im the receiver my number ends 7777" while the chase waits for its digits: the
  // complaint asked for outright goes first, the change let go (the rescore of blind batch 18: 01.5).
  if (FILES_COMPLAINT.test(turn.text)) {
    turn.data.deliveryChange = undefined;
    return 'dropped';
  }
  // "工单号再发我一下" with a complaint filed in this chat: the ticket's number — never the change's reminder in its
  // place (blind batch 39a: 07.6). The request waits as it was.
  // (A change named with it — "工单号不用再发我了 周六送吧" — is the request's answer.)
  const ticketNumberOnly =
    asksTicketNumber(turn.text) && deliveryChangeKind(turn.text, turn.reading) === undefined && !namesDay(turn.reading);
  if (turn.conversation.ticketId && ticketNumberOnly) return 'dropped';
  // ("要是不行的话，放我们小区门口那个菜鸟驿站也可以的" while the digits are asked: where to leave it if the day cannot be
  // kept, on the request — then the question again.)
  // (What is still asked says the request back with it: no line of its own.)
  if (await addFallbackToDraft(turn, draft)) {
    await carryOn(turn, draft, true);
    return 'continued';
  }
  const { intent, confidence, entities } = turn.reading;
  const otherParcel = entities.trackingNumbers.some((t) => t.number !== draft.trackingNumber);
  const newTopic = ['track', 'complaint', 'ticket_status', 'human', 'greeting', 'thanks'].includes(intent);
  const answers = readDeliveryChange(turn.text, turn.reading, {
    ...(draft.kind ? { kind: draft.kind } : {}),
    askedAddress: draft.asked === 'address',
    askedLabel: draft.asked === 'label',
  });
  // A question about the courier ("where's the nearest service point?", "does redirecting cost anything?") is
  // answered, and the request goes on from where it was; a question is no answer to the request by itself.
  // An address given when the address is asked ("苏州市工业园区星湖街328号") answers it, however much it reads like
  // a question about an outlet there: only one that asks something is a question.
  // ("那你们镇上那个点几点关门 我下班都七点了" at the address step: a question with no address in it — 50b: 09.3.)
  // ("送到离我最近的驿站" is where to take it, no question — a review of session 49.)
  const plainQuestion =
    intent.startsWith('faq.') &&
    confidence >= 0.95 &&
    !/\d/.test(turn.text) &&
    !usableAddress(turn.text) &&
    QUESTION_WORDS.test(turn.text) &&
    !TAKE_IT_TO.test(turn.text);
  const readsAsQuestion = draft.asked !== 'address' || asksQuestion(turn.text) || plainQuestion;
  const faq =
    faqAsked(turn.text) ??
    (intent.startsWith('faq.') && confidence >= 0.8 && readsAsQuestion ? (intent as FaqIntent) : undefined);
  const request = !faq || asksForDeliveryChange(turn.text, faq);
  const saysSomething =
    request &&
    (Boolean(answers.kind && !draft.kind) ||
      Object.keys(answers.details).length > 0 ||
      callFirstIn(turn.text, turn.reading.entities.phones) !== undefined ||
      // ("no I'm not complaining, I just want him to call me first": the call asked for again, the request it is.)
      (draft.kind === 'call_first' && (wantsCallFirst(turn.text) || courierWishIn(turn.text) !== undefined)) ||
      // ("I live at 8 Pottinger St these days" where what to do is asked: an address, asked back — no new topic.)
      (!draft.kind && addressTyped(turn.text, undefined) !== undefined) ||
      switchedKind(turn, draft) !== undefined);
  // "Does it cost anything?" while the request is taken down: its price, then the question it waits on again.
  // ("改期使唔使加錢？" names the change it asks the price of; it does not ask for it yet.)
  const namesOnlyKind = Boolean(answers.kind && !draft.kind) && Object.keys(answers.details).length === 0;
  const priced = !saysSomething || (namesOnlyKind && asksCostQuestion(turn.text));
  if (priced && !otherParcel && (await answeredCostOfDraft(turn, draft, answers.kind))) return 'continued';
  // "How long?", "when will someone answer?" before it is recorded: nothing is with the station yet, and why.
  // (Where an outlet is, is a question for the FAQ below.)
  // ("可以吗？", "is that done?" while something is still missing: it is not done yet, and what it waits for.)
  const about = askedAbout(turn.text) ?? (checksOnIt(turn.text) ? 'done' : undefined);
  const progress = (about === 'where' ? undefined : about) ?? (intent === 'ticket_status' ? 'when' : undefined);
  if (!saysSomething && !otherParcel && draft.asked && draft.asked !== 'parcel' && progress && progress !== 'cost') {
    noteOutcome(turn.context, 'answered');
    // "如果送唔到會點？", "what if nobody's in?": the courier's rule on a failed delivery first (blind 27: 29.4).
    const away =
      progress === 'away' && draft.trackingNumber ? await failedDeliveryRule(turn, draft.trackingNumber) : '';
    if (away) await reply(turn, away);
    await tellNotRecorded(turn, draft);
    return 'continued';
  }
  // "I already gave you my number!! 4567" while another detail is asked: the proof is had; the question again.
  if (!saysSomething && draft.asked && draft.asked !== 'last4' && (await provedAgain(turn, draft))) {
    await reply(turn, say(turn, 'change.alreadyProved'));
    await carryOn(turn, draft);
    return 'continued';
  }
  // ("或者放佢附近嘅驛站都得" names the place it settles on; it asks for no list of outlets — blind-14 18.3.)
  if (faq && draft.asked && draft.asked !== 'parcel' && !otherParcel && (!saysSomething || asksQuestion(turn.text))) {
    await handleFaq(turn, faq);
    if (!saysSomething) {
      await (draft.asked === 'last4' && draft.trackingNumber
        ? ask(turn, draft, 'last4', say(turn, 'change.askLast4', { number: draft.trackingNumber }))
        : carryOn(turn, draft));
      return 'continued';
    }
  }
  // "Yes" to a person: they take the request as the customer put it (the hand-off ticket carries the words).
  if (turn.data.offeredHuman && isYes(turn.text) && !saysSomething) {
    turn.data.deliveryChange = undefined;
    turn.data.unclear = [...(turn.data.unclear ?? []), ...draft.words];
    return 'dropped';
  }
  // "好的谢谢" with the request still open: the customer hears that nothing has changed yet, and what is missing.
  if (!saysSomething && (intent === 'thanks' || saysThanks(turn.text)) && draft.asked && !otherParcel) {
    noteOutcome(turn.context, 'unanswered');
    await tellNotRecorded(turn, draft);
    return 'continued';
  }
  // "It ends in 44 4" where the digits were asked for: no new topic, but digits that could not be read — said so,
  // and asked again (never a complaint opened, nor the request dropped).
  const number = draft.trackingNumber;
  if (draft.asked === 'last4' && number && !saysSomething && !otherParcel && triesDigits(turn.text)) {
    await ask(turn, draft, 'last4', `${say(turn, 'last4NotRead')} ${say(turn, 'change.askLast4', { number })}`);
    turn.data.verifyTracking = number;
    return 'continued';
  }
  // Asked which parcel, the customer names none and goes on to something else ("寄3公斤到高雄多少錢", "可以轉真人嗎",
  // "can I send my cat?" answered by a question): nothing was taken down yet, so the request is let go and the message
  // handled as usual — never the same "which parcel?" again and again (blind batch 18: 25, 29; both conv24a and the
  // lead wrote this guard: one kept).
  const namesParcel = entities.trackingNumbers.length > 0 || entities.invalidTracking.length > 0;
  if (draft.asked === 'parcel' && !namesParcel && !saysSomething && (newTopic || faq || asksQuestion(turn.text))) {
    turn.data.deliveryChange = undefined;
    return 'dropped';
  }
  // "no I meant the SF one!! SF…": the request was taken down for the wrong parcel — it goes on for the one meant.
  if (otherParcel && meansOtherParcel(turn.text)) {
    draft.asked = undefined;
    draft.misses = 0;
    await handleDeliveryChange(turn);
    return 'continued';
  }
  if ((newTopic || otherParcel) && !saysSomething && draft.asked !== 'parcel') {
    turn.data.deliveryChange = undefined;
    // Something was asked for and is not done: said once, before the new question is answered.
    if (draft.kind && draft.trackingNumber)
      await reply(turn, say(turn, 'change.dropped', { number: draft.trackingNumber }));
    return 'dropped';
  }
  await handleDeliveryChange(turn);
  return 'continued';
}

/** The market's rule on a delivery nobody is in for (another try, then held for collection), for the parcel. */
async function failedDeliveryRule(turn: Turn, number: string): Promise<string> {
  const lookup = await lookUpParcel(turn.services, number);
  return ruleOn(turn, 'nobodyHome', lookup.kind === 'found' ? lookup : undefined) ?? '';
}

/** The price of the change being taken down, from the parcel's fee table, before the open question is asked again. */
async function answeredCostOfDraft(
  turn: Turn,
  draft: DeliveryChangeDraft,
  named: DeliveryChangeKind | undefined,
): Promise<boolean> {
  const number = draft.trackingNumber;
  const kind = draft.kind ?? named;
  if (!kind || !number || !draft.asked || draft.asked === 'last4' || !asksCostQuestion(turn.text)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return false;
  const line = await changeCostLine(turn, lookup.shipment, { kind, details: draft.kind ? draft.details : {} });
  if (!line) return false;
  await reply(turn, line);
  await carryOn(turn, draft);
  return true;
}

/** The message gives digits that prove the draft's parcel, already proved (the customer repeats themselves). */
async function provedAgain(turn: Turn, draft: DeliveryChangeDraft): Promise<boolean> {
  const number = draft.trackingNumber;
  const digits = /(?<!\d)(\d{4})(?!\d)/.exec(turn.text)?.[1];
  if (!number || !digits || !turn.data.verified.includes(number)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  return lookup.kind === 'found' && provesLink(lookup.shipment, { last4: digits });
}

// "actually", "instead", "其實", "還是", "不如", "好啲", "I'll pick it up myself": the customer settles on another option.
const SETTLES_ON =
  /\bactually\b|\binstead\b|\brather\b|\bbetter\b|\bprefer\b|\bi'?ll\b|\bi will\b|\blet me\b|\bmyself\b|其实|其實|还是|還是|不如|算了|算啦|好啲|好一点|好一點|比较好|比較好|自己(去|来|來|嚟|拿|取|攞)|亲自|親自|改(成|为|為|做)/i;

/**
 * Another option for the customer's own waiting request, said later in the conversation ("其實我自己去你哋門市攞好啲"
 * after a locker, "actually a locker is better" after a redelivery): a new request that replaces it — the parcel
 * was proved when the first was made — never a complaint or a question about outlets.
 * @returns false when the message settles on nothing new, or there is no such request.
 */
export async function switchedRequest(turn: Turn): Promise<boolean> {
  const number = turn.data.lastTracking;
  if (!number || !SETTLES_ON.test(turn.text) || askedAbout(turn.text) || asksQuestion(turn.text)) return false;
  if (turn.reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const read = readDeliveryChange(turn.text, turn.reading, {});
  if (!read.kind || (takesChangeBack(turn.text, true) && deliveredAsPlanned(turn, read.kind))) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request || request.status !== 'requested') return false;
  const other = read.kind !== request.kind || (read.details.place && read.details.place !== request.details.place);
  if (!other) return false;
  turn.data.deliveryChange = { trackingNumber: number, details: {}, words: [] };
  await handleDeliveryChange(turn);
  return true;
}

/**
 * "算了 还是正常送到家吧", "just deliver it to my home as normal": "送到家" read as an address change names no address —
 * the delivery as planned, which takes a waiting request back, never a new request nor the name of a hold's place.
 */
function deliveredAsPlanned(turn: Turn, kind: DeliveryChangeDraft['kind']): boolean {
  return kind === 'change_address' && !usableAddress(newAddress(turn.text, false) ?? '');
}
