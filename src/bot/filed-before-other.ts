import { fileComplaint } from './file-complaint';
import { clausesOf } from './message-cues';
import { isCancel, wantsFiled } from './intake-reading';
import { CONFIRM_PROMPT, type IntakePosition } from './intake-state';
import { noteOtherParcel } from './second-issue';
import type { Turn } from './turn';

/**
 * "先提交。然后第二个 782… 呢？也给我投诉", "提交！！提交完马上登记第二个", "submit it, then the other one": at the
 * summary, a message that says to file the complaint and goes on to the other parcel files this one first — the
 * summary is never shown again for every "submit" (blind batch 23: 11.6–11.7 looped on it twice). The other parcel
 * is then taken up as its own complaint, offered by its number at filing (file-complaint.ts).
 * @param other the other parcel the message names or points to ("the second one"), if any.
 * @returns 'filed' when the complaint was filed.
 */
export async function fileBeforeOtherParcel(
  turn: Turn,
  position: IntakePosition,
  other: string | undefined,
): Promise<'filed' | undefined> {
  const { prompt, state } = position;
  if (prompt !== CONFIRM_PROMPT || !other || state.trackingNumbers.includes(other)) return undefined;
  // ("交咗佢啦 跟住 SF… 嗰件": the clause that says to file it, wherever it stands in the message.)
  const saysFile = wantsFiled(turn.text) || clausesOf(turn.text).some(wantsFiled);
  if (isCancel(turn.text) || !saysFile) return undefined;
  // (What the message tells of the other parcel is its complaint's, not this one's.)
  noteOtherParcel(turn, state, other);
  state.otherParcelOnlyAsked = undefined;
  await fileComplaint(turn.services, turn.context, state);
  return 'filed';
}
