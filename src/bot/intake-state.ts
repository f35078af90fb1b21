import type { DialogContext } from 'botbuilder-dialogs';
import type { ComplaintCategory, Demand, Locale } from '../nlu';
import type { Attachment } from '../conversations/records';
import type { CustomerSide } from '../tickets';
import type { Register } from './replies';
import type { DeliveryChangeDetails, DeliveryChangeKind } from '../tracking';

export const INTAKE_DIALOG = 'complaintIntake';

/** The register the intake speaks to the customer in (what goes to agents stays in the locale's own wording). */
export const registerOf = (state: Pick<IntakeState, 'cantonese'>): Register | undefined =>
  state.cantonese ? 'yue' : undefined;

/** Everything the intake knows so far; kept in dialog state, so it must stay plain JSON. */
export interface IntakeState {
  locale: Locale;
  /** The customer writes Cantonese: the intake's questions and answers use the catalog's Cantonese wording. */
  cantonese?: boolean;
  /** The customer said outright that they want to complain (not only a complaint the bot read in their words). */
  askedFor?: boolean;
  /** The customer has been told once that their wish to complain is what is being taken down (complaint-wish.ts). */
  wishHeard?: boolean;
  category?: ComplaintCategory;
  /** The category came from a tracking anomaly, not from the customer's words: their account may correct it. */
  categoryGuessed?: boolean;
  trackingNumbers: string[];
  trackingSkipped: boolean;
  /** The complaint is about a booked pickup nobody came for (missed-pickup.ts): its booking may be moved or cancelled. */
  aboutMissedPickup?: boolean;
  /**
   * The complaint is about someone else's parcel left with the customer (not-theirs.ts): the station collects it, its
   * type stays "other" whatever the account says of the courier, and "is anyone coming?" is answered.
   */
  aboutNotTheirs?: boolean;
  /** Why the number the customer gave was not taken (mistyped, unknown): asked instead of the plain question. */
  trackingNotice?: string;
  /** A number not found in tracking (or failing its check): sent again as it is, it is taken as written. */
  unconfirmedNumber?: string;
  /** Numbers not found earlier in the conversation: sent again here, they are taken as written. */
  earlierUnfound?: string[];
  /**
   * Numbers the customer stood by that tracking could not confirm (not found, or failing its check): filed as they
   * wrote them, said so in the summary and marked for the agent to check.
   */
  unverifiedNumbers?: string[];
  /** A parcel the record has, named beside the complaint's (its status told): proof digits may be for it. */
  otherParcel?: string;
  /**
   * The parcel whose status the intake showed last, when it showed one: "邊個簽收㗎" right after `otherParcel`'s status
   * asks about that parcel (blind batch 37b: 13.4).
   */
  lastShown?: string;
  /** What the customer said is wrong with `otherParcel`, when they told it: the kind its complaint is offered as. */
  otherParcelCategory?: ComplaintCategory;
  /**
   * `otherParcel` was only asked about ("另外SF… 什麼時候到"), nothing wrong with it told or recorded: its status is
   * told when the customer asks after "the other one", and no complaint about it is offered once this one is filed.
   */
  otherParcelOnlyAsked?: boolean;
  /** What the customer told of `otherParcel` for its own complaint (other-parcel-words.ts): never this one's. */
  otherParcelWords?: { number: string; words: string[] };
  /** Another parcel whose new address the last message took down: the next message alone may correct it. */
  otherAddressTaken?: string;
  /** Where the customer's account and the parcel's record disagree, as told to them: for the agent to check. */
  recordConflicts?: string[];
  description: string;
  describedEnough: boolean;
  demand?: Demand | 'none';
  /** Problems told beside the complaint's own in the middle of the intake ("also overcharged me"): in the account. */
  otherProblems?: ComplaintCategory[];
  /** Further demands named beside `demand` ("an apology and compensation"): listed in the summary. */
  moreDemands?: Demand[];
  /** What the customer said of the demand beyond its kind ("东西值800块", "运费你们出"): see `demand-details.ts`. */
  demandNotes?: string[];
  /** What was asked for before "change the request": kept when the new answer names nothing ("just submit"). */
  formerDemands?: Demand[];
  needsContact: boolean;
  /**
   * `call`: the customer asked to be phoned on the number they gave ("打这个", "call me on this"); `callWhen`: when, in
   * their words ("下午两点以后打"). `onWaybill`: the phone is the waybill's, meant by "you have my number" — its last 4
   * digits, by which alone it is shown (waybill-contact.ts).
   */
  contact?: {
    phone?: string;
    email?: string;
    skipped?: boolean;
    call?: boolean;
    callWhen?: string;
    onWaybill?: string;
    /** Whom the phone is of when it is not the customer's own ("孙子", "my daughter"), in their words (call-someone-else.ts). */
    who?: string;
  };
  /** Someone else to call was named with no number ("打电话给我孙子"): whose number the next one given is. */
  contactAskedFor?: string;
  /** A phone the customer gave to look up an earlier complaint by, during this one: for the agent, not the contact. */
  lookupPhone?: string;
  /** Who the customer is to the parcel, when known (customer-side.ts): on the ticket for the agent. */
  customerIs?: CustomerSide;
  /** The customer withdrew a request for a person: filed, the complaint is queued for agents, not handed over. */
  noPerson?: boolean;
  wantsPhotos: boolean;
  photosAsked: boolean;
  evidence: Attachment[];
  /** A change of delivery asked for in the complaint that waits for proof or a detail (intake-change.ts). */
  pendingChange?: PendingChange;
  /** Change-delivery requests recorded beside the complaint: said in the summary and the ticket's account. */
  changes?: { id: string; what: string }[];
  /** The customer said goodbye mid-way and was asked whether to file the complaint as it stands (intake-leaving.ts). */
  leaving?: boolean;
  /** The customer said the parcel turned up and was offered to withdraw the complaint (turned-up.ts). */
  turnedUp?: boolean;
  /** Filed as it stands, a person takes it over and replies within this many minutes: said in the summary. */
  personRepliesIn?: number;
  /** The customer urged speed ("帮我催一下", "hurry it up"): noted for the team in the ticket's account (speed-up.ts). */
  urgent?: boolean;
  /** How many times the customer pinged ("hello??", "人呢") while a step waited: each hears other words (impatience.ts). */
  pings?: number;
  /** "Take your time" was said at the tracking step ("hold on, let me check"): said once, then the question again. */
  tookTime?: boolean;
  /** How photos are sent was said (intake-asides.ts): asked again, it is said in other, shorter words. */
  photosHowTold?: boolean;
  /** The customer heard what can be paid for the goods' value they told (goods-value.ts): said once. */
  goodsValueTold?: boolean;
  /** The customer heard that compensation beyond the goods is not promised (beyond-rules.ts): asked again, in short. */
  beyondRulesTold?: boolean;
  /** The steps paragraph last said for "what happens next?" (next-steps.ts): asked again, the times and "as said". */
  stepsTold?: string;
  /** Said before the summary when it is shown again after a change ("OK, I've updated it."). */
  updated?: boolean;
  /** A change was asked for at the summary and nothing read from it changed it: what to change is asked (summary-rewrite.ts). */
  unchanged?: boolean;
  /** The change shown was to the complaint's type: the summary says the new type and its priority (retyped-summary.ts). */
  retyped?: boolean;
  facts: {
    severe: boolean;
    minor: boolean;
    daysLate: number | null;
    escalationThreat: string | null;
    dataLeak: boolean;
    /** Perishable or live goods in the parcel (perishables.ts): a late or stuck parcel's complaint is high priority. */
    perishable?: boolean;
    /** Medicine the customer needs in the parcel (urgent-contents.ts): noted for the team, priority raised as above. */
    medicine?: boolean;
  };
}

/** A change asked for in the intake and not recorded yet: what it still needs. */
export interface PendingChange {
  kind: DeliveryChangeKind;
  details: DeliveryChangeDetails;
  words: string[];
  area?: string;
  need: 'last4' | 'place' | 'date' | 'address' | 'label';
  /** Another parcel than the complaint's, named for the change ("SF那个 要改地址"): its own request, not the complaint's. */
  parcel?: string;
}

export const TRACKING_PROMPT = 'trackingPrompt';
export const TEXT_PROMPT = 'textPrompt';
export const CONTACT_PROMPT = 'contactPrompt';
export const PHOTO_PROMPT = 'photoPrompt';
export const CATEGORY_PROMPT = 'categoryPrompt';
export const DEMAND_PROMPT = 'demandPrompt';
export const CONFIRM_PROMPT = 'confirmPrompt';

/** The intake step waiting for the customer's answer and what it knows, as seen from the bot's dialog context. */
export interface IntakePosition {
  prompt: string;
  state: IntakeState;
}

/** Where a running intake stands, or undefined when no intake runs. */
export function intakePosition(dc: DialogContext): IntakePosition | undefined {
  const component = dc.activeDialog;
  if (component?.id !== INTAKE_DIALOG) return undefined;
  const inner = (component.state as { dialogs?: { dialogStack?: { id: string; state: unknown }[] } }).dialogs;
  // botbuilder-js keeps the active dialog last on the stack.
  const stack = inner?.dialogStack ?? [];
  const steps = stack.find((d) => d.id === `${INTAKE_DIALOG}.steps`);
  const prompt = stack.at(-1);
  const state = (steps?.state as { values?: { state?: IntakeState } } | undefined)?.values?.state;
  return prompt && prompt !== steps && state ? { prompt: prompt.id, state } : undefined;
}

/**
 * Set in the turn state when the bot answered something aside before the step reads the message: botbuilder
 * sends no retry prompt in a turn that has already replied, so the intake asks again itself.
 */
export const ANSWERED_ASIDE = Symbol('parcelcare.answeredAside');

/** The tracking step's prompt; the bot lets a tracking number answer it rather than showing it aside. */
export const INTAKE_TRACKING_PROMPT = TRACKING_PROMPT;

/**
 * Set in the turn state by the tracking step's validator when the number the customer gave, which tracking could not
 * confirm, is taken as they wrote it (sent again, insisted on, or the customer moved on to something else): its value
 * is the number.
 */
export const TAKEN_AS_WRITTEN = Symbol('parcelcare.takenAsWritten');

/**
 * Set in the turn state when the tracking step's validator has asked for the number again in its own words ("TW… does
 * not look right — please check it"): the step's own question is not put after it (blind batch 54b: 12.3 heard both).
 */
export const NUMBER_ASKED_AGAIN = Symbol('parcelcare.numberAskedAgain');

/**
 * Set in the turn state when the number tracking could not find stands as written because the complaint is about what
 * happened to the parcel, and the customer went on without another number (not-found-advice.ts).
 */
export const NUMBER_STANDS = Symbol('parcelcare.numberStands');

/**
 * Set in the turn state by the tracking step's validator when a second try brought no usable number: the complaint
 * goes on without one, and a person is offered.
 */
export const TRACKING_GIVEN_UP = Symbol('parcelcare.trackingGivenUp');

/**
 * Set in the turn state when a message at the tracking step told more of what happened but no number: it is in the
 * account, and the tracking question says so when it is asked again.
 */
export const DETAIL_KEPT = Symbol('parcelcare.detailKept');

/**
 * Set in the turn state when last-4 digits given at "how can we reach you?" proved the parcel: the question is asked
 * again saying that the digits proved the parcel and a full number or email is needed to call back. Its value is the
 * digits.
 */
export const LAST_FOUR_AT_CONTACT = Symbol('parcelcare.lastFourAtContact');

/** Set in the turn state when the customer said they will send the photos later: that answers the photo step. */
export const PHOTOS_LATER = Symbol('parcelcare.photosLater');

/**
 * Set in the turn state when what the customer volunteered answers the very question the intake is waiting on
 * (a demand named beside a question at "what would you like us to do?", more told at the photo question): the step
 * takes it and goes on.
 */
export const STEP_ANSWERED = Symbol('parcelcare.stepAnswered');

/**
 * Set in the turn state when the contact question, asked twice already, would be asked a third time after an aside:
 * it is not — the complaint goes on to be answered here, and the customer hears that a number can still be sent.
 */
export const CONTACT_LET_GO = Symbol('parcelcare.contactLetGo');

/**
 * Set in the turn state when "the same number", "电话就是刚才那个" answers the contact question or the summary with no
 * number in it: the phone the customer typed earlier in the conversation (E.164), which is the contact meant.
 */
export const EARLIER_PHONE = Symbol('parcelcare.earlierPhone');

/**
 * Set beside `EARLIER_PHONE` when the phone meant by "you have my number" is the one on the waybill of the parcel the
 * customer proved (waybill-contact.ts): its last 4 digits, by which alone the summary names it.
 */
export const WAYBILL_PHONE = Symbol('parcelcare.waybillPhone');

/** What a waiting prompt keeps of how often its question was put (in the prompt's own state). */
export interface PromptAsks {
  asks?: number;
}

/** The state of the prompt waiting for the customer's answer (a validator's `p.state`), when an intake runs. */
export function waitingPromptState(dc: DialogContext): PromptAsks | undefined {
  const component = dc.activeDialog;
  if (component?.id !== INTAKE_DIALOG) return undefined;
  const inner = (component.state as { dialogs?: { dialogStack?: { id: string; state: unknown }[] } }).dialogs;
  const prompt = inner?.dialogStack?.at(-1);
  return (prompt?.state as { state?: PromptAsks } | undefined)?.state;
}

/** Counts one more asking of a prompt's question (the first was when it began): true when that would be a third. */
export function askedTooOften(state: PromptAsks | undefined): boolean {
  if (!state) return false;
  state.asks = (state.asks ?? 1) + 1;
  return state.asks > 2;
}
