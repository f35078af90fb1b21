import { reply, say, type Turn } from './turn';

/**
 * A parcel left with the customer that is not theirs — "theres a box outside my door thats not mine, its for the guy who
 * lived here before me", "快递送错到我家了 不是我的", "有件唔係我嘅貨放咗喺我門口" (issue #17, blind batch 44b: 03.1 was told
 * "not having your parcel is worrying" and a lost-parcel complaint, 03.2 "who is it for?" went unanswered): thanked, told
 * they need not find the person or open it, that whose it is stays private, and taken down so the station collects it
 * — a complaint of the "other" kind (a delivery to the wrong door), not a loss of theirs.
 */
const NOT_THEIRS =
  /\b(not mine|isn'?t mine|not for me|not addressed to me|someone else'?s|previous (tenant|owner|resident)s?)\b|\bfor (the |a )?(guy|man|woman|lady|person|people|family|tenant|neighbou?r)s? (who|that) (lived|used to live)\b|不是我的|唔係我嘅|唔係我㗎|不是给我的|不是給我的|前(租客|住户|住戶|業主|业主)|以前住(这|這|喺)|送错(到|去)?(我家|我这|我這|我)|送錯(咗|到|去)?(我|嚟)|放错(门|門|地方)|放錯(門|咗)/i;
// Where it is: with them, at their door.
const WITH_THEM =
  /\b(door|doorstep|outside|hallway|porch|lobby|here|i have|i got|i received|delivered to me|left (it )?(with|at))\b|门口|門口|我家|屋企|收到|放在|放咗|送到|送咗/i;

/** The customer tells of a parcel left with them that is someone else's. */
export const tellsParcelNotTheirs = (text: string): boolean => NOT_THEIRS.test(text) && WITH_THEM.test(text);

/**
 * Before the complaint the message opens: the thanks and what happens, said; the complaint is of the other kind.
 * @returns whether it was said (the message then goes on to be taken down).
 */
export async function noteParcelNotTheirs(turn: Turn): Promise<boolean> {
  if (!tellsParcelNotTheirs(turn.text)) return false;
  await reply(turn, say(turn, 'parcel.notTheirs'));
  const number = turn.reading.entities.trackingNumbers[0]?.number;
  if (number) turn.data.notTheirs = number;
  turn.reading = { ...turn.reading, intent: 'complaint', category: 'other' };
  turn.complaintCategory = 'other';
  return true;
}
