import type { ComplaintCategory } from '../nlu';
import { COD } from './cod-words';
import { tellsCodUnpaid } from './grievance';
import type { Turn } from './turn';

/**
 * The complaint offered about a delivered parcel's cash-on-delivery money (cod-on-parcel.ts), taken up in the
 * customer's own words — "if it's not in my account by Friday I want this escalated, file it now", "礼拜五前还不到账就
 * 投诉，现在帮我登记" (issue #17, blind 29: 08.6): COD money not paid over (LABELS.md: value_added), never a delay of a
 * parcel that arrived; its account is what the customer told of the money missing, not only the threat.
 */

/**
 * Whether the complaint starting is the offered one about the parcel's COD money: offered for this parcel, and the
 * message read as a delay or as nothing in particular (the money's own deadline, not the parcel's).
 */
export function takesUpCodComplaint(
  turn: Turn,
  parcel: string | undefined,
  read: ComplaintCategory | undefined,
): boolean {
  const { data } = turn;
  return (
    parcel !== undefined &&
    data.codRuleTold === parcel &&
    data.suggestedCategory === 'value_added' &&
    (read === 'delay' || read === 'other' || read === undefined)
  );
}

// "I haven't gotten a cent", "一分钱都没见到", "仲未收過錢": nothing had of it (beside `tellsCodUnpaid`'s words).
const NOT_HAD =
  /\b(haven'?t|hasn'?t|have not|has not|never|didn'?t|did not)\b[^.?!]{0,12}\b(gotten|seen|had)\b|\bnot (a|one) (cent|penny|dime|yuan)\b|(一分钱|一分錢|一蚊)(都|也)?(没|沒|冇)|(没|沒|冇|未)(见到|見到|收过|收過)/i;

/**
 * What the customer told earlier of the COD money: the last message that says it was not paid over, else the last that
 * names it; undefined when none does.
 */
export function codMoneyToldBefore(turn: Turn): string | undefined {
  const earlier = (turn.data.said ?? []).filter((said) => said !== turn.text.trim() && COD.test(said));
  return earlier.filter((said) => tellsCodUnpaid(said) || NOT_HAD.test(said)).at(-1) ?? earlier.at(-1);
}
