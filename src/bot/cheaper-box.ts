import { volumetricKg, type FeeTable } from '../tracking';
import type { QuoteAsked, WeightUnit } from './quote-reading';
import { say, type Turn } from './turn';

/**
 * "Any way to make it cheaper?", "有冇辦法平啲？", "怎么寄能便宜点" after the price of a big, light box (issue #17, blind 29:
 * 01.3 was asked for a city): the box is charged by its volumetric weight, so a smaller or pressed-down box costs
 * less — said with the box's figures and the largest box its real weight would be charged at.
 */

// A wish to pay less: "cheaper", "pay less", "save money", "bring the cost down", "便宜点", "省钱", "平啲", "慳錢".
const CHEAPER =
  /\b(cheaper|less expensive|pay less|save (some )?money|save on|lower (the )?(price|cost)|reduce (the )?(price|cost)|bring (the )?(price|cost) down|cut (the )?cost)\b|便宜|省钱|省錢|少付|少花|平啲|平一?[啲d]|慳(錢|啲|返)|划算|劃算|降低(运费|運費|价格|價格)/i;
// Kilograms in each unit a weight may be said in (a jin is 0.5 kg on the Mainland; a table may say its own).
const KG: Record<WeightUnit, number> = { kg: 1, g: 0.001, jin: 0.5, lb: 0.4536 };

/** The message wishes to pay less. */
export const wantsCheaper = (text: string): boolean => CHEAPER.test(text);

/**
 * The advice for a box whose volumetric weight is what is charged, when the message wishes to pay less and the price
 * asked (this message's, or the one before) gave a box and a weight; undefined otherwise.
 */
export function cheaperBoxAnswer(
  turn: Turn,
  asked: QuoteAsked | undefined,
  table: FeeTable | undefined,
): string | undefined {
  if (!wantsCheaper(turn.text) || !asked?.box || !asked.weight || !table) return undefined;
  const { unit } = asked.weight;
  const perUnit = (unit === 'jin' || unit === 'lb' ? table.weightUnits[unit] : undefined) ?? KG[unit];
  const weight = asked.weight.amount * perUnit;
  const volumetric = volumetricKg(table, asked.box);
  if (volumetric <= weight) return undefined;
  const round = (n: number) => Number(n.toFixed(2));
  return say(turn, 'quote.cheaperBox', {
    box: asked.box.join('×'),
    divisor: table.volumetricDivisor,
    volumetric: round(volumetric),
    weight: round(weight),
    volume: Math.floor(weight * table.volumetricDivisor).toLocaleString('en-US'),
  });
}
