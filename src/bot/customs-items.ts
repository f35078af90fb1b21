import { answerCustoms } from './customs';
import { alsoAsked } from './faq-topics';
import { handleFaq } from './handlers';
import type { Turn } from './turn';

/**
 * "…vitamins, a face cream and a power bank. Is that ok? Any customs or duty stuff?" (blind-29 05.1 heard only the
 * customs text): the customs rule, and beside it the rules of the items the message names and asks about — the
 * items-question answer the FAQ gives (`alsoAsked`), with the route's market as ever.
 * @returns true when the customs question was answered.
 */
export async function answerCustomsAndItems(turn: Turn): Promise<boolean> {
  if (!(await answerCustoms(turn))) return false;
  if (alsoAsked(turn.services.knowledge, 'faq.fee', turn.text).includes('faq.prohibited'))
    await handleFaq(turn, 'faq.prohibited');
  return true;
}
