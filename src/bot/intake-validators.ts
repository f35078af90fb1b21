import { letterOFixed } from '../nlu/entities/tracking';
import { refusesContact } from './contact-refusal';
import type { PromptValidatorContext } from 'botbuilder-dialogs';
import type { ComplaintCategory, Demand, Locale } from '../nlu';
import {
  isAcknowledgement,
  isSkip,
  isYes,
  readCategory,
  readDemand,
  readSummaryAnswer,
  sameContact,
  type SummaryAnswer,
  wantsFiled,
} from './intake-reading';
import {
  ANSWERED_ASIDE,
  DETAIL_KEPT,
  EARLIER_PHONE,
  NUMBER_ASKED_AGAIN,
  NUMBER_STANDS,
  TAKEN_AS_WRITTEN,
  TRACKING_GIVEN_UP,
  type IntakeState,
} from './intake-state';
import { asksQuestion } from './message-cues';
import { wantsReplyHere } from './contact-here';
import { lookUpParcel } from './parcel-answer';
import { saysNoNumber } from './intake-slot-text';
import type { Register, ReplyKey } from './replies';
import type { BotServices } from './services';
import { withoutNeighbourNumbers } from './reference-parcel';
import { saysNumberRight } from './lookup-retry';
import { citesNumberSource } from './number-as-given';

// "没错", "冇錯", "張單寫住嘅", "你再check下", "it's correct", "I'm sure", "double-checked": the number stands.
const INSISTS =
  /没错|沒錯|冇錯|無錯|係啱|是对的|是對的|就是这个|就是這個|就係呢個|写着|寫著|寫住|写住|再check|再查|再睇|确认无误|確認無誤|无误|無誤|肯定|\b(it'?s|that'?s|is) (correct|right|the right one)\b|\bi'?m sure\b|\bdouble[- ]?checked\b|\bcheck again\b|\bon (the|my) (label|receipt|slip)\b/i;
// After the number: "不对 这个是我另一个", "唔係呢個", "wrong one", "not that one, wait".
const DISOWNED =
  /^[^。.!！?？]{0,6}(不对|不對|唔啱|唔係呢|不是这个|不是這個|这个是我另一个|這個是我另一個|呢個係我另一|\bwrong one\b|\bnot (this|that|the right) one\b|\bscratch that\b|\bignore that\b)/i;

/** The message takes back the number it gives, right after it. */
export function disownsNumber(text: string, number: string): boolean {
  const at = text.toUpperCase().indexOf(number.toUpperCase());
  return at >= 0 && DISOWNED.test(text.slice(at + number.length));
}

/** "没错", "張單寫住嘅", "I'm sure": the customer stands by the number they gave. */
// (Or the words heard after a lookup: "点会查唔到，我张单写住", "收據上就是這個號碼" — lookup-retry.ts.)
export const insistsNumberIsRight = (text: string): boolean => INSISTS.test(text) || saysNumberRight(text);

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
// "查不到是什么意思", "點解會搵唔到", "怎麼會不對", "what do you mean not found / invalid?": the customer asks why the number
// they gave was not taken — a question by its words, with or without a mark ("没错，单上就是这个" stands the number).
const WHY_NOT_FOUND =
  /(查不到|找不到|查无|查無|搵唔到|查唔到|不对|不對|唔啱|错|錯)[^，。,.?？!！]{0,6}(是)?(什么|什麼|甚麼|啥|咩|乜嘢?)意思|(怎么|怎麼|点解|點解|为什么|為什麼|为啥|點會|怎么会|怎麼會)[^，。,.?？!！]{0,8}(查不到|找不到|搵唔到|查唔到|不对|不對|唔啱|错|錯|没有|沒有|冇)|\bwhat do you mean\b|\bwhy (can'?t|cannot|couldn'?t|is it|isn'?t it|would it be|is that|doesn'?t it)\b[^.?!]{0,30}\b(find|found|valid|invalid|right|wrong|work|exist)\b|\bhow (is|can) (it|that) (be )?(invalid|wrong|not found)\b/i;
const asksWhyNotFound = (text: string): boolean => WHY_NOT_FOUND.test(text);

export class IntakeValidators {
  constructor(private readonly services: BotServices) {}

  /** The conversation's language, which the steps hand their prompts (a validator sees only its prompt). */
  promptLocale(p: PromptValidatorContext<string>): Locale {
    return (p.options.validations as { locale?: Locale } | undefined)?.locale ?? 'en';
  }

  /** The register the step's question was asked in (Cantonese): what the step says next uses it too. */
  promptRegister(p: PromptValidatorContext<string>): Register | undefined {
    return (p.options.validations as { register?: Register } | undefined)?.register;
  }

  categoryOf(p: PromptValidatorContext<string>): ComplaintCategory | undefined {
    return readCategory(this.services.nlu, this.services.replies, this.promptLocale(p), p.recognized.value ?? '');
  }

  demandOf(p: PromptValidatorContext<string>): Demand | 'none' | undefined {
    const { category } = (p.options.validations ?? {}) as { category?: ComplaintCategory };
    return readDemand(
      this.services.nlu,
      this.services.replies,
      this.promptLocale(p),
      p.recognized.value ?? '',
      category,
    );
  }

  /** What the customer said to the summary: a button, a yes, a change written as a sentence, or a cancel. */
  confirmation(p: PromptValidatorContext<string>): SummaryAnswer | undefined {
    const locale = this.promptLocale(p);
    const state = (p.options.validations as { state?: IntakeState } | undefined)?.state;
    if (!state) return undefined;
    const titles = CONFIRM.map((key) => this.services.replies.wordings(locale, key));
    return readSummaryAnswer(this.services.nlu, this.services.replies, state, p.recognized.value ?? '', titles);
  }

  /**
   * A tracking number, or the way past the step. A number tracking cannot confirm (not found, or failing its check)
   * is said so once; then it is taken as the customer wrote it — sent again, insisted on ("没错，单上就是这个"), or left
   * standing while the customer goes on to something else (an amount, a demand): a complaint can be filed on a number
   * the courier's record lacks, for an agent to check. A second try with nothing usable goes on without a number,
   * and a person is offered (`TRACKING_GIVEN_UP`).
   */
  async validateTracking(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (isSkip(text) || saysNoNumber(text)) return true;
    const { locale, unconfirmed, earlier } = (prompt.options.validations ?? {}) as {
      locale?: Locale;
      unconfirmed?: string;
      earlier?: string[];
    };
    // ("單號唔係 SF…，係佢前一件": SF… is not the number.)
    const { trackingNumbers, invalidTracking } = withoutNeighbourNumbers(
      this.services.nlu.analyze(text),
      text,
    ).entities;
    const register = this.promptRegister(prompt);
    const t = (key: ReplyKey, vars?: Record<string, string>) =>
      this.services.replies.t(locale ?? 'en', key, vars, register);
    // The step's question put again in the validator's own words: the dialog does not ask it a second time after them.
    const askAgain = async (key: ReplyKey, vars?: Record<string, string>): Promise<false> => {
      prompt.context.turnState.set(NUMBER_ASKED_AGAIN, true);
      await prompt.context.sendActivity(t(key, vars));
      return false;
    };
    const asked = prompt.state as { unconfirmed?: string };
    const offered = asked.unconfirmed ?? unconfirmed;
    // (`failed`: this message brought another number tracking cannot confirm — a failed try, after which a person is
    // offered; moving on from the number is none.)
    const asWritten = (number: string, failed = false): boolean => {
      prompt.context.turnState.set(TAKEN_AS_WRITTEN, number);
      if (failed) prompt.context.turnState.set(TRACKING_GIVEN_UP, true);
      return true;
    };
    const secondTry = prompt.attemptCount >= 2;
    const number = trackingNumbers[0]?.number;
    // "单号SF… 不对 这个是我另一个 等下", "SF… no wait, wrong one": the number taken back as it is given — never the
    // complaint's (blind batch 55a: 08.2 filed the complaint on the customer's other parcel).
    const given = number ?? invalidTracking[0]?.number;
    if (given && disownsNumber(text, given)) {
      asked.unconfirmed = undefined;
      return askAgain('intake.numberDisowned', { number: given });
    }
    if (number) {
      const lookup = await lookUpParcel(this.services, number);
      if (lookup.kind !== 'unknown') return true;
      // The same number again (here, or one not found earlier in the conversation), or a second number tracking
      // cannot find either: taken as written.
      const again = number === offered || (earlier?.includes(number) ?? false);
      if (again || secondTry) return asWritten(number, !again);
      asked.unconfirmed = number;
      return askAgain('intake.trackingUnknown', { number });
    }
    const mistyped = invalidTracking[0]?.number;
    if (mistyped && mistyped !== offered && !secondTry && !earlier?.includes(mistyped)) {
      asked.unconfirmed = mistyped;
      const fixed = letterOFixed(mistyped);
      return fixed
        ? askAgain('intake.trackingLetterO', { number: mistyped, fixed })
        : askAgain('intake.trackingInvalid', { number: mistyped });
    }
    if (mistyped) return asWritten(mistyped, mistyped !== offered && !(earlier?.includes(mistyped) ?? false));
    // "你們查不到是什麼意思", "what do you mean it's not found?": why the number was not taken, and where the right one is
    // found — the step waits for it; the number is not filed as written on a question (blind batch 18 21.2).
    // ("怎麼會查不到？？單據上印的就是這個號碼" stands by it as well: taken as written below.)
    if (offered && asksWhyNotFound(text) && !(INSISTS.test(text) || citesNumberSource(text))) {
      // (A number of a valid form that tracking has no record of, or one whose form cannot be right.)
      const wellFormed = this.services.nlu.analyze(offered).entities.trackingNumbers.some((n) => n.number === offered);
      const key = wellFormed ? 'intake.numberDoubtUnknown' : 'intake.numberDoubtInvalid';
      return askAgain(key, { number: offered });
    }
    // A broken parcel's number not found, and the customer goes on with the damage: it stands, for an agent to check.
    if (offered && prompt.context.turnState.get(NUMBER_STANDS)) return asWritten(offered);
    // A question about the number ("where do I find it?") was answered aside: the step waits for the number.
    const answered = Boolean(prompt.context.turnState.get(ANSWERED_ASIDE)) && asksQuestion(text);
    // "It's written on my slip", or anything else said instead of another number: the number given stands.
    // (Not one that failed its check digit or length: a slip of the keys, which the bot said was wrong, stands only
    // sent again or insisted on — a question or more of the story is no standing by it; blind batch 19: 22.4.)
    const slip = offered !== undefined && this.services.nlu.analyze(offered).entities.invalidTracking.length > 0;
    if (offered && (insistsNumberIsRight(text) || (!answered && !slip))) return asWritten(offered);
    if (secondTry && !answered) {
      prompt.context.turnState.set(TRACKING_GIVEN_UP, true);
      return true;
    }
    // More of what happened, kept in the account by the asides: said so with the question.
    if (prompt.context.turnState.get(DETAIL_KEPT) && !answered) return askAgain('intake.detailNotedTracking');
    return false;
  }

  /** A phone or email; "the number on the order", "skip", or a second answer without one go on without it. */
  async validateContact(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    // "登记吧", "just file it": they want it filed, not to give a number.
    // ("对，就是要赔钱，运费也要退" is a yes to the demand, taken aside: the phone is still to be asked for.)
    const yes =
      isYes(text) && (wantsFiled(text) || isAcknowledgement(text) || !prompt.context.turnState.get(ANSWERED_ASIDE));
    // ("no. not giving it", "我不给": a contact refused is the answer — the complaint goes on without one.)
    // ("text me here", "就在这里回我": this conversation is the contact — blind batch 23: 03.5.)
    const here = wantsReplyHere(text) && this.services.nlu.analyze(text).entities.phones.length === 0;
    // (A phone we hold, meant by "you have my number", was taken this turn: complaint-bot.ts, waybill-contact.ts.)
    const held = Boolean(prompt.context.turnState.get(EARLIER_PHONE));
    if (isSkip(text) || sameContact(text) || held || yes || refusesContact(text) || here || prompt.attemptCount > 1)
      return true;
    const { locale } = (prompt.options.validations ?? {}) as { locale?: Locale };
    const { entities, intent } = this.services.nlu.analyze(text, this.services.clock.now(), locale);
    return entities.phones.length > 0 || entities.emails.length > 0 || intent === 'thanks';
  }
}
