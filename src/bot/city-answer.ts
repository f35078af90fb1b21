import { barePlaceIn } from './shipment-quote';
import type { FaqIntent, Turn } from './turn';

/**
 * A city named alone ("Hangzhou", "杭州", "台中") right after a price or outlet answer that asked where: the answer to
 * that question — the topic asked about, read again with the place — not a message to guess at.
 */
// A reading this sure of another question is that question.
const SURE = 0.8;

export function cityAnswerTopic(turn: Turn): FaqIntent | undefined {
  const last = turn.data.lastFaq;
  if (last !== 'faq.fee' && last !== 'faq.outlet') return undefined;
  if (turn.reading.entities.trackingNumbers.length > 0) return undefined;
  // ("觀塘有冇你哋嘅門市可以寄" after a price: a question of its own about outlets, read surely as such — not the city of
  // the price asked before; blind batch 41b 14.5 heard the price list again.)
  const { intent, confidence } = turn.reading;
  if (intent.startsWith('faq.') && intent !== last && confidence >= SURE) return undefined;
  const place = barePlaceIn(turn.text);
  if (!place || place.length !== turn.text.trim().length) return undefined;
  return turn.services.places.regionOf(place, turn.data.market) ? last : undefined;
}
