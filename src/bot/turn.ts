import type { LeftComplaint } from './complaint-account';
import { MessageFactory, type TurnContext } from 'botbuilder-core';
import type { ComplaintCategory, Intent, Locale, NluResult } from '../nlu';
import type { Conversation, Customer } from '../conversations/records';
import type { PartyRole } from '../tracking/shipment-status';
import { capabilitiesOf } from './channels';
import type { Register, ReplyKey, ReplyVars } from './replies';
import type { BotServices } from './services';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import type { QuoteAsked } from './quote-reading';
import type { IntakeState } from './intake-state';

/**
 * One customer turn as the handlers see it, what the bot remembers between turns, and how a handler speaks:
 * the shapes every handler, aside and dialog step shares.
 */

export type FaqIntent = 'faq.fee' | 'faq.outlet' | 'faq.prohibited' | 'faq.claim';

/**
 * What told us a customer's market (see `market.ts`), strongest first; `origin` is a place they send from, `place`
 * one merely named; `language` is only their script.
 */
export type MarketClue = 'speech' | 'phone' | 'money' | 'parcel' | 'origin' | 'place' | 'language';

/** A reading offered as a button when the bot is unsure what the customer meant. */
export interface ClarifyOption {
  title: string;
  intent: Intent;
  category?: ComplaintCategory;
}

/** A service whose charge has a rule of its own (fee-rule-asked.ts): carrying upstairs, redelivery, door delivery. */
export type ServiceFeeRule = 'upstairs' | 'redeliver' | 'door';

/** What a sender was last answered about (sending-questions.ts): "幾錢?" next is read against it. */
export type SendingTopic = 'packing' | 'pickup' | 'store';

/** What the bot remembers about a conversation between turns (ConversationState). */
export interface ConversationData {
  locale?: Locale;
  misunderstandings: number;
  /** A tracking number whose details wait for the last 4 digits of a phone on it. */
  verifyTracking?: string;
  /** Wrong last-4 answers so far for `verifyTracking` (three are allowed). */
  verifyTries?: number;
  /** Wrong last-4 answers this conversation gave, per parcel (never reset: see `proof-attempts.ts`). */
  proofMisses?: Record<string, number>;
  /** Tracking numbers this conversation has proven a link to. */
  verified: string[];
  /** Per proven parcel, whose phone proved it: that party's own name and address are shown in full, the other's not. */
  verifiedAs?: Record<string, PartyRole[]>;
  /** The customer has had the welcome: a later "hello" is answered with "how can I help?", not the welcome again. */
  greeted?: boolean;
  /** The FAQ topic just answered: "and power banks?" is read against it. */
  lastFaq?: FaqIntent;
  /** The parcels one reply answered together (several numbers in one message): "the EA one" picks one of them. */
  parcelsListed?: string[];
  /** The tracking numbers the customer gave in this conversation (the last six): "the Shanghai one" picks among them. */
  parcelsSeen?: string[];
  /** The customer was told a text or call asking to pay or click was not the courier's (scam-warning.ts): once. */
  scamWarned?: boolean;
  /**
   * The last reply warned of a scam text or answered a question about it (scam-questions.ts): "should I click it?" in
   * this message is about that text — one turn, kept open while such questions go on.
   */
  scamAsking?: boolean;
  /** The customer told of money or a code already given to a scammer: what to do now was said (scam-aftermath.ts). */
  scamVictim?: boolean;
  /** Another courier the last reply said the parcel is with (other-courier.ts): "what do I do then?" is about it. */
  otherCourierTold?: string;
  /** A locker's or pickup point's code was spoken of (pickup-point.ts): "I got a text this morning" is about it. */
  pickupPointAsked?: boolean;
  /** The last reply told how to send a parcel back: "who pays the postage?" is read against it (send-back.ts). */
  returnTold?: boolean | 'carried';
  /** The rule on a service's charge told in this conversation (upstairs, redelivery, door): "do I pay him?" is about it. */
  feeRuleTold?: ServiceFeeRule;
  /**
   * The message the rule on refusing a parcel last answered (refusing.ts): asked again, the part asked is said; "so it
   * costs me nothing?" right after it is about the refusal.
   */
  refusingTold?: string;
  /** The message the rule on cash on delivery paid for goods nobody ordered last answered (unordered-cod-paid.ts). */
  unorderedPaidTold?: string;
  /** What to keep and photograph when contents are missing was told in this conversation (missing-contents.ts). */
  missingContentsTold?: boolean;
  /** An invoice's reissue was noted on the complaint being taken down (invoice-details.ts): said once. */
  reissueNoted?: boolean;
  /** The message the holiday service last answered (small-talk.ts): "最晚哪天寄比较保险" right after asks the same. */
  holidayTold?: string;
  /** A parcel the customer said was left with them but is not theirs (not-theirs.ts): its pickup is the complaint's. */
  notTheirs?: string;
  /** Last-4 digits told before any parcel was named (handlers.ts): the proof of the number given next. */
  digitsAhead?: string;
  /** Another person's details were asked for and refused (other-party-details.ts): pressed again, said shorter. */
  otherPartyRefused?: boolean;
  /** The customs rule was told in this conversation: "can I refuse it?" after it is about the duties (customs.ts). */
  customsTold?: boolean;
  /** The message the customs rule last answered: "can I refuse it?" right after it is about those duties. */
  customsToldOf?: string;
  /** The markets whose own import limits were said to be unknown here (route-rules.ts): said once per destination. */
  destinationsNoted?: string[];
  /** The last reply took down a new address for this parcel: "不对 是389号" right after it corrects it (address-corrected.ts). */
  addressTaken?: string;
  /** The last reply answered a sender on packing, door pickup or convenience stores: "幾錢?" is read against it (sending-questions.ts). */
  sendingTold?: SendingTopic;
  /** A seller's question on returns from buyers was answered: "what do they write on the waybill?" is about those. */
  sellerReturnsTold?: boolean;
  /** The last reply told the business account's entry or answered a follow-up on it (business-follow-up.ts). */
  businessTold?: boolean;
  /** The service entries (receipts, business account, …) answered in this conversation: not said again unasked. */
  serviceTold?: string[];
  /** What the last price question asked (weight, route): "and 5 kg?" right after it keeps the rest. */
  lastQuote?: QuoteAsked;
  /** The last question about items to send: "and the rest?" after it asks about its other items (remaining-items.ts). */
  itemsQuestion?: string;
  /** Readings offered as buttons after an unclear message, and that message (it is what the customer meant). */
  clarify?: { options: ClarifyOption[]; text: string };
  /** Messages the bot did not understand since the last one it did: a hand-off ticket carries them. */
  unclear?: string[];
  /** The courier's market the customer is in (CN, TW, HK, …): see `market.ts`. */
  market?: string;
  /** The last reply offered a person: a plain "yes" / "好" takes the offer. */
  offeredHuman?: boolean;
  /**
   * A pickup booked for sending that nobody came for was told (missed-pickup.ts): a complaint taken down after it is
   * about that pickup — no parcel number to ask for, since nothing was collected.
   */
  pickupMissedTold?: boolean;
  /** How to move or cancel a booked pickup was told (missed-pickup.ts): asked again, a person is the way on. */
  pickupChangeTold?: boolean;
  /** The last reply asked whether to withdraw this filed complaint (its ticket id): a yes withdraws it. */
  withdrawAsked?: string;
  /** The last reply asked "would you like to file a complaint?" about this parcel: a plain "yes" takes the offer. */
  offeredComplaint?: string;
  /** What the customer told of the parcel offered for its own complaint, during the one just filed: its account. */
  otherParcelWords?: string;
  /** Empathy lines used so far and the last one, so that the next acknowledgement says something else. */
  empathy?: { used: number; last: string };
  /** The customer writes Cantonese: replies that have a Cantonese wording use it. */
  cantonese?: boolean;
  /** What decided `market`: a stronger clue later moves it, an equal or weaker one does not. */
  marketFrom?: MarketClue;
  /**
   * The last reply asked which parcel to look up (its tracking number): "什么号码?", "I can't find it", "你们自己查不到吗"
   * next are about that number, not a complaint (blind batch 54a).
   */
  numberAsked?: boolean;
  /** Where a tracking number is found was told (lookup-without-number.ts): not told again word for word. */
  whereNumberTold?: boolean;
  lastTracking?: string;
  /** The category a tracking answer suggested ("it is late — complain?"). */
  suggestedCategory?: ComplaintCategory;
  /** `suggestedCategory` is what the customer said was wrong with that parcel earlier, not the record's guess. */
  suggestedByCustomer?: boolean;
  /** A change-delivery request being taken down (what is known, what was asked). */
  deliveryChange?: DeliveryChangeDraft;
  /** Notices the customer moved on from: a later "2" is not read against them. */
  closedNotices?: string[];
  /** The customer's last few messages before this one (clipped): what they said once is not asked again. */
  said?: string[];
  /** The parcel ('' for none named) of a complaint made elsewhere the customer wants withdrawn (told who can close it). */
  withdrawElsewhere?: string;
  /** Phone numbers the customer wrote in this conversation (E.164): one on a parcel proves their link to it. */
  phonesGiven?: string[];
  /** Labelled last-4 digits the customer said, with the parcel the chat was about then (earlier-last-four.ts). */
  lastFourSaid?: { parcel: string; digits: string }[];
  /** Labelled last-4 digits said earlier and tried on a parcel (`number:digits`): each tried once (earlier-last-four.ts). */
  earlierDigitsTried?: string[];
  /** The start of a tracking number sent alone ("SF2210478"): the next message may be the rest of it. */
  numberStart?: string;
  /** A tracking number the last reply could not find: "not found? try SF…" next is a lookup again. */
  trackingNotFound?: string;
  /** Numbers tracking could not find that the customer sent in this conversation (`number-as-given.ts`). */
  unfoundNumbers?: string[];
  /** Numbers not found that the customer stood by: taken as given for the rest of the conversation. */
  numbersAsGiven?: string[];
  /** A ticket number the customer gave that the last reply could not find among theirs. */
  ticketNotFound?: string;
  /** How many times the customer has heard that their ticket waits for an agent (said in full once). */
  waitingSaid?: number;
  /**
   * The complaint being taken down when the customer asked for a person: withdrawing that request before anyone
   * answered takes it up again where it was (nothing they said is asked again).
   */
  handedOffIntake?: IntakeState;
  /**
   * The customer withdrew a request for a person in this conversation: a complaint filed afterwards keeps its
   * priority and its place in the agents' queue, but the chat is not handed over unasked (a new request clears it).
   */
  declinedPerson?: boolean;
  /** A complaint that ended unfiled without the customer calling it off: asked for again, it goes on from there. */
  leftComplaint?: LeftComplaint;
  /** The last reply asked for a parcel's number to find the customer's earlier complaint by. */
  ticketLookup?: boolean;
  /**
   * The customer, asked for the parcel's number to find their earlier complaint by, has none: the last reply asked
   * for the phone number the complaint was made under, for a person to look it up by (tickets-on-parcel.ts).
   */
  lookupByPhone?: boolean;
  /** The parcel the customer's earlier complaint was looked for by, and none of theirs found (tickets-on-parcel.ts). */
  complaintSought?: string;
  /** The customer was told this parcel is on its way and what can be done (worry-answer.ts): not told it again. */
  reassured?: string;
  /** The last reply offered to have this stalled parcel chased (its "speed it up" button). */
  offeredChase?: string;
  /** The customer's message that offer answered ("…please chase it, I need it before Friday, call me on …"): the chase
   * taken on proof keeps its day and phone (chase-taken.ts). */
  offeredChaseWords?: string;
  /** The last reply asked for the number the courier should call before delivering this parcel (call-first.ts). */
  callNumberAsked?: string;
  /** The COD payout rule was told for this delivered parcel (cod-on-parcel.ts): asked again, not said twice. */
  codRuleTold?: string;
  /** The place an outlet question named whose city the bot asked (outlet-city-area.ts): "Nanjing" answers it. */
  outletCityAsked?: string;
  /** The one thing the last reply offered, by its button's words (offered-choice.ts): a bare yes takes it. */
  offeredChoice?: string;
}

export interface Turn {
  context: TurnContext;
  services: BotServices;
  data: ConversationData;
  customer: Customer;
  conversation: Conversation;
  reading: NluResult;
  /** The customer's message as the handlers read it (after a clarification, the message that was unclear). */
  text: string;
  /** The complaint the message speaks of even when its intent is something else (a request for a person). */
  complaintCategory?: ComplaintCategory;
  locale: Locale;
}

/** The register the customer writes in (Cantonese), which replies that have its wording use. */
export const spokenRegister = (turn: Turn): Register | undefined => (turn.data.cantonese ? 'yue' : undefined);

export function say(turn: Turn, key: ReplyKey, vars?: ReplyVars): string {
  return turn.services.replies.t(turn.locale, key, vars, spokenRegister(turn));
}

/** The lines `reply` has sent in this turn (turn state: gone with the turn). */
const LINES_SAID = Symbol('linesSaid');

/** Sends text with quick-reply buttons where the channel shows them; plain text elsewhere. */
export async function reply(turn: Turn, text: string, buttons: { title: string; value: string }[] = []): Promise<void> {
  // A reply whose every line this turn has already said is not sent again: two answers to one message may both hold
  // the same rule (the goods' value and "how much would I get back?" each gave the claim limits — blind 29: 09.3).
  const said = turn.context.turnState.get(LINES_SAID) as Set<string> | undefined;
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (buttons.length === 0 && said && lines.length > 0 && lines.every((line) => said.has(line))) return;
  turn.context.turnState.set(LINES_SAID, new Set([...(said ?? []), ...lines]));
  if (buttons.length > 0 && capabilitiesOf(turn.context.activity.channelId).suggestedActions) {
    const activity = MessageFactory.suggestedActions(
      buttons.map((b) => ({ type: 'imBack', title: b.title, value: b.value })),
      text,
    );
    await turn.context.sendActivity(activity);
    return;
  }
  await turn.context.sendActivity(text);
}

/** The customer's last `count` messages before this one, the latest last (`said` may hold this one already). */
export function earlierMessages({ data, text }: Turn, count: number): string[] {
  const said = data.said ?? [];
  return (said.at(-1) === text ? said.slice(0, -1) : said).slice(-count);
}

/**
 * Whether an answer given to the message `answered` (kept as the customer wrote it) was given to one of their last
 * `count` messages before this one — "right after" it, with the default of one.
 */
export function answeredLately(turn: Turn, answered: string | undefined, count = 1): boolean {
  return answered !== undefined && earlierMessages(turn, count).some((message) => answered.startsWith(message));
}
