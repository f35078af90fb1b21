import { asksForCall } from './call-words';
import { handleHuman } from './handoff-turn';
import { say, type Turn } from './turn';

/**
 * "叫sales打俾我，陳生 9123 4567", "麻烦让客户经理联系我", "have your sales rep call me": a business customer asking the
 * sales team (or their account manager) to get in touch — a person on a ticket with the call-back on it and the
 * number given, never "I don't understand" or a complaint about a courier (issue #17, batch 29: 27.4).
 */

// The sales side named: sales, an account manager, 业务 (同事), 客户经理, 销售 — not 业务员, the usual Mainland word for
// the courier ("你们业务员打电话给我说上门取件要加钱": review 31b).
const SALES =
  /\bsales\b|\baccount (manager|rep(resentative)?)\b|\bbusiness (team|development)\b|业务(?!员)|業務(?!員)|客户经理|客戶經理|销售|銷售|大客户部|大客戶部/i;
// The customer asks for it ("叫业务打给我", "麻烦让客户经理联系我", "have your sales rep call me"), not tells of a call.
const ASKS =
  /让|讓|叫|请|請|麻烦|麻煩|唔該|唔该|帮我|幫我|可以|可否|能否|能不能|希望|\b(have|let|get|ask|can|could|please|want|would like|need)\b/i;
// Being contacted asked for: a call (call-words.ts), or "联系我", "聯絡我哋", "搵我", "contact me", "get in touch".
const CONTACT_ME =
  /(联系|聯繫|聯絡|联络|搵|找)(一下)?(我|我们|我們|我哋)|\b(contact|reach|email|get (back )?in touch with|get back to) (me|us)\b/i;

/** The message asks the sales team or an account manager to phone or contact the customer. */
export const asksSalesContact = (text: string): boolean =>
  SALES.test(text) && ASKS.test(text) && (asksForCall(text) || CONTACT_ME.test(text));

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
