import { caseQuestionIn } from './case-questions';
import { lookUpParcel } from './parcel-answer';
import type { Turn } from './turn';

// (Apart from return-freight.ts, which case-questions.ts reads: this one reads case-questions.ts.)
/** "运费谁出", "who covers the shipping?" with no way named, about a parcel returned or on its way back. */
export async function returnFreightAsked(turn: Turn, number: string | undefined): Promise<boolean> {
  if (caseQuestionIn(turn.text) !== 'freight' || !number) return false;
  const found = await lookUpParcel(turn.services, number);
  return found.kind === 'found' && (found.view.status === 'returned' || found.view.status === 'returning');
}
