import { ruleOn } from './case-rules';
import { chaseAlreadyAsked } from './chase-requested';
import { asksCountsAsLost } from './claim-evidence';
import { withoutConditions } from './conditional-threat';
import { wantsToComplain } from './complaint-words';
import type { ComplaintCategory } from '../nlu';
import { saysLate } from './empathy';
import { asksWhatToDo } from './intake-plain-answers';
import type { ParcelLookup } from './parcel-answer';
import { lookUpParcel, trackingAnswer } from './parcel-answer';
import { INTAKE_TRACKING_PROMPT, type IntakePosition, type IntakeState } from './intake-state';
import { parcelFactsAnswer, parcelQuestionIn } from './parcel-facts';
import { shipmentIn } from './shipment-text';
import { noteOutcome } from './turn-outcome';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * A worry, not a complaint (issue #17, blind batch 12 04.3–04.6, 27.3, 29.3, 29.4): a customer who tells that a
 * parcel has not come, seems stuck or may be lost — without asking to complain, naming what they want or writing in
 * anger — about a parcel that is on its way and not past its promise, is reassured from the parcel's record and told
 * what can be done (the station asked to chase it, a complaint, a person), not asked "what would you like us to
 * do?" under a wall of buttons. A complaint is taken down when the customer asks for one.
 */

type Found = ParcelLookup & { kind: 'found' };

/** Statuses of a parcel moving normally towards the recipient. */
const ON_ITS_WAY = new Set(['created', 'picked_up', 'in_transit', 'arrived_hub', 'out_for_delivery']);

/** The kinds of complaint a wait or a fear for a parcel is read as: late, lost, tracking that stands still. */
const WORRIES: (ComplaintCategory | undefined)[] = ['delay', 'lost', 'info_error'];

// "this is ridiculous", "not good enough", "太离谱了", "離晒譜", "太過分", "搞乜鬼": the customer objects — a complaint,
// whatever anger score the words get (the NLU's reads "離晒譜" as none, "ridiculous" as faint).
const OBJECTS =
  /\b(ridiculous|unacceptable|outrageous|disgrace(ful)?|pathetic|useless|terrible|awful|a joke)\b|\b(not|isn'?t|is not) (ok|okay|acceptable|good enough|right|on)\b|离谱|離譜|離(晒|哂)譜|离(晒|哂)谱|过分|過分|不像话|不像話|岂有此理|豈有此理|搞什么|搞什麼|搞乜|搞咩|太慢|慢死|太差|好差|差劲|差勁|不合理|唔合理|唔啱/i;

// "说好昨天到的", "講好今日到": a day the customer was promised, which they say is past.
const PROMISED = /说好|說好|讲好|講好|\bwas (supposed|meant) to\b/i;

// "The seller says it arrived days ago (but your site shows the hub)", "賣家話早就送到", "the tracking is wrong": the
// customer holds the record wrong — a complaint about the information, for checking, not a fear for the parcel.
const DISPUTES =
  /\b(says|said|told me|tells me|claims?|shows?|showed) (that )?(it|the (parcel|package|order))('s| is| was| has been| had been| has)? (already )?(arrived|delivered|signed for)\b|\b(tracking|status|info(rmation)?|record|update|location)s? (is|are|was|were) (wrong|incorrect|inaccurate|false|not (right|correct|true))\b|\bwrong (info(rmation)?|status|location|tracking|update)\b|(信息|資訊|资讯|资料|資料|记录|記錄|物流|状态|狀態)(有误|有誤|错误|錯誤|错了|錯了|不对|不對|唔啱|不准|不準|乱写|亂寫)|(说|說|話|话|讲|講)(已经|已經|早就|早已|一早)?(到了|送到|簽收|签收|送咗|到咗)/i;

/** What the complaint would hold so far: whether the customer made it theirs. */
export interface WorryTold {
  /** The customer said outright that they want to complain. */
  askedFor: boolean;
  /** A demand named, or what they want in words of no kind ("please hurry"). */
  wants: boolean;
  category: ComplaintCategory | undefined;
  dataLeak: boolean;
}

/**
 * The message less the threat it makes on a condition ("如果晚了我就投诉", "if it's late I'll call the bureau"), when it
 * makes one: undefined when it makes none (or a threat it makes outright besides).
 */
export function conditionalThreat(turn: Turn): string | undefined {
  const threat = turn.reading.signals.escalationThreat !== null || wantsToComplain(turn.text);
  const rest = threat ? withoutConditions(turn.text) : undefined;
  return rest === undefined || wantsToComplain(rest) ? undefined : rest;
}

/** The parcel is on its way and not late: nothing on its record a complaint would be about but a gap in its scans. */
export function onItsWay(found: ParcelLookup | undefined): found is Found {
  if (found?.kind !== 'found') return false;
  const { view } = found;
  return (
    ON_ITS_WAY.has(view.status) &&
    !view.delivered &&
    view.daysLate === 0 &&
    view.anomalies.every((a) => a === 'no_scan_48h')
  );
}

/**
 * The message is a worry about `found` rather than a complaint: no complaint asked for, nothing wanted, no anger,
 * objection nor threat, a wait or a fear for a parcel that is on its way and not late — and no tracking answer has just
 * offered a complaint on it (what the customer says to that offer is their answer to it).
 */
export function onlyWorried(turn: Turn, found: ParcelLookup | undefined, told: WorryTold): found is Found {
  if (!onItsWay(found) || told.askedFor || told.wants || told.dataLeak) return false;
  // (Anger, an objection or a threat makes it a complaint; being in a hurry does not — the chase offered is what
  // helps then.)
  // ("If it's late I'll go to the postal bureau" about one on time: a threat on a condition not come about is no
  // complaint — the rest of the message is read without it; blind-33 06.6.)
  const rest = conditionalThreat(turn);
  const text = rest ?? turn.text;
  // ("…the wedding is this Saturday. Will it make it in time??": a doubled question mark is anxiety, not anger — the
  // words are read again without it; blind batch 45a: 02.1.)
  const words = (rest ?? turn.text).replace(/[?？]{2,}/g, '?');
  const { anger, escalationThreat } =
    rest === undefined && words === turn.text
      ? turn.reading.signals
      : turn.services.nlu.analyze(words, turn.services.clock.now(), turn.locale).signals;
  // (A threat on a condition names no kind of complaint: "…我就去12305投诉你们" reads as one of no kind.)
  const unnamed = rest !== undefined && (told.category === undefined || told.category === 'other');
  const worry = WORRIES.includes(told.category) || unnamed;
  // ("顺丰不是次日达吗 周六寄的今天都周一了还没到 你们怎么回事", "點解仲未到 順豐唔係話翌日到咩 好慢囉" of a parcel with
  // nothing on its record, not past its date: it is not late — the record said, the annoyance heard, and a complaint
  // offered rather than taken down; blind batch 53a: 06.1, 14.3.)
  const notLate = told.category === 'delay' && found.view.anomalies.length === 0;
  if (!worry || escalationThreat) return false;
  if (!notLate && (anger > 0 || OBJECTS.test(text))) return false;
  // "说好昨天到的，一直拖" of a parcel its record shows stalled: the customer says it is late — a complaint, for checking.
  if (!notLate && (saysLate(text) || PROMISED.test(text))) return false;
  if (DISPUTES.test(text)) return false;
  const offered = Boolean(turn.data.suggestedCategory) && turn.data.lastTracking === found.number;
  return !offered;
}

/** What an intake has so far, as a worry reads it. */
export const toldIn = (state: IntakeState): WorryTold => ({
  askedFor: Boolean(state.askedFor),
  wants: state.demand !== undefined || (state.demandNotes?.length ?? 0) > 0,
  category: state.category,
  dataLeak: state.facts.dataLeak,
});

/**
 * The number asked for by a complaint the bot opened on a worry ("好几天了还没有到" with no number): a parcel on its
 * way and not late, for a customer who asked for nothing, is answered as a worry — its status, the reassurance and
 * what can be done — and the complaint goes no further (the caller keeps what it gathered, for "file a complaint").
 * @returns whether the message was answered so.
 */
export async function reassureAtTrackingStep(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  const number = turn.reading.entities.trackingNumbers[0]?.number;
  if (prompt !== INTAKE_TRACKING_PROMPT || !number) return false;
  const found = await lookUpParcel(turn.services, number);
  if (!onlyWorried(turn, found, toldIn(state))) return false;
  state.trackingNumbers = [number];
  turn.data.lastTracking = number;
  const status = await trackingAnswer(turn.services, turn.context, turn.locale, found, spokenRegister(turn));
  await answerWorry(turn, found, [status.join('\n')]);
  return true;
}

/** The reassurance and what can be done for a parcel on its way: after its status, in the same reply. */
export async function answerWorry(turn: Turn, found: Found, before: string[]): Promise<void> {
  const { data } = turn;
  const { view, number } = found;
  const date = view.promisedDate ? turn.services.replies.day(turn.locale, view.promisedDate) : undefined;
  const destination = shipmentIn(turn.locale, found.shipment).shipment.destination;
  const lines = [...before];
  // Told already in this conversation: the question answered (from the record, not the whole status again), and
  // the way on in a line — no menu again.
  if (data.reassured === number) {
    const question = parcelQuestionIn(turn.text);
    const answer = question ? [parcelFactsAnswer(turn, found, question)] : before;
    // (A chase of theirs recorded already: that it stands, not the offer again.)
    const chased = view.anomalies.includes('no_scan_48h') ? await chaseAlreadyAsked(turn, number) : undefined;
    await reply(turn, [...answer, chased ?? say(turn, 'worry.stillThere')].filter(Boolean).join('\n'));
    noteOutcome(turn.context, 'answered');
    return;
  }
  data.reassured = number;
  lines.push(say(turn, date ? 'worry.onItsWay' : 'worry.onItsWayNoDate', { destination, ...(date ? { date } : {}) }));
  // ("四天没动了，你们几天算丢件？丢了怎么赔，我买了保价3000": when it would count as lost and what a loss pays — the
  // questions asked beside the worry are answered with it; blind batch 46a: 08.3 heard only "it isn't lost".)
  lines.push(...lossRulesAsked(turn, found));
  // "…if it's late I'll go to the bureau": heard — should it come late, a complaint is taken at once (the offer for
  // a parcel due on a day says so itself).
  const dueOffer = date !== undefined && !view.anomalies.includes('no_scan_48h');
  if (!dueOffer && conditionalThreat(turn) !== undefined) lines.push(say(turn, 'worry.ifLate'));
  const person = { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') };
  const complain = say(turn, 'choice.complain');
  const chased = view.anomalies.includes('no_scan_48h') ? await chaseAlreadyAsked(turn, number) : undefined;
  if (chased) {
    lines.push(chased);
    await reply(turn, lines.join('\n'), [person]);
  } else if (view.anomalies.includes('no_scan_48h')) {
    const chase = say(turn, 'notice.choice.expedite');
    data.offeredChase = number;
    data.offeredChaseWords = turn.text;
    lines.push(say(turn, 'worry.chaseOffer'));
    await reply(turn, lines.join('\n'), [
      { title: chase, value: `${chase} ${number}` },
      { title: complain, value: `${complain} ${number}` },
      person,
    ]);
  } else {
    lines.push(date ? say(turn, 'worry.dueOffer', { date }) : say(turn, 'worry.personOffer'));
    await reply(turn, lines.join('\n'), [person]);
  }
  noteOutcome(turn.context, 'answered');
}

// "丢了怎么赔", "what happens if it is really lost", "唔見咗點賠": what a loss pays, asked of a parcel that is not lost.
const LOSS_PAID =
  /(丢|丟|遗失|遺失|唔見)(了|咗)?(的话|的話|嘅話)?[^，。,.?？]{0,3}(怎么|怎麼|点|點|如何)?(赔|賠)|\b(if|when) (it'?s|it is|it was|it gets|it got) (really |actually )?lost\b|\bwhat happens if (it'?s|it is) (really |actually )?lost\b|\bcompensat\w* (for|if) (a )?lost\b/i;

/** The rules on loss a worried customer asked for beside the worry: when it counts as lost, what a loss pays. */
function lossRulesAsked(turn: Turn, found: Found): string[] {
  const rules: string[] = [];
  if (asksCountsAsLost(turn.text)) rules.push(ruleOn(turn, 'countsAsLost', found) ?? '');
  if (LOSS_PAID.test(turn.text))
    rules.push(ruleOn(turn, 'limits', found) ?? '', ruleOn(turn, 'lostDeadline', found) ?? '');
  return rules.filter(Boolean);
}

/**
 * "What should I do?", "我不太会弄这些" after the customer was reassured about a parcel: nothing, in plain words, and
 * what can be done if they want — the buttons for it, since they asked what to do.
 * @returns whether the message was such a question.
 */
export async function answerWorryFollowUp(turn: Turn): Promise<boolean> {
  const number = turn.data.reassured;
  if (!number || number !== turn.data.lastTracking || !asksWhatToDo(turn.text)) return false;
  const found = await lookUpParcel(turn.services, number);
  if (!onItsWay(found)) return false;
  const date = found.view.promisedDate ? turn.services.replies.day(turn.locale, found.view.promisedDate) : '';
  const stalled = found.view.anomalies.includes('no_scan_48h');
  const person = { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') };
  const chase = say(turn, 'notice.choice.expedite');
  // A chase of theirs recorded already: said so, with when and what happens next — not offered again (27: 04.3).
  const chased = stalled ? await chaseAlreadyAsked(turn, number) : undefined;
  if (chased) {
    await reply(turn, chased, [person]);
    noteOutcome(turn.context, 'answered');
    return true;
  }
  if (stalled) turn.data.offeredChase = number;
  if (stalled) turn.data.offeredChaseWords = turn.text;
  const key = stalled ? 'worry.whatToDo.chase' : date ? 'worry.whatToDo.wait' : 'worry.personOffer';
  await reply(
    turn,
    say(turn, key, { date }),
    stalled ? [{ title: chase, value: `${chase} ${number}` }, person] : [person],
  );
  noteOutcome(turn.context, 'answered');
  return true;
}

/**
 * The complaint the bot opened is only a worry, still: the customer asked for no complaint, named nothing they want
 * and no other problem, and its parcel is on its way and not late (blind batch 14 11.5, 26.5: "thanks, I feel better",
 * "great bye" to a complaint nobody asked for). What they said of the wait is no complaint of theirs.
 * @returns the parcel, when the intake is such a worry.
 */
export async function worryOnlyIntake(turn: Turn, state: IntakeState): Promise<Found | undefined> {
  const told = toldIn(state);
  if (told.askedFor || told.dataLeak || (state.demand !== undefined && state.demand !== 'none')) return undefined;
  if ((state.demandNotes?.length ?? 0) > 0 || (state.otherProblems?.length ?? 0) > 0) return undefined;
  if (!WORRIES.includes(state.category) || state.facts.escalationThreat || state.facts.daysLate) return undefined;
  // What they told was displeasure, not fear: a promise they say was broken, an objection, a record they hold wrong,
  // or anger beyond a faint word (a single word read as a curse is not enough to hold a worried customer in).
  const account = state.description;
  if (PROMISED.test(account) || OBJECTS.test(account) || DISPUTES.test(account)) return undefined;
  const signals = turn.services.nlu.analyze(account).signals;
  if (signals.anger >= 0.5 || signals.escalationThreat || signals.daysLate) return undefined;
  const number = state.trackingNumbers[0];
  if (!number) return undefined;
  const found = await lookUpParcel(turn.services, number);
  return onItsWay(found) ? found : undefined;
}

/** The worry let go as the customer leaves or is reassured: nothing filed, when the parcel is due, where to write. */
export function worryLetGo(turn: Turn, found: Found): string {
  const date = found.view.promisedDate ? turn.services.replies.day(turn.locale, found.view.promisedDate) : undefined;
  const number = found.number;
  return date ? say(turn, 'intake.worryLetGo', { number, date }) : say(turn, 'intake.worryLetGoNoDate', { number });
}
