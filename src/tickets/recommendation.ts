/**
 * The recommendation question of the follow-up (Net Promoter Score): "how likely are you to recommend us, 0–10?",
 * asked after the satisfaction question. NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100.
 */

/** What a customer's reply to the 0–10 question says. */
export type RecommendationReading =
  /** A whole number from 0 to 10. */
  | { score: number }
  /** A number that is not on the scale (11, -1, 7.5): the customer is asked again. */
  | { outOfScale: string };

/** A number read from the customer's answer (as `written`): a score when it is a whole number from 0 to 10. */
export function recommendationReading(value: number, written: string): RecommendationReading {
  return Number.isInteger(value) && value >= 0 && value <= 10 ? { score: value } : { outOfScale: written };
}

/** Promoters answer 9–10, detractors 0–6 (7–8 are passives). */
export const isPromoter = (score: number): boolean => score >= 9;
export const isDetractor = (score: number): boolean => score <= 6;

/** NPS from the counts, −100 to 100 (one decimal), or null when nobody answered. */
export function netPromoterScore(counts: { answered: number; promoters: number; detractors: number }): number | null {
  if (counts.answered === 0) return null;
  return Math.round(((counts.promoters - counts.detractors) / counts.answered) * 1000) / 10;
}
