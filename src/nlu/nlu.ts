import type { CountryCode } from 'libphonenumber-js';
import { classify } from './classify';
import { decide, groundsOf, type Evidence, type NluMode } from './combine';
import { detectCues, englishOf, type Cues } from './cues';
import { findAmounts } from './entities/amounts';
import { findDates } from './entities/dates';
import { findDemand } from './entities/demand';
import { findEmails, findPhones } from './entities/phones';
import { findTrackingNumbers } from './entities/tracking';
import { normalize, type NormalizedText } from './normalize';
import type { DecisionPath } from './model/calibration';
import { IntentModel } from './model/intent-model';
import { readSignals } from './signals';
import { DATE_WORD_AT, DEMANDS_AT, TEXT_GATE } from './text-gate';
import type { Alternative, ComplaintCategory, Intent, Label, Locale, NluResult, TrackingNumber } from './types';
import { ticketNumberPattern } from '../tickets/ticket-number';

export interface NluOptions {
  /** Region for phone numbers written without a country code. */
  defaultRegion?: CountryCode;
  /** The courier's time zone: 明天下午 means tomorrow afternoon there. */
  timeZone?: string;
  /** Rules and model together (default), or one of them alone — for measuring what each contributes. */
  mode?: NluMode;
  /** The trained model; by default the one `npm run build` wrote, loaded once per process. */
  model?: IntentModel;
}

let defaultModel: IntentModel | undefined;

const CONTENT = /[\p{L}\p{N}]/u;
// match() with the g flag starts from 0 and leaves lastIndex at 0: one regex serves every message.
const TICKET_NUMBERS = ticketNumberPattern('gi');

function split(label: Label): { intent: Intent; category?: ComplaintCategory } {
  if (label.startsWith('complaint.')) return { intent: 'complaint', category: label.slice(10) as ComplaintCategory };
  return { intent: label as Intent };
}

/**
 * Adds a parcel to a list unless it is listed already: each parcel once, in the order first named. A mail's subject
 * and body, or a message that repeats its number, name one parcel (listed twice it became "SF…, SF…" in a
 * complaint's summary and on its ticket).
 */
function addOnce(once: TrackingNumber[], { number, carrier }: TrackingNumber): void {
  // A message names a few numbers at most: a scan of those kept, no Set per message.
  if (!once.some((kept) => kept.number === number)) once.push({ number, carrier });
}

/**
 * The rule-based NLU: normalise → entities → cues → rules → threshold. Pure and synchronous; one instance
 * can serve every conversation.
 */
export class Nlu {
  private readonly defaultRegion: CountryCode;
  private readonly timeZone: string;
  private readonly mode: NluMode;
  private readonly model: IntentModel | null;

  constructor(options: NluOptions = {}) {
    this.defaultRegion = options.defaultRegion ?? 'CN';
    this.timeZone = options.timeZone ?? 'Asia/Shanghai';
    this.mode = options.mode ?? 'combined';
    this.model = this.mode === 'rules' ? null : (options.model ?? (defaultModel ??= IntentModel.load()));
  }

  /**
   * Reads one message. `now` resolves relative dates (今天, tomorrow); it defaults to the current time.
   * `conversationLocale` says how the conversation has gone so far: a bare "0935-218-447" in a Traditional
   * Chinese conversation is a Taiwanese number.
   */
  analyze(message: string, now: Date = new Date(), conversationLocale?: Locale): NluResult {
    return this.read(message, now, conversationLocale).result;
  }

  /**
   * What the rules and the model each make of a message before they are combined (what the build fits on).
   * `cuesOf` replaces the cue file's detection (an estimate replays the rules with only the cues of an era).
   */
  evidence(message: string, cuesOf?: (normalized: NormalizedText) => Cues): Evidence {
    const normalized = normalize(message);
    return this.weigh(normalized, findTrackingNumbers(normalized.halfWidth).length, cuesOf);
  }

  private weigh(
    normalized: NormalizedText,
    trackingNumbers: number,
    cuesOf?: (normalized: NormalizedText) => Cues,
  ): Evidence {
    const english = englishOf(normalized);
    const cues = cuesOf ? cuesOf(normalized) : detectCues(normalized, english);
    const rules = classify(
      cues,
      {
        // Numbers that fail their check still show the customer is asking about a parcel.
        trackingNumbers,
        ticketNumbers: (normalized.halfWidth.match(TICKET_NUMBERS) ?? []).length,
        contentLength: CONTENT.test(normalized.text) ? normalized.text.length : 0,
        emphatic: normalized.emphatic,
      },
      normalized.text,
      (fragment) => (cuesOf ?? detectCues)({ ...normalized, text: fragment }),
    );
    const model = this.model?.predictMessage(normalized, trackingNumbers > 0, cues, english) ?? null;
    return { rules, model, grounds: groundsOf(cues, trackingNumbers) };
  }

  /**
   * `analyze`, plus the complaint category the message speaks of even when its intent is not a complaint
   * ("转人工，东西丢了" is `human`, about a `lost` parcel) — read in the same pass — and how the reading was
   * reached with its uncalibrated score (what the build's calibration is fitted on).
   */
  read(
    message: string,
    now: Date = new Date(),
    conversationLocale?: Locale,
  ): { result: NluResult; complaintCategory?: ComplaintCategory; decision: { path: DecisionPath; raw: number } } {
    const normalized = normalize(typeof message === 'string' ? message : '');
    const source = normalized.halfWidth;
    const tracking = findTrackingNumbers(source);
    const phoneLocale = normalized.hasCjk || !conversationLocale ? normalized.locale : conversationLocale;
    const phones = findPhones(source, phoneLocale, this.defaultRegion, tracking);
    const evidence = this.weigh(normalized, tracking.length);
    const classification = evidence.rules;
    const decision = decide(evidence, this.mode, this.model?.arbiter, this.model?.calibration);
    const { intent, category } = split(decision.label);
    const complaintCategory = classification.complaintCategory?.slice(10) as ComplaintCategory | undefined;
    // Built field by field in the order readers see (JSON): no intermediate arrays or spread copies.
    const alternatives: Alternative[] = [];
    for (const alternative of decision.alternatives) {
      const reading = split(alternative.label) as Alternative;
      reading.confidence = alternative.confidence;
      alternatives.push(reading);
    }
    const trackingNumbers: NluResult['entities']['trackingNumbers'] = [];
    const invalidTracking: NluResult['entities']['invalidTracking'] = [];
    for (const found of tracking) addOnce(found.valid ? trackingNumbers : invalidTracking, found);
    // Which of the signal, demand and date patterns can match the text at all: one walk for all three readers.
    const may = TEXT_GATE.mayMatch(normalized.text);
    const result = { intent } as NluResult;
    if (category) result.category = category;
    result.confidence = decision.confidence;
    result.alternatives = alternatives;
    result.locale = normalized.locale;
    result.entities = {
      trackingNumbers,
      invalidTracking,
      phones: phones.map(({ e164 }) => ({ e164 })),
      emails: findEmails(source),
      amounts: findAmounts(source, normalized.locale),
      dates: findDates(normalized.text, now, this.timeZone, may[DATE_WORD_AT]),
      demand: findDemand(normalized.text, may, DEMANDS_AT),
    };
    result.signals = readSignals(normalized.text, normalized.emphatic, may);
    // Field by field, in the order of the literal it replaces: no spread of a one-field object per message.
    const read = { result } as ReturnType<Nlu['read']>;
    if (complaintCategory) read.complaintCategory = complaintCategory;
    read.decision = { path: decision.path, raw: decision.raw };
    return read;
  }
}
