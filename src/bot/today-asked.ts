import { localDay } from '../tickets/local-time';
import { ANSWERED_ASIDE } from './intake-state';
import { wantsToComplain } from './complaint-words';
import { deliveryChangeKind } from './delivery-change-reading';
import { asksForRemedy } from './intake-reading';
import { lookUpParcel, trackingAnswer } from './parcel-answer';
import { shipmentIn } from './shipment-text';
import { noteOutcome } from './turn-outcome';
import { reply, say, spokenRegister, type Turn } from './turn';
import { onItsWay } from './worry-answer';

/**
 * "still isn't here, can it come today??", "今天能送过来吗", "今日可唔可以送到" about a parcel on its way and due on a
 * later day (blind batch 35a: 01.1): whether it can — it cannot go faster than its route — with its status, and what
 * can be done if the customer will not be there (held at an outlet, or brought on a day they choose). Neither a
 * complaint (it is not late) nor a change recorded for a day the courier cannot keep.
 */

// "can it come today", "could you bring it tonight", "今天能送过来吗", "今日可唔可以派", "能不能今天送": delivery today
// asked for, as a question or a request.
// (The parcel is what comes: "it", "the parcel", 送, 派 — not "I'll get home today", "我今天能到家".)
const ASKS_FOR_TODAY =
  /\b(can|could|will|would|is it possible( for)?|any (way|chance))\b[^.?!]{0,30}\b(it|the (parcel|package|order|delivery)|my (parcel|package|order|delivery))\b[^.?!]{0,12}\b(come|arrive|deliver\w*|bring|get (it )?(here|to me)|drop (it )?off|be (delivered|here|there))\b[^.?!]{0,15}\b(today|tonight|this (afternoon|evening))\b|\b(can|could|would) (you|u|they|the (courier|driver))\b[^.?!]{0,12}\b(deliver|bring|drop off|get)\b[^.?!]{0,20}\b(today|tonight|this (afternoon|evening))\b|(今天|今日|今晚)[^，。,.!?！？]{0,3}(能|可以|可唔可以|能不能|可不可以|会不会|會不會|有冇得|有没有得)(送|派)|(能不能|可不可以|可唔可以|能否|可否)(在)?(今天|今日|今晚)[^，。,.!?！？]{0,3}(送|派)|(今天|今日|今晚)(送|派)(过来|過來|嚟|来|來|到)?(吗|嗎|得唔得|得不得|行不行|可以吗|可以嗎)|(让|讓|叫|请|請|要)(他|她|佢|快递员|快遞員|速遞員|司機|司机|师傅|師傅)?(今天|今日|今晚)[^，。,.!?！？]{0,4}(送|派)/i;
// "why can't it come today", "为什么今天送不到": a grievance, not a wish; "send it back today": a return; "I won't be
// here today": an absence.
const NOT_A_WISH =
  /\b(why|how come|back)\b|\b(won'?t|will not|not going to|can'?t|cannot) be (here|there|home|in|around) today\b|为什么|為什麼|点解|點解|凭什么|憑什麼|(今天|今日)[^，。,.!?！？]{0,3}(不在|唔喺|冇人)|退回|退返/i;

/** The message asks for the parcel today, and for nothing else the bot would take instead (a hold, an address). */
export function asksForToday(turn: Pick<Turn, 'text' | 'reading'>): boolean {
  const { text, reading } = turn;
  if (!ASKS_FOR_TODAY.test(text) || NOT_A_WISH.test(text) || wantsToComplain(text) || asksForRemedy(text)) return false;
  const kind = deliveryChangeKind(text, reading);
  return kind === undefined || kind === 'redeliver' || kind === 'expedite';
}

/**
 * Answers "can it come today?" about a parcel due on a later day, named in the message or the conversation's.
 * @returns whether the message was answered so (false: no such parcel, due today already, late or not on its way).
 */
export async function answerTodayAsked(turn: Turn): Promise<boolean> {
  const { data, reading } = turn;
  if (!asksForToday(turn)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number) return false;
  if (!(await notTodayAnswered(turn, number, true))) return false;
  data.lastTracking = number;
  return true;
}

/**
 * "那你们让他今天下午送过来" in the middle of a complaint about a parcel still on its way (blind batch 43b: 10.5 was
 * promised a delivery today for a parcel sitting in another city's hub): that it cannot come today, and why.
 * @returns whether the message asked for it today and was answered so.
 */
export async function answerTodayInIntake(turn: Turn, number: string | undefined): Promise<boolean> {
  if (!number || !asksForToday(turn)) return false;
  if (!(await notTodayAnswered(turn, number, false))) return false;
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/**
 * Says the parcel cannot come today, when it is on its way and due on a later day — with its status and the choices
 * outside a complaint (`shown`), the line alone inside one, whose status was told.
 * @returns whether it said so.
 */
async function notTodayAnswered(turn: Turn, number: string, shown: boolean): Promise<boolean> {
  const { services } = turn;
  const found = await lookUpParcel(services, number);
  if (!onItsWay(found) || found.view.status === 'out_for_delivery' || !found.view.promisedDate) return false;
  const today = localDay(services.clock.now(), services.timeZone);
  if (found.view.promisedDate.slice(0, 10) <= today) return false;
  const date = services.replies.day(turn.locale, found.view.promisedDate);
  const destination = shipmentIn(turn.locale, found.shipment).shipment.destination;
  const notSooner = say(turn, 'today.notSooner', { number, date, destination });
  if (!shown) {
    await reply(turn, notSooner);
    return true;
  }
  const status = await trackingAnswer(services, turn.context, turn.locale, found, spokenRegister(turn));
  const hold = say(turn, 'notice.choice.hold');
  const redeliver = say(turn, 'notice.choice.redeliver');
  await reply(turn, [...status, notSooner].join('\n'), [
    { title: hold, value: `${hold} ${number}` },
    { title: redeliver, value: `${redeliver} ${number}` },
  ]);
  noteOutcome(turn.context, 'answered');
  return true;
}
