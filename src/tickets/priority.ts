import type { Priority, TicketCategory } from './records';

/** What the priority rules look at (from the NLU and the ticket history). */
export interface PriorityFacts {
  category: TicketCategory;
  /** The customer says it is severe (严重, completely …) or explicitly long. */
  severe: boolean;
  /** The customer says the damage is minor (轻微, slightly …). */
  minor: boolean;
  daysLate: number | null;
  /** Regulator, consumer association, media or lawyer. */
  escalationThreat: string | null;
  /** Personal data leaked (an info_error of the privacy kind). */
  dataLeak: boolean;
  /** Another complaint on the same parcel in the last 7 days. */
  repeat: boolean;
  /** The parcel holds perishable or live goods (fresh food, live seafood, flowers, chilled or frozen goods). */
  perishable?: boolean;
  /** The parcel holds medicine the customer needs (blood-pressure tablets, insulin): as urgent as perishables. */
  medicine?: boolean;
}

export interface PriorityDecision {
  priority: Priority;
  /** Why, in rule names, for the ticket history and the agent card. */
  reasons: string[];
}

/** Days past the promise that make a delay severe (DESIGN.md: ≥ 3 days). */
export const SEVERE_DELAY_DAYS = 3;

/** The complaints about a parcel not yet in the customer's hands (late, stuck, sent back), where time harms perishables. */
const PERISHABLE_AT_RISK: readonly TicketCategory[] = ['delay', 'info_error', 'special_request', 'other'];

/**
 * The courier's priority rules (DESIGN.md): high for loss, severe delay, damage unless minor, data leaks,
 * escalation threats, repeat complaints and perishable goods or medicine on a late or stuck parcel; low for packaging, minor damage and other; medium otherwise.
 */
export function decidePriority(facts: PriorityFacts): PriorityDecision {
  const reasons: string[] = [];
  if (facts.category === 'lost') reasons.push('lost parcel');
  if (facts.category === 'delay' && (facts.severe || (facts.daysLate ?? 0) >= SEVERE_DELAY_DAYS))
    reasons.push('severe delay');
  // "Returned without reason" (other) for a parcel never delivered, ≥ 3 days past its promise: a severe delay too.
  if (facts.category === 'other' && (facts.daysLate ?? 0) >= SEVERE_DELAY_DAYS)
    reasons.push(`severe delay: not delivered, ${facts.daysLate} days past the promise`);
  if (facts.category === 'damaged' && !facts.minor) reasons.push('damaged contents');
  // Perishable or live goods on a late, stuck or sent-back parcel spoil or die by the day: no 24-hour wait.
  if (facts.perishable && PERISHABLE_AT_RISK.includes(facts.category)) reasons.push('perishable goods at risk');
  // Medicine someone needs (blood-pressure tablets, insulin) on a parcel not yet in their hands: no 24-hour wait either.
  if (facts.medicine && PERISHABLE_AT_RISK.includes(facts.category)) reasons.push('medicine needed urgently');
  if (facts.dataLeak) reasons.push('personal data leak');
  if (facts.escalationThreat) reasons.push(`threat to escalate (${facts.escalationThreat})`);
  if (facts.repeat) reasons.push('repeat complaint on the same parcel within 7 days');
  if (reasons.length > 0) return { priority: 'high', reasons };
  if (facts.category === 'packaging' || facts.category === 'other' || facts.category === 'damaged') {
    return { priority: 'low', reasons: [facts.category === 'damaged' ? 'minor damage' : facts.category] };
  }
  return { priority: 'medium', reasons: [facts.category] };
}

const RANK: Record<Priority, number> = { low: 0, medium: 1, high: 2 };

export function higherPriority(a: Priority, b: Priority): Priority {
  return RANK[a] >= RANK[b] ? a : b;
}
