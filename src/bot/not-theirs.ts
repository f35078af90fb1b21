import { asksOtherPartyDetails } from './other-party-details';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * A parcel left with the customer that is not theirs — "theres a box outside my door thats not mine, its for the guy who
 * lived here before me", "快递送错到我家了 不是我的", "有件唔係我嘅貨放咗喺我門口" (issue #17, blind batch 44b: 03.1 was told
 * "not having your parcel is worrying" and a lost-parcel complaint, 03.2 "who is it for?" went unanswered): thanked, told
 * they need not find the person or open it, that whose it is stays private, and taken down so the station collects it
 * — a complaint of the "other" kind (a delivery to the wrong door), not a loss of theirs.
 */
const NOT_THEIRS =
  /\b(not mine|isn'?t mine|not for me|not addressed to me|someone else'?s|previous (tenant|owner|resident)s?)\b|\b(parcel|package|box) (for|addressed to) (my |the )?(upstairs |downstairs |next-door )?neighbou?r\b|(邻居|鄰居|隔壁|隔籬|楼上|樓上|楼下|樓下)(的|嘅)(快递|快遞|包裹|件|嘢)(?=[^，。,.!?！？]{0,10}(放|送|派)(到|在|咗|了|喺)?[^，。,.!?！？]{0,3}(我|我家|我屋企|我门口|我門口))|\bfor (the |a )?(guy|man|woman|lady|person|people|family|tenant|neighbou?r)s? (who|that) (lived|used to live)\b|不是我的|唔係我嘅|唔係我㗎|不是给我的|不是給我的|前(租客|住户|住戶|業主|业主)|以前住(这|這|喺)|送错(到|去)?(我家|我这|我這|我)|送錯(咗|到|去)?(我|嚟)|放错(门|門|地方)|放錯(門|咗)|(人哋|人家|别人|別人)(嘅|的)(嘢|件|貨|东西|東西|快递|快遞|包裹)(?=[^，。,.!?！？]{0,8}(放|送|派|擺)(咗|了|在|到|喺)*[^，。,.!?！？]{0,3}(我|我家|我屋企))|(放|送|派|擺)(咗|了|在|到|喺)*[^，。,.!?！？]{0,3}(我|我家|我屋企)[^，。,.!?！？]{0,8}(人哋|人家|别人|別人)(嘅|的)(嘢|件|貨|东西|東西|快递|快遞|包裹)/i;
// Where it is: with them, at their door.
const WITH_THEM =
  /\b(door|doorstep|outside|hallway|porch|lobby|here|i have|i got|i received|delivered to me|left (it )?(with|at)|with me)\b|门口|門口|我家|屋企|收到|放在|放咗|送到|送咗/i;

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

// Whether anyone comes for it: "so is anyone coming or not", "谁来拿走啊", "你们就不能派个人来取一下吗", "你哋派人嚟拎",
// "即係有冇人嚟呀", "will someone pick it up".
const COLLECTION_ASKED =
  /\b(is|will|when (is|will)|are you sending|can you send) (anyone|someone|somebody|a courier|a driver|you)\b[^.?!]{0,20}\b(coming|come|collect|pick)\w*|\banyone coming\b|\bcome (and )?(get|collect|pick up|take) it\b|(谁|誰|邊個|边个)(来|來|嚟)(拿|取|攞|收)|(派|叫|搵|找|安排)(个|個|一个|一個)?(人|快递员|快遞員|速遞員|师傅|師傅)(来|來|嚟|过来|過來|上门|上門)?(取|拿|攞|收|拎)|有(冇|没有|沒有)人(来|來|嚟)|(几时|幾時|什么时候|什麼時候)(有人)?(来|來|嚟)(拿|取|攞|收|拎)/i;

// The parcel's record against where it is: "系统说没送到？", "it says delivered but not to me", "显示已签收".
const RECORD_CLASH =
  /(系统|系統|显示|顯示|记录|記錄|紀錄|物流)[^，。,.!！]{0,8}(没送到|沒送到|未送到|未派|沒派|没派|还在|還在|签收|簽收|送达|送達)|\b(says|shows|tracking|system|record)\b[^.!]{0,15}\b(not delivered|delivered|out for delivery)\b/i;

/**
 * In the complaint about someone else's parcel left with the customer: whether anyone comes for it is answered (the
 * station collects it once the complaint is in, at no cost), and the step is asked again (blind batch 48a: 01.5,
 * 09.5, 14.3 heard "I can't answer that", the summary again, or the claim limits).
 * @returns whether it answered.
 */
export async function answerNotTheirsCollection(turn: Turn, position: IntakePosition): Promise<boolean> {
  // ("can you tell me which flat he's in" beside it: refused first — other-party-details.ts answers it.)
  if (!position.state.aboutNotTheirs || asksOtherPartyDetails(turn.text)) return false;
  // ("系统说没送到？东西明明就在我家门口": the record is what the complaint puts right — 48a: 09.2.)
  const key = COLLECTION_ASKED.test(turn.text)
    ? 'parcel.notTheirsPickup'
    : RECORD_CLASH.test(turn.text)
      ? 'parcel.notTheirsRecord'
      : undefined;
  if (!key) return false;
  await reply(turn, say(turn, key));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
