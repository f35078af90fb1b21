import { wordsIn } from './intake-reading';
import { insuredValueSaid } from './insured-said';
import { claimLimitsFor } from './goods-value';
import type { NluResult } from '../nlu';
import { DIGITS_AHEAD } from './digits-ahead';
import { asksTicketNumber } from './ticket-questions';
import { asksClaimStillOpen, claimTimeAnswer } from './claim-window';
import { CASE_OF_ITEM, asksOnlyDestination } from './rules-follow-up';
import { asksForCall } from './call-words';
import { phoneGivenAsContact } from './phone-as-contact';
import { newNumberNote, shopGaveNumberRecently } from './new-number';
import { parcelStationHours } from './parcel-station-hours';
import type { Ticket } from '../tickets/records';
import { detailsOf } from './waybill-parties';
import { findTicketNumber, TicketNotFoundError, TicketNotYoursError } from '../tickets';
import { linkedParties } from '../tracking';
import {
  checkLastFour,
  digitsLocked,
  markProved,
  markProvedByDigits,
  mayTryDigits,
  PROOF_LIMITS,
} from './proof-attempts';
import { lookupProblem, lookUpParcel, parcelNamedIn, recordCategory, trackingAnswer } from './parcel-answer';
import { answerFaq, type FaqTopic } from './knowledge';
import { asksHowLong, asksPrice, asksRouteServed, shipmentQuote, type ShipmentQuote } from './shipment-quote';
import { conversationParcelRoute, namedParcelRoute } from './parcel-route';
import type { QuoteAsked } from './quote-reading';
import { insuranceQuote } from './insurance-quote';
import { customerMarket, noteMarketClue, parcelMarket } from './market';
import { routePriceMarket } from './route-market';
import { lateRefundAnswer } from './late-refund';
import { acknowledge, leftWithoutWord } from './empathy';
import { reply, say, spokenRegister, type FaqIntent, type Turn } from './turn';
import type { ReplyKey } from './replies';
import { describeRequest } from './delivery-change-words';
import { routeTimeAnswer } from './transit-time';
import { parcelRulesAnswer } from './parcel-rules';
import { waitingRulesAnswer } from './waiting-rules';
import { answerCodOnParcel } from './cod-on-parcel';
import { destinationSaidBefore, routeSaidBefore } from './destination-said';
import { noteOutcome } from './turn-outcome';
import { linkParcel } from './parcel-links';
import { verifiedPhones } from './customer-directory';
import { alsoAsked, asksAboutId, asksOutletAddress, feeLookupText } from './faq-topics';
import { ID_ENTRY_WORDS } from './what-to-bring';
import { asksBreakageCover, asksPackingBesideCover } from './breakage-cover';
import { ruleOn } from './case-rules';
import { feeRuleAsked } from './fee-rule-asked';
import { claimEntryWords } from './claim-evidence';
import { withdrawsComplaint } from './complaint-withdrawn';
import { answerWithdrawElsewhereAsked } from './withdraw-elsewhere';
import { localOutlet, outletHours, placeMarketIn } from './outlet-answer';
import { destinationRulesNote, routeRules, sentFromLead } from './route-rules';
import { itemsAsked, itemsNotListed, namingItems } from './item-rules';
import { recipientStepsAnswer } from './recipient-steps';
import { overMainlandLimit } from './mainland-value-limit';
import { cheaperBoxAnswer } from './cheaper-box';
import { itemsAskedInChat, remainingItemsAnswer } from './remaining-items';
import { claimLookupText } from './ticket-questions';
import {
  clausesOf,
  amountAt,
  digitsWritten,
  labelledLastFour,
  refersToEarlierComplaint,
  refusesNewComplaint,
  saysNotHome,
} from './message-cues';
import { answerAfterProof, answerTicketsOnParcel, howLongIfFiled } from './tickets-on-parcel';
import { lostLooking } from './direct-answer';
import { describeTicket } from './ticket-text';
import { numberOnChatTicket } from './number-on-ticket';
import { answerNumberAsGiven } from './number-as-given-answer';
import { chaseAlreadyAsked } from './chase-requested';
import { parcelQuestionIn } from './parcel-facts';

export { describeTicket };

// Letters and a few digits, or a short run of digits, meant as a tracking number ("ZZ12345", "track 8812345").
// ("EA52601815CN": a postal number a digit short, its country letters after it — blind batch 46a: 05.2.)
const ATTEMPT = /(?<![A-Za-z0-9])(?:[A-Za-z]{1,4}\d{3,9}[A-Za-z]{0,2}|\d{5,9})(?![A-Za-z0-9])/;

/** What the customer sent as a tracking number that cannot be one (too short), if anything. */
export function attemptedNumber(turn: Turn): string | undefined {
  const { entities } = turn.reading;
  if (entities.phones.length > 0 || entities.amounts.length > 0) return undefined;
  return ATTEMPT.exec(turn.text)?.[0];
}

/** Set in the turn state when the customer has just said they are not complaining: no offer to complain. */
export const NO_COMPLAINT_OFFER = Symbol('parcelcare.noComplaintOffer');

/**
 * "Can you check these: SF…, YT…, 7828… and SF…": each parcel's status in turn (or why its number cannot be taken),
 * then how to go on with one of them. No parcel becomes the conversation's own — "the late one" is asked after, never
 * guessed as the first (blind batch 18: 08, 18.1, 30.1 answered only the first number).
 */
async function answerSeveral(turn: Turn, numbers: string[]): Promise<void> {
  const blocks: string[] = [];
  const listed: string[] = [];
  let found = 0;
  for (const number of numbers) {
    const lookup = await lookUpParcel(turn.services, number);
    if (lookup.kind !== 'found') {
      blocks.push(lookupProblem(turn.services, turn.locale, lookup, spokenRegister(turn)) as string);
      continue;
    }
    found += 1;
    listed.push(number);
    const lines = await trackingAnswer(turn.services, turn.context, turn.locale, lookup, spokenRegister(turn));
    const lost = lostLooking(turn, lookup);
    if (lost) lines.unshift(lost);
    await linkParcel(turn, number, turn.data.verified.includes(number) ? 'proved' : 'asked');
    blocks.push(lines.join('\n'));
  }
  noteOutcome(turn.context, found > 0 ? 'answered' : 'unanswered');
  turn.data.lastTracking = undefined;
  turn.data.parcelsListed = listed;
  await reply(turn, [...blocks, say(turn, 'trackSeveralNext')].join('\n\n'));
}

/** "Where is my parcel": status, last scan, promised date, anomalies; details only after a proven link. */
export async function handleTrack(turn: Turn): Promise<void> {
  const { trackingNumbers, invalidTracking } = turn.reading.entities;
  const named = [...new Set([...trackingNumbers, ...invalidTracking].map((t) => t.number))];
  if (named.length > 1) return answerSeveral(turn, named);
  // "Will it come tomorrow?" is about the parcel this conversation is already on.
  const last = turn.data.lastTracking;
  const lookup =
    (await parcelNamedIn(turn.services, turn.reading.entities)) ??
    (last ? await lookUpParcel(turn.services, last) : undefined);
  noteOutcome(turn.context, lookup?.kind === 'found' ? 'answered' : 'unanswered');
  if (!lookup) {
    // "track ZZ12345": what the customer sent as the number is named, and why it is none — not asked for as if
    // nothing had been sent.
    const attempt = attemptedNumber(turn);
    turn.data.numberAsked = !attempt;
    await reply(turn, attempt ? say(turn, 'trackNotANumber', { attempt }) : say(turn, 'askTracking'));
    return;
  }
  if (lookup.kind !== 'found') {
    // (A number that fails its check digit is one not found too: "不可能 短信里就是这个号" stands by it — batch 18 20.6.)
    if (lookup.kind === 'unknown' || lookup.kind === 'invalid') turn.data.trackingNotFound = lookup.number;
    // (The number of the ticket this chat is on, sent again: it is on the ticket for the agent to check — 17.6.)
    const onTicket = lookup.kind === 'unknown' ? await numberOnChatTicket(turn, lookup.number) : undefined;
    if (onTicket) return void (await reply(turn, onTicket));
    // The same number not found sent again, or one stood by before: taken as given, not "check it" again.
    if (await answerNumberAsGiven(turn, lookup)) return;
    // ("ZT998877": too few digits to be anyone's number — said so, the reason being its length.)
    // (A postal S10 number — two letters, nine digits, two letters — has its own check-digit reason.)
    const short =
      lookup.kind === 'invalid' &&
      lookup.number.replace(/\D/g, '').length < 10 &&
      !/^[A-Z]{2}\d{9}[A-Z]{2}$/i.test(lookup.number);
    const problem = short
      ? say(turn, 'trackNotANumber', { attempt: lookup.number })
      : (lookupProblem(turn.services, turn.locale, lookup, spokenRegister(turn)) as string);
    // ("The shop gave it to me yesterday": why a new number is not found yet, and what to do — batch 20.)
    const why = lookup.kind === 'unknown' && shopGaveNumberRecently(turn.text) ? newNumberNote(turn) : undefined;
    await reply(turn, [problem, why].filter(Boolean).join('\n'));
    return;
  }
  const { number, shipment, view } = lookup;
  turn.data.lastTracking = number;
  const lines = await trackingAnswer(turn.services, turn.context, turn.locale, lookup, spokenRegister(turn));
  // Lost-looking (an exception scan, late): said plainly before the status, with what happens now.
  const lost = lostLooking(turn, lookup);
  if (lost) lines.unshift(lost);
  // "明天几点到?", "what time tomorrow?": the day it is due above, and that no time of day is known yet (blind-31 28.1).
  if (parcelQuestionIn(turn.text) === 'timeOfDay' && !view.delivered) {
    const date = view.promisedDate ? turn.services.replies.day(turn.locale, view.promisedDate) : '';
    lines.push(say(turn, view.daysLate > 0 || !date ? 'facts.noTimeLate' : 'facts.noTimeOfDay', { number, date }));
    // ("im at work 9 to 6 and nobody home": what happens then, and the ways round it — blind batch 53b: 01.2.)
    const away = saysNotHome(turn.text) ? ruleOn(turn, 'nobodyHome', lookup) : undefined;
    if (away) lines.push(away);
  }
  const byIdentity = linkedParties(shipment, { phones: verifiedPhones(turn.customer) });
  // ("收件人係我老公 電話尾數5555 … 佢話係782828807290222": digits told before the number are its proof, checked and
  // counted as any — blind batch 44b: 14.3–14.4 asked for them again.)
  const ahead = turn.context.turnState.get<string | undefined>(DIGITS_AHEAD);
  turn.context.turnState.delete(DIGITS_AHEAD);
  if (ahead && !turn.data.verified.includes(number) && byIdentity.length === 0) {
    const check = await checkLastFour(turn.services.store, turn.data, shipment, ahead, turn.services.clock.now());
    if (check === 'proved') markProvedByDigits(turn.data, shipment, ahead);
  }
  const linked = turn.data.verified.includes(number) || byIdentity.length > 0;
  await linkParcel(turn, number, linked ? 'proved' : 'asked');
  if (linked) {
    const roles = turn.data.verifiedAs?.[number] ?? byIdentity;
    lines.push(say(turn, 'trackDetails', detailsOf(turn.locale, shipment, roles)));
  } else {
    lines.push(say(turn, 'trackDetailsHint'));
    turn.data.verifyTracking = number;
    turn.data.verifyTries = 0;
  }
  await reply(turn, lines.join('\n'));

  if (view.anomalies.length > 0 && !turn.context.turnState.get(NO_COMPLAINT_OFFER)) {
    // (A parcel the reply says is treated as possibly lost: a complaint on it is about its loss.)
    turn.data.suggestedCategory = recordCategory(view) ?? 'other';
    turn.data.suggestedByCustomer = undefined;
    turn.data.offeredComplaint = number;
    const complain = say(turn, 'choice.complain');
    const buttons = [
      { title: complain, value: `${complain} ${number}` },
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ];
    // Not moved for days while on its way: the action the courier has for it — the station asked to chase it (a
    // speed-up request, as a notice's "speed it up" makes) — offered first, beside a complaint.
    const lastAt = view.lastScan ? Date.parse(view.lastScan.at) : undefined;
    // (A chase of theirs recorded already is said so, with what happens next — not offered again: 27 04.3.)
    const chased = view.anomalies.includes('no_scan_48h') ? await chaseAlreadyAsked(turn, number) : undefined;
    if (chased) await reply(turn, chased, buttons);
    else if (view.anomalies.includes('no_scan_48h') && view.status !== 'exception' && lastAt !== undefined) {
      const days = Math.floor((turn.services.clock.now().getTime() - lastAt) / 86_400_000);
      const chase = say(turn, 'notice.choice.expedite');
      turn.data.offeredChase = number;
      turn.data.offeredChaseWords = turn.text;
      // One apology and one question: the chase first, the complaint as the other way (blind-10 29.4 heard both twice).
      // (Proved already: the offer asks for no digits again — blind-25 17.4.)
      const offerKey = linked ? 'offerChaseProved' : 'offerChase';
      const offer = `${say(turn, offerKey, { days })}\n${say(turn, 'offerComplaintAfterChase')}`;
      await reply(turn, offer, [{ title: chase, value: `${chase} ${number}` }, ...buttons]);
    } else await reply(turn, say(turn, 'offerComplaint'), buttons);
  }
}

/** The customer answered the "last 4 digits" question (or offered the digits unasked). */
export async function handleVerification(
  turn: Turn,
  digits: string,
  parcel?: string,
  retry: string = say(turn, 'last4Retry'),
): Promise<void> {
  const number = parcel ?? (turn.data.verifyTracking as string);
  turn.data.verifyTracking = number;
  const shipment = await turn.services.shipments.find(number);
  // A parcel our records do not have is never proven: it is not found, and the number is what to check.
  if (!shipment) {
    turn.data.verifyTracking = undefined;
    await reply(turn, say(turn, 'trackUnknown', { number }));
    return;
  }
  const check = await checkLastFour(turn.services.store, turn.data, shipment, digits, turn.services.clock.now());
  if (check === 'proved') {
    turn.data.verifyTracking = undefined;
    const roles = linkedParties(shipment, { last4: digits });
    markProved(turn.data, number, roles);
    noteOutcome(turn.context, 'answered');
    await linkParcel(turn, number, 'proved');
    await reply(
      turn,
      `${say(turn, 'last4Verified')} ${say(turn, 'trackDetails', detailsOf(turn.locale, shipment, roles))}`,
    );
    // Proved to look for their complaint on it: what became of that, not silence.
    // (Waiting for a person, the agent looks for it: the hand-off says the proof is on the ticket.)
    if (turn.data.complaintSought === number && turn.conversation.mode !== 'handoff')
      await answerAfterProof(turn, number);
    return;
  }
  // Too many wrong answers, here or for this parcel from anyone: the digits are not even compared.
  if (check === 'locked') {
    turn.data.verifyTracking = undefined;
    turn.data.offeredHuman = true;
    await reply(turn, say(turn, 'last4Locked'), [
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ]);
    return;
  }
  // A typo deserves another try without sending the number again; three wrong answers end it.
  turn.data.verifyTries = (turn.data.verifyTries ?? 0) + 1;
  if (turn.data.verifyTries < MAX_LAST4_TRIES && mayTryDigits(turn.data, number)) {
    await reply(turn, `${say(turn, 'last4Wrong', { number })} ${retry}`);
  } else {
    turn.data.verifyTracking = undefined;
    await reply(turn, say(turn, 'last4Wrong', { number }));
  }
}

const MAX_LAST4_TRIES = PROOF_LIMITS.perConversation;

/**
 * Checks last-4 digits given with a tracking question, so that its answer can show the details at once. Only a
 * right answer is quiet: a wrong or refused one is answered (and counted) by `handleVerification`.
 */
export async function proveQuietly(turn: Turn, number: string, digits: string): Promise<boolean> {
  const shipment = await turn.services.shipments.find(number);
  if (!shipment || (await digitsLocked(turn.services.store, turn.data, number, turn.services.clock.now())))
    return false;
  const roles = linkedParties(shipment, { last4: digits });
  if (roles.length === 0) return false;
  markProved(turn.data, number, roles);
  return true;
}

/**
 * The last 4 digits of a phone in a reply to "send the last 4 digits": named as such anywhere, a bare "4444"
 * or inside a sentence ("it's 4444", "尾号是4444"), when the message holds no other number that could be meant.
 */
export function lastFourIn(turn: Turn): string | undefined {
  const { entities } = turn.reading;
  if (entities.trackingNumbers.length > 0 || entities.invalidTracking.length > 0) return undefined;
  // The whole number where its last 4 digits were asked for ("13900009999", "+852 9123 4567"): those are its last 4.
  const [phone, ...more] = entities.phones;
  // ("送貨前打俾我先？我電話 +852 6123 4567": a number given to be called on is a contact, not the digits.)
  if (phone) return more.length === 0 && !phoneGivenAsContact(turn.text) ? phone.e164.slice(-4) : undefined;
  // "Last 4 digit is 7777", "後四碼 5678": the digits named as such, whatever other numbers the words hold.
  const labelled = labelledLastFour(turn.text);
  if (labelled) return labelled;
  // "New address: Room 1203, 88 Century Ave" is no attempt at the digits: an address, or other numbers beside them.
  // ("四四四四", "４４４４" and "44 44" are digits too.)
  const written = digitsWritten(turn.text);
  // ("4444. and if im not in can they leave it with the guard… the station is like 2km away": the answer first, as a
  // clause of its own, whatever the rest says — blind batch 50b: 03.5.)
  // ("1203. is my room number": an address's part, no digits of a phone — a review of session 49.)
  // ("3000, that's what the watch inside cost": a price — a review of session 49.)
  const leading =
    ADDRESS_PARTS.test(turn.text) || PRICE_WORDS.test(turn.text) ? undefined : LEADING_FOUR.exec(written)?.[1];
  if (leading) return leading;
  const numbers = written.match(/\d+/g) ?? [];
  if (numbers.length !== 1 || ADDRESS_PARTS.test(turn.text)) return undefined;
  const digits = numbers[0] as string;
  // ("手机8999买的": a price, not a phone's end.)
  if (amountAt(written, written.indexOf(digits))) return undefined;
  const alone = ALONE_FOUR.test(written) && !PRICE_WORDS.test(turn.text);
  return digits.length === 4 && (turn.text.length <= 80 || alone) ? digits : undefined;
}

/**
 * The last 4 digits where they were asked for: as `lastFourIn` reads them, or those of a whole number given as the
 * customer's own ("我的手机号是13800004444", "my number is …") when they are the sender's or the recipient's — the
 * parcel is proved all the same. A number that matches neither, or is given to be called on, is a contact (review 31).
 */
export async function lastFourAsked(turn: Turn, parcel: string): Promise<string | undefined> {
  const read = lastFourIn(turn);
  const { trackingNumbers, invalidTracking, phones } = turn.reading.entities;
  const [phone, ...more] = phones;
  if (read || !phone || more.length > 0 || trackingNumbers.length + invalidTracking.length > 0) return read;
  if (asksForCall(turn.text)) return undefined;
  const shipment = await turn.services.shipments.find(parcel);
  const digits = phone.e164.slice(-4);
  return shipment && linkedParties(shipment, { last4: digits }).length > 0 ? digits : undefined;
}

// Four digits that open the message as a clause of their own: "4444. and…", "4444, also…".
const LEADING_FOUR = /^\s*(\d{4})\s*[.,，。!！;；]\s*(?=\D)/;
// A price spoken of: "cost", "worth", "yuan", "元", "蚊".
const PRICE_WORDS = /\b(cost|costs|worth|price|paid|yuan|rmb|hkd|dollars?)\b|元|块|塊|蚊|价|價/i;
// Four digits as a clause of their own: "i just sent them, 4444!! and…" (the one number in the message).
const ALONE_FOUR = /(?:^|[,，.。!！?？;；:：]\s*)(\d{4})\s*(?:[,，.。!！?？;；]|$)/;

const ADDRESS_PARTS =
  /\b(room|rm|flat|unit|floor|fl|block|blk|building|bldg|road|rd|street|st|avenue|ave|lane|ln|drive|dr|address)\b|地址|[路街巷弄]\s*\d|(?<!\d)\d+\s*[号號室樓楼层層栋棟座]|大厦|大廈|小区|小區/i;

/**
 * Last-4 digits the customer volunteers: named as such anywhere in the message ("I was the sender, last four
 * 2222", "尾數係2222", even beside a tracking number), or alone as a short reply.
 */
export function volunteeredLastFour(turn: Turn, besideWords = false): string | undefined {
  const labelled = labelledLastFour(turn.text);
  if (labelled) return labelled;
  const digits = lastFourIn(turn);
  if (!digits) return undefined;
  if (turn.text.trim().length <= 6) return digits;
  // With a word or two beside them ("4567 夠未？", "1234 ok?", "是 1234"), none that makes them a year, a sum or a
  // weight: nothing else they could be.
  const rest = digitsWritten(turn.text).replace(digits, ' ');
  const han = rest.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  const latin = rest.match(/[a-z]+/gi)?.length ?? 0;
  const { amounts, phones } = turn.reading.entities;
  const plain = han <= 3 && latin <= 2 && !/\d/.test(rest) && !UNITS.test(rest) && amounts.length + phones.length === 0;
  return besideWords && plain ? digits : undefined;
}

const UNITS = /[年月日号號点點时時分秒元块塊蚊次个個件斤克]|kg|rmb|hkd|usd|\b(yuan|dollars?|years?|am|pm|g)\b/i;

/** The customer's own tickets, or one of them by number. */
// "my complaint about another parcel", "另一个包裹的投诉": not the parcel in the chat.
const ANOTHER_PARCEL =
  /\b(another|other|different) (parcel|package|order|one)\b|另一个|另一個|另外一个|另外一個|另一件|其他(的)?(包裹|快递|快遞|件)|第二件|另一單|另一单/i;

export async function handleTicketStatus(turn: Turn): Promise<void> {
  const number = findTicketNumber(turn.text);
  const describe = (ticket: Ticket, key: 'tickets.line' | 'tickets.detail') => describeTicket(turn, ticket, key);
  noteOutcome(turn.context, 'answered');
  if (number) {
    try {
      await reply(
        turn,
        describe(await turn.services.tickets.byNumberForCustomer(number, turn.customer.id), 'tickets.detail'),
      );
    } catch (err) {
      // Someone else's ticket is reported exactly like a missing one: no enumeration of other people's cases.
      if (err instanceof TicketNotFoundError || err instanceof TicketNotYoursError) {
        noteOutcome(turn.context, 'unanswered');
        // "complained last week about SF…, ticket C-…, nobody called": the parcel named beside the number is looked
        // at too — complaints of theirs on it, how it stands — not only "check the number" (blind batch 19: 08.1, 30.1).
        const parcel = turn.reading.entities.trackingNumbers[0]?.number;
        if (parcel) {
          await reply(turn, say(turn, 'tickets.notFound', { number }));
          return answerTicketsOnParcel(turn, parcel);
        }
        // The way forward: a person can find it by phone or parcel (the button; "好吧，那…" is no yes to it).
        turn.data.ticketNotFound = number;
        await reply(turn, say(turn, 'tickets.notFound', { number }), [
          { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
        ]);
      } else throw err;
    }
    return;
  }
  // "What happened with my complaint about SF…": their complaint on that parcel (the conversation's parcel when the
  // message speaks of an earlier complaint without naming one).
  const named = turn.reading.entities.trackingNumbers[0]?.number;
  if (named) return answerTicketsOnParcel(turn, named);
  const last = refersToEarlierComplaint(turn.text) ? turn.data.lastTracking : undefined;
  if (last && (await turn.services.tickets.forCustomerOnParcel(turn.customer.id, last, 1)).length > 0)
    return answerTicketsOnParcel(turn, last);
  const tickets = await turn.services.tickets.forCustomer(turn.customer.id, 5);
  // "Nobody has called me back" after the bot looked for the complaint by its parcel and found none: not the parcel's
  // number asked for again — sorry, and the way on with that parcel (a person who can look it up, or a new complaint).
  const sought = turn.data.complaintSought;
  if (tickets.length === 0 && sought) {
    noteOutcome(turn.context, 'unanswered');
    turn.data.offeredHuman = true;
    // "處理要多久？會有人打給我嗎？": how long once it is taken down, and the call (blind-12 20.4).
    const howLong = await howLongIfFiled(turn, sought);
    const none = say(turn, 'tickets.stillNoneOnParcel', { number: sought });
    // "…再不处理我打12305了": heard, before the way on (blind-12 08.4 went on as if it had not been said).
    const threat = turn.reading.signals.escalationThreat ? say(turn, 'tickets.threatHeard') : '';
    await reply(turn, [threat, none, howLong].filter(Boolean).join('\n'), [
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
      { title: say(turn, 'choice.complain'), value: say(turn, 'choice.complain') },
    ]);
    return;
  }
  // ("前两天我投诉说快递没收到 结果是室友帮我拿了 投诉能撤销吗" with none of theirs here: made elsewhere — who can close it,
  // no new complaint offered; a stranger's review of session 46.)
  if (tickets.length === 0 && withdrawsComplaint(turn.text))
    return answerWithdrawElsewhereAsked(turn, turn.data.lastTracking ?? '');
  // ("ok whats the ticket number so I can follow up" after a speed-up asked for: a request has none — what it is kept
  // under, and how it stands; blind batch 50b: 04.6.)
  // (Only the number asked for, of no complaint made elsewhere: "我上周投诉的那个怎么样了", "the one I filed by phone" are
  // looked for as before — a review of session 49.)
  const numberOnly = asksTicketNumber(turn.text) && !refersToEarlierComplaint(turn.text);
  const request = tickets.length === 0 && numberOnly && turn.data.lastTracking ? await ownChangeLine(turn) : '';
  if (request) {
    noteOutcome(turn.context, 'answered');
    await reply(
      turn,
      [say(turn, 'tickets.noneButRequest', { number: turn.data.lastTracking ?? '' }), request].join('\n'),
    );
    return;
  }
  // ("What is the status of my complaint" with a parcel named earlier in the chat: looked for on that parcel, never its
  // number asked for again — blind batch 54b: 03.2.)
  const inChat = turn.data.lastTracking;
  // (One said to be made before — "my earlier complaint" — is looked for as such: where it may have been made.)
  // (Nor when another parcel is meant: "my complaint about another parcel, any update?".)
  const another = ANOTHER_PARCEL.test(turn.text);
  if (
    tickets.length === 0 &&
    inChat &&
    !another &&
    !refersToEarlierComplaint(turn.text) &&
    !refusesNewComplaint(turn.text)
  ) {
    if (leftWithoutWord(turn.text)) await reply(turn, acknowledge(turn, 'noContact'));
    return answerTicketsOnParcel(turn, inChat);
  }
  if (tickets.length === 0) {
    // Never a dead end: made by phone or elsewhere, or under another address, a person can find it; its parcel's
    // number finds it here; or it is taken down now.
    noteOutcome(turn.context, 'unanswered');
    turn.data.offeredHuman = true;
    turn.data.ticketLookup = true;
    const earlier = refersToEarlierComplaint(turn.text) || refusesNewComplaint(turn.text);
    // "Still no one has got back to me": sorry first, then how to find the complaint.
    const sorry = leftWithoutWord(turn.text) ? `${acknowledge(turn, 'noContact')}\n` : '';
    await reply(turn, sorry + say(turn, earlier ? 'tickets.noneEarlier' : 'tickets.noneAskParcel'), [
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
      { title: say(turn, 'choice.complain'), value: say(turn, 'choice.complain') },
    ]);
    return;
  }
  // Only hand-offs taken back: nothing is open — said so, with the change of delivery asked for since, if any
  // ("我的工单号是多少" after a withdrawn hand-off and a speed-up: blind batch 18 17.5).
  const noneOpen = tickets.every((t) => t.status === 'withdrawn');
  const after = noneOpen ? [say(turn, 'tickets.noneOpen'), await ownChangeLine(turn)] : [];
  if (tickets.length === 1) {
    await reply(turn, [describe(tickets[0] as Ticket, 'tickets.detail'), ...after].filter(Boolean).join('\n'));
    return;
  }
  const lines = [say(turn, 'tickets.header'), ...tickets.map((t) => describe(t, 'tickets.line')), ...after];
  await reply(turn, lines.filter(Boolean).join('\n'));
}

/** The customer's own change of delivery on the conversation's parcel, as it stands, if they asked for one. */
async function ownChangeLine(turn: Turn): Promise<string> {
  const number = turn.data.lastTracking;
  if (!number) return '';
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request) return '';
  const what = describeRequest(turn.services.replies, turn.locale, request, spokenRegister(turn));
  return say(turn, `change.status.${request.status}` as ReplyKey, { number, what });
}

// "Is there one in Mong Kok, and when does it close?": where the outlet is, asked beside its hours.
const ASKS_WHERE =
  /\b(where|address|is there|are there|any|nearest|near)\b|在哪|哪里|哪裡|邊度|边度|地址|有没有|有沒有|有冇|附近|最近/i;

// "几点关门", "周日开不开", "open on Sunday?": a question about opening hours rather than where outlets are.
const HOURS =
  /几点|幾點|时间|時間|营业|營業|开门|開門|关门|關門|收工|放假|上班|开不开|開不開|開唔開|有冇開|有开|有開|[周週]末|[周週][一二三四五六日天]|星期|禮拜|礼拜|hours|open|close|closing|holiday|weekend|sunday|saturday/i;

/** The market the customer's parcel points to (a parcel to or from 香港 is Hong Kong's), when it is theirs. */
async function notedParcelMarket(turn: Turn): Promise<void> {
  const number = turn.data.lastTracking;
  if (!number) return;
  const lookup = await lookUpParcel(turn.services, number);
  const market = lookup.kind === 'found' ? parcelMarket(lookup.shipment) : undefined;
  if (market) noteMarketClue(turn, market, 'parcel');
}

/**
 * The FAQ answer to one point of a message, read alone (its item, its place, its route); the turn's words are the whole
 * message again afterwards (questions-beside.ts, unanswered-part.ts).
 */
export async function handleFaqOfPoint(turn: Turn, point: string, read: NluResult, intent: FaqIntent): Promise<void> {
  const { text, reading } = turn;
  turn.text = point;
  turn.reading = read;
  try {
    await handleFaq(turn, intent);
  } finally {
    turn.text = text;
    turn.reading = reading;
  }
}

/**
 * A FAQ reading of a message outside a complaint: "782… 是我的 感覺是不見了 沒保價的話可以賠多少？" tells where the parcel
 * named is before the claim rules (answer first — blind batch 43a: 12.4 heard only the rules); then the FAQ answer.
 */
export async function handleFaqReading(turn: Turn, intent: FaqIntent): Promise<void> {
  // (So does a long message of several questions that names one: "1) where is SF… 2) the nearest outlet… 3) can I send
  // a power bank…" — blind batch 55b: 05.1, 12.1 heard the outlets and the rules alone.)
  const long = wordsIn(turn.text) > 40;
  const named = intent === 'faq.claim' || long ? turn.reading.entities.trackingNumbers[0]?.number : undefined;
  const found = named ? await lookUpParcel(turn.services, named) : undefined;
  if (named && found?.kind === 'found') {
    const status = await trackingAnswer(turn.services, turn.context, turn.locale, found, spokenRegister(turn));
    await reply(turn, status.join('\n'));
    turn.data.lastTracking = named;
  }
  return handleFaq(turn, intent);
}

export async function handleFaq(turn: Turn, intent: FaqIntent): Promise<void> {
  // "delay咗咁耐，可唔可以refund返運費？": what lateness gives back, not the loss and damage rules (batch 23: 28.4).
  const late = intent === 'faq.claim' || intent === 'faq.fee' ? await lateRefundAnswer(turn) : undefined;
  if (late) {
    noteOutcome(turn.context, 'answered');
    return reply(turn, late);
  }
  // "JT… 簽咗收先發現個杯爛咗 仲可唔可以索償": whether the days after its delivery still run (claim-window.ts).
  if (intent === 'faq.claim' && asksClaimStillOpen(turn.text)) {
    const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
    const time = await claimTimeAnswer(turn, number, undefined);
    if (time) {
      noteOutcome(turn.context, 'answered');
      return reply(turn, time);
    }
  }
  // "JT… 已經簽收了，代收貨款什麼時候匯給我？": the parcel's delivery day and its COD payout counted from it.
  if (intent === 'faq.fee' && (await answerCodOnParcel(turn))) return noteOutcome(turn.context, 'answered');
  // "沒人在家怎麼辦？可以放管理室嗎", "要帶咩證件？" about a parcel delivered in another market: that market's rules.
  const parcelRules = await parcelRulesAnswer(turn);
  if (parcelRules) {
    noteOutcome(turn.context, 'answered');
    return reply(turn, parcelRules);
  }
  // "收件人沒去領會收保管費嗎？" after a Taipei → Xiamen price: the destination's waiting rules (waiting-rules.ts).
  const waiting = waitingRulesAnswer(turn);
  if (waiting) {
    noteOutcome(turn.context, 'answered');
    return reply(turn, waiting);
  }
  // "站點幾點開門？" with the customer's parcel in the conversation: the hours of that parcel's station.
  const stationHours = intent === 'faq.outlet' ? await parcelStationHours(turn) : undefined;
  if (stationHours) {
    noteOutcome(turn.context, 'answered');
    await reply(turn, stationHours);
    // "…what are its hours on Saturday? and do I need to bring ID?": the ID question beside them is answered too.
    return asksAboutId(turn.text) ? answerFaqTopic(turn, 'faq.outlet') : undefined;
  }
  await answerFaqTopic(turn, intent);
  // "寄2公斤到北京多少钱？充电宝能寄吗": the other question in the message is answered too.
  for (const other of alsoAsked(turn.services.knowledge, intent, turn.text)) await answerFaqTopic(turn, other);
  // "那酒要怎么包装？碎了你们赔不赔": how to pack, and what breakage pays — not the item's rule alone (blind-25 16.4).
  if (intent !== 'faq.claim' && asksBreakageCover(turn.text)) {
    const packing = asksPackingBesideCover(turn.text) ? ruleOn(turn, 'senderPacking') : undefined;
    if (packing) await reply(turn, packing);
    await answerFaqTopic(turn, 'faq.claim');
  }
}

// A loss spoken of, no damage: "if it is really lost", "丢了怎么赔", "唔見咗點賠".
const LOSS = /丢|丟|遗失|遺失|唔見|\blost\b|\bgo(es|ne)? missing\b/i;
const DAMAGE = /损|損|坏|壞|破|爛|烂|碎|湿|濕|\b(damag\w*|broken|smashed|crushed|wet)\b/i;
const asksOfLoss = (text: string): boolean => LOSS.test(text) && !DAMAGE.test(text);
// "what's the most you'd pay", "最多赔多少", "賠幾多": the amount only.
const HOW_MUCH_PAID = /\b(most|max(imum)?|how much|up to)\b|最多|最高|多少|幾多|几多/i;

/** The price asked beside how long sending takes ("多少钱 几天到"), from the clauses that do not ask how long. */
function priceBesideTime(
  turn: Turn,
  market: string,
  previous: QuoteAsked | undefined,
  saidBefore: string | undefined,
): ShipmentQuote | undefined {
  // (English joins the two questions by "and how …" with no comma: that parts them too.)
  // (A decimal point parts no clause: "what would 1.5 kg cost, and how long" keeps its 1.5 kg.)
  const clauses = clausesOf(turn.text.replace(/(\d)\.(?=\d)/g, '$1\u2024'))
    .flatMap((clause) => clause.split(/(?<!\s)\s+and\s+(?=how\b)/i))
    // ("寄个5斤的东西到乌鲁木齐多少钱几天能到", "how much send 3kg shenzhen to shanghai how long it take": glued with no
    // mark between them — parted where how long is asked; blind batch 46b: 04.1, 10.1 heard only the days.)
    .flatMap((clause) =>
      clause.split(
        /(?=(?:几天|幾天|多少天|几日|幾日|幾耐|几耐|多久)(?:能|可以|会|會|就|先)?(?:到|送到|寄到|收到))|(?<=\S)\s+(?=how (?:long|many days)\b)/i,
      ),
    )
    .map((clause) => clause.replace(/\u2024/g, '.'));
  const pricing = clauses.filter((clause) => !asksHowLong(clause));
  if (pricing.length === 0 || pricing.length === clauses.length) return undefined;
  const text = pricing.join(' ');
  return asksPrice(text) ? shipmentQuote({ ...turn, text }, market, previous, saidBefore) : undefined;
}

async function answerFaqTopic(turn: Turn, read: FaqIntent): Promise<void> {
  // "請問從台北可以寄東西到上海嗎" names no item: whether the route is served, which its rate answers (blind 42a 03.1).
  const routeOnly = read === 'faq.prohibited' && itemsAsked(turn.text).length === 0 && asksRouteServed(turn);
  const intent: FaqIntent = routeOnly ? 'faq.fee' : read;
  // "does my mum have to do anything when it arrives?" of the route being sent: the recipient's real-name check.
  const steps = recipientStepsAnswer(turn);
  if (steps) {
    noteOutcome(turn.context, 'answered');
    return reply(turn, steps);
  }
  // "And 5 kg?" right after a price keeps the route of the question before; "and to Taipei?" after an outlet
  // question or two in between keeps the weight of the last price question (kept until the next one).
  const previousQuote = turn.data.lastFaq === 'faq.fee' || intent === 'faq.fee' ? turn.data.lastQuote : undefined;
  turn.data.lastFaq = intent;
  if (intent === 'faq.fee') turn.data.lastQuote = undefined;
  const text = turn.text;
  // The courier's prices and rules where the customer is, not where their script is used.
  await notedParcelMarket(turn);
  if (!turn.data.market) {
    turn.data.market = customerMarket(turn);
    turn.data.marketFrom = 'language';
  }
  const { knowledge } = turn.services;
  const market = turn.data.market;
  // "Is there an outlet in Mong Kok, when does it close?": the district's own outlet, with its hours — named in
  // this message or an earlier one ("I'm in Pudong" … "where's the nearest outlet?"). "Nearest drop-off in
  // Kowloon?", "九龍城有冇門市": the points in that part of the city, or the nearest ones known.
  // A place named decides whose outlets answer ("nearest drop-off in Jing'an" is the Mainland's), and says where the
  // customer is.
  // "Do I need my passport?", "what do I bring to collect it?": the ID entry, not the outlet named before (blind-25 04.5).
  const idAsked = intent === 'faq.outlet' && asksAboutId(text);
  const outlet = intent === 'faq.outlet' && !idAsked ? localOutlet(turn, market) : undefined;
  const placed =
    intent === 'faq.outlet' ? (outlet?.named ? outlet.market : placeMarketIn(turn, text, market)) : undefined;
  if (placed) noteMarketClue(turn, placed, 'place');
  const topic: FaqTopic =
    intent === 'faq.outlet' ? (HOURS.test(text) && !idAsked ? 'hours' : 'outlet') : (intent.slice(4) as FaqTopic);
  // "寄台北要幾天", "how long from Wuhan to Hong Kong?": that route's usual time, in one line (not the price list).
  // "我想寄东西给香港的女儿" … "运费多少？2公斤，多久到？": the route said before (blind batch 23: 18.2).
  const saidBefore = topic === 'fee' ? destinationSaidBefore(turn) : undefined;
  const conversationRoute = topic === 'fee' ? await conversationParcelRoute(turn) : undefined;
  const routeTime = topic === 'fee' ? routeTimeAnswer(turn, previousQuote, saidBefore, conversationRoute) : undefined;
  // "从上海寄5公斤到乌鲁木齐多少钱 几天到": the price too, worked out from the clauses that ask it, and kept for "那拉萨呢"
  // (blind batch 20: 17.1–17.2, 05.3 heard only the days).
  const priced = routeTime ? priceBesideTime(turn, market, previousQuote, saidBefore) : undefined;
  if (priced) turn.data.lastQuote = priced.asked;
  else if (routeTime) turn.data.lastQuote = routeTime.route;
  if (routeTime) {
    noteOutcome(turn.context, 'answered');
    return reply(turn, priced ? `${priced.text}\n${routeTime.text}` : routeTime.text);
  }
  // "几点关门?" about the outlet just named: its closing time in one line, not its whole entry again.
  // ("地址咧?? 禮拜六有開嗎" of the outlet named before: its address asked, so the whole entry — blind batch 51a: 12.5.)
  const hoursOnly =
    topic === 'hours' && outlet?.single && !(outlet.named && ASKS_WHERE.test(text)) && !asksOutletAddress(text);
  const local = outlet && hoursOnly ? (outletHours(turn, outlet.answer) ?? outlet.answer) : outlet?.answer;
  // A price is looked up by the region a named place stands for, or by the change the customer just asked for.
  // "退款要多久?" finds the claims entry on refund times.
  // "to hong kong tho?" right after an item's rule: the item asked last, for that destination (blind batch 37b: 02.3).
  // ("那剛好20000的到底可不可以" naming no item, right after one's rule: that item again — blind batch 50a: 12.2.)
  const caseOfItem =
    topic === 'prohibited' &&
    turn.context.turnState.get(CASE_OF_ITEM) === true &&
    !answerFaq(knowledge, market, turn.locale, 'prohibited', text, 'entry');
  const itemBefore =
    topic === 'prohibited' && (asksOnlyDestination(text) || caseOfItem)
      ? turn.data.itemsQuestion?.split('\n').at(-1)
      : undefined;
  const itemTurn = itemBefore ? { ...turn, text: `${itemBefore}\n${text}` } : turn;
  const asked =
    topic === 'fee'
      ? await feeLookupText(turn, previousQuote)
      : topic === 'claim'
        ? claimLookupText(text)
        : idAsked
          ? `${text} ${ID_ENTRY_WORDS}`
          : itemTurn.text;
  // "Can I send perfume?" after "from Shenzhen to Hong Kong": the rules where it is sent from.
  // "杭州寄成都怎麼算錢" from a Taiwan customer: the price list of the market the route lies in.
  const routed = topic === 'fee' ? await routePriceMarket(turn, market) : undefined;
  const rules: { market: string; lead?: string | undefined } =
    topic === 'prohibited'
      ? routeRules(turn, market)
      : (routed ?? { market: intent === 'faq.outlet' ? (outlet?.market ?? placed ?? market) : market });
  // "Can I send durian?": an item the list does not cover is said so, with whom to ask — not the general list alone.
  // "…is the rest ok then?" after a question about several items: the others' entries (remaining-items.ts).
  const rest = topic === 'prohibited' ? remainingItemsAnswer(turn, rules.market) : undefined;
  // (Every item named in the chat, not only in the last question: "which of those can't go?" after a power bank asked
  // about on its own and perfume and jerky in the next message — blind-30 06.3 left the power bank out.)
  if (topic === 'prohibited' && !rest && !itemBefore)
    turn.data.itemsQuestion = itemsAskedInChat(turn.data.itemsQuestion, text);
  const notListed = topic === 'prohibited' && !rest ? itemsNotListed(itemTurn, rules.market) : undefined;
  const found = answerFaq(knowledge, rules.market, turn.locale, topic, asked, 'any', spokenRegister(turn));
  // "那茶叶可以吧": the answer names the item asked when its entry does not.
  const ruled = rest ?? notListed ?? (topic === 'prohibited' ? namingItems(itemTurn, rules.market, found) : found);
  if (topic === 'prohibited' && !rules.lead) rules.lead = sentFromLead(turn, rules.market);
  // (Sent to another market: what that side refuses is in no file here — said, with a person offered.)
  const abroad = topic === 'prohibited' && ruled ? destinationRulesNote(turn, rules.market) : undefined;
  if (abroad) turn.data.offeredHuman = true;
  // ("錶可唔可以寄？" of a watch said before to be worth HK$20,000 and going to 深圳: over the Mainland's limit — 29: 30.4.)
  const overLimit = topic === 'prohibited' && ruled ? overMainlandLimit(turn) : undefined;
  const ruledTo = [ruled, abroad, overLimit].filter(Boolean).join('\n') || ruled;
  const listed = local ?? (ruledTo && rules.lead ? `${rules.lead}\n${ruledTo}` : ruledTo);
  // "How much for 3 kg from Shenzhen to Hong Kong?": worked out, or what it still depends on.
  const parcelRoute = topic === 'fee' ? await namedParcelRoute(turn) : undefined;
  // ("由深圳寄部手機去香港得唔得？" … "幾錢？大概 0.5kg": sent from where that message said — priced on that side's
  // list, as its answer was; blind-31 27.2 quoted Hong Kong's local HK$30.)
  const before = saidBefore && !previousQuote ? routeSaidBefore(turn) : undefined;
  const routeBefore = before?.destination === saidBefore ? before : undefined;
  const quote =
    topic === 'fee'
      ? shipmentQuote(turn, routed?.market ?? market, previousQuote, saidBefore, parcelRoute ?? routeBefore)
      : undefined;
  if (quote) turn.data.lastQuote = quote.asked;
  // "体积重怎么算的" between two prices is a rule of the price list, no new price: the route and weight asked before
  // stand for "那压缩到 40*30*30 呢" (batch 29: 11.3).
  else if (topic === 'fee' && previousQuote) turn.data.lastQuote = previousQuote;
  const entry = quote?.afterEntry
    ? answerFaq(knowledge, routed?.market ?? market, turn.locale, topic, asked, 'entry', spokenRegister(turn))
    : undefined;
  // "保價 3 萬要付多少？": the fee worked out from the market's table, not the claim rules to do the sum from.
  const insuredOnly = topic === 'claim' ? insuranceQuote(turn, market) : undefined;
  // "how much to send 3kg from shanghai to urumqi? … should i insure it?": the price beside the insurance (blind batch
  // 42b 04.1 heard only the insurance), and kept for "what about to chengdu instead".
  const priceBeside =
    insuredOnly && asksPrice(text)
      ? shipmentQuote(turn, (await routePriceMarket(turn, market))?.market ?? market, previousQuote)
      : undefined;
  if (priceBeside) turn.data.lastQuote = priceBeside.asked;
  const insured = priceBeside && !priceBeside.withPriceList ? `${priceBeside.text}\n${insuredOnly}` : insuredOnly;
  // "any way to make it cheaper?" after a big, light box's price: a smaller box, by the volumetric rule (29: 01.3).
  const feeTable = turn.services.fees[routed?.market ?? market];
  const cheaper = topic === 'fee' ? cheaperBoxAnswer(turn, quote?.asked ?? previousQuote, feeTable) : undefined;
  const answered = insured
    ? insured
    : !quote
      ? listed
      : entry && quote.afterEntry
        ? `${entry}\n${quote.afterEntry}`
        : [quote.text, quote.withPriceList ? listed : undefined].filter(Boolean).join('\n');
  // ("what happens if it is really lost", "丢了怎么赔": a loss's own time limit and papers after the claim rules, whose
  // "within 7 days of delivery, with photos" is damage's — blind batch 46a: 02.3.)
  // (A narrow question — what it pays, how long — hears its own entry only: claim-evidence.ts.)
  const narrow = claimEntryWords(text).length > 0 || HOW_MUCH_PAID.test(text);
  const loss = topic === 'claim' && !insured && !narrow && asksOfLoss(text) ? ruleOn(turn, 'lostDeadline') : undefined;
  // ("我是问收件要不要身份证，上楼费到底有没有": the ID entry, and the rule on the fee asked beside it — blind 47a: 07.4.)
  const feeRule = idAsked ? feeRuleAsked(text) : undefined;
  const feeBeside = feeRule ? ruleOn(turn, feeRule) : undefined;
  // ("when do I get compensated and how much, it was insured for 600": what that cover pays for the conversation's
  // parcel, beside the entry — blind batch 52a: 05.5.)
  const coverTold =
    topic === 'claim' && !insured && HOW_MUCH_PAID.test(text) && insuredValueSaid([text]) !== undefined
      ? (await claimLimitsFor(turn, turn.data.lastTracking, [text]))?.slice(1).join('\n')
      : undefined;
  const answer = [cheaper, answered, loss, coverTold, feeBeside].filter(Boolean).join('\n') || undefined;
  noteOutcome(turn.context, answer ? 'answered' : 'unanswered');
  // (A person offered for the destination's limits gets the button, as every offer of a person does.)
  if (answer && ((notListed && answer.includes(notListed)) || (abroad && answer.includes(abroad)))) {
    turn.data.offeredHuman = true;
    await reply(turn, answer, [{ title: say(turn, 'choice.human'), value: say(turn, 'choice.human') }]);
  } else if (answer) await reply(turn, answer);
  else {
    turn.data.offeredHuman = true;
    await reply(turn, say(turn, 'faq.missing'), [
      { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
    ]);
  }
}

// "搵唔到?", "咁即係點", "what do you mean not found?", "so what now": about the ticket just not found.
const ABOUT_NOT_FOUND =
  /搵唔到|找不到|查不到|揾唔到|冇紀錄|没有记录|沒有紀錄|即係點|即是什么|什么意思|什麼意思|咩意思|怎么会|怎麼會|點會|怎么办|怎麼辦|點算|\b(can'?t|cannot|couldn'?t) (you )?find\b|\bnot found\b|\bwhat do you mean\b|\bwhat now\b|\bthen what\b|\bhow come\b/i;

/**
 * Right after a ticket number the customer gave was not found among theirs, "so you can't find it?" is about that
 * result — why it may not be found here and who can find it — not a new complaint about a lost parcel.
 */
export async function answerMissingTicket(turn: Turn): Promise<boolean> {
  const number = turn.data.ticketNotFound;
  turn.data.ticketNotFound = undefined;
  const { entities, intent } = turn.reading;
  if (!number || entities.trackingNumbers.length > 0 || findTicketNumber(turn.text)) return false;
  if (intent === 'human' || intent.startsWith('faq.') || !ABOUT_NOT_FOUND.test(turn.text)) return false;
  noteOutcome(turn.context, 'unanswered');
  turn.data.offeredHuman = true;
  await reply(turn, say(turn, 'tickets.notFoundWhy', { number }), [
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
  return true;
}
