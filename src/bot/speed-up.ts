import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { hurriesTransfer } from './transfer-hurried';
import { withoutOthersUrging } from './others-urging';
import { lookUpParcel, trackingAnswer, type ParcelLookup } from './parcel-answer';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * A customer who only urges speed — "帮我催一下", "急", "快啲啦", "hurry it up (haha)" (issue #17). Inside a complaint it
 * is the urgency of that complaint: noted for the team on the ticket, nothing raised, no proof asked again, and the
 * step asked again. On its own, about a parcel on schedule, it hears the status, the due date and plainly what can
 * and cannot be done (no complaint pressed on); about a late one, the offer to log a delay complaint.
 * A parcel standing still for days keeps the courier's chase (a speed-up request to the station: intake-change.ts,
 * the tracking answer's offer): there, hurrying it is something the station can do.
 */

// "催", "快啲", "尽快", "急", "hurry", "asap", "rush": urging. ("加急", "加快", "speed it up", "expedite" name the courier's
// speed-up service instead — a change of delivery to record, as intake-change.ts and the change flow do.)
const URGE =
  /催|(?<!加)快(啲|d|点|點|些|一点|一點|一啲|滴)|尽快|盡快|赶紧|趕緊|(?<!加)急|\b(hurry|rush|asap|urgent\w*|quick(er|ly)?)\b/gi;
// What is said around the urging that asks nothing more: please, can you, a laugh, a particle.
// ("快啲得唔得", "快点行不行": "can it be quicker or not" — urging still, the question is only a particle.)
const FILLER =
  /得唔得|得不得|行唔行|行不行|可唔可以|好唔好|好不好|帮我|幫我|帮忙|幫忙|麻烦|麻煩|唔該|拜托|拜託|请|請|你们|你們|你哋|能不能|能否|可不可以|可唔可以|可以|一下|下|吧|啦|喇|呀|啊|嘛|喔|哦|咯|啰|囉|呢|的|了|咗|好|很|真|太|非常|十分|挺|那|咁|就|佢|他|它|我|都|係|是|送|派|点|點|处理|處理|件|货|貨|包裹|快递|快遞|哈+|呵+|嘻+|\b(please|pls|plz|can|could|would|you|u|guys|it|up|things|this|that|the|a|my|parcel|package|delivery|thanks|thank|ok|okay|yes|just|so|really|very|now|get|move|on|bit|little|with|for|about|haha\w*|lol|hehe|lmao|abit)\b/gi;
// A parcel number, left out of what the message says beside the urging.
const PARCEL_NUMBER = /[A-Z]{0,4}\d{8,}[A-Z]{0,3}/gi;

// "call the depot", "chase it", "催一下", "打电话给网点", "poke someone to find it", "叫網點去查": the station asked to act — with the urging, the chase taken.
// ("will anyone call me about it" asks for a call to the customer: no chase — blind batch 52b: 03.4.)
const ASKS_CHASE =
  /\b(chase|call|ring|contact|push|poke|nudge|prod)\b(?! (me|us)\b).{0,20}\b(depot|station|branch|hub|them|it|up|someone|somebody)\b|催|跟进一下|跟進一下|打(电话|電話)给?(网点|網點|站点|站點)|(叫|让|讓|请|請|找)(人|网点|網點|站点|站點|转运站|轉運站)(去|幫我|帮我)?(查|跟进|跟進|搵|找)/i;

// The chase itself named, not only urged: "chase it", "催一下", "催下佢", "加急", "加快", "speed it up", "expedite" — the
// request the courier can act on for a parcel that is late or stands still (issue #17). ("hurry", "快点", "asap" only urge.)
const NAMES_CHASE = /催|加急|加快|\bchase\b|\bspeed\s+(it|this|that|things|my\s+\w+)?\s*up\b|\bexpedit\w*/i;

/** The message names the chase ("please chase it", "麻烦加急一下", "唔該催下佢"), no complaint asked for beside it. */
// ("查一下这两单…买家一直在催我": the buyers chasing the customer name no chase of ours.)
export const namesChase = (text: string): boolean =>
  NAMES_CHASE.test(withoutOthersUrging(text)) && !/complain|投诉|投訴|客诉|客訴/i.test(text);

/**
 * "cant you hurry it up?? call the depot or something" right after the bot offered to have the station chase a
 * stalled parcel: that chase, taken (blind batch 18: 01.3 — a complaint form was opened instead). A complaint asked
 * for in the same message is a complaint.
 */
// ("4天没扫描是什么意思，丢了？客户天天催我": the customer's own customers chasing them takes no chase — blind-30 19.4.)
export const takesChaseOffered = (text: string): boolean =>
  [URGE, ASKS_CHASE, NAMES_CHASE].some((cue) => new RegExp(cue.source, 'i').test(withoutOthersUrging(text))) &&
  !/complain|投诉|投訴|客诉|客訴/i.test(text) &&
  !hurriesTransfer(text);

/** The message only urges speed ("帮我催一下", "急 帮我催一下", "快啲啦", "hurry it up (haha)"), with nothing else asked. */
export function onlyUrgesSpeed(text: string): boolean {
  if (!new RegExp(URGE.source, 'i').test(text)) return false;
  const rest = text.replace(PARCEL_NUMBER, ' ').replace(URGE, ' ').replace(FILLER, ' ');
  return rest.replace(/[^\p{L}\p{N}]/gu, '').length <= 1;
}

/** Urging in a short message ("快啲啦 我趕住返工", "hurry up, I've got work"), whatever reason is given beside it. */
export const urgesInShort = (text: string): boolean =>
  new RegExp(URGE.source, 'i').test(text) && text.trim().length <= 60 && !/complain|投诉|投訴|客诉|客訴/i.test(text);

type Found = ParcelLookup & { kind: 'found' };

/** A parcel standing still, sent back or done with: hurrying it is no urgency note nor a plain "it's on its way". */
const standsStill = ({ view }: Found): boolean =>
  view.delivered || view.status === 'exception' || view.anomalies.some((a) => a !== 'past_promised_date');

/** A parcel on its way that is late or stands still, of which the chase is named: the chase, not an urgency note. */
export const chaseNamedFor = (text: string, found: Found): boolean =>
  !found.view.delivered && (standsStill(found) || found.view.daysLate > 0) && namesChase(text);

/**
 * A parcel on its way that stands still (no scan for days, an exception): the one whose station the bot offers to
 * chase, so "chase it", "催一下" about it in a complaint take that chase.
 */
export async function chaseFitsParcel(turn: Turn, number: string): Promise<boolean> {
  const lookup = await lookUpParcel(turn.services, number);
  // (A parcel sent back is not hurried: it is going to its sender — blind-25 21.5.)
  if (lookup.kind !== 'found' || lookup.view.delivered || lookup.view.anomalies.includes('returned')) return false;
  // A late parcel too, when the chase is named ("please chase it", "唔該催下佢"): the station can still hurry it.
  return standsStill(lookup) || chaseNamedFor(turn.text, lookup);
}

/**
 * A speed-up in the middle of a complaint: the urgency noted for the team (in the ticket's account), said so, and the
 * step asked again. False when the message says more than that, or the parcel stands still (the chase is taken).
 */
export async function noteUrgency(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  if (!onlyUrgesSpeed(turn.text) || state.pendingChange) return false;
  const number = state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  if (lookup?.kind === 'found' && (standsStill(lookup) || chaseNamedFor(turn.text, lookup))) return false;
  state.urgent = true;
  await reply(turn, say(turn, 'intake.urgencyNoted'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

/**
 * "催一下 SF…" with no complaint open, about a parcel on its way (named, or the one just looked up): its status, then
 * what can and cannot be done — on schedule, its due date and that it cannot go faster than its route; late, the
 * offer to log a delay complaint. False when the parcel stands still (its chase is offered elsewhere) or is unknown.
 */
export async function answerSpeedUp(turn: Turn): Promise<boolean> {
  const { data, reading, services, context, text } = turn;
  if (!onlyUrgesSpeed(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number) return false;
  const lookup = await lookUpParcel(services, number);
  if (lookup.kind !== 'found' || standsStill(lookup) || chaseNamedFor(text, lookup)) return false;
  data.lastTracking = number;
  noteOutcome(context, 'answered');
  const status = (await trackingAnswer(services, context, turn.locale, lookup)).join('\n');
  const { view } = lookup;
  if (view.daysLate > 0) {
    data.suggestedCategory = 'delay';
    data.suggestedByCustomer = undefined;
    const complain = say(turn, 'choice.complain');
    await reply(turn, `${status}\n${say(turn, 'speedUp.late', { number })}`, [
      { title: complain, value: `${complain} ${number}` },
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ]);
    return true;
  }
  const date = view.promisedDate ? services.replies.day(turn.locale, view.promisedDate) : '';
  await reply(turn, `${status}\n${say(turn, date ? 'speedUp.onTime' : 'speedUp.onTheWay', { number, date })}`);
  return true;
}
