import { wantsToComplain } from './complaint-words';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * A parcel asked to be found by a phone number or its last 4 digits, with no tracking number — "i only know his phone,
 * last 4 digits 5555. cant you look it up with that??", "用他手机尾号查一下行不行", "淨係知佢電話 可唔可以用電話搵" (issue
 * #17, blind batch 49a: 05.2 opened a complaint asking "what would you like us to do?"): no — a typed number proves
 * nothing about who asks, so parcels are found by their tracking number, and where to find it is said. Complaints looked
 * up by phone are tickets-on-parcel.ts's.
 */

// Looking it up, asked: "look it up with that", "can you find it", "查一下", "搵唔搵到".
const LOOK_UP =
  /\b(look (it |them )?up|find (it|them|the parcel|his|her)|search|check|track it)\b|(查|搵|找|揾)(一)?(下|到|得到|唔到)?|(?<!可)(用|按|凭|憑)[^，。,.!?！？]{0,6}(手机|手機|电话|電話|号码|號碼|尾号|尾號)/i;
// By a phone: "with his phone", "last 4 digits", "手机尾号", "電話號碼".
const BY_A_PHONE =
  /\b(phone|mobile|cell)\b|\b(last )?(4|four) digits\b|手机|手機|电话|電話|尾号|尾號|尾数|尾數|末四|后四|後四/i;
// An earlier complaint looked for: tickets-on-parcel.ts answers it.
const COMPLAINT_LOOKED_FOR = /投诉|投訴|客訴|工单|工單|\b(complaint|ticket|case)\b/i;
// By a name (recipient-privacy.ts answers it), or whether the courier sees the number (privacy waybills).
const OTHER_LOOKUP = /\bname\b|名字|姓名|看得到|看到|睇到|隱藏|隐藏|\b(see|hide)\b/i;

/**
 * Outside a complaint, with no tracking number in the message or the conversation: how a parcel is found instead.
 * @returns whether it answered.
 */
export async function answerParcelByPhone(turn: Turn): Promise<boolean> {
  const { text, reading, data } = turn;
  if (reading.entities.trackingNumbers.length > 0 || reading.entities.invalidTracking.length > 0 || data.lastTracking)
    return false;
  if (
    !LOOK_UP.test(text) ||
    !BY_A_PHONE.test(text) ||
    COMPLAINT_LOOKED_FOR.test(text) ||
    OTHER_LOOKUP.test(text) ||
    wantsToComplain(text)
  )
    return false;
  // (Only asked: "can you", "行不行", a question mark — not a phone given for something else.)
  if (
    !/[?？]|\b(can|could|cant|can't|cannot|will|would)\b|行不行|可以吗|可以嗎|可唔可以|得唔得|能不能|吗|嗎/i.test(text)
  )
    return false;
  await reply(turn, say(turn, 'parcel.byPhone'));
  noteOutcome(turn.context, 'answered');
  return true;
}
