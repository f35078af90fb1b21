import type { PromptValidatorContext } from 'botbuilder-dialogs';
import type { ComplaintCategory, Demand, Locale } from '../nlu';
import {
  isSkip,
  isYes,
  readCategory,
  readDemand,
  readSummaryAnswer,
  sameContact,
  type SummaryAnswer,
} from './intake-reading';
import type { IntakeState } from './intake-state';
import { lookUpParcel } from './parcel-answer';
import { saysNoNumber } from './intake-slot-text';
import type { ReplyKey } from './replies';
import type { BotServices } from './services';

// "没错", "冇錯", "張單寫住嘅", "你再check下", "it's correct", "I'm sure", "double-checked": the number stands.
const INSISTS =
  /没错|沒錯|冇錯|無錯|係啱|是对的|是對的|就是这个|就是這個|就係呢個|写着|寫著|寫住|写住|再check|再查|再睇|确认无误|確認無誤|无误|無誤|肯定|\b(it'?s|that'?s|is) (correct|right|the right one)\b|\bi'?m sure\b|\bdouble[- ]?checked\b|\bcheck again\b|\bon (the|my) (label|receipt|slip)\b/i;
const insistsNumberIsRight = (text: string): boolean => INSISTS.test(text);

export const CONFIRM: ReplyKey[] = [
  'choice.submit',
  'choice.changeCategory',
  'choice.changeTracking',
  'choice.changeDemand',
  'choice.cancel',
];

/**
 * What each intake prompt accepts as an answer. The steps hand their prompts the conversation's language
 * (`validations.locale`): a validator sees only its prompt.
 */
export class IntakeValidators {
  constructor(private readonly services: BotServices) {}

  /** The conversation's language, which the steps hand their prompts (a validator sees only its prompt). */
  promptLocale(p: PromptValidatorContext<string>): Locale {
    return (p.options.validations as { locale?: Locale } | undefined)?.locale ?? 'en';
  }

  categoryOf(p: PromptValidatorContext<string>): ComplaintCategory | undefined {
    return readCategory(this.services.nlu, this.services.replies, this.promptLocale(p), p.recognized.value ?? '');
  }

  demandOf(p: PromptValidatorContext<string>): Demand | 'none' | undefined {
    return readDemand(this.services.nlu, this.services.replies, this.promptLocale(p), p.recognized.value ?? '');
  }

  /** What the customer said to the summary: a button, a yes, a change written as a sentence, or a cancel. */
  confirmation(p: PromptValidatorContext<string>): SummaryAnswer | undefined {
    const locale = this.promptLocale(p);
    const state = (p.options.validations as { state?: IntakeState } | undefined)?.state;
    if (!state) return undefined;
    const titles = CONFIRM.map((key) => this.services.replies.t(locale, key));
    return readSummaryAnswer(this.services.nlu, this.services.replies, state, p.recognized.value ?? '', titles);
  }

  async validateTracking(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    // Not everyone has the number at hand: after one retry the complaint goes on without it.
    if (isSkip(text) || saysNoNumber(text) || prompt.attemptCount > 2) return true;
    const { locale, unconfirmed } = (prompt.options.validations ?? {}) as { locale?: Locale; unconfirmed?: string };
    const { trackingNumbers, invalidTracking } = this.services.nlu.analyze(text).entities;
    const number = trackingNumbers[0]?.number;
    const t = (key: ReplyKey, vars?: Record<string, string>) => this.services.replies.t(locale ?? 'en', key, vars);
    if (number) {
      const lookup = await lookUpParcel(this.services, number);
      // Not in tracking yet (or tracking is down): asked to check once; the same number again is taken as written.
      const asked = prompt.state as { unconfirmed?: string };
      if (lookup.kind !== 'unknown' || number === unconfirmed || asked.unconfirmed === number) return true;
      asked.unconfirmed = number;
      await prompt.context.sendActivity(t('intake.trackingUnknown', { number }));
      return false;
    }
    // "It's written on my slip, check again": the number the bot offered to take as written, taken.
    const offered = (prompt.state as { unconfirmed?: string }).unconfirmed;
    if (offered && insistsNumberIsRight(text)) {
      prompt.recognized.value = offered;
      return true;
    }
    const mistyped = invalidTracking[0]?.number;
    if (mistyped) {
      await prompt.context.sendActivity(t('intake.trackingInvalid', { number: mistyped }));
      return false;
    }
    return false;
  }

  /** A phone or email; "the number on the order", "skip", or a second answer without one go on without it. */
  async validateContact(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    // "登记吧", "just file it": they want it filed, not to give a number.
    if (isSkip(text) || sameContact(text) || isYes(text) || prompt.attemptCount > 1) return true;
    const { locale } = (prompt.options.validations ?? {}) as { locale?: Locale };
    const { entities, intent } = this.services.nlu.analyze(text, this.services.clock.now(), locale);
    return entities.phones.length > 0 || entities.emails.length > 0 || intent === 'thanks';
  }
}
