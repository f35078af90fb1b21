import { answerFaq } from './knowledge';
import type { DeliveryChangeDetails, DeliveryChangeKind, Shipment } from '../tracking';
import { parcelMarketFor } from './change-costs';
import { lookUpParcel } from './parcel-answer';
import { asksWhatToBring } from './what-to-bring';
import { say, spokenRegister, type Turn } from './turn';

/**
 * Where a held parcel waits and what its collector brings (issue #17, blind batch 24: 06.3, "she lives in Xuhui
 * district. which station would it be and what does she need to bring?" heard two outlets and nothing on what to
 * bring): the outlet for the waybill's delivery address is the one that holds it; an area the customer names that
 * another outlet serves is pointed out (the waybill's address may be wrong: a change of address is offered); what to
 * bring is the market's rule on ID and pickup codes.
 */

// What to bring to collect: "what does she need to bring", "do I need ID", "带什么", "要帶證件嗎", "要攞咩去".
const BRING =
  /\b(bring|carry|show)\b|\b(id|identification|passport|pickup code)\b|带什么|帶什麼|带啥|要带|要帶|帶咩|攞咩|证件|證件|身份证|身份證|取件码|取件碼/i;

/** The outlets a hold's answer names: the one for the waybill's address, and another for an area the customer names. */
export function holdOutlets(
  turn: Turn,
  market: string,
  shipment: Shipment,
): { recorded: string | undefined; named: string | undefined } {
  const outletFor = (words: string) =>
    answerFaq(turn.services.knowledge, market, turn.locale, 'outlet', words, 'entry', spokenRegister(turn));
  const recorded = outletFor([shipment.recipient.address, shipment.recipient.en?.address ?? ''].join(' '));
  // (The words on what to bring are no place: "does he need ID?" would pull in the ID entry.)
  const named = outletFor(turn.text.replace(new RegExp(BRING.source, 'gi'), ' '));
  return { recorded, named: named && named !== recorded && !recorded?.includes(named) ? named : undefined };
}

/** The line pointing out that the area named is another outlet's, with it; undefined when none. */
export const otherAreaLine = (turn: Turn, named: string | undefined): string | undefined =>
  named ? say(turn, 'change.where.otherArea', { outlet: named }) : undefined;

/** What the collector brings (the market's ID and pickup-code rule), when the message asks it. */
export function bringLine(turn: Turn, market: string | undefined): string | undefined {
  if (!market || !BRING.test(turn.text)) return undefined;
  return idEntry(turn, market);
}

/** The market's ID and pickup-code entry, in the customer's language and register. */
function idEntry(turn: Turn, market: string): string | undefined {
  return answerFaq(
    turn.services.knowledge,
    market,
    turn.locale,
    'outlet',
    'bring id 身份证 身份證',
    'entry',
    spokenRegister(turn),
  );
}

// Whether ID is needed to collect, asked beside the hold itself or the digits that record it: "do I need ID to pick
// up?", "does she have to show identification", "要带身份证吗", "使唔使帶身份證", "取件要證件嗎". Narrower than BRING:
// the hold's own message may name a place ("show me where") that asks nothing about ID.
const ID_ASKED =
  /\b(need|needs|bring|show|require[sd]?|take|have to|must|ask(s|ed)? (me |you )?for|check|see)\b[^.?!]{0,25}\b(id|ids|identification|identity( card| document)?|passport|hkid)\b|\b(id|identification|passport)\b[^.?!]{0,12}\b(needed|required|necessary)\b|(要|需要|用不用|用唔用|使唔使|使不使|要不要|要唔要|带|帶|出示|拿|攞)[^，。？?！!]{0,6}(身份证|身份證|身分證|证件|證件|ID)/i;

/**
 * What the collector shows, asked with the hold for pick-up it is said beside (blind-31 05.4: "4444, I'm the
 * recipient. and do I need ID to pick up?" heard only the hold): the ID and pickup-code entry of the parcel's
 * market. `asked` is the words not answered yet (the request's earlier ones until it is recorded, and the message).
 */
export async function heldBringLine(
  turn: Turn,
  request: { kind: DeliveryChangeKind; details: DeliveryChangeDetails },
  number: string,
  asked: string,
): Promise<string | undefined> {
  if (request.kind !== 'hold' || !(ID_ASKED.test(asked) || asksWhatToBring(asked))) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return undefined;
  const market = parcelMarketFor(turn, lookup.shipment);
  return market ? idEntry(turn, market) : undefined;
}
