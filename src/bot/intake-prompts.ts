import type { TurnContext } from 'botbuilder-core';
import type { DialogContext, PromptOptions } from 'botbuilder-dialogs';
import type { Locale } from '../nlu';
import {
  CATEGORY_PROMPT,
  CONFIRM_PROMPT,
  CONTACT_PROMPT,
  DEMAND_PROMPT,
  INTAKE_DIALOG,
  PHOTO_PROMPT,
  TEXT_PROMPT,
  TRACKING_PROMPT,
  registerOf,
  type IntakeState,
} from './intake-state';
import { CATEGORIES, DEMANDS, withChoices } from './intake-reading';
import { CONFIRM } from './intake-validators';
import { demandsSaid } from './demand-details';
import type { ReplyKey, Replies } from './replies';
import { speaksOfReturn } from './message-cues';
import { describeRequest } from './delivery-change-words';

/**
 * A step's prompt options; `again` is the question as it is put after its first showing: the same words (the
 * question, or its retry), without the buttons (issue #17, batch 11 03.3, 29.2: a menu once, then free text).
 */
export type StepPromptOptions = PromptOptions & { again?: { prompt: string; retry: string } };

/**
 * The question each intake step asks, built from the intake's state in its language: by the step that asks it,
 * and again when the customer switches language in the middle of the intake ("English please").
 */
export function stepPrompt(
  replies: Replies,
  context: TurnContext,
  id: string,
  state: IntakeState,
  shown: { trackingNotice?: string; updated?: boolean | string } = {},
): StepPromptOptions {
  const t = (key: ReplyKey, vars?: Record<string, string | number>) =>
    replies.t(state.locale, key, vars, registerOf(state));
  // Buttons in the customer's register: the steps read an answer by any wording of a title (`Replies.wordings`).
  const titles = (keys: ReplyKey[]) => keys.map((key) => t(key));
  const validations = { locale: state.locale, ...(state.cantonese ? { register: registerOf(state) } : {}) };
  switch (id) {
    case CATEGORY_PROMPT: {
      const choices = titles(CATEGORIES.map((c) => `category.${c}` as ReplyKey));
      return {
        prompt: withChoices(context, t('intake.askCategory'), choices),
        retryPrompt: withChoices(context, t('intake.categoryRetry'), choices),
        validations,
      };
    }
    case TRACKING_PROMPT:
      return {
        prompt: shown.trackingNotice ?? t('intake.askTracking'),
        retryPrompt: t('intake.trackingRetry'),
        validations: { ...validations, unconfirmed: state.unconfirmedNumber, earlier: state.earlierUnfound },
      };
    case TEXT_PROMPT:
      return { prompt: t('intake.askWhatHappened') };
    case DEMAND_PROMPT: {
      const choices = titles(DEMANDS.map((d) => `demand.${d}` as ReplyKey));
      return {
        prompt: withChoices(context, t('intake.askDemand'), choices),
        retryPrompt: withChoices(context, t('intake.demandRetry'), choices),
        again: { prompt: t('intake.askDemand'), retry: t('intake.demandRetry') },
        // ("I want the full amount" is a refund in a fee complaint, compensation elsewhere.)
        validations: { ...validations, ...(state.category ? { category: state.category } : {}) },
      };
    }
    case CONTACT_PROMPT:
      return { prompt: t('intake.askContact'), retryPrompt: t('intake.contactRetry'), validations };
    case PHOTO_PROMPT: {
      // A packaging complaint is about the box, whether or not anything inside broke: its photos, not the damage's.
      const ask = t(state.category === 'packaging' ? 'intake.askPhotosPackaging' : 'intake.askPhotos');
      return { prompt: ask, retryPrompt: ask };
    }
    case CONFIRM_PROMPT: {
      const choices = titles(CONFIRM);
      // (`updated` as a line: what the change was, said in its place — retyped-summary.ts.)
      const said = typeof shown.updated === 'string' ? shown.updated : t('intake.updated');
      const updated = shown.updated ? `${said}\n` : '';
      return {
        prompt: withChoices(context, updated + summaryOf(replies, state), choices),
        retryPrompt: withChoices(context, t('intake.confirmRetry'), choices),
        validations: { ...validations, state },
      };
    }
    default:
      throw new RangeError(`No intake step asks with the prompt ${id}.`);
  }
}

/** "15 minutes", "15 分钟": the wait for a person, in the intake's language. */
const minutesText = (replies: Replies, state: IntakeState): string =>
  replies.within(state.locale, new Date(0), new Date((state.personRepliesIn ?? 0) * 60_000).toISOString());

// "物流四天都没更新", "點解四日都冇更新", "tracking hasn't moved": the account is about tracking that stands still.
const NOT_UPDATED =
  /[没沒冇未](有)?(更新|[动動郁]过?|[动動郁]過)|唔[郁動]|不[动動]|\b(not|never|no|n't|hasn'?t|didn'?t|without)\b[^.?!]{0,20}\b(updat\w*|mov(ed|ing)|scan(s|ned)?)\b|\bstuck\b|\bnothing (has |had )?(changed|happened|moved)\b|\bno (change|movement|progress)\b|没(有)?变化|沒(有)?變化|冇(變|变)(過|过)?|一直冇(郁|動)|一点动静都没有|一點動靜都沒有/i;

/** "物流四天都没更新", "hasn't moved", "nothing has changed since": the words speak of tracking that stands still. */
export const speaksOfStandingStill = (text: string): boolean => NOT_UPDATED.test(text);

/**
 * The type the summary names: information wrong or leaked is one category, but the customer reads "wrong or leaked
 * information" as a leak — a leak is named as one, tracking that stands still as that (batch 12 12.7), the rest as
 * wrong information.
 */
function categoryTitle(state: IntakeState): ReplyKey {
  // (A parcel sent back that nobody asked to be: "returned without reason", LABELS.md's own words for it — blind 26b 26.5.)
  if (state.category === 'other' && speaksOfReturn(state.description)) return 'category.other.returned';
  if (state.category !== 'info_error') return `category.${state.category ?? 'other'}` as ReplyKey;
  if (state.facts.dataLeak) return 'category.info_error.leak';
  return NOT_UPDATED.test(state.description) ? 'category.info_error.stale' : 'category.info_error.wrong';
}

/** The summary of the complaint shown before it is filed. */
export function summaryOf(replies: Replies, state: IntakeState): string {
  return replies.t(state.locale, 'intake.summary', summaryVars(replies, state), registerOf(state));
}

/**
 * What a complaint filed before its summary was shown says, under the filing line ("submit" at the contact or photo
 * step, or a yes to filing it as it stood): the customer sees the type, the number, the demand and the way back to
 * them as the summary would have shown them — their own account they know (issue #17, blind-13 03.6, 12.5, 22.6).
 */
export function filedRecord(replies: Replies, state: IntakeState): string {
  return replies.t(state.locale, 'intake.filedRecord', summaryVars(replies, state), registerOf(state));
}

// How much of each message of the account the summary shows; of more than FIRST_AND_LATEST messages, the first and
// the latest ones (this many in all, besides the "…" between).
const LINE_SHOWN = 140;
const FIRST_AND_LATEST = 5;

/**
 * The account as the summary shows it: every message the customer told it in, a long one cut at a word with "…", and
 * of many the first and the latest — what was just added is always seen (blind batch 38a: 01.5, 03.4, 04.5 lost the
 * details added last when the account was cut at 300 characters, mid-word).
 */
export function accountShown(description: string): string {
  const cut = (line: string): string => {
    if (line.length <= LINE_SHOWN) return line;
    const head = line.slice(0, LINE_SHOWN);
    // (Cut at the last space when the line is written in words; Chinese has none to cut at.)
    const space = head.lastIndexOf(' ');
    return `${(space > LINE_SHOWN / 2 ? head.slice(0, space) : head).trimEnd()}…`;
  };
  const lines = description
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map(cut);
  const shown =
    lines.length > FIRST_AND_LATEST ? [lines[0] as string, '…', ...lines.slice(-(FIRST_AND_LATEST - 1))] : lines;
  return shown.join('\n');
}

function summaryVars(replies: Replies, state: IntakeState): Record<string, string> {
  const t = (key: ReplyKey, vars?: Record<string, string | number>) =>
    replies.t(state.locale, key, vars, registerOf(state));
  // (The waybill's phone is named by its last 4 digits: the customer proved those, not the whole number.)
  const waybill = state.contact?.onWaybill;
  const phone = waybill ? t('intake.summaryWaybillPhone', { last4: waybill }) : state.contact?.phone;
  const reach = [phone, state.contact?.email].filter(Boolean).join(', ');
  // A number filed as the customer wrote it says so; so does a chat with no phone or email: the answer comes here.
  const unverified = (n: string) => (state.unverifiedNumbers?.includes(n) ? t('intake.summaryUnverified') : '');
  const here = state.needsContact ? t('intake.summaryReplyHere') : '';
  // A second problem on the same parcel is on the same ticket: the type line names it too.
  const others = (state.otherProblems ?? []).filter((c) => c !== state.category);
  const joiner = state.locale === 'en' ? ', ' : '、';
  const alsoOf = () =>
    others.length === 0
      ? ''
      : t('intake.summaryAlso', {
          // (Leaked details are named as a leak beside another type, as the type line names them: `categoryTitle`.)
          categories: others
            .map((c) =>
              t(
                c === 'info_error' && state.facts.dataLeak ? 'category.info_error.leak' : (`category.${c}` as ReplyKey),
              ),
            )
            .join(joiner),
        });
  return {
    category: t(categoryTitle(state)) + alsoOf(),
    tracking: state.trackingNumbers.map((n) => n + unverified(n)).join(', ') || '—',
    description: accountShown(state.description),
    demand: demandsSaid(replies, state),
    contact:
      (reach ? t('intake.summaryContact', { contact: reach }) : here) +
      (reach && state.contact?.call && state.contact.phone
        ? state.contact.who
          ? t('intake.summaryCallWho', { who: state.contact.who })
          : state.contact.callWhen
            ? t('intake.summaryCallWhen', { when: state.contact.callWhen })
            : t('intake.summaryCall')
        : '') +
      (state.changes ?? []).map((c) => t('intake.summaryChange', { what: c.what })).join('') +
      // (A change asked for that waits for the last 4 digits is not made: said so, never left out — blind 27: 07.5.)
      (state.pendingChange?.need === 'last4' && !state.pendingChange.parcel
        ? t('intake.summaryChangeUnproved', {
            // (Waiting for the digits that prove the parcel: none of the waybill's shown.)
            what: describeRequest(replies, state.locale, state.pendingChange, registerOf(state), {
              parcelProved: false,
            }),
          })
        : '') +
      (state.personRepliesIn ? t('intake.summaryPerson', { within: minutesText(replies, state) }) : ''),
  };
}

/**
 * Moves a running intake to another language: what it says from now on, and the question waiting for an answer,
 * which is asked again in the new language when the customer's message answers nothing else.
 * @returns whether an intake was running.
 */
export function moveIntakeTo(replies: Replies, dc: DialogContext, locale: Locale, cantonese?: boolean): boolean {
  const component = dc.activeDialog;
  if (component?.id !== INTAKE_DIALOG) return false;
  const inner = (component.state as { dialogs?: { dialogStack?: { id: string; state: unknown }[] } }).dialogs;
  const stack = inner?.dialogStack ?? [];
  const steps = stack.find((d) => d.id === `${INTAKE_DIALOG}.steps`);
  const state = (steps?.state as { values?: { state?: IntakeState } } | undefined)?.values?.state;
  const waiting = stack.at(-1);
  if (!state || !waiting || waiting === steps) return false;
  state.locale = locale;
  if (cantonese !== undefined) state.cantonese = cantonese;
  const prompt = waiting.state as { options?: PromptOptions };
  prompt.options = stepPrompt(replies, dc.context, waiting.id, state);
  return true;
}
