import { answerFaq } from './knowledge';
import type { Shipment } from '../tracking';
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
