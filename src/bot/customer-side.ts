import type { PartyRole } from '../tracking';
import type { CustomerSide } from '../tickets';
import type { IntakeState } from './intake-state';
import type { Turn } from './turn';

/** Other people a customer names (relatives, friends, colleagues): a word family in English and in Chinese. */
const RELATIONS_EN = String.raw`friend|colleague|co-?worker|boss|neighbou?r|mum|mom|mother|dad|father|sister|brother|son|daughter|wife|husband|partner|parents?|grand(?:ma|mother|pa|father)|aunt|uncle|cousin|girlfriend|boyfriend|flatmate|roommate`;
const RELATIONS_ZH =
  '朋友|同事|家人|屋企人|老板|老闆|老婆|老公|妈妈|媽媽|阿媽|爸爸|老豆|邻居|鄰居|姐姐|家姐|妹妹|哥哥|弟弟|细佬|細佬|女儿|女兒|儿子|兒子|个仔|個仔|个女|個女|男朋友|女朋友|室友';
export const PEOPLE_EN = String.raw`(?:${RELATIONS_EN}|client|customer)`;
export const PEOPLE_ZH = `(?:${RELATIONS_ZH}|客户|客戶)`;
// Whose parcel makes it someone else's: not a seller's own customer ("我客户的快递", "my customer's parcel") — a seller
// ships it, and the sender's digits they proved say so (review of blind batch 26's fixes, finding 5).
const OTHERS_EN = `(?:${RELATIONS_EN})`;
const OTHERS_ZH = `(?:${RELATIONS_ZH})`;
const PARCEL_ZH = '(?:件|快递|快遞|包裹|貨|货|嘢|单|單|邮件|郵件)';

// "my friend's parcel", "on behalf of my mum", "someone else's package", "I'm not the recipient", "我朋友的快递",
// "幫我同事投訴", "我唔係收件人": the parcel is someone else's.
const SOMEONE_ELSES = new RegExp(
  [
    String.raw`\b(?:my|a|our)\s+${OTHERS_EN}'?s\s+(?:parcel|package|shipment|order|delivery)\b`,
    String.raw`\bon behalf of\s+(?:my|a|our)\s+${OTHERS_EN}\b|\bsomeone else'?s\b`,
    String.raw`\b(?:i'?m|i am)\s+(?:not|neither)\s+(?:the\s+)?(?:sender|recipient|receiver)\b`,
    `${OTHERS_ZH}(?:的|嘅)${PARCEL_ZH}`,
    `(?:帮|幫|替|代)(?:我)?(?:的|嘅)?${OTHERS_ZH}(?:投诉|投訴|客訴|客诉|查|问|問)`,
    '(?:不是|唔係|并非|並非)[^，。,.]{0,3}(?:收件人|寄件人|收货人|收貨人)',
  ].join('|'),
  'i',
);
const SAYS_SENDER = /\b(?:i'?m|i am|i was) the sender\b|我是寄件人|我係寄件人|我就是寄件人|我就係寄件人/i;
const SAYS_RECIPIENT =
  /\b(?:i'?m|i am) the (?:recipient|receiver|addressee)\b|我是收件人|我係收件人|我就是收件人|我就係收件人|我是收货人|我是收貨人/i;

/**
 * Who the customer is to the parcel: someone else's parcel said in words ("my friend's parcel") is `other`, whatever
 * digits they proved it with (the friend's); else the party whose phone they proved, else the one they say they are.
 */
export function customerSide(words: string, proved: readonly PartyRole[] = []): CustomerSide | undefined {
  if (SOMEONE_ELSES.test(words)) return 'other';
  const said = SAYS_SENDER.test(words) ? 'sender' : SAYS_RECIPIENT.test(words) ? 'recipient' : undefined;
  if (said && (proved.length === 0 || proved.includes(said))) return said;
  return proved[0] ?? said;
}

/** Notes on the intake who the customer is to its parcel, from their account so far, this message and their proof. */
export function noteCustomerSide(turn: Turn, state: IntakeState): void {
  const number = state.trackingNumbers[0];
  const proved = number ? turn.data.verifiedAs?.[number] : undefined;
  const side = customerSide(`${state.description}\n${turn.text}`, proved);
  if (side) state.customerIs = side;
}
