import { callAtSummary } from './call-at-summary';
import { ActivityTypes, InputHints, type Activity, type TurnContext } from 'botbuilder-core';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type PromptOptions,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import {
  ANSWERED_ASIDE,
  CATEGORY_PROMPT,
  CONFIRM_PROMPT,
  askedTooOften,
  CONTACT_LET_GO,
  CONTACT_PROMPT,
  DEMAND_PROMPT,
  DETAIL_KEPT,
  EARLIER_PHONE,
  WAYBILL_PHONE,
  INTAKE_DIALOG,
  LAST_FOUR_AT_CONTACT,
  NUMBER_ASKED_AGAIN,
  PHOTO_PROMPT,
  PHOTOS_LATER,
  TAKEN_AS_WRITTEN,
  TEXT_PROMPT,
  TRACKING_GIVEN_UP,
  TRACKING_PROMPT,
  registerOf,
  type IntakeState,
  type PromptAsks,
} from './intake-state';
import { onlyPutsNumberRight } from './lookup-retry';
import type { BotServices } from './services';
import { recordConflict } from './record-conflicts';
import { fileComplaint, personRepliesIn } from './file-complaint';
import { retypedLine } from './retyped-summary';
import { noteOutcome } from './turn-outcome';
import {
  DEMANDS,
  isCancel,
  isSkip,
  saysNoPhotos,
  sameContact,
  wordsIn,
  isYes,
  readCategory,
  readSummaryAnswer,
  allDemands,
  demandsJoined,
  demandOfReading,
  wantsFiled,
  withChoices,
} from './intake-reading';
import { STEP_ANSWERED } from './intake-volunteered';
import { demandDetailsIn, demandsSaid, LEAK_REMOVED, noteDemandDetails } from './demand-details';
import type { Demand } from '../nlu';
import { lookUpParcel, trackingAnswer } from './parcel-answer';
import { asksQuestion, saysThanks } from './message-cues';
import { CONFIRM, insistsNumberIsRight, IntakeValidators } from './intake-validators';
import type { ReplyKey } from './replies';
import { accountPart, saysNoNumber, withoutNoNumber } from './intake-slot-text';
import { withoutChatTalk } from './complaint-account';
import { stepPrompt, summaryOf, type StepPromptOptions } from './intake-prompts';
import { asksForCall, callWishIn } from './call-words';
import { withoutContactClauses } from './contact-only';
import { DEMAND_LET_GO, demandsAtStep } from './demand-step';
import { refusesContact } from './contact-refusal';
import { withoutNeighbourNumbers } from './reference-parcel';
import { asksForFix } from './summary-rewrite';

// "thanks", "唔該", "多謝晒": a thank-you and nothing more.
const THANKS_ONLY =
  /^\s*(ok(ay)?[\s,]*)?(thanks?( you)?( so much| a lot| very much)?|thx|ty|cheers|唔該(晒|你)?|唔该|多謝(晒|你)?|多谢|谢谢(你|您)?|謝謝(你|您)?|感謝|感谢)\s*(啦|喇|呀|哦|喔)?\s*[.!。！~]*\s*$/i;

/**
 * What, said where a phone or email is asked for, means "file it now, without one": a wish to file ("提交吧",
 * "yes submit it", "送出") or a bare thank-you to the question that offered to reply here ("唔該") — not a question,
 * nor "the number on the order" (a way to reach them).
 */
export const filesWithoutContact = (text: string): boolean =>
  !asksQuestion(text) && !sameContact(text) && (wantsFiled(text) || THANKS_ONLY.test(text));

// "can't you check?", "咁你哋查下啦", "到底查没查": the customer asks the bot itself to look into it.
const CHECK_IT =
  /\b(can'?t|cannot|could|can|won'?t|will|would) (you|u|ya) (guys )?(just |even )?(check|look (it |this |that )?up|look into|find out|investigate)\b|\b(check|look into) (it|this|that) (yourself|yourselves|for me)\b|\bdid (you|u|anyone) (even )?(check|look)\b|查下|查吓|查一下|查一查|查查|查没查|查沒查|有冇查|有没有查|有沒有查|查咗未|查了没|查了沒|查过没|查過沒/i;

// "what are the options?", "有哪些选项", "有咩揀": the customer asks for the choices, which are then shown again.
const OPTIONS_ASKED =
  /\b(what|which) (are|were) (the|my) (options|choices)\b|\b(show|give|list) me (the )?(options|choices|buttons)\b|\boptions\?|选项|選項|有(哪些|什么|什麼)(可以)?(选|選)|有咩(可以)?揀|點揀/i;

/** "What are my options?": the choices are shown again (and the question is no third asking to let go). */
export const asksForOptions = (text: string): boolean => OPTIONS_ASKED.test(text);

/**
 * A text prompt whose buttons are a menu shown once (issue #17, batch 11 03.3, 29.2): asked again — after an
 * aside, a retry or a reprompt — its question is put in the same words (`again`), without the buttons, unless the
 * customer asks for the options.
 */
class MenuOncePrompt extends TextPrompt {
  protected override async onPrompt(
    context: TurnContext,
    state: { menuShown?: boolean },
    options: StepPromptOptions,
    isRetry: boolean,
  ): Promise<void> {
    const shown = state.menuShown;
    state.menuShown = true;
    if (!shown || !options.again || OPTIONS_ASKED.test(context.activity.text ?? '')) {
      return super.onPrompt(context, state, options, isRetry);
    }
    await context.sendActivity(
      isRetry ? options.again.retry : options.again.prompt,
      undefined,
      InputHints.ExpectingInput,
    );
  }
}

/** The question a step puts again after an aside: in plain words where its menu was shown already. */
function askedAgain(p: PromptValidatorContext<string>): Partial<Activity> | string | undefined {
  const options = p.options as StepPromptOptions;
  if (options.again && !OPTIONS_ASKED.test(p.context.activity.text ?? '')) return options.again.prompt;
  return options.prompt ?? options.retryPrompt;
}

/** The message at a step asks something, and nothing answered it this turn. */
function unansweredQuestion(p: PromptValidatorContext<string>): boolean {
  const text = p.recognized.value ?? '';
  return !p.context.turnState.get(ANSWERED_ASIDE) && !p.context.responded && text.length <= 200 && asksQuestion(text);
}

export { INTAKE_DIALOG, intakePosition, type IntakePosition, type IntakeState } from './intake-state';

/**
 * Complaint intake: starts from what the NLU read, asks only for what is missing (category, tracking
 * number, what happened, the demand, contact details the channel lacks, photos of damage), shows a summary
 * to confirm or correct, then files the ticket. Every step reads free text; "cancel" in its usual phrasings
 * stops at any point without filing anything.
 */
export class ComplaintIntakeDialog extends ComponentDialog {
  private readonly valid: IntakeValidators;

  constructor(private readonly services: BotServices) {
    super(INTAKE_DIALOG);
    this.valid = new IntakeValidators(services);
    const prompt = (id: string, validator: (p: PromptValidatorContext<string>) => Promise<boolean> | boolean) =>
      new MenuOncePrompt(id, async (p) => {
        // (An aside answered where the contact question was asked twice already: see `askedTooOften`.)
        if (id === CONTACT_PROMPT && p.context.turnState.get(CONTACT_LET_GO)) return true;
        if (id === DEMAND_PROMPT && p.context.turnState.get(DEMAND_LET_GO)) return true;
        const valid = await validator(p);
        // The demand question is put twice at most (batch 20 P1): a third time, the complaint goes on without one.
        const options = OPTIONS_ASKED.test(p.recognized.value ?? '');
        // (A side question, answered or not, is no answer withheld: the question comes back after it, however many.)
        // ("能不能让人给我打个电话 137…" asks for a call with the contact: a request, not a side question.)
        const said = p.recognized.value ?? '';
        const side = asksQuestion(said) && !asksForCall(said);
        if (id === DEMAND_PROMPT && !valid && !options && !side && askedTooOften(p.state as PromptAsks)) {
          p.context.turnState.set(DEMAND_LET_GO, true);
          return true;
        }
        // After an aside the question is asked again as it was: the customer did not answer it wrongly.
        // Nor does that count as a failed try where a step gives up after a few (a phone given after a question
        // is still taken); the optional demand question moves on after two messages either way.
        const asked = askedAgain(p);
        // Asked twice and answered with something else each time, the contact question is not asked a third time
        // (batch 11 01.4): the answer comes here, and the customer can still send a number (the last 4 digits sent
        // for it hear why they are not one, as always).
        const again = !valid && (Boolean(p.context.turnState.get(ANSWERED_ASIDE)) || unansweredQuestion(p));
        // (A side question answered or not is no answer withheld: the question comes back after it, however many.)
        if (id === CONTACT_PROMPT && again && !asksQuestion(p.recognized.value ?? '')) {
          const digits = Boolean(p.context.turnState.get(LAST_FOUR_AT_CONTACT));
          if (askedTooOften(p.state as PromptAsks) && !digits) {
            p.context.turnState.set(CONTACT_LET_GO, true);
            return true;
          }
        }
        if (!valid && p.context.turnState.get(ANSWERED_ASIDE)) {
          if (id !== DEMAND_PROMPT || asksQuestion(p.recognized.value ?? ''))
            (p.state as { attemptCount?: number }).attemptCount = p.attemptCount - 1;
          // Last-4 digits where a phone was asked for proved the parcel: the question again says why they are not it.
          const digits = p.context.turnState.get(LAST_FOUR_AT_CONTACT) as string | undefined;
          const locale = this.valid.promptLocale(p);
          const register = this.valid.promptRegister(p);
          if (id === CONTACT_PROMPT && digits)
            await p.context.sendActivity(
              this.services.replies.t(locale, 'intake.contactAfterLastFour', { digits }, register),
            );
          else if (asked && !p.context.turnState.get(NUMBER_ASKED_AGAIN)) await p.context.sendActivity(asked);
        }
        // A question no aside could answer and the step cannot take as its answer: the customer hears that it is
        // not answered here and who will answer it — never only the step's question again — and it is no try.
        else if (!valid && unansweredQuestion(p)) {
          (p.state as { attemptCount?: number }).attemptCount = p.attemptCount - 1;
          const locale = this.valid.promptLocale(p);
          // (Asked to check it themselves: that is what the complaint does, said so — batch 11 17.3, 24.3.)
          const key = CHECK_IT.test(p.recognized.value ?? '') ? 'intake.weWillCheck' : 'intake.questionNotAnswered';
          await p.context.sendActivity(this.services.replies.t(locale, key, {}, this.valid.promptRegister(p)));
          const again = id === CONFIRM_PROMPT ? p.options.retryPrompt : asked;
          if (again) await p.context.sendActivity(again);
        }
        return valid;
      });
    this.addDialog(prompt(TRACKING_PROMPT, (p) => this.valid.validateTracking(p)))
      .addDialog(new TextPrompt(TEXT_PROMPT))
      .addDialog(prompt(CONTACT_PROMPT, (p) => this.valid.validateContact(p)))
      .addDialog(
        prompt(
          PHOTO_PROMPT,
          // Photos are optional too, and asked for once: "thanks", "file it", a second answer without any, or anything
          // taken aside that asked nothing (a contact, a detail, a demand) goes on.
          (p) => {
            const text = p.recognized.value ?? '';
            const tookAside = Boolean(p.context.turnState.get(ANSWERED_ASIDE)) && !asksQuestion(text);
            return (
              (p.context.activity.attachments?.length ?? 0) > 0 ||
              Boolean(p.context.turnState.get(PHOTOS_LATER)) ||
              isSkip(text) ||
              saysNoPhotos(text) ||
              isYes(text) ||
              saysThanks(text) ||
              wantsFiled(text) ||
              tookAside ||
              Boolean(p.context.turnState.get(STEP_ANSWERED)) ||
              p.attemptCount > 1
            );
          },
        ),
      )
      .addDialog(prompt(CATEGORY_PROMPT, (p) => this.valid.categoryOf(p) !== undefined))
      // A demand is optional: after one retry whatever the customer says is kept as part of their account.
      .addDialog(
        prompt(
          DEMAND_PROMPT,
          (p) =>
            Boolean(p.context.turnState.get(STEP_ANSWERED)) ||
            this.valid.demandOf(p) !== undefined ||
            // "我要搵人跟", "希望盡快送達": no kind of demand, but what the customer wants all the same.
            demandDetailsIn(p.recognized.value ?? '').length > 0 ||
            (p.attemptCount > 1 && !unansweredQuestion(p)),
        ),
      )
      .addDialog(prompt(CONFIRM_PROMPT, (p) => this.valid.confirmation(p) !== undefined))
      .addDialog(
        new WaterfallDialog(`${INTAKE_DIALOG}.steps`, [
          (step) => this.categoryStep(step),
          (step) => this.trackingStep(step),
          (step) => this.describeStep(step),
          (step) => this.demandStep(step),
          (step) => this.contactStep(step),
          (step) => this.photoStep(step),
          (step) => this.confirmStep(step),
          (step) => this.actStep(step),
        ]),
      );
    this.initialDialogId = `${INTAKE_DIALOG}.steps`;
  }

  /** "Cancel" interrupts any step, and is answered in the conversation's language. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const text = inner.context.activity.type === ActivityTypes.Message ? (inner.context.activity.text ?? '') : '';
    // "不用了", "唔使喇", "no need" answering "may we have a phone?" or "any photos?" pass that question over: they
    // decline what was asked, not the complaint ("取消", "算了" still stop it).
    const passable = inner.activeDialog?.id === CONTACT_PROMPT || inner.activeDialog?.id === PHOTO_PROMPT;
    if (isCancel(text) && !(passable && isSkip(text))) {
      const steps = inner.stack.find((d) => d.id === this.initialDialogId);
      const state = (steps?.state as { values?: { state?: IntakeState } } | undefined)?.values?.state;
      const said = this.services.replies.t(state?.locale ?? 'en', 'intake.cancelled', {}, state && registerOf(state));
      await inner.context.sendActivity(said);
      noteOutcome(inner.context, 'cancelled');
      return inner.cancelAllDialogs();
    }
    return super.onContinueDialog(inner);
  }

  private state(step: WaterfallStepContext): IntakeState {
    const values = step.values as { state?: IntakeState };
    values.state ??= JSON.parse(JSON.stringify(step.options)) as IntakeState;
    return values.state;
  }

  private t(state: IntakeState, key: ReplyKey, vars?: Record<string, string | number>): string {
    return this.services.replies.t(state.locale, key, vars, registerOf(state));
  }

  private ask(
    step: WaterfallStepContext,
    id: string,
    state: IntakeState,
    shown?: Parameters<typeof stepPrompt>[4],
  ): PromptOptions {
    return stepPrompt(this.services.replies, step.context, id, state, shown);
  }

  private async categoryStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (state.category) return step.next();
    return step.prompt(CATEGORY_PROMPT, this.ask(step, CATEGORY_PROMPT, state));
  }

  private async trackingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (!state.category && typeof step.result === 'string') {
      state.category = readCategory(this.services.nlu, this.services.replies, state.locale, step.result) ?? 'other';
    }
    if (state.trackingNumbers.length > 0 || state.trackingSkipped) return step.next();
    const notice = state.trackingNotice;
    state.trackingNotice = undefined;
    return step.prompt(
      TRACKING_PROMPT,
      this.ask(step, TRACKING_PROMPT, state, notice ? { trackingNotice: notice } : {}),
    );
  }

  private async describeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    const written = step.context.turnState.get(TAKEN_AS_WRITTEN) as string | undefined;
    const givenUp = Boolean(step.context.turnState.get(TRACKING_GIVEN_UP));
    if (typeof step.result === 'string' && written) {
      // A number tracking cannot confirm, which the customer stands by: filed as written, for an agent to check.
      // What else the message says ("货款是350元，买家早就签收了") is part of the account.
      state.trackingNumbers = [written];
      state.unverifiedNumbers = [written];
      const lines = [this.t(state, 'intake.trackingAsWritten', { number: written })];
      if (givenUp) lines.push(this.t(state, 'intake.personOffer'));
      await this.offerPerson(step, state, lines, givenUp);
      const rest = step.result.split(written).join(' ').trim();
      // ("没错，单上就是这个" only stands by the number.)
      // (Kept already by the asides when the message told more and no number: "货款是350元".)
      const kept = Boolean(step.context.turnState.get(DETAIL_KEPT));
      const tells = !kept && !(insistsNumberIsRight(rest) && wordsIn(rest) < 16);
      if (tells && !state.describedEnough && wordsIn(rest.replace(/\d/g, '')) >= 6) {
        this.addToAccount(state, rest);
        state.describedEnough = true;
      } else if (tells) this.addToAccount(state, rest);
    } else if (typeof step.result === 'string') {
      const reading = withoutNeighbourNumbers(this.services.nlu.analyze(step.result), step.result);
      const numbers = reading.entities.trackingNumbers.map((t) => t.number);
      if (numbers.length > 0) {
        state.trackingNumbers = numbers;
        // "The courier who came this morning, SF…, shouted at me": the answer is also the account. So is "JT… says
        // delivered but I never got it" after an opening that told nothing of the parcel ("you lost my complaint?"):
        // it names what happened to the parcel, its type and the first line of the account.
        const named = reading.intent === 'complaint' && reading.category !== 'other' ? reading.category : undefined;
        // ("喔打錯 SF…": the customer's slip put right tells nothing of the problem — 38a 12.2.)
        const tells = wordsIn(step.result) >= 6 && !onlyPutsNumberRight(step.result, numbers);
        if (tells && state.describedEnough && state.category === 'other' && named && !state.aboutNotTheirs) {
          state.description = [step.result, state.description].filter((s) => s.trim()).join('\n');
          state.category = named;
        } else if (tells && !state.describedEnough) {
          this.addToAccount(state, step.result);
          if (state.category === 'other' && named && !state.aboutNotTheirs) state.category = named;
          state.describedEnough = true;
        }
        // Answer first: the customer learns where the parcel is before the next question.
        const lookup = await lookUpParcel(this.services, numbers[0] as string);
        if (lookup.kind === 'found') {
          const lines = await trackingAnswer(this.services, step.context, state.locale, lookup, registerOf(state));
          // A parcel the courier cannot account for is said to be treated as possibly lost, as a number given in the
          // first message hears it (blind-10 02.2: the corrected number got the status alone).
          const { view } = lookup;
          if (view.status === 'exception' && view.anomalies.includes('past_promised_date'))
            lines.unshift(this.t(state, 'direct.lost.exception'));
          // What the customer told against what the record shows ("left a note" on a parcel still in transit).
          const conflict = recordConflict(
            this.services.replies,
            state.locale,
            registerOf(state),
            lookup,
            state.description,
          );
          if (conflict) {
            lines.push(conflict);
            state.recordConflicts = [...(state.recordConflicts ?? []), conflict];
          }
          await step.context.sendActivity(lines.join('\n'));
          if (lookup.view.daysLate > 0) state.facts.daysLate ??= lookup.view.daysLate;
        }
      } else {
        state.trackingSkipped = true;
        // Two tries without a usable number: the complaint goes on without one, and a person is offered.
        if (givenUp)
          await this.offerPerson(step, state, [
            this.t(state, 'intake.trackingGaveUp'),
            this.t(state, 'intake.personOffer'),
          ]);
        // "I don't have the number, it was a pickup last Tuesday": the rest of it is part of the account.
        // (Said beside "no number", "是上周二上门取件的" is no yes.)
        const rest = withoutNoNumber(step.result);
        if (rest !== step.result.trim() && wordsIn(rest.replace(/\d/g, '')) >= 4)
          state.description = [state.description, rest].filter((s) => s.trim()).join('\n');
        else if (!isSkip(step.result)) this.addToAccount(state, step.result);
      }
    }
    if (state.describedEnough) return step.next();
    return step.prompt(TEXT_PROMPT, this.ask(step, TEXT_PROMPT, state));
  }

  private async demandStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (!state.describedEnough && typeof step.result === 'string') {
      // ("…，电话0912341111": the phone is the contact's, not the account's — contact-only.ts.)
      state.description = [state.description, withoutContactClauses(step.result)].filter((s) => s.trim()).join('\n');
      state.describedEnough = true;
      const reading = this.services.nlu.analyze(step.result);
      // "A refund and an apology please" as the account: both demands (the account's other clauses want nothing).
      const demand = state.demand ? undefined : demandOfReading(reading, step.result);
      if (demand) {
        state.demand = demand;
        const joined = demandsJoined(this.services.nlu, step.result, state.category);
        if (joined.includes(demand)) state.moreDemands = joined.filter((d) => d !== demand);
      }
      // "It never arrived and they cannot find it" after a late-parcel prompt is a loss, not a delay.
      if (
        (state.categoryGuessed || state.category === 'other') &&
        !state.aboutNotTheirs &&
        reading.intent === 'complaint' &&
        reading.category &&
        reading.category !== 'other'
      ) {
        state.category = reading.category;
      }
      state.categoryGuessed = false;
    }
    if (state.demand) return step.next();
    return step.prompt(DEMAND_PROMPT, this.ask(step, DEMAND_PROMPT, state));
  }

  private async contactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (!state.demand && step.context.turnState.get(DEMAND_LET_GO)) {
      state.demand = 'none';
      state.moreDemands = [];
      // (A wish kept in the customer's words — a new pickup asked for — is no "no specific demand": the summary says it.)
      if (!state.demandNotes?.length) await step.context.sendActivity(this.t(state, 'intake.demandLetGo'));
    } else if (!state.demand && typeof step.result === 'string') {
      const { nlu, replies } = this.services;
      const { demand, more } = demandsAtStep(nlu, replies, state.locale, step.result, state.category);
      // Asked again after "change the request", "just submit it" keeps what was asked for before.
      const keep = state.formerDemands && (!demand || (demand === 'none' && wantsFiled(step.result)));
      state.demand = keep ? state.formerDemands?.[0] : (demand ?? 'none');
      state.moreDemands = keep ? state.formerDemands?.slice(1) : more;
      state.formerDemands = undefined;
      const detailed = noteDemandDetails(state, step.result, Boolean(demand && demand !== 'none'));
      // Asked twice and answered with no demand of any kind: it goes on without one, and the customer hears so.
      if (!demand && !keep && !detailed) step.context.turnState.set(DEMAND_LET_GO, true);
      // What was said instead of a demand ("东西价值380，有进货单。先给我登记上") stays in the account, and so do
      // several demands in the customer's words (the ticket keeps one).
      const button = DEMANDS.some((d) => this.t(state, `demand.${d}` as ReplyKey) === step.result.trim());
      // (What they want in words of no kind — "I want my money" — is the demand's line, not the account's.)
      if (!button && (!demand || demand === 'none' || more.length > 0))
        this.addToAccount(
          state,
          detailed && more.length === 0 ? accountPart(this.services.nlu, step.result) : step.result,
        );
      // "赔偿 我爸的药没到 只能自己去药店又买了一次 花了200": beside the demand, what happened because of it.
      else if (!button) this.addToAccount(state, accountPart(this.services.nlu, step.result));
      // A demand written in words ("I'd like to file a claim", "赔钱", "請給我正確的位置") is said back as taken, before
      // the next step.
      const named = (demand && demand !== 'none') || (detailed && !keep);
      if (!button && named && !step.context.turnState.get(ANSWERED_ASIDE)) {
        // ("delete the photos" of a leak: what will be done about it said too.)
        const removal = LEAK_REMOVED.test(step.result as string) ? this.t(state, 'intake.leakRemoval') : '';
        await step.context.sendActivity(
          [this.t(state, 'intake.demandNoted', { demand: demandsSaid(this.services.replies, state) }), removal]
            .filter(Boolean)
            .join(state.locale === 'en' ? ' ' : ''),
        );
      }
      // "那就退差价 提交", "a refund, and submit it": the customer wants the summary now, not a question more.
      if (step.context.turnState.get(DEMAND_LET_GO))
        await step.context.sendActivity(this.t(state, 'intake.demandLetGo'));
      if (demand && demand !== 'none' && wantsFiled(step.result) && !state.contact) {
        state.contact = { skipped: true };
        // Filed without a way to call back: the customer hears where the answer will come.
        if (state.needsContact) await step.context.sendActivity(this.t(state, 'intake.contactSkipped'));
      }
    }
    if (!state.needsContact || state.contact) return step.next();
    return step.prompt(CONTACT_PROMPT, this.ask(step, CONTACT_PROMPT, state));
  }

  private async photoStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (state.needsContact && !state.contact && step.context.turnState.get(CONTACT_LET_GO)) {
      state.contact = { skipped: true };
      await step.context.sendActivity(this.t(state, 'intake.contactLetGo'));
    } else if (state.needsContact && !state.contact && typeof step.result === 'string') {
      const reading = this.services.nlu.analyze(step.result, this.services.clock.now(), state.locale);
      // "You may reach me on the same number": the phone they typed earlier is the contact.
      const earlier = step.context.turnState.get(EARLIER_PHONE) as string | undefined;
      const phone = reading.entities.phones[0]?.e164 ?? earlier;
      const email = reading.entities.emails[0];
      // ("13911116666 打这个": that number is to be called.)
      const call = phone ? callWishIn(step.result) : {};
      // (The waybill's phone, meant by "you have my number", is named by its last 4 digits: waybill-contact.ts.)
      const waybill = step.context.turnState.get(WAYBILL_PHONE) as string | undefined;
      const onWaybill = waybill && !reading.entities.phones[0] ? { onWaybill: waybill } : {};
      state.contact =
        phone || email
          ? { ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...call, ...onWaybill }
          : { skipped: true };
      // "提交吧", "送出", "ok submit", "唔該" where a phone was asked for: file it now, without one — and say so. Not the
      // summary for a second "submit", nor the photo question (photos sent later still join the complaint).
      if (!phone && !email && filesWithoutContact(step.result)) {
        await step.context.sendActivity(this.t(state, 'intake.filingWithoutContact'));
        if (state.wantsPhotos && !state.photosAsked)
          await step.context.sendActivity(this.t(state, 'intake.photosAfterFiling'));
        await fileComplaint(this.services, step.context, state, { unseen: true });
        return step.endDialog();
      }
      // "My number is 139…. Please submit the first one.": the contact and the word to file it — filed now, with
      // what it says shown (blind-14 21.3), not the summary for a second "submit".
      if ((phone || email) && wantsFiled(step.result)) {
        if (state.wantsPhotos && !state.photosAsked)
          await step.context.sendActivity(this.t(state, 'intake.photosAfterFiling'));
        await fileComplaint(this.services, step.context, state, { unseen: true });
        return step.endDialog();
      }
      // No phone or email ("skip", "just submit it", a second answer without one): the customer hears how they will be
      // answered — not the question dropped without a word. ("The number on the order" is a way to reach them.)
      // ("Skip", "no number": declined, said so. "好的 谢谢", a second answer without one: nothing was declined — where
      // the answer comes, and that a number can still be sent; never "no number is fine", blind-13 02.6.)
      const refused = refusesContact(step.result);
      const declined = isSkip(step.result) || saysNoNumber(step.result) || wantsFiled(step.result) || refused;
      // (Refused beside "why do you need it?": the answer to why said already that we reply here.)
      const told = refused && Boolean(step.context.turnState.get(ANSWERED_ASIDE));
      if (!phone && !email && !sameContact(step.result) && !told)
        await step.context.sendActivity(this.t(state, declined ? 'intake.contactSkipped' : 'intake.contactLetGo'));
      // (Less the demand settled on there, which has its own line: "哎不对，还是赔偿吧，这个壶值600块".)
      const account = refused ? '' : accountPart(this.services.nlu, step.result);
      if (!phone && !email && !isSkip(step.result) && !sameContact(step.result) && account)
        this.addToAccount(state, account);
    }
    if (!state.wantsPhotos || state.photosAsked) return step.next();
    return step.prompt(PHOTO_PROMPT, this.ask(step, PHOTO_PROMPT, state));
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    // Reaching here with photos wanted and not yet asked means the photo prompt was just answered.
    if (state.wantsPhotos && !state.photosAsked) {
      state.photosAsked = true;
      const photos = this.services.evidenceOf(step.context.activity);
      if (photos.length > 0) {
        state.evidence.push(...photos);
        await step.context.sendActivity(this.t(state, 'intake.photosReceived', { count: photos.length }));
      }
      // "submit", "yes file it" to the photo question, the last before the summary: filed now, not summarised for
      // a second "submit" (blind-9 25.t8 ended unfiled that way).
      const said = typeof step.result === 'string' ? step.result : '';
      if (photos.length === 0 && wantsFiled(said) && !isSkip(said) && !asksQuestion(said)) {
        await fileComplaint(this.services, step.context, state, { unseen: true });
        return step.endDialog();
      }
    }
    const updated = Boolean(state.updated);
    const retyped = Boolean(state.retyped);
    state.updated = false;
    delete state.retyped;
    // A complaint a person takes over once filed says so, with when they reply (issue #17: no surprise after submit).
    const person = await personRepliesIn(this.services, state);
    if (person) state.personRepliesIn = person;
    else delete state.personRepliesIn;
    // (A new type says what it is and what it changes, not only "updated".)
    // ("fix it" that changed nothing: never "updated" — what to change is asked, blind 29: 02.6.)
    const unchanged = Boolean(state.unchanged);
    delete state.unchanged;
    const said = retyped
      ? await retypedLine(this.services, state)
      : unchanged
        ? this.t(state, 'intake.whatToChange')
        : updated;
    (step.values as { shownSummary?: string }).shownSummary = summaryOf(this.services.replies, state);
    return step.prompt(CONFIRM_PROMPT, this.ask(step, CONFIRM_PROMPT, state, { updated: said }));
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    const text = step.result as string;
    const titles = CONFIRM.map((key) => this.services.replies.wordings(state.locale, key));
    // (A question taken aside at the summary — "can I resend it for free?" — is no yes: the summary is shown again with
    // what the aside changed, never filed unasked; blind batch 23: 06.5.)
    const asked = asksQuestion(text) && !isYes(text) && !wantsFiled(text);
    const answer =
      readSummaryAnswer(this.services.nlu, this.services.replies, state, text, titles) ??
      (asked ? { kind: 'edit', state, submit: false } : { kind: 'submit' });
    switch (answer.kind) {
      case 'change': {
        const again: IntakeState =
          answer.field === 'category'
            ? { ...state, category: undefined }
            : answer.field === 'tracking'
              ? { ...state, trackingNumbers: [], trackingSkipped: false, unverifiedNumbers: undefined }
              : {
                  ...state,
                  demand: undefined,
                  moreDemands: [],
                  ...(state.demand && state.demand !== 'none' ? { formerDemands: allDemands(state) as Demand[] } : {}),
                };
        return step.replaceDialog(this.initialDialogId, again);
      }
      case 'cancel':
        await step.context.sendActivity(this.t(state, 'intake.cancelled'));
        noteOutcome(step.context, 'cancelled');
        return step.endDialog();
      case 'edit': {
        // ("will somebody phone me, and when? 138…": whether and when the call comes, said with the number taken.)
        const phone = answer.state.contact?.phone;
        const call =
          phone !== state.contact?.phone ? callAtSummary(this.services, answer.state, text, phone) : undefined;
        if (call) await step.context.sendActivity(this.t(state, call.line.key, call.line.vars));
        // "按延误给我登记": changed and filed in one go; otherwise the changed summary is shown again.
        if (answer.submit) {
          // ("it's not a delay, it's the COD money — fix the type then submit": the type it is filed under, said first.)
          if (answer.state.category !== state.category)
            await step.context.sendActivity(await retypedLine(this.services, answer.state, true));
          // ("诉求改成免费重新寄，然后提交", "change the demand to a free resend and submit": the new demand said, then filed
          // with it — never filed in silence over the change, blind batch 30: 14.6.)
          const demands = allDemands(answer.state).filter((d) => d !== 'none');
          if (demands.length > 0 && demands.join() !== allDemands(state).join())
            await step.context.sendActivity(
              this.t(state, 'intake.demandChanged', { demand: demandsSaid(this.services.replies, answer.state) }),
            );
          // (What was filed differs from the summary shown: it is shown as filed.)
          await fileComplaint(this.services, step.context, answer.state, {
            unseen: this.unlikeShown(step, answer.state),
          });
          return step.endDialog();
        }
        // (Only a summary that now reads otherwise is "updated": a change that changed nothing asks what to change.)
        const shown = (step.values as { shownSummary?: string }).shownSummary;
        const same = shown === summaryOf(this.services.replies, answer.state);
        return step.replaceDialog(this.initialDialogId, {
          ...answer.state,
          updated: !same,
          ...(same && asksForFix(text) ? { unchanged: true } : {}),
          retyped: answer.state.category !== state.category,
        });
      }
      default: {
        // "Yes, submit it — the same number": filed with the phone typed earlier as the contact, when it had none.
        const earlier = step.context.turnState.get(EARLIER_PHONE) as string | undefined;
        const contact = earlier && !state.contact?.phone && !state.contact?.email ? { phone: earlier } : undefined;
        const filed = contact ? { ...state, contact } : state;
        // ("make the request a free resend, then submit": changed by the aside that answered it, then filed — what was
        // filed is shown, not only its number, blind batch 30: 14.6.)
        await fileComplaint(this.services, step.context, filed, { unseen: this.unlikeShown(step, filed) });
        return step.endDialog();
      }
    }
  }

  /** The complaint to be filed no longer reads as the summary the customer was shown (changed in the filing message). */
  private unlikeShown(step: WaterfallStepContext, state: IntakeState): boolean {
    const shown = (step.values as { shownSummary?: string }).shownSummary;
    return shown !== undefined && shown !== summaryOf(this.services.replies, state);
  }

  /** Says `lines`; with `person`, under a "Talk to a person" button (a press hands the intake to an agent). */
  private async offerPerson(step: WaterfallStepContext, state: IntakeState, lines: string[], person = true) {
    const text = lines.join('\n');
    await step.context.sendActivity(person ? withChoices(step.context, text, [this.t(state, 'choice.human')]) : text);
  }

  /** Words that answer no question but say more about what happened stay in the customer's account. */
  private addToAccount(state: IntakeState, said: string): void {
    // "why are u replying in chinese?? english pls": about the chat, not the parcel.
    const text = withoutContactClauses(withoutChatTalk(said));
    // A phone or an email is the contact, not the account ("kenji.t@yahoo.co.jp" after the demand was asked twice).
    const told = text.replace(/(?<!\S)\S+@[^\s@]+\.\S+/g, '').replace(/\d/g, '');
    if (wordsIn(told) < 4 || isSkip(text) || state.description.includes(text)) return;
    if (['thanks', 'greeting'].includes(this.services.nlu.analyze(text).intent) || isYes(text)) return;
    state.description = [state.description, text].filter((s) => s.trim()).join('\n');
  }
}
