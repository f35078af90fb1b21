import type { ComplaintCategory } from '../nlu';
import { wantsFiled } from './intake-reading';
import type { Turn } from './turn';

/**
 * "ok file it then, tracking JT…" with no complaint open, after the claim rules were asked about a harm the customer
 * told a message or two before ("my vase came SMASHED … how much do i get back", blind batch 36a: 03.4 got only the
 * tracking answer): that harm is what is to be filed — a complaint of its kind on the parcel named.
 */

/** How far back a harm told still stands behind "file it". */
const TOLD_WITHIN = 3;
// "幫我登記啦", "帮我开单", "log it", "lodge a claim": asked to be filed, in words the summary's "submit" does not use.
const FILE_IT = /(幫|帮)我(登記|登记|開單|开单|立案|報案|报案)|\b(log|file|lodge|open) (it|a claim|the claim|one)\b/i;
/** The harms a claim is about: what the claim rules just answered. */
const CLAIMED: readonly ComplaintCategory[] = ['damaged', 'lost'];

/**
 * The complaint a "file it" asks for: the kind and the words of the harm told before, when one was.
 * @returns undefined when the message asks no filing, is a complaint itself, or no harm was told lately.
 */
export function harmToFile(turn: Turn): { category: ComplaintCategory; told: string } | undefined {
  const { reading, services, data } = turn;
  if (reading.intent === 'complaint') return undefined;
  if (!wantsFiled(turn.text) && !FILE_IT.test(turn.text)) return undefined;
  for (const told of (data.said ?? []).slice(-TOLD_WITHIN).reverse()) {
    const { result, complaintCategory } = services.nlu.read(told, services.clock.now(), turn.locale);
    // (Told as a complaint, or asked of the claim rules just answered.)
    const toldHarm = result.intent === 'complaint' || data.lastFaq === 'faq.claim';
    if (complaintCategory && CLAIMED.includes(complaintCategory) && toldHarm)
      return { category: complaintCategory, told };
  }
  return undefined;
}
