import type { Classification } from '../classify';
import type { Label } from '../types';

// The model's readings and the message's grounds, as combine.ts and intent-model.ts define them (not imported:
// both depend on this file).
type Prediction = { label: Label; probability: number };
type Grounds = { parcels: boolean; smallTalk: boolean };

/**
 * When the rules and the model disagree, which reading stands: a logistic regression fitted at build time on
 * cross-validated readings of the tuning corpus (each message read by a model that had not seen it), over
 * what each half had to go on. Weights in the order of `ARBITER_INPUTS`.
 */
export interface Arbiter {
  weights: number[];
}

/** The arbiter's inputs: a constant, how much likelier the model finds its reading than the rules' (log10, ≤ 12,
 * in fours), whether the message gives that reading ground, and how the rules reached theirs. */
export const ARBITER_INPUTS = ['bias', 'logRatio', 'grounded', 'rulesScored', 'rulesTrackingNumber'] as const;

const SMALL_TALK = new Set<Label>(['greeting', 'thanks']);
const MAX_LOG_RATIO = 12;

/** A disagreement the arbiter settles: the model's reading and the arbiter's inputs. */
export interface Disagreement {
  modelLabel: Label;
  inputs: number[];
}

/**
 * The model's best reading the message does not rule out, when it differs from the rules' and the rules leave
 * room (a request for a person is rule 7 of LABELS.md; a message without words has nothing to read).
 */
export function disagreement(rules: Classification, model: Prediction[], grounds: Grounds): Disagreement | null {
  if (rules.basis === 'human' || rules.basis === 'empty') return null;
  const top = model.find((prediction) => !rules.negated.includes(prediction.label));
  if (!top || top.label === rules.label) return null;
  // "成四日冇更新，我想投訴" makes a complaint (rule 6 of LABELS.md); the progress of one filed before is asked.
  if (top.label === 'ticket_status' && rules.label.startsWith('complaint.') && !rules.asksProgress) return null;
  const rulesProbability = model.find((prediction) => prediction.label === rules.label)?.probability ?? 0;
  const logRatio = Math.min(MAX_LOG_RATIO, Math.log10(top.probability / Math.max(rulesProbability, 1e-300)));
  // Courier readings need courier words or a tracking number; greetings and thanks need small talk.
  const grounded = top.label === 'other' || (SMALL_TALK.has(top.label) ? grounds.smallTalk : grounds.parcels);
  return {
    modelLabel: top.label,
    inputs: [
      1,
      logRatio / 4,
      grounded ? 1 : 0,
      rules.basis === 'scored' ? 1 : 0,
      rules.basis === 'tracking-number' ? 1 : 0,
    ],
  };
}

/** Whether the model's reading is the likelier one to be right. */
export function prefersModel(arbiter: Arbiter, inputs: number[]): boolean {
  let z = 0;
  inputs.forEach((x, i) => (z += x * (arbiter.weights[i] ?? 0)));
  return z > 0;
}

/** L2 penalty on every weight but the constant, and the plain gradient descent that fits them. */
const L2 = 0.01;
const STEPS = 2000;
const RATE = 0.5;

/**
 * Fits the arbiter on disagreements where one of the two readings was right: `modelRight` is the outcome.
 * Logistic regression by gradient descent (a handful of inputs, a few hundred disagreements).
 */
export function fitArbiter(cases: { inputs: number[]; modelRight: boolean }[]): Arbiter {
  const width = ARBITER_INPUTS.length;
  const weights = new Float64Array(width);
  if (cases.length === 0) return { weights: Array.from(weights) };
  // Plain loops over typed arrays: the build fits this many times, and closures per case made it a third of the
  // build's time. The arithmetic is the same, in the same order (the weights come out bit for bit as before).
  const inputs = cases.map((c) => Float64Array.from({ length: width }, (_, i) => c.inputs[i] ?? 0));
  const outcomes = Float64Array.from(cases, (c) => (c.modelRight ? 1 : 0));
  const gradient = new Float64Array(width);
  for (let step = 0; step < STEPS; step += 1) {
    gradient.fill(0);
    for (let c = 0; c < inputs.length; c += 1) {
      const x = inputs[c] as Float64Array;
      let z = 0;
      for (let i = 0; i < width; i += 1) z += (x[i] as number) * (weights[i] as number);
      const error = 1 / (1 + Math.exp(-z)) - (outcomes[c] as number);
      for (let i = 0; i < width; i += 1) gradient[i] = (gradient[i] as number) + error * (x[i] as number);
    }
    for (let i = 0; i < width; i += 1) {
      const w = weights[i] as number;
      const penalty = i === 0 ? 0 : L2 * w;
      weights[i] = w - RATE * ((gradient[i] as number) / cases.length + penalty);
    }
  }
  return { weights: Array.from(weights, (w) => Math.round(w * 1000) / 1000) };
}

/** The disagreements among held-out readings that the arbiter learns from: those where one side was right. */
export function arbitrationCases(
  held: { evidence: { rules: Classification; model: Prediction[] | null; grounds: Grounds }; label: string }[],
): { inputs: number[]; modelRight: boolean }[] {
  const cases: { inputs: number[]; modelRight: boolean }[] = [];
  for (const { evidence, label } of held) {
    const found = evidence.model && disagreement(evidence.rules, evidence.model, evidence.grounds);
    if (!found || (label !== found.modelLabel && label !== evidence.rules.label)) continue;
    cases.push({ inputs: found.inputs, modelRight: label === found.modelLabel });
  }
  return cases;
}
