import { scamCallEntry } from './scam-call';
import { asksHowToTellUs } from './scam-questions';
import { reply, type Turn } from './turn';

// A call spoken of: "打来的", "來電", "打嚟", "the caller", "a call from you".
const CALL = /打来|打來|打嚟|打过来|打過來|来电|來電|电话|電話|\bcall(s|er|ed)?\b|\bphon(e|ed)\b|\bring(s|ing)?\b/i;

/**
 * "以后我怎么分辨是不是你们打来的？", "how do I tell if a call is really from you?", "點樣知係咪你哋打嚟" — at any step of a
 * complaint: the courier's rule on such calls (the scam-calls entry), then the step again; never passed over for the
 * summary (blind 18: 18.4).
 * @returns whether the message asked it and was answered.
 */
export async function answerHowToTellCall(turn: Turn): Promise<boolean> {
  if (!asksHowToTellUs(turn.text) || !CALL.test(turn.text)) return false;
  const entry = scamCallEntry(turn);
  if (!entry) return false;
  await reply(turn, entry);
  return true;
}
