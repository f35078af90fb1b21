import { ruleIn, ruleOn, type CaseRule } from './case-rules';
import { originSaid } from './destination-said';
import type { Turn } from './turn';

/**
 * A sender's rules — door pickup, packing — come from where the parcel is sent from (issue #17, blind-31 24.2, 27.3):
 * a customer writing Traditional Chinese who sends from Nanjing books a Mainland pickup, not a Taiwanese one; a
 * Cantonese speaker sending from Shenzhen (Luohu) hears the Mainland's pickup hours and price. With no origin said,
 * or one outside the courier's markets, the customer's market decides as for any rule.
 */

/** The served market the customer said their parcel is sent from, if any. */
export function sentFromMarket(turn: Turn): string | undefined {
  const origin = originSaid(turn);
  const region = origin ? turn.services.places.regionOf(origin, turn.data.market)?.region : undefined;
  return region && region in turn.services.knowledge ? region : undefined;
}

/** The rule of a sender's question from the market the parcel is sent from, else the customer's. */
export function senderRuleOn(turn: Turn, entry: CaseRule): string | undefined {
  const from = sentFromMarket(turn);
  return (from ? ruleIn(turn, entry, from) : undefined) ?? ruleOn(turn, entry);
}
