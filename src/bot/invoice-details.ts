import { handleHuman } from './handoff-turn';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { reply, say, type Turn } from './turn';

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

// Asked to be done for them, after the reissue's entry: "你们后台不能直接帮我重开吗", "can't you just reissue it for me",
// "我冇見到個掣 你哋幫我改啦", "能不能作废重开 金额要对" (blind batch 48b: 07.4, 07.5 heard "I can't answer" and "noted").
const DO_IT_FOR_ME =
  /(后台|後台|帮我|幫我|替我|你们|你們|你哋)[^，。,.!?！？]{0,8}(重开|重開|作废|作廢|改|开|開)|(能不能|可不可以|可唔可以|可否)[^，。,.!?！？]{0,4}(作废|作廢)?[^，。,.!?！？]{0,2}(重开|重開)|\b(can|could|would) you (just )?(reissue|re-issue|fix|correct|redo|void)\b|\breissue (it|the invoice) for me\b/i;

const INVOICE_NAMED = /发票|發票|收据|收據|重开|重開|作废|作廢|\b(invoice|receipt|fapiao|reissue|re-issue|it)\b/i;

/**
 * The reissue asked of us once its entry was told: a person (the billing team) takes it on a ticket; in a complaint being
 * taken down it is kept on it for them, said so, and the step is asked again.
 * @returns whether the message asked for it.
 */
export async function takeReissueForMe(turn: Turn, position?: IntakePosition): Promise<boolean> {
  const told = turn.data.serviceTold ?? [];
  // (Of the invoice, named: "帮我改电话号码", "幫我開個櫃" after it ask other things — the review of fa01cd3.)
  if (!told.includes('invoiceFix') || !DO_IT_FOR_ME.test(turn.text) || !INVOICE_NAMED.test(turn.text)) return false;
  if (position) {
    // (Said once: asked again, the complaint's own step notes it.)
    if (turn.data.reissueNoted) return false;
    turn.data.reissueNoted = true;
    keepInAccount(turn, position.state);
    await reply(turn, say(turn, 'business.reissueNoted'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return true;
  }
  await handleHuman(turn, `invoice reissue requested: ${turn.text}`, undefined, say(turn, 'business.reissueTaken'));
  return true;
}
