import type { Classification } from './classify';
import type { CueName, Cues } from './cues';
import { disagreement, prefersModel, type Arbiter } from './model/arbiter';
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

const MAX_ALTERNATIVES = 2;
/** A message's candidate runners-up (scratch, refilled by each decision: deciding is synchronous). */
const CANDIDATE_LABELS: Label[] = [];
const CANDIDATE_VALUES: number[] = [];
const round = (x: number): number => Math.round(x * 100) / 100;

// Cues that say something about tone or courtesy but nothing about parcels: alone, they give the model no
// ground to read a courier request into a message the rules found nothing in ("thanks, what's the weather").
const NOT_ABOUT_PARCELS = new Set<CueName>([
  'offTopic',
  'offDomain',
  'notOurs',
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
  'withdrawnComplaint',
  'outletAsk',
  'priceAsk',
  'progressAsk',
  'denied',
  'contrast',
]);

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
  if (cues.has('offTopic') || cues.has('offDomain') || cues.has('notOurs')) return { parcels: false, smallTalk };
  for (const cue of cues) if (!NOT_ABOUT_PARCELS.has(cue)) return { parcels: true, smallTalk };
  return { parcels: false, smallTalk };
}

/** What each half of the NLU made of a message, before they are combined. */
export interface Evidence {
  rules: Classification;
  /** The model's probability for every label, most likely first (null when the NLU runs on rules alone). */
  model: Prediction[] | null;
  grounds: Grounds;
}

/**
 * One reading from the two halves. A request for a person (rule 7 of LABELS.md) and readings the message rules
 * out ("不用改地址", "no need for a human") are the rules' to decide; where the rules and the model otherwise
 * disagree, the arbiter fitted on cross-validated tuning readings says which is likelier right. Without an
 * arbiter (a model trained in a test), the model's reading stands only where the rules found nothing.
 */
export function decide(
  { rules, model, grounds }: Evidence,
  mode: NluMode,
  arbiter?: Arbiter,
  calibration?: CalibrationTable,
): Decision {
  let label = rules.label;
  if (mode === 'model' && model?.[0]) label = model[0].label;
  else if (mode === 'combined' && model) {
    const found = disagreement(rules, model, grounds);
    if (found && (arbiter ? prefersModel(arbiter, found.inputs) : rules.basis === 'nothing' && found.inputs[2] === 1))
      label = found.modelLabel;
  }
  const path = pathOf(rules, label, model?.[0]?.label);
  let raw = 0;
  if (model)
    for (let k = 0; k < model.length; k += 1)
      if ((model[k] as Prediction).label === label) {
        raw = (model[k] as Prediction).probability;
        break;
      }
  const fitted = mode === 'combined' && calibration ? calibrated(calibration, path, raw) : undefined;
  const confidence = round(fitted ?? (mode === 'rules' ? 0.5 + 0.04 * rules.score : Math.max(0.3, raw)));
  return {
    label,
    confidence: Math.min(0.99, confidence),
    path,
    raw,
    alternatives: alternativesOf(rules, model, label, confidence),
  };
}

/**
 * The runners-up of a reading, best first (at most MAX_ALTERNATIVES): the rules' other labels with points, the model's
 * labels from 5%, and the rules' own reading where the model overruled it; each capped at the reading's confidence.
 * Kept as two short parallel lists in the order a Map would keep them (a label keeps the place it was first named), then
 * sorted stably by confidence: the same list as before, without a Map, spread and sort of objects per message.
 */
function alternativesOf(
  rules: Classification,
  model: Prediction[] | null,
  label: Label,
  confidence: number,
): { label: Label; confidence: number }[] {
  const labels = CANDIDATE_LABELS;
  const values = CANDIDATE_VALUES;
  labels.length = 0;
  values.length = 0;
  const set = (candidate: Label, value: number): void => {
    const at = labels.indexOf(candidate);
    if (at >= 0) values[at] = value;
    else {
      labels.push(candidate);
      values.push(value);
    }
  };
  for (const r of rules.runnersUp) set(r.label, Math.min(0.9, 0.2 + 0.05 * r.score));
  if (model)
    for (let k = 0; k < model.length; k += 1) {
      const prediction = model[k] as Prediction;
      if (prediction.probability < 0.05) continue;
      const at = labels.indexOf(prediction.label);
      set(prediction.label, Math.max(at >= 0 ? (values[at] as number) : 0, prediction.probability));
    }
  const own = labels.indexOf(label);
  if (own >= 0) {
    labels.splice(own, 1);
    values.splice(own, 1);
  }
  if (rules.label !== label && rules.basis === 'scored') set(rules.label, 0.5);
  // Insertion by confidence, highest first, equal ones in list order (a stable sort), keeping the first two.
  const alternatives: { label: Label; confidence: number }[] = [];
  for (let k = 0; k < labels.length; k += 1) {
    const capped = round(Math.min(values[k] as number, confidence));
    let at = alternatives.length;
    while (at > 0 && (alternatives[at - 1] as { confidence: number }).confidence < capped) at -= 1;
    if (at >= MAX_ALTERNATIVES) continue;
    alternatives.splice(at, 0, { label: labels[k] as Label, confidence: capped });
    if (alternatives.length > MAX_ALTERNATIVES) alternatives.pop();
  }
  return alternatives;
}

function pathOf(rules: Classification, label: Label, modelsBest: Label | undefined): DecisionPath {
  if (rules.basis === 'human') return 'human';
  if (label !== rules.label) return 'model';
  if (rules.basis === 'nothing' || rules.basis === 'empty') return 'fallback';
  return label === modelsBest ? 'agree' : 'rules';
}
