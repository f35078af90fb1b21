/**
 * How the combined NLU reached its reading — each way is right at its own rate, so each gets its own
 * mapping from raw score to probability.
 * - `agree`: the rules' label, and the model's best reading too
 * - `rules`: the rules' label, which the model did not rank first
 * - `model`: the model's reading, over the rules' (or where they found nothing)
 * - `human`: a request for a person (rule 7), whatever the model says
 * - `fallback`: `other`, because neither half found anything it could stand on
 */
export type DecisionPath = 'agree' | 'rules' | 'model' | 'human' | 'fallback';

/** One observation: the raw score of a reading and whether the reading was right. */
export interface ScoredReading {
  path: DecisionPath;
  raw: number;
  correct: boolean;
}

/** A non-decreasing step function: the probability for a raw score up to `upTo[i]` is `probability[i]`. */
export interface Steps {
  upTo: number[];
  probability: number[];
}

export type CalibrationTable = Partial<Record<DecisionPath | 'all', Steps>>;

/** Fewer readings than this on one path: the path uses the mapping fitted on all readings. */
const MIN_READINGS_PER_PATH = 40;
/** Pseudo-counts in every block (one right, one wrong): no block claims certainty from a handful of readings. */
const PRIOR_RIGHT = 1;
const PRIOR_WRONG = 1;

/**
 * Isotonic regression by pool-adjacent-violators: the non-decreasing step function of the raw score that fits
 * the right/wrong outcomes best in squared error. Each block's probability is its share of right readings,
 * shrunk towards one half by the pseudo-counts.
 */
export function fitIsotonic(points: { raw: number; correct: boolean }[]): Steps {
  const sorted = [...points].sort((a, b) => a.raw - b.raw);
  const blocks: { upTo: number; right: number; total: number }[] = [];
  // Blocks are compared by their shrunk rates, the probabilities they will carry: compared by their raw rates,
  // a small block of all-right readings after a large one could end up below it once shrunk.
  const rate = (b: (typeof blocks)[number]): number => (b.right + PRIOR_RIGHT) / (b.total + PRIOR_RIGHT + PRIOR_WRONG);
  for (const point of sorted) {
    blocks.push({ upTo: point.raw, right: point.correct ? 1 : 0, total: 1 });
    // Merge backwards while the previous block's rate is not below this one's (or both end at the same score:
    // one raw score gets one probability).
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as (typeof blocks)[number];
      const previous = blocks[blocks.length - 2] as (typeof blocks)[number];
      if (previous.upTo < last.upTo && rate(previous) < rate(last)) break;
      previous.right += last.right;
      previous.total += last.total;
      previous.upTo = last.upTo;
      blocks.pop();
    }
  }
  return {
    upTo: blocks.map((b) => b.upTo),
    probability: blocks.map((b) => Math.round(rate(b) * 1000) / 1000),
  };
}

/** Fits one mapping per decision path with enough readings, and one over all readings for the rest. */
export function fitCalibration(readings: ScoredReading[]): CalibrationTable {
  const table: CalibrationTable = { all: fitIsotonic(readings) };
  const paths = new Set(readings.map((r) => r.path));
  for (const path of paths) {
    const onPath = readings.filter((r) => r.path === path);
    if (onPath.length >= MIN_READINGS_PER_PATH) table[path] = fitIsotonic(onPath);
  }
  return table;
}

/** The calibrated probability of a reading: the step its raw score falls in (above the last step: the last). */
export function calibrated(table: CalibrationTable, path: DecisionPath, raw: number): number | undefined {
  const steps = table[path] ?? table.all;
  if (!steps || steps.upTo.length === 0) return undefined;
  const at = steps.upTo.findIndex((upTo) => raw <= upTo);
  return steps.probability[at < 0 ? steps.probability.length - 1 : at];
}
