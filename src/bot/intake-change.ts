import { timeOnlyForCall, withoutCallTime } from './call-words';
import { missingDetail } from '../tracking';
import { asksCostQuestion, changeCostLine } from './change-costs';
import { askDayForTime, proved, soonestDayAsked } from './delivery-change-turn';
import { checkLastFour, markProvedByDigits } from './proof-attempts';
import { asksToChangeDelivery } from './context-reading';
import { deliveryChangeKind, readDeliveryChange } from './delivery-change-reading';
import { buildingDeskIn } from './building-desk-words';
import { describeRequest } from './delivery-change-words';
import {
  ANSWERED_ASIDE,
  CONFIRM_PROMPT,
  DEMAND_PROMPT,
  STEP_ANSWERED,
  TRACKING_PROMPT,
  type IntakePosition,
  type IntakeState,
  type PendingChange,
} from './intake-state';
import { lookUpParcel } from './parcel-answer';
import { askedAbout } from './change-questions';
import { parcelFactsAnswer, parcelQuestionIn, type ParcelQuestion } from './parcel-facts';
import { linkParcel } from './parcel-links';
import type { ReplyKey } from './replies';
import { asksQuestion, labelledLastFour } from './message-cues';
import { reply, say, type Turn } from './turn';
import { returnedNote } from './returned-parcel';
import { statedDemands } from './intake-volunteered';
import { complaintTheirs } from './intake-leaving';
import { demandsSaid } from './demand-details';
import { asksForRemedy, asksHowToResend, resendsItThemselves } from './intake-reading';
import { chaseFitsParcel, takesChaseOffered } from './speed-up';
import { asksToResend } from './case-questions';

/**
 * A change of delivery asked for inside a complaint the customer wants to make ("resend it to my office, 123 Hoi
 * Yuen Road", "加快", "1" to a notice's "speed it up"): a change-delivery request of its own, recorded beside the
 * complaint once the customer has proved their link to the parcel and said everything it needs — said back, shown
 * in the summary and written into the ticket's account — while the complaint goes on from the step it was at.
 */

// "加快", "催一下", "speed it up", and "1" to a notice that offered it: expedite.
const EXPEDITE_ONLY =
  /^\s*(1|加快|加急|快啲|快點|快点|催一下|催下|speed (it )?up|expedite( it)?)\s*[!！.。啦喇吧唔該please]*\s*$/i;

/** Questions about the parcel answered from its record before a change asked beside them is taken. */
const FACTS_BEFORE_CHANGE: ParcelQuestion[] = ['why', 'arrival', 'where', 'tracking'];

/** The parcel is on its way back to its sender, or there already. */
async function sentBack(turn: Turn, number: string): Promise<boolean> {
  const lookup = await lookUpParcel(turn.services, number);
  return lookup.kind === 'found' && lookup.view.anomalies.includes('returned');
}

/**
 * Takes a change of delivery asked for in the intake, or carries on one that waits for proof or a detail.
 * @returns true when the message was about it (answered; the step is asked again).
 */
// Whether it comes by a day, asked: "will it get here before saturday", "is it going to arrive by friday", "周六之前能到吗",
// "星期六前會唔會到", "趕唔趕得切星期五".
const ARRIVAL_BY_ASKED =
  /\b(will|would|is|can|could|does) it (actually |still |even |ever )?(get here|arrive|be here|come|make it|be delivered|reach (me|us|her|him))\b[^.?!]{0,20}\b(before|by|in time)\b|\bgoing to (arrive|get here|make it)\b[^.?!]{0,20}\b(before|by)\b|(之前|以前|前)[^，。,.!?！？]{0,3}(能不能|能|会不会|會不會|會唔會|可唔可以)?(到|送到|收到)(吗|嗎|不|唔|呀|啊|[?？])|(赶得上|趕得上|趕唔趕得切|赶不赶得上|来得及|來得及|來不來得及)/i;
// Asked of us outright: "can you deliver it before saturday", "please bring it friday", "周五前给我送到".
const DELIVERY_ASKED =
  /\b(can|could|would) you (please )?(deliver|bring|send|get) it\b|\bplease (deliver|bring|send)\b|\b(deliver|bring) it (on|by|before)\b|(给我|給我|幫我|帮我|俾我)[^，。,.!?！？]{0,6}(送|派)|(改|换|換)(到|成|去)/i;

/** Whether the message asks if the parcel comes by a day, rather than asking for it on that day. */
export const asksArrivalBy = (text: string): boolean => ARRIVAL_BY_ASKED.test(text) && !DELIVERY_ASKED.test(text);

/** The turn read without the clauses that say when to phone the customer (call-words.ts), when it has some. */
function withoutTimeToCall(turn: Turn): Turn {
  if (!timeOnlyForCall(turn.text)) return turn;
  const text = withoutCallTime(turn.text);
  const reading = turn.services.nlu.analyze(text, turn.services.clock.now(), turn.locale);
  return { ...turn, text, reading };
}

export async function changeAlongside(said: Turn, position: IntakePosition, parcel?: string): Promise<boolean> {
  const { state, prompt } = position;
  // ("hold it at the station. call me when it's there, I'm free after 6 tonight": the change is read without the
  // time to phone, which is the contact's — a review of session 50.)
  const turn = withoutTimeToCall(said);
  if (prompt === TRACKING_PROMPT) return false;
  const own = state.trackingNumbers[0];
  if (!own) return false;
  const pending = state.pendingChange;
  if (pending && !parcel)
    return answersDemandStep(turn, position, await carryOnPending(turn, state, pending.parcel ?? own, pending));
  // Another parcel named for the change ("SF那个 地址写错了 要改成…", blind 31: 16.4): that parcel's own request, proved
  // by its own digits; the complaint's draft stays as it was (other-parcel-change.ts).
  if (parcel) return changeForOtherParcel(turn, state, parcel);
  const number = own;
  // "ya chase it", "催吧", "好 幫我催" right after the bot offered to have the station chase this parcel: that chase
  // (blind batch 23: 03.3 — the demand question was put again instead).
  // (The offer made on the turn that opened the complaint is gone by now: a parcel standing still is the one offered.)
  const chaseTaken =
    prompt !== CONFIRM_PROMPT &&
    takesChaseOffered(turn.text) &&
    (turn.data.offeredChase === number || (await chaseFitsParcel(turn, number)));
  const expedite = chaseTaken || (prompt !== CONFIRM_PROMPT && EXPEDITE_ONLY.test(turn.text));
  // "可唔可以再send過嚟？我急用㗎", "能再寄过来吗", "can you send it again?" about a parcel sent back: a resend asked,
  // however its words read as a change (review of blind batch 26's fixes, finding 6).
  const resend = !expedite && asksToResend(turn.text) && (await sentBack(turn, number));
  // ("the first one is 3 days late. just hold it at the station, I'll pick it up myself": a request in a sentence of
  // its own, after what went wrong — blind batch 31: 02.2.)
  const asks = asksToChangeDelivery(turn.text, turn.reading) || askedInASentence(turn) || expedite || resend;
  // ("will it actually get here before saturday yes or no": whether it comes in time is asked — no delivery on that day
  // ordered; blind batch 49b: 01.2 had a Saturday delivery requested for a wedding on Saturday.)
  // ("will anyone call me? … I'm free after 5 today": when to phone them, no delivery time — blind batch 52b: 03.4.)
  if (!asks || asksArrivalBy(turn.text)) return false;
  let read = readDeliveryChange(turn.text, turn.reading, expedite ? { kind: 'expedite' } : {});
  if (!read.kind && resend) read = readDeliveryChange(turn.text, turn.reading, { kind: 'redeliver' });
  if (!read.kind) return false;
  // "Send it again for free" with no day, window, place or address is what the complaint asks for (a resend), not a
  // change to this delivery: the demand the intake took.
  const bare = Object.keys(read.details).length === 0 && !read.area;
  // "你们到底能不能送到，我要赔偿": with no day, place or address, the delivery is what went wrong and the remedy asked
  // for is the demand — no change to take down (blind-12 01.2).
  // ("可以幫我攔截退回嗎？… 退回的運費我不想付": the return is a change of its own, whatever money is asked beside it —
  // blind batch 40a: 11.2.)
  if (bare && read.kind !== 'return_to_sender' && asksForRemedy(turn.text)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  // (A parcel on its way back to the sender is the exception: having it again is a change to its delivery.)
  const returned = lookup.kind === 'found' && lookup.view.anomalies.includes('returned');
  if (bare && read.kind === 'redeliver' && !returned && statedDemands(turn).includes('redelivery')) return false;
  // "可以的話請盡快" after asking for it to be sent again: how soon the resend is wanted — the demand's words, not a
  // speed-up of a parcel on its way back (blind-10 11.4).
  const resendAsked = state.demand === 'redelivery' || (state.moreDemands ?? []).includes('redelivery');
  if (bare && read.kind === 'expedite' && resendAsked) return false;
  // ("請盡快回覆": a parcel sent back is never sped up — blind-25 21.5.)
  if (read.kind === 'expedite' && returned) return false;
  // "可唔可以再寄過嚟" about a parcel sent back, in a complaint the customer made theirs ("個地址冇錯㗎"): the resend is
  // the complaint's demand, which its step takes — with what the station can do for a parcel on its way back (the
  // sender may have it already). The complaint is not dropped for a change (blind-10 19.3).
  // "我还要重新寄过去，寄香港要注意啥？", "重寄要點搞？": the customer resending it, or asking how — no resend asked of
  // us, nothing taken down (blind batch 29: 14.4 and 26.5 were noted 重新派送).
  if (read.kind === 'redeliver' && returned && (resendsItThemselves(turn.text) || asksHowToResend(turn.text)))
    return false;
  if (bare && read.kind === 'redeliver' && returned && complaintTheirs(state)) {
    // ("6123 4567. so are u sending it again or not" with the resend its demand already: what the station can do for a
    // parcel on its way back, answered — blind batch 46a: 05.6.)
    if (resendAsked && asksQuestion(turn.text)) {
      await reply(turn, returnedNote(turn, number));
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return prompt === CONFIRM_PROMPT;
    }
    if (resendAsked) return false;
    if (!state.demand || state.demand === 'none') state.demand = 'redelivery';
    else state.moreDemands = [...(state.moreDemands ?? []), 'redelivery'];
    const noted = say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) });
    await reply(turn, `${returnedNote(turn, number)}\n${noted}`);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    // At the demand question this is its answer: the intake goes on to the next step.
    if (prompt === DEMAND_PROMPT) turn.context.turnState.set(STEP_ANSWERED, true);
    // At the summary it is a question answered, never a yes: the summary is asked again (blind batch 23: 06.5).
    return prompt === CONFIRM_PROMPT;
  }
  // A delivered parcel is not redirected: a resend is the complaint's demand.
  if (lookup.kind !== 'found' || lookup.shipment.events.some((e) => e.status === 'delivered')) return false;
  // "為什麼會延遲？什麼時候會到？可以加快嗎": why it is late and when it comes, from the record, before the speed-up is
  // taken as a change — not the change alone (blind batch 18 21.4).
  const question = parcelQuestionIn(turn.text);
  if (question && FACTS_BEFORE_CHANGE.includes(question)) await reply(turn, parcelFactsAnswer(turn, lookup, question));
  return answersDemandStep(turn, position, await settle(turn, state, number, changeRead(turn, read.kind, read)));
}

/** The change the message asks (its kind and what was read of it), waiting for the last 4 digits that prove the parcel. */
function changeRead(
  turn: Turn,
  kind: PendingChange['kind'],
  read: Pick<ReturnType<typeof readDeliveryChange>, 'details' | 'area'>,
): PendingChange {
  // ("你们就今天给我送到 放小区门卫就行": the building's desk named with the day goes on the request — blind batch 38a: 09.3.)
  const desk = kind === 'redeliver' && !read.details.leaveWith ? buildingDeskIn(turn.text) : undefined;
  return {
    kind,
    details: desk ? { ...read.details, leaveWith: desk } : read.details,
    words: [turn.text.trim()],
    ...(read.area ? { area: read.area } : {}),
    need: 'last4',
  };
}

// A hold said as an instruction: "放你们网点吧", "留喺你哋站啦", "just keep it at the depot", "我自己过去拿" — not a story
// of where it was put ("放驿站了都不通知", "they left it at the station").
const HOLD_SAID =
  /^\s*(?:就|那就|那|咁|直接)?\s*(?:放|留|存|寄放)|^\s*(?:just\s+)?(?:hold|keep)\b|自己(?:去|嚟|來|来|过去|過去)|\bi'?ll (?:come and )?(?:pick it up|collect it|get it)\b/i;
const TOLD_DONE = /了|咗|\b(left|put|kept|held|was|were)\b/i;

/**
 * One sentence of the message asks for a change of delivery ("the first one is 3 days late. just hold it at the
 * station", "已经晚了三天了。放你们网点吧，我自己过去拿。"), after what went wrong.
 */
function askedInASentence(turn: Turn): boolean {
  const sentences = turn.text.split(/(?<=[.!?。！？])\s*/).filter((s) => s.trim());
  const holdSaid = (sentence: string) =>
    deliveryChangeKind(sentence, turn.reading) === 'hold' && HOLD_SAID.test(sentence) && !TOLD_DONE.test(sentence);
  return sentences.some((s) => (sentences.length > 1 && asksToChangeDelivery(s.trim(), turn.reading)) || holdSaid(s));
}

/**
 * A change of delivery asked for another parcel than the complaint's, named in the message: taken as that parcel's
 * request — asked for what it needs, its own last 4 digits first — and never noted on this complaint.
 * False when the message asks no change that can be read.
 */
async function changeForOtherParcel(turn: Turn, state: IntakeState, parcel: string): Promise<boolean> {
  if (!asksToChangeDelivery(turn.text, turn.reading)) return false;
  const read = readDeliveryChange(turn.text, turn.reading, {});
  if (!read.kind) return false;
  const lookup = await lookUpParcel(turn.services, parcel);
  if (lookup.kind !== 'found' || lookup.shipment.events.some((e) => e.status === 'delivered')) return false;
  // ("上海嗰件…聽日送之前打電話俾阿媽 佢尾數4444": the digits said with it prove that parcel — blind batch 43a: 13.4
  // asked for them again.)
  const digits = labelledLastFour(turn.text);
  if (digits && !turn.data.verified.includes(parcel)) {
    if ((await digitsChecked(turn, lookup.shipment, digits)) === 'proved')
      markProvedByDigits(turn.data, lookup.shipment, digits);
  }
  return settle(turn, state, parcel, { ...changeRead(turn, read.kind, read), parcel });
}

/**
 * "那麻烦你们帮我催一下" to "what would you like us to do?": the change recorded is what the customer wants done —
 * the demand step's answer, not a question to ask again (blind-14 05.7).
 */
function answersDemandStep(turn: Turn, { prompt, state }: IntakePosition, taken: boolean): boolean {
  if (taken && prompt === DEMAND_PROMPT && !state.pendingChange && (state.changes ?? []).length > 0)
    turn.context.turnState.set(STEP_ANSWERED, true);
  return taken;
}

async function carryOnPending(
  turn: Turn,
  state: IntakeState,
  number: string,
  pending: PendingChange,
): Promise<boolean> {
  if (pending.need === 'last4') {
    // ("last 4 is 6666 for the SF one. for the YT one it's 7777": proved already by this message's digits — blind 31: 02.3.)
    if (turn.data.verified.includes(number)) return settle(turn, state, number, withDeskBeside(turn, pending));
    const digits = /(?<!\d)(\d{4})(?!\d)/.exec(turn.text)?.[1];
    // "到底有沒有幫我攔下來退回？", "so is it done?": not yet — it waits for the digits, said with what it is (blind batch
    // 40a: 11.4–11.5 heard the parcel's status and the summary, twice).
    if (!digits && askedAbout(turn.text) === 'done') {
      const what = describeRequest(turn.services.replies, turn.locale, {
        kind: pending.kind,
        details: pending.details,
      });
      await reply(turn, say(turn, 'intake.changeWaitsForProof', { number, what }));
      turn.context.turnState.set(ANSWERED_ASIDE, true);
      return true;
    }
    if (!digits) return false;
    const lookup = await lookUpParcel(turn.services, number);
    if (lookup.kind !== 'found') return false;
    // Counted like every answer of digits (proof-attempts.ts); past the limits a person is offered instead.
    const check = await digitsChecked(turn, lookup.shipment, digits);
    if (check !== 'proved') {
      if (check === 'locked') state.pendingChange = undefined;
      await reply(turn, say(turn, check === 'locked' ? 'change.offerPerson' : 'change.last4Why', { number }));
      return true;
    }
    markProvedByDigits(turn.data, lookup.shipment, digits);
    return settle(turn, state, number, withDeskBeside(turn, pending));
  }
  // (When to phone them is no day for the change: "call me … I'm free after 5 today".)
  const { text, reading } = withoutTimeToCall(turn);
  const read = readDeliveryChange(text, reading, {
    kind: pending.kind,
    askedAddress: pending.need === 'address',
    ...(pending.area ? { area: pending.area } : {}),
  });
  // ("她平日白天都在家，越快越好" where the day is asked: the first day it can come — blind batch 46a: 12.6.)
  const soonest = pending.need === 'date' && !read.details.date ? soonestDayAsked(turn) : undefined;
  if (soonest) read.details.date = soonest;
  if (Object.keys(read.details).length === 0 && !read.area) return false;
  const next: PendingChange = {
    ...pending,
    details: { ...pending.details, ...read.details },
    words: [...pending.words, turn.text.trim()],
    ...(read.area ? { area: read.area } : {}),
  };
  return settle(turn, state, number, next);
}

/**
 * The proof sent with "…please have it left at our front desk (reception, 12F)": the desk goes on the change waiting
 * for the proof (blind batch 44b: 02.3 recorded the redelivery without it).
 */
function withDeskBeside(turn: Turn, pending: PendingChange): PendingChange {
  const desk = buildingDeskIn(turn.text);
  if (!desk || pending.details.leaveWith === desk) return pending;
  const kind = pending.kind === 'change_address' || pending.kind === 'hold' ? pending.kind : 'redeliver';
  return {
    ...pending,
    kind,
    details: { ...pending.details, leaveWith: desk },
    words: [...pending.words, turn.text.trim()],
  };
}

/** Records the change when it is proved and complete; else asks for what it needs and keeps it pending. */
export async function settle(turn: Turn, state: IntakeState, number: string, change: PendingChange): Promise<boolean> {
  const { services } = turn;
  const lookup = await lookUpParcel(services, number);
  if (lookup.kind !== 'found') return false;
  if (!(await proved(turn, number, lookup.shipment))) {
    state.pendingChange = { ...change, need: 'last4' };
    await reply(turn, say(turn, 'intake.changeNeedsProof', { number }));
    return true;
  }
  const missing = missingDetail(change.kind, change.details);
  // ("電話 9876 5432 夜晚7點後送啦" where the day is asked: the time heard, only the day asked — blind 46b: 13.6.)
  const dayAsked = missing === 'date' ? askDayForTime(turn, number, change.details) : undefined;
  if (dayAsked) {
    state.pendingChange = { ...change, need: 'date' };
    await reply(turn, dayAsked);
    return true;
  }
  if (missing) {
    state.pendingChange = { ...change, need: missing };
    const ask: ReplyKey =
      missing === 'address' && change.area
        ? 'change.askAddressMore'
        : (`change.ask${missing[0]?.toUpperCase()}${missing.slice(1)}` as ReplyKey);
    await reply(turn, say(turn, ask, { number, area: change.area ?? '' }));
    return true;
  }
  state.pendingChange = undefined;
  // ("Can you confirm all of that is noted? Tomorrow, reception 12F." of the request just taken down: the same request,
  // said back — not a second one beside it in the summary — blind batch 44b: 02.4.)
  const standing = (await services.deliveryChanges.list({ trackingNumber: number, limit: 20 })).find(
    (r) =>
      r.customerId === turn.customer.id &&
      r.status === 'requested' &&
      r.kind === change.kind &&
      Object.entries(change.details).every(
        ([key, value]) => key === 'leaveWith' || r.details[key as keyof typeof r.details] === value,
      ),
  );
  if (standing && change.parcel === undefined && state.changes?.some((c) => c.id === standing.id)) {
    const what = describeRequest(services.replies, turn.locale, standing);
    await reply(turn, say(turn, 'intake.changeStands', { number, what }));
    return true;
  }
  const now = services.clock.now().toISOString();
  const { request } = await services.deliveryChanges.request(
    {
      requestKey: `${turn.conversation.id}:${turn.context.activity.id ?? now}`,
      trackingNumber: number,
      kind: change.kind,
      details: change.details,
      words: change.words.join('\n'),
      customerId: turn.customer.id,
      conversationId: turn.conversation.id,
      channel: turn.conversation.channel,
      locale: turn.locale,
      createdAt: now,
    },
    lookup.shipment,
  );
  await linkParcel(turn, number, 'proved');
  const what = describeRequest(services.replies, turn.locale, request);
  // (Another parcel's request is its own: not shown in this complaint's summary nor written into its ticket.)
  const ownParcel = change.parcel === undefined;
  if (ownParcel)
    state.changes = [...(state.changes ?? []).filter((c) => c.id !== request.id), { id: request.id, what }];
  // (Its new address may be corrected by the next message: other-parcel-change.ts.)
  else state.otherAddressTaken = request.kind === 'change_address' && request.details.address ? number : undefined;
  const returned = lookup.view.anomalies.includes('returned');
  const current = state.trackingNumbers[0] ?? '';
  const recorded = ownParcel
    ? say(turn, 'intake.changeAlongside', { number, what })
    : say(turn, 'intake.changeOtherParcel', { number, what, current });
  // "…502。改地址要加钱吗？": what the change costs, asked with it, is answered beside it (blind 27: 15.5).
  const cost = asksCostQuestion(turn.text) ? await changeCostLine(turn, lookup.shipment, request) : undefined;
  const told = [recorded, returned ? returnedNote(turn, number) : '', cost ?? ''].filter(Boolean).join('\n');
  await reply(turn, told);
  return true;
}

/** Digits offered for a parcel, checked and counted like every answer of digits (proof-attempts.ts). */
const digitsChecked = (turn: Turn, shipment: Parameters<typeof checkLastFour>[2], digits: string) =>
  checkLastFour(turn.services.store, turn.data, shipment, digits, turn.services.clock.now());
