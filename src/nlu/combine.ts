import type { Classification } from './classify';
import type { CueName, Cues } from './cues';
import { calibrated, type CalibrationTable, type DecisionPath } from './model/calibration';
import type { Prediction } from './model/intent-model';
import type { Label } from './types';

/** Which half of the NLU decides: both (the product), or one alone (to measure what each contributes). */
export type NluMode = 'combined' | 'rules' | 'model';

export interface Decision {
  label: Label;
  /** Calibrated when a calibration table is given (combined mode); otherwise the raw score below. */
  confidence: number;
  /** How the reading was reached, and its uncalibrated score (the model's probability for the label). */
  path: DecisionPath;
  raw: number;
  alternatives: { label: Label; confidence: number }[];
}

/** When the model's reading replaces the rules'. */
export interface DecisionPolicy {
  /** The rules found nothing, or only a fallback: the model's top label needs this probability. */
  overNothing: number;
  /** The rules' label has at most this many points: weak evidence... */
  weakScore: number;
  /** ...which the model overrides with at least this probability for another label. */
  overWeak: number;
}

// Chosen by 5-fold cross-validation of the combined NLU on the tuning corpus (2,877 messages): overWeak 0.97 →
// 93.7%, 0.99 → 93.8%, 0.999 → 93.9%; never overriding weak rules → 90.4%. Naive Bayes is overconfident,
// so "sure" has to mean very sure before it replaces what the rules found.
export const DEFAULT_POLICY: DecisionPolicy = { overNothing: 0.5, weakScore: 5, overWeak: 0.999 };

const MAX_ALTERNATIVES = 2;
const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Rules first: they encode LABELS.md's hard cases, so a label they reach on their own evidence stands.
 * Where the rules find nothing (or only a fallback), the model's reading is taken when it is confident
 * enough; otherwise the message stays `other`, with the model's best guesses as alternatives.
 */
// Cues that say something about tone or courtesy but nothing about parcels: alone, they give the model no
// ground to read a courier request into a message the rules found nothing in ("thanks, what's the weather").
const NOT_ABOUT_PARCELS = new Set<CueName>([
  'offTopic',
  'greeting',
  'thanks',
  'thanksStrong',
  'dissatisfied',
  'hypothetical',
  'duration',
  'disputeMarker',
  'concedePrev',
  'concedeNext',
  'emphasis',
  'notComplaint',
  'outletAsk',
  'priceAsk',
  'progressAsk',
  'denied',
  'contrast',
]);

const SMALL_TALK = new Set<Label>(['greeting', 'thanks', 'other']);

/** What the message gives the model to stand on: courier words or a tracking number, greetings or thanks. */
export interface Grounds {
  parcels: boolean;
  smallTalk: boolean;
}

/** Whether the message speaks of parcels at all (a tracking number, or a cue of the courier domain), or is small talk. */
export function groundsOf(cues: Cues, trackingNumbers: number): Grounds {
  const smallTalk = cues.has('greeting') || cues.has('thanks') || cues.has('thanksStrong');
  if (trackingNumbers > 0) return { parcels: true, smallTalk };
  // Jobs, weather, jokes...: a courier word in such a message ("你们招快递员吗") is not a courier request.
  if (cues.has('offTopic')) return { parcels: false, smallTalk };
  for (const cue of cues) if (!NOT_ABOUT_PARCELS.has(cue)) return { parcels: true, smallTalk };
  return { parcels: false, smallTalk };
}

/** Without a greeting or thanks the rules know, the model must be this sure to read one ("嗯嗯嗯" is not thanks). */
const UNGROUNDED_SMALL_TALK = 0.8;

export function decide(
  rules: Classification,
  model: Prediction[] | null,
  mode: NluMode,
  grounds: Grounds,
  policy: DecisionPolicy = DEFAULT_POLICY,
  calibration?: CalibrationTable,
): Decision {
  let label = rules.label;
  // The model's best reading among those the message does not rule out.
  const top = model?.find((prediction) => !rules.negated.includes(prediction.label));
  if (mode === 'model' && model?.[0]) label = model[0].label;
  else if (mode === 'combined' && top && rules.basis !== 'human' && rules.basis !== 'empty') {
    const grounded =
      top.label === 'other' ||
      (SMALL_TALK.has(top.label) ? grounds.smallTalk || top.probability >= UNGROUNDED_SMALL_TALK : grounds.parcels);
    // Rules 1, 2 and 6 of LABELS.md: a grievance the rules found beats a question or a remedy asked for, and
    // "I want to complain" is a complaint. The model may name the problem the rules missed, or read a
    // question about an earlier complaint's progress, but not turn a complaint into something else.
    const namesProblem = top.label.startsWith('complaint.') && top.label !== 'complaint.other';
    const keepsComplaint = namesProblem || (top.label === 'ticket_status' && rules.asksProgress);
    const demotesGrievance = rules.label.startsWith('complaint.') && !keepsComplaint;
    // A tracking number with words the rules do not know asks where the parcel is: another reading takes more.
    const needed = rules.basis === 'tracking-number' ? policy.overWeak : policy.overNothing;
    if (rules.basis !== 'scored' && grounded && !demotesGrievance && top.probability >= needed) label = top.label;
    else if (
      !rules.hardCase &&
      !demotesGrievance &&
      rules.score <= policy.weakScore &&
      top.label !== rules.label &&
      top.probability >= policy.overWeak
    )
      label = top.label;
  }
  const path = pathOf(rules, label, model?.[0]?.label);
  const raw = model?.find((prediction) => prediction.label === label)?.probability ?? 0;
  const fitted = mode === 'combined' && calibration ? calibrated(calibration, path, raw) : undefined;
  const confidence = round(fitted ?? (mode === 'rules' ? 0.5 + 0.04 * rules.score : Math.max(0.3, raw)));
  const candidates = new Map<Label, number>();
  for (const r of rules.runnersUp) candidates.set(r.label, Math.min(0.9, 0.2 + 0.05 * r.score));
  for (const prediction of model ?? [])
    if (prediction.probability >= 0.05)
      candidates.set(prediction.label, Math.max(candidates.get(prediction.label) ?? 0, prediction.probability));
  candidates.delete(label);
  if (rules.label !== label && rules.basis === 'scored') candidates.set(rules.label, 0.5);
  const alternatives = [...candidates]
    .map(([l, c]) => ({ label: l, confidence: round(Math.min(c, confidence)) }))
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, MAX_ALTERNATIVES);
  return { label, confidence: Math.min(0.99, confidence), path, raw, alternatives };
}

function pathOf(rules: Classification, label: Label, modelsBest: Label | undefined): DecisionPath {
  if (rules.basis === 'human') return 'human';
  if (label !== rules.label) return 'model';
  if (rules.basis === 'nothing' || rules.basis === 'empty') return 'fallback';
  return label === modelsBest ? 'agree' : 'rules';
}
