import type { Classification } from './classify';
import type { Prediction } from './model/intent-model';
import type { Label } from './types';

/** Which half of the NLU decides: both (the product), or one alone (to measure what each contributes). */
export type NluMode = 'combined' | 'rules' | 'model';

export interface Decision {
  label: Label;
  confidence: number;
  alternatives: { label: Label; confidence: number }[];
}

const MAX_ALTERNATIVES = 2;
const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Rules first: they encode LABELS.md's hard cases, so a label they reach on their own evidence stands.
 * Where the rules find nothing (or only a fallback), the model's reading is taken when it is confident
 * enough; otherwise the message stays `other`, with the model's best guesses as alternatives.
 */
export function decide(rules: Classification, model: Prediction[] | null, mode: NluMode): Decision {
  const byModel = new Map((model ?? []).map((p) => [p.label, p.probability]));
  const p = (label: Label): number => byModel.get(label) ?? 0;
  let label = rules.label;
  if (mode === 'model' && model?.[0]) label = model[0].label;
  else if (mode === 'combined' && model?.[0] && rules.basis !== 'human' && rules.basis !== 'empty') {
    const top = model[0];
    if (rules.basis !== 'scored' && top.probability >= 0.5) label = top.label;
  }
  const confidence = round(mode === 'rules' ? 0.5 + 0.04 * rules.score : Math.max(0.3, p(label)));
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
  return { label, confidence: Math.min(0.99, confidence), alternatives };
}
