import { asksForCall } from './call-words';
import { handleHuman } from './handoff-turn';
import { say, type Turn } from './turn';

/**
 * "叫sales打俾我，陳生 9123 4567", "麻烦让客户经理联系我", "have your sales rep call me": a business customer asking the
 * sales team (or their account manager) to get in touch — a person on a ticket with the call-back on it and the
 * number given, never "I don't understand" or a complaint about a courier (issue #17, batch 29: 27.4).
 */

// The sales side named: sales, an account manager, 业务 (员 / 同事), 客户经理, 销售.
const SALES =
  /\bsales\b|\baccount (manager|rep(resentative)?)\b|\bbusiness (team|development)\b|业务|業務|客户经理|客戶經理|销售|銷售|大客户部|大客戶部/i;
// Being contacted asked for: a call (call-words.ts), or "联系我", "聯絡我哋", "搵我", "contact me", "get in touch".
const CONTACT_ME =
  /(联系|聯繫|聯絡|联络|搵|找)(一下)?(我|我们|我們|我哋)|\b(contact|reach|email|get (back )?in touch with|get back to) (me|us)\b/i;

/** The message asks the sales team or an account manager to phone or contact the customer. */
export const asksSalesContact = (text: string): boolean =>
  SALES.test(text) && (asksForCall(text) || CONTACT_ME.test(text));

/** Hands the request to a person with the call-back noted; false when the message asks no such thing. */
export async function takeSalesContact(turn: Turn): Promise<boolean> {
  if (!asksSalesContact(turn.text) || turn.reading.entities.trackingNumbers.length > 0) return false;
  await handleHuman(
    turn,
    'business customer asks the sales team to contact them',
    undefined,
    say(turn, 'business.salesContact'),
  );
  return true;
}
