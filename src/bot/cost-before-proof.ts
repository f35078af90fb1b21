import type { Shipment } from '../tracking';
import { asksCostQuestion, changeCostLine } from './change-costs';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import type { Turn } from './turn';

/**
 * What a change being taken down costs, when the customer asked ("can you hold it at the station? how much is
 * storage?", "留喺網點，保管費點收？") before proving the parcel is theirs: the parcel's market's rule (its free days,
 * its fee), which tells nothing of the parcel's own — said with the question for the digits, once (blind 29: 07.3,
 * 07.4 heard the hold taken and the storage question ignored).
 * @returns undefined when nothing of the change is known yet, or no cost was asked (this message, or an earlier one of
 *   the request whose cost was not said yet).
 */
export async function costBeforeProof(
  turn: Turn,
  draft: DeliveryChangeDraft,
  shipment: Shipment,
): Promise<string | undefined> {
  const asked = asksCostQuestion(turn.text) || (!draft.costTold && draft.words.some(asksCostQuestion));
  if (!draft.kind || !asked) return undefined;
  const line = await changeCostLine(turn, shipment, { kind: draft.kind, details: draft.details });
  if (line) draft.costTold = true;
  return line;
}
