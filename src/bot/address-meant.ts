import type { DeliveryChangeDraft } from './delivery-change-reading';
import { offerChoice } from './offered-choice';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * An address found inside a sentence about something else ("我在南京路100号上班，白天不在家", "I work at 100 Nanjing Rd
 * during the day"), when the bot had not asked for one: the customer is asked whether the parcel goes there — "Shall we
 * deliver SF… to 100 Nanjing Rd?" [Yes, deliver to … | No, another address] — before anything is taken down (issue #17).
 * A bare "yes" takes the first button (offered-choice.ts); its words are a change of address to it, read as any other;
 * "no" leaves the address asked for.
 */
export async function askAddressMeant(turn: Turn, draft: DeliveryChangeDraft, address: string): Promise<void> {
  noteOutcome(turn.context, 'answered');
  draft.kind = 'change_address';
  draft.asked = 'address';
  const yes = say(turn, 'change.addressMeant.yes', { address });
  const no = say(turn, 'change.addressMeant.no');
  offerChoice(turn, yes);
  const number = draft.trackingNumber ?? turn.data.lastTracking ?? '';
  await reply(turn, say(turn, 'change.addressMeant', { number, address }).trim(), [
    { title: yes, value: yes },
    { title: no, value: no },
  ]);
}
