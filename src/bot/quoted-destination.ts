import { customerMarket, parcelMarket } from './market';
import type { Turn } from './turn';

/**
 * The market a parcel of the last price question goes to ("台北寄廈門 8 公斤" … "收件人沒去領會收保管費嗎？": Xiamen,
 * the Mainland): where such a parcel waits for its recipient, so whose locker, holding and collection rules answer
 * a question that names no parcel (blind batch 29: 24.3 heard Taiwan's 7 free days for a parcel waiting in Xiamen).
 * Undefined when no route was quoted or its destination lies in no market the courier has rules for. A leaf module:
 * the case rules and the FAQ answers both read it.
 */
export function quotedDestinationMarket(turn: Turn): string | undefined {
  const destination = turn.data.lastQuote?.destination;
  if (!destination) return undefined;
  const { places, knowledge } = turn.services;
  const region =
    parcelMarket({ origin: '', destination }) ?? places.regionOf(destination, customerMarket(turn))?.region;
  return region && region in knowledge ? region : undefined;
}
