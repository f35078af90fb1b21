import { ActivityTypes, type TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  ComponentDialog,
  ListStyle,
  TextPrompt,
  WaterfallDialog,
  type Choice,
  type DialogContext,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { ComplaintCategory, Demand, Locale } from '../nlu';
import { TICKET_CATEGORIES, type Attachment } from '../store/records';
import { capabilitiesOf } from './channels';
import type { BotServices } from './services';
import { fileComplaint } from './file-complaint';
import type { ReplyKey } from './replies';

export const INTAKE_DIALOG = 'complaintIntake';

const CATEGORIES: readonly ComplaintCategory[] = TICKET_CATEGORIES;
const DEMANDS: (Demand | 'none')[] = ['compensation', 'refund', 'redelivery', 'apology', 'explanation', 'none'];
const CONFIRM: ReplyKey[] = [
  'choice.submit',
  'choice.changeCategory',
  'choice.changeTracking',
  'choice.changeDemand',
  'choice.cancel',
];

const SKIP = /^\s*(skip|no|none|n\/a|跳过|跳過|没有|沒有|无|無|不用|不需要)\s*[.!。！]?\s*$/i;
const CANCEL =
  /^\s*(cancel|quit|stop|never ?mind|取消|算了|不投诉了|不投訴了|不客诉了|不客訴了|不用了)\s*[.!。！]?\s*$/i;

/** Everything the intake knows so far; kept in dialog state, so it must stay plain JSON. */
export interface IntakeState {
  locale: Locale;
  category?: ComplaintCategory;
  /** The category came from a tracking anomaly, not from the customer's words: their account may correct it. */
  categoryGuessed?: boolean;
  trackingNumbers: string[];
  trackingSkipped: boolean;
  description: string;
  describedEnough: boolean;
  demand?: Demand | 'none';
  needsContact: boolean;
  contact?: { phone?: string; email?: string; skipped?: boolean };
  wantsPhotos: boolean;
  photosAsked: boolean;
  evidence: Attachment[];
  facts: {
    severe: boolean;
    minor: boolean;
    daysLate: number | null;
    escalationThreat: string | null;
    dataLeak: boolean;
  };
}

const TRACKING_PROMPT = 'trackingPrompt';
const TEXT_PROMPT = 'textPrompt';
const CONTACT_PROMPT = 'contactPrompt';
const PHOTO_PROMPT = 'photoPrompt';
const CHOICE_PROMPT = 'choicePrompt';

/**
 * Complaint intake: starts from what the NLU read, asks only for what is missing (category, tracking
 * number, what happened, the demand, contact details the channel lacks, photos of damage), shows a summary
 * to confirm or correct, then files the ticket. "Cancel" at any point stops without filing anything.
 */
export class ComplaintIntakeDialog extends ComponentDialog {
  constructor(private readonly services: BotServices) {
    super(INTAKE_DIALOG);
    this.addDialog(new TextPrompt(TRACKING_PROMPT, (p) => this.validateTracking(p)))
      .addDialog(new TextPrompt(TEXT_PROMPT))
      .addDialog(new TextPrompt(CONTACT_PROMPT, (p) => this.validateContact(p)))
      .addDialog(
        new TextPrompt(
          PHOTO_PROMPT,
          async (p) => (p.context.activity.attachments?.length ?? 0) > 0 || SKIP.test(p.recognized.value ?? ''),
        ),
      )
      .addDialog(new ChoicePrompt(CHOICE_PROMPT))
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

  /** "Cancel" interrupts any step. */
  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const text = inner.context.activity.type === ActivityTypes.Message ? (inner.context.activity.text ?? '') : '';
    if (CANCEL.test(text)) {
      const locale = (inner.activeDialog?.state as { values?: { state?: IntakeState } } | undefined)?.values?.state
        ?.locale;
      await inner.context.sendActivity(this.services.replies.t(locale ?? 'en', 'intake.cancelled'));
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
    return this.services.replies.t(state.locale, key, vars);
  }

  private choices(state: IntakeState, keys: ReplyKey[]): Choice[] {
    return keys.map((key) => {
      const title = this.t(state, key);
      return { value: title, action: { type: 'imBack', title, value: title } };
    });
  }

  private style(context: TurnContext): ListStyle {
    return capabilitiesOf(context.activity.channelId).suggestedActions ? ListStyle.suggestedAction : ListStyle.list;
  }

  private async categoryStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (state.category) return step.next();
    return step.prompt(CHOICE_PROMPT, {
      prompt: this.t(state, 'intake.askCategory'),
      choices: this.choices(
        state,
        CATEGORIES.map((c) => `category.${c}` as ReplyKey),
      ),
      style: this.style(step.context),
    });
  }

  private async trackingStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    const picked = step.result as FoundChoice | undefined;
    if (!state.category && picked) state.category = CATEGORIES[picked.index] ?? 'other';
    if (state.trackingNumbers.length > 0 || state.trackingSkipped) return step.next();
    return step.prompt(TRACKING_PROMPT, {
      prompt: this.t(state, 'intake.askTracking'),
      retryPrompt: this.t(state, 'intake.trackingRetry'),
    });
  }

  private async describeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (typeof step.result === 'string') {
      const numbers = this.services.nlu.analyze(step.result).entities.trackingNumbers.map((t) => t.number);
      if (numbers.length > 0) state.trackingNumbers = numbers;
      else state.trackingSkipped = true;
    }
    if (state.describedEnough) return step.next();
    return step.prompt(TEXT_PROMPT, { prompt: this.t(state, 'intake.askWhatHappened') });
  }

  private async demandStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (!state.describedEnough && typeof step.result === 'string') {
      state.description = [state.description, step.result].filter((s) => s.trim()).join('\n');
      state.describedEnough = true;
      const reading = this.services.nlu.analyze(step.result);
      state.demand ??= reading.entities.demand ?? undefined;
      // "It never arrived and they cannot find it" after a late-parcel prompt is a loss, not a delay.
      if (state.categoryGuessed && reading.intent === 'complaint' && reading.category && reading.category !== 'other') {
        state.category = reading.category;
      }
      state.categoryGuessed = false;
    }
    if (state.demand) return step.next();
    return step.prompt(CHOICE_PROMPT, {
      prompt: this.t(state, 'intake.askDemand'),
      choices: this.choices(
        state,
        DEMANDS.map((d) => `demand.${d}` as ReplyKey),
      ),
      style: this.style(step.context),
    });
  }

  private async contactStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    const picked = step.result as FoundChoice | undefined;
    if (!state.demand && picked) state.demand = DEMANDS[picked.index] ?? 'none';
    if (!state.needsContact || state.contact) return step.next();
    return step.prompt(CONTACT_PROMPT, {
      prompt: this.t(state, 'intake.askContact'),
      retryPrompt: this.t(state, 'intake.contactRetry'),
    });
  }

  private async photoStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    if (state.needsContact && !state.contact && typeof step.result === 'string') {
      const reading = this.services.nlu.analyze(step.result, this.services.clock.now(), state.locale);
      const phone = reading.entities.phones[0]?.e164;
      const email = reading.entities.emails[0];
      state.contact = phone || email ? { ...(phone ? { phone } : {}), ...(email ? { email } : {}) } : { skipped: true };
    }
    if (!state.wantsPhotos || state.photosAsked) return step.next();
    return step.prompt(PHOTO_PROMPT, {
      prompt: this.t(state, 'intake.askPhotos'),
      retryPrompt: this.t(state, 'intake.askPhotos'),
    });
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
    }
    const summary = this.t(state, 'intake.summary', {
      category: this.t(state, `category.${state.category ?? 'other'}` as ReplyKey),
      tracking: state.trackingNumbers.join(', ') || '—',
      description: state.description.slice(0, 300),
      demand: this.t(state, `demand.${state.demand ?? 'none'}` as ReplyKey),
    });
    return step.prompt(CHOICE_PROMPT, {
      prompt: summary,
      choices: this.choices(state, CONFIRM),
      style: this.style(step.context),
    });
  }

  private async actStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    const choice = CONFIRM[(step.result as FoundChoice).index];
    switch (choice) {
      case 'choice.changeCategory':
        return step.replaceDialog(this.initialDialogId, { ...state, category: undefined } satisfies IntakeState);
      case 'choice.changeTracking':
        return step.replaceDialog(this.initialDialogId, {
          ...state,
          trackingNumbers: [],
          trackingSkipped: false,
        } satisfies IntakeState);
      case 'choice.changeDemand':
        return step.replaceDialog(this.initialDialogId, { ...state, demand: undefined } satisfies IntakeState);
      case 'choice.cancel':
        await step.context.sendActivity(this.t(state, 'intake.cancelled'));
        return step.endDialog();
      default:
        await fileComplaint(this.services, step.context, state);
        return step.endDialog();
    }
  }

  private async validateTracking(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    return SKIP.test(text) || this.services.nlu.analyze(text).entities.trackingNumbers.length > 0;
  }

  private async validateContact(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (SKIP.test(text)) return true;
    const { phones, emails } = this.services.nlu.analyze(text).entities;
    return phones.length > 0 || emails.length > 0;
  }
}
