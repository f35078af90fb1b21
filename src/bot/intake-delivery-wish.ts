import { asksArrivalBy } from './intake-change';
import { localDay } from '../tickets/local-time';
import type { DeliveryChangeDetails, DeliveryChangeKind } from '../tracking';
import { callWishIn } from './call-words';
import { REQUEST_FORM } from './context-reading';
import { courierWishIn, joinedNote } from './courier-wish';
import { proved } from './delivery-change-turn';
import { callFirstIn, readDeliveryChange, wantsCallFirst } from './delivery-change-reading';
import { clausesOf } from './message-cues';
import { describeRequest } from './delivery-change-words';
import { settle } from './intake-change';
import { arrivalAnswer } from './intake-questions';
import {
  ANSWERED_ASIDE,
  CONTACT_PROMPT,
  DEMAND_PROMPT,
  STEP_ANSWERED,
  TEXT_PROMPT,
  TRACKING_PROMPT,
  type IntakePosition,
  type PendingChange,
} from './intake-state';
import { statedDemands } from './intake-volunteered';
import { lookUpParcel } from './parcel-answer';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * A wish for the delivery said in the middle of a complaint about a parcel still on its way (issue #17, blind 27:
 * 07.2–07.3): "I want it brought to my door, 6th floor", "tomorrow after 2pm works", "明天下午两点以后送都可以",
 * "聽日下晝兩點後得閒" — a change request beside the complaint (its note for the courier, its day and time), taken
 * down as the customer says it however the words are put, never added to the account of what went wrong. "When's the
 * next try?" asked with it is answered from the parcel's record. The intake goes on where it was.
 */

// "when's the next try?", "when will they try again", "next delivery attempt", "下次什么时候送", "幾時再派", "再送係幾時".
const NEXT_TRY =
  /\bnext (try|attempt|delivery|round)\b|\b(try|attempt|come|deliver(ing)?|bring(ing)?)\b[^.?!]{0,20}\bagain\b[^.?!]{0,10}\?|\bwhen\b[^.?!]{0,30}\b(try|attempt|come|deliver|bring)\w*\b[^.?!]{0,15}\bagain\b|下(一)?次[^，。,.]{0,6}(什么时候|什麼時候|几时|幾時|哪天|邊日|幾點|几点)|(什么时候|什麼時候|几时|幾時|哪天|邊日)[^，。,.]{0,4}再(送|派|嚟|来|來)|再(送|派)[^，。,.]{0,3}(是|係)?(什么时候|什麼時候|几时|幾時|哪天|邊日)/i;

// A time offered as good for the delivery: "works", "is fine", "I'm home", "可以", "方便", "有人在", "得閒", "得".
const SUITS =
  /\b(works?|work for (me|us)|is fine|fine|ok(ay)?|is good|suits? (me|us)|i'?m (home|in|free|around|available)|someone'?s (home|in))\b|可以|都行|也行|就行|方便|有人(在)?|在家|喺屋企|得閒|得闲|得(啦|喇|㗎)?\s*[。.!！]*$/i;

// The delivery named by its words: "deliver", "come", "try", "送", "派", "上门", "嚟".
const DELIVERY_WORDS =
  /\b(deliver\w*|bring|brought|come|coming|try|drop(ped)? (it )?off|redeliver\w*)\b|送|派|上门|上門|嚟|来送|來送/i;

/**
 * What the message wishes of the delivery: a note for the courier, a future day and time, a call before the courier
 * comes ("可以請司機送來之前先打給我嗎", blind batch 31: 23.4 — the call was lost at the remedy question), if any.
 */
// Called with news: "有消息的話打給我", "有结果通知我", "call me when you hear something", "let me know if you find it".
const NEWS_CALL =
  /有(消息|結果|结果|进展|進展|下文|新消息)[^，。,.!?！？]{0,4}(打|通知|告訴|告诉|聯絡|联系|話|话)(給|给|俾|畀)?我|\b(call|text|ring|phone|email) me (when|if|once) (you|there|it)\b|\blet me know (when|if|once)\b/i;

function wishIn(
  turn: Turn,
): { note?: string; callWords?: string; call?: true; details: DeliveryChangeDetails } | undefined {
  const { text, reading, services } = turn;
  // ("你們有消息的話打給我好嗎 不要打他": who to call with news of the complaint — its contact, no word for the courier;
  // blind batch 49a: 12.5 left "不要打他" as a note on a delivery change.)
  if (NEWS_CALL.test(text)) return undefined;
  // Another kind of change named ("send it to … instead", "hold it at the station"): intake-change.ts takes it.
  const named = readDeliveryChange(text, reading).kind;
  if (named && named !== 'redeliver' && named !== 'call_first') return undefined;
  // ("以后送之前先给我打个电话", "have the courier ring me first" with no number: the call's own words.)
  const callWords =
    reading.entities.phones.length === 0 && wantsCallFirst(text)
      ? clausesOf(text)
          .filter((c) => wantsCallFirst(c))
          .map((c) => c.replace(/^(?:(?:and|then|also|plus)\s+|然后|然後|同埋|仲有|另外|还有|還有)/i, ''))
          .join(text.match(/[\u3400-\u9fff]/) ? '，' : ', ') || text.trim()
      : undefined;
  const note = courierWishIn(text);
  const details: DeliveryChangeDetails = {};
  // "please call me after 6pm" asks when to be phoned about the complaint, not when the parcel comes.
  const callOnly = callWishIn(text).call === true && !DELIVERY_WORDS.test(text);
  // "he came at 2pm and left" tells what happened: a time is a wish only offered as good or asked for.
  const told = reading.intent === 'complaint' && reading.confidence >= 0.9 && !REQUEST_FORM.test(text);
  // ("will it actually get here before saturday?" asks whether it comes in time: no day wished — blind batch 49b: 01.2.)
  if (!callOnly && !told && !asksArrivalBy(text)) {
    const window = readDeliveryChange(text, reading, { kind: 'redeliver' }).details;
    const today = localDay(services.clock.now(), services.timeZone);
    const later = window.date !== undefined && window.date > today;
    const offered = SUITS.test(text) || REQUEST_FORM.test(text);
    if (window.date && window.date >= today && (offered || (later && DELIVERY_WORDS.test(text))))
      Object.assign(details, window);
  }
  const call = wantsCallFirst(text);
  if (!note && !details.date && !call) return undefined;
  return { ...(note ? { note } : {}), ...(callWords ? { callWords } : {}), ...(call ? { call } : {}), details };
}

/**
 * A note for the courier in a message, with no change waiting: taken here before intake-change.ts reads the message,
 * which would keep the change and drop the note ("could you get him to carry it up, 4th floor?").
 */
export const wishBeforeChange = (turn: Turn, { state }: IntakePosition): boolean =>
  !state.pendingChange && courierWishIn(turn.text) !== undefined;

/**
 * Takes a delivery wish said in the intake as a change request beside the complaint (see above).
 * @returns how the intake goes on — 'continue' when the message also answers the step (a demand named with it, a
 * contact given with it), 'reprompt' when the step is to be asked again — or undefined when the message holds no
 * such wish.
 */
export async function takeDeliveryWish(
  turn: Turn,
  { prompt, state }: IntakePosition,
): Promise<'continue' | 'reprompt' | undefined> {
  if (prompt === TRACKING_PROMPT) return undefined;
  const number = state.trackingNumbers[0];
  const pending = state.pendingChange;
  // (A change waiting for its place, date or address is carried on by intake-change.ts.)
  if (!number || (pending && pending.need !== 'last4')) return undefined;
  const wish = wishIn(turn);
  if (!wish) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  // A parcel delivered or on its way back has no delivery to change: the wish belongs to the complaint.
  if (lookup.kind !== 'found' || lookup.view.delivered || lookup.view.anomalies.includes('returned')) return undefined;
  if (NEXT_TRY.test(turn.text)) {
    const when = arrivalAnswer(turn, lookup);
    if (when) await reply(turn, when);
  }
  const details: DeliveryChangeDetails = { ...pending?.details, ...wish.details };
  // The call to the number given with it, else the recipient's on the waybill (named by its last 4 digits).
  const given = wish.call ? callFirstIn(turn.text, turn.reading.entities.phones) : undefined;
  const onWaybill = wish.call && !given && !details.callFirst ? lookup.shipment.recipient.phone : undefined;
  if (given) Object.assign(details, { callFirst: given, callFirstOnWaybill: undefined });
  else if (onWaybill) Object.assign(details, { callFirst: onWaybill, callFirstOnWaybill: true });
  // A call kept on the request is that wish, kept once: its words are no note for the courier as well ("备注给快递员：
  // 「…先打电话给我」，派送前先打…的电话" said it twice, issue #17). With no number to call on the waybill, the words go
  // to the courier as a note, so that the wish is not lost. Other wishes ("knock, don't ring") stay notes.
  const callNote = wish.callWords && !details.callFirst ? wish.callWords : undefined;
  const note = callNote && wish.note ? joinedNote(callNote, wish.note) : (callNote ?? wish.note);
  if (note) details.courierNote = joinedNote(pending?.details.courierNote, note);
  // A day makes it a redelivery on that day; a note alone goes with the delivery as planned.
  const kind: DeliveryChangeKind =
    pending && pending.kind !== 'call_first' ? pending.kind : details.date ? 'redeliver' : 'call_first';
  const change: PendingChange = { kind, details, words: [...(pending?.words ?? []), turn.text.trim()], need: 'last4' };
  if (await proved(turn, number, lookup.shipment)) await settle(turn, state, number, change);
  else {
    state.pendingChange = change;
    const what = describeRequest(turn.services.replies, turn.locale, change, spokenRegister(turn), {
      parcelProved: false,
    });
    await reply(turn, say(turn, 'intake.changeNotedNeedsProof', { what, number }));
  }
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  const { phones, emails } = turn.reading.entities;
  // ("please knock on the door next time", "以后送之前先给我打个电话" asked what they would like: the wish is what they
  // would like — kept in their words as the demand, and the step answered.)
  // (A demand read in the wish's own words — "以後送嚟之前打俾我先" is no redelivery — is none named.)
  const rest = clausesOf(turn.text)
    .filter((c) => !wantsCallFirst(c) && courierWishIn(c) === undefined)
    .join('，');
  const restReading = rest ? turn.services.nlu.analyze(rest, turn.services.clock.now(), turn.locale) : undefined;
  const named = restReading !== undefined && (restReading.entities.demand !== null || statedDemands(turn).length > 0);
  if (prompt === DEMAND_PROMPT && !named && state.demand === undefined) {
    const said = wish.callWords && wish.note ? joinedNote(wish.callWords, wish.note) : (wish.callWords ?? wish.note);
    const words = said ?? turn.text.trim();
    state.demand = 'none';
    state.moreDemands = [];
    if (!(state.demandNotes ?? []).includes(words)) state.demandNotes = [...(state.demandNotes ?? []), words];
    turn.context.turnState.set(STEP_ANSWERED, true);
  }
  const answersStep =
    (prompt === DEMAND_PROMPT && (named || turn.context.turnState.get(STEP_ANSWERED) === true)) ||
    (prompt === CONTACT_PROMPT && phones.length + emails.length > 0) ||
    (prompt === TEXT_PROMPT && turn.reading.intent === 'complaint');
  return answersStep ? 'continue' : 'reprompt';
}
