import { ruleOn } from './case-rules';
import { asksQuestion, namesComplaint } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { shipmentIn } from './shipment-text';
import { reply, say, type Turn } from './turn';

/**
 * "超过24小时柜子要收超时费吧？这个钱谁出", "do I have to pay the locker's overtime fee?", "智能櫃超時費邊個俾" (issue
 * #17, blind 27 replay: 11.4 heard "I can't answer that"): answered from the parcel's record — handed over in person,
 * in no locker, so no locker fee is the customer's — and the market's rule on locker fees (the free hours or days, who
 * pays, when it is refunded).
 */

// A locker or its fee named: "快递柜", "丰巢", "櫃子", "smart locker".
const LOCKER = /快递柜|快遞櫃|智能柜|智能櫃|智慧櫃|丰巢|豐巢|柜子|櫃子|柜机|櫃機|\b(parcel |smart )?lockers?\b/i;
// The fee for keeping it there too long: "超时费", "逾時費", "保管费", "overtime fee", "storage charge".
const OVERTIME_FEE =
  /超时费|超時費|逾时费|逾時費|保管费|保管費|超时收费|超時收費|\b(overtime|storage|late|holding|locker) (fee|charge)s?\b/i;
// A fee at all, beside a locker: "要收钱吗", "收費", "pay", "charge".
const ANY_FEE = /收费|收費|收钱|收錢|要钱|要錢|俾錢|畀錢|付钱|付錢|费|費|\b(fee|charge|pay|cost)\w*/i;

/** The message asks about a locker's fee: who pays it, whether it is due. */
// ("柜子要钱吗 我后天晚上才能去拿": the question mark of a clause before more words — blind batch 46b: 08.4.)
export const asksLockerFee = (text: string): boolean =>
  (asksQuestion(text) || /[吗嗎嘛咩?？]|收(不|唔)收/.test(text)) &&
  (OVERTIME_FEE.test(text) || (LOCKER.test(text) && ANY_FEE.test(text)));

/**
 * Answers a question about a locker's fee for the parcel (when one is known): the record first — a parcel signed for in
 * person was in no locker — then the market's rule.
 * @returns whether it answered.
 */
export async function answerLockerFee(turn: Turn, parcelNumber: string | undefined): Promise<boolean> {
  if (!asksLockerFee(turn.text)) return false;
  const lookup = parcelNumber ? await lookUpParcel(turn.services, parcelNumber) : undefined;
  const parcel = lookup?.kind === 'found' ? lookup : undefined;
  const lines: string[] = [];
  if (parcel?.view.delivered) {
    const local = shipmentIn(turn.locale, parcel.shipment).shipment;
    const delivered = [...local.events].reverse().find((e) => e.status === 'delivered');
    // (A delivery scan that names a locker was a locker's: its fee is the rule's to answer.)
    if (delivered && !LOCKER.test(delivered.description ?? '')) {
      const note = delivered.description ?? say(turn, 'status.delivered');
      lines.push(say(turn, 'lockerFee.notInLocker', { number: parcel.number, note }));
    }
  }
  const rule = ruleOn(turn, 'lockerFee', parcel);
  if (rule) lines.push(rule);
  if (lines.length === 0) return false;
  await reply(turn, lines.join('\n'));
  return true;
}

/**
 * The same question with no complaint under way and none made in it ("快递柜超时费谁出？"): answered as a question,
 * about the conversation's parcel if there is one — not a fee complaint.
 */
export const answerLockerFeeAlone = (turn: Turn, parcelNumber: string | undefined): Promise<boolean> =>
  namesComplaint(turn.text) || !WHO_PAYS.test(turn.text) || CHARGED_ALREADY.test(turn.text)
    ? Promise.resolve(false)
    : answerLockerFee(turn, parcelNumber);

// Who pays it, whether it is due: "谁出", "是不是要我掏", "使唔使我俾", "do I have to pay", "is it free?", "how much".
const WHO_PAYS =
  /[谁誰](来|來)?(出|付|给|給|负责|負責|承担|承擔|掏)|邊個(俾|畀|出|付)|(要|使|用)(不要|唔要|唔使|不用)?我(出|付|俾|畀|给|給|掏)|(是不是|係咪|係唔係|会不会|會不會|要不要|使唔使|用不用)[^，。,.?？]{0,6}(我|收件人|收費|收费|收錢|收钱|付|俾|畀|掏)|我(要|得|需要|就要)(出|付|俾|畀|掏)|(收费|收費|要钱|要錢|免费|免費|收錢|收钱)(吗|嗎|嘛|咩|呀|啊)?[?？]|多少(钱|錢)|幾多(錢|钱)|\bwho (pays|covers|is paying|has to pay)\b|\b(do|will|would|should|must) (i|we) (have to |need to )?pay\b|\bam i (paying|charged|going to be charged)\b|\bis (it|there) (free|a (fee|charge))\b|\bhow much\b|(要钱|要錢|收钱|收錢|收费|收費)(吗|嗎|嘛|咩|不|唔)|收(不|唔)收(钱|錢|费|費)|(免费|免費)(吗|嗎|嘛|咩)|\bcost (anything|extra|money)\b/i;
// Charged already: "还让我交了超时费", "收了我三块", "they charged me" — a fee complaint, not a question of who pays.
const CHARGED_ALREADY =
  /(交了|交咗|付了|付咗|俾咗|畀咗|扣了|扣咗|收了我|收咗我|让我交|讓我交|叫我交)|\b(charged|made) (me|us)\b|\bi (paid|had to pay)\b/i;
