import { answerTicketsOnParcel } from './tickets-on-parcel';
import type { Turn } from './turn';

/**
 * "I called your hotline last week … Don't you have it in your system?", "我打过客服电话投诉的 你们系统里查不到吗",
 * "我打電話投訴過㗎 你哋系統冇記錄咩": a complaint made by phone asked after in this chat. This chat sees only the
 * complaints made here (or under the customer's verified contacts): the customer hears plainly that none of theirs is
 * on the parcel here, that a person can look up one made by phone, or that it can be filed now — not the rules on
 * the phone digits a parcel's details need (issue #17, blind batch 23: 04.2).
 */

// "don't you have it in your system", "isn't it on record", "你们系统里没有吗", "系統冇記錄咩", "查不到我的投诉吗".
const IN_SYSTEM =
  /\b(in|on) (your|the) (system|records?|computer|database)\b|\bon (file|record)\b|\bcheck (if |that |whether )?(it'?s|its|it is|it was|the complaint is) (there|logged|in|on)\b|系统|系統|记录|記錄|紀錄|查不到|查唔到|睇唔到|看不到/i;
// A complaint or call made by phone: "called your hotline", "the lady on the phone", "打过电话", "打電話投訴".
const BY_PHONE =
  /\bhotline\b|\bcall(ed|ing)? (you|your|the)\b|\bon the phone\b|\bby phone\b|\bphoned\b|\bi (rang|called|phoned) (you|up|on|last|yesterday|earlier|customer service)\b|热线|熱線|打(过|過|咗)?(客服)?(电话|電話)|致电|致電|电话投诉|電話投訴/i;

/** Answers a complaint made by phone asked after here; false when the message is not one. */
export async function answerPhoneComplaint(turn: Turn): Promise<boolean> {
  // ("hi i rang on friday about SF… the lady said she'd log a complaint. can u check its there": the parcel named in
  // the message — blind batch 46a: 04.1 opened a new complaint.)
  const parcel = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  if (!parcel || !IN_SYSTEM.test(turn.text)) return false;
  const told = [turn.text, ...(turn.data.said ?? [])];
  if (!told.some((text) => BY_PHONE.test(text))) return false;
  await answerTicketsOnParcel(turn, parcel);
  return true;
}
