import { handleHuman } from './handoff-turn';
import { say, type Turn } from './turn';

/**
 * The details of an invoice to reissue, sent after the reissue's entry asked for them (issue #17, batch 29: 17.2):
 * an account number, the right company name (title), a tax ID — the request's details, not a complaint about a
 * parcel. They go to a person on a ticket (the billing team reissues), and the customer hears so.
 */

// What the reissue needs, in the three languages: the tax ID, the title or company name, the account's number.
const INVOICE_DETAIL =
  /税号|稅號|統編|统编|統一編號|统一编号|商业登记|商業登記|抬头|抬頭|公司名|(月结|月結|企业|企業|公司)?(账号|帳號|賬號|账户号|帳戶號|戶口號碼|户口号码)|\b(tax (id|number|no\.?)|vat (id|number|no\.?)|br (no\.?|number)|business registration|company name|account (number|no\.?)|invoice title)\b/i;
// A tax ID or account number itself: a run of 8 or more digits and capitals.
const CODE = /(?<![A-Z0-9])[0-9][0-9A-Z]{7,19}(?![A-Z0-9])/i;

/**
 * What an invoice's details are sent for, after its entry was told in this conversation: a reissue, or a new invoice
 * (the receipts entry) — whose details may name the shipments to invoice ("Company is …, tax ID 9132…. Numbers: JT…,
 * SF… and one paid cash at the counter": blind batch 42b 05.2 was taken down as a complaint asking compensation).
 */
function invoiceDetailsFor(turn: Turn): 'reissue' | 'issue' | undefined {
  const { text, reading, data } = turn;
  const told = data.serviceTold ?? [];
  if (!INVOICE_DETAIL.test(text) || !CODE.test(text)) return undefined;
  // (A number labelled as the account's or the tax ID — "Account number 8801234567" — is no parcel's.)
  const parcels = reading.entities.trackingNumbers.filter((t) => !labelled(text, t.number));
  if (told.includes('invoiceFix') && parcels.length === 0) return 'reissue';
  return told.includes('receipt') ? 'issue' : undefined;
}

/** Whether the message gives an invoice's details after the invoice's entry was told in this conversation. */
export const givesInvoiceDetails = (turn: Turn): boolean => invoiceDetailsFor(turn) !== undefined;

/** Whether a number in the text comes right after an invoice detail's label ("税号 9144…", "account number 88…"). */
function labelled(text: string, number: string): boolean {
  const at = text.indexOf(number);
  return at > 0 && INVOICE_DETAIL.test(text.slice(Math.max(0, at - 20), at));
}

/** Hands the invoice's details to a person on a ticket; false when the message gives none. */
export async function takeInvoiceDetails(turn: Turn): Promise<boolean> {
  const kind = invoiceDetailsFor(turn);
  if (!kind) return false;
  // (The account number or tax ID read as a tracking number is none: not looked up, not said to be unknown; the
  // shipments to invoice are in the details the billing team reads.)
  const { reading } = turn;
  turn.reading = { ...reading, entities: { ...reading.entities, trackingNumbers: [], invalidTracking: [] } };
  const reissue = kind === 'reissue';
  await handleHuman(
    turn,
    `${reissue ? 'invoice reissue' : 'invoice'} requested; details given: ${turn.text}`,
    undefined,
    say(turn, reissue ? 'business.invoiceDetailsTaken' : 'business.invoiceRequestTaken'),
  );
  return true;
}
