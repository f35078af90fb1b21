import { barePlaceIn } from './shipment-quote';
import type { FaqIntent, Turn } from './turn';

/**
 * A city named alone ("Hangzhou", "杭州", "台中") right after a price or outlet answer that asked where: the answer to
 * that question — the topic asked about, read again with the place — not a message to guess at.
 */
export function cityAnswerTopic(turn: Turn): FaqIntent | undefined {
  const last = turn.data.lastFaq;
  if (last !== 'faq.fee' && last !== 'faq.outlet') return undefined;
  if (turn.reading.entities.trackingNumbers.length > 0) return undefined;
  const place = barePlaceIn(turn.text);
  if (!place || place.length !== turn.text.trim().length) return undefined;
  return turn.services.places.regionOf(place, turn.data.market) ? last : undefined;
}
