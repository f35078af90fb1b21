import type { Locale } from '../nlu';
import type { Shipment, ShipmentView } from '../tracking';
import type { Register, Replies } from './replies';
import { scanIn, shipmentIn } from './shipment-text';

/**
 * Where the customer's story and the parcel's record disagree (issue #17, batch 11 pattern 7), said plainly and put
 * on the ticket for an agent to check — never argued with, never ignored: "the courier left a note" about a parcel
 * the record has not yet sent out for delivery; "left it at the door" against a signature by the recipient in
 * person, or a locker against it; a "correct" address against a return for an undeliverable address the record holds otherwise.
 */

// The visit told is one of leaving the parcel unattended at the door: "left it at the door", "放門口".
const LEFT_AT_DOOR =
  /\b(left|dumped|dropped) (it|the parcel|the package|the box)? ?(at|outside|by|on) (the|my) (door|doorstep|porch|gate)\b|(放|擺|摆|丟|丢)(喺|在|到)?(門口|门口)/i;
// "left a note", "留咗張紙", "came by and left", "冇打電話就走咗", "上門", or leaving it at the door: a delivery visit told.
const VISIT_TOLD = new RegExp(
  String.raw`\bleft (a|me a) (note|card|slip)\b|\b(came|come) (by|round|to my door|to deliver)\b|\b(rang|knocked|didn'?t (call|ring|knock))\b|留(咗|了)?(張|张)?(紙|纸|條|条)|(寫|写)(咗|了)?.{0,4}(唔喺|不在|冇人|没人|沒人)|(冇|沒|没)(有)?打(電話|电话).{0,6}(走|放)|上門|上门|${LEFT_AT_DOOR.source}`,
  'i',
);
// Left with, or signed for by, someone else: "放邻居家了", "交咗俾管理處", "被别户拿走", "签收人写的王某", "left it with my
// neighbour", "someone else signed for it" (batch 20 P5: 11.1, 16.1, 21.1 heard nothing of the record's "本人").
const LEFT_WITH_OTHER =
  /(放|擺|摆|交|给|給|俾|畀)(了|咗)?(在|喺|到)?(邻居|鄰居|隔篱|隔籬|门卫|門衛|保安|物业|物業|管理處|管理处|管理員|管理员|看更|别人|別人|其他人|陌生人)|(别人|別人|别户|別戶|其他人|陌生人|邻居|鄰居|隔篱|隔籬)(签收|簽收|拿走|攞咗|收咗|收了)|签收人[^，。,.]{0,4}(写的|寫的|係|是)?\s*[\u3400-\u9fff]某|\b(left|gave|handed) (it |the parcel |the package )?(with|to) (a|the|my|some) (neighbou?r|guard|concierge|stranger|someone)\b|\bsomeone else (signed|took|picked)\b|\bsigned (for )?by (someone|a stranger|my neighbou?r|the guard)\b/i;
// Put in a locker: "是放在小区丰巢柜里的", "塞快递柜", "left it in a locker", "放咗入智能櫃".
const LEFT_IN_LOCKER =
  /(放|塞|擺|摆|丢|丟|扔)(了|咗)?(在|喺|到|进|進|入)?[^，。,.!?！？]{0,8}(快递柜|快遞櫃|丰巢|豐巢|智能柜|智能櫃|智取櫃|柜子|櫃子|柜里|櫃裡|櫃入面)|\b(left|put|dumped|stuffed|dropped) (it |the parcel |the package |my parcel )?in(to)? (a|the) (parcel |smart )?locker\b/i;
// A delivery note by which the recipient signed in person ("已签收，签收人：本人", "signed for by the recipient in person").
const SIGNED_IN_PERSON = /本人|in person/i;
// Statuses at which the parcel has not yet been out for delivery.
const NOT_YET_OUT = new Set(['created', 'picked_up', 'in_transit', 'arrived_hub']);

/** What the record says against the account, in the customer's words, or undefined when nothing disagrees. */
export function recordConflict(
  replies: Replies,
  locale: Locale,
  register: Register | undefined,
  found: { shipment: Shipment; view: ShipmentView },
  account: string,
): string | undefined {
  const other = LEFT_WITH_OTHER.test(account);
  const locker = LEFT_IN_LOCKER.test(account);
  if (!VISIT_TOLD.test(account) && !other && !locker) return undefined;
  const { shipment, view } = found;
  const last = shipment.events.at(-1);
  if (!last) return undefined;
  const visited = shipment.events.some((e) => !NOT_YET_OUT.has(e.status));
  if (!visited && NOT_YET_OUT.has(view.status))
    return replies.t(locale, 'record.notOutForDelivery', { place: scanIn(locale, last).place }, register);
  const signed = view.delivered && SIGNED_IN_PERSON.test(last.description ?? '');
  if (signed && LEFT_AT_DOOR.test(account)) return replies.t(locale, 'record.signedInPerson', {}, register);
  if (signed && other) return replies.t(locale, 'record.signedInPersonOther', {}, register);
  // ("什么本人签收？？…是放在小区丰巢柜里的": a locker against a signature in person — blind batch 52a: 07.4, 50b: 07.2.)
  if (signed && locker) return replies.t(locale, 'record.signedInPersonLocker', {}, register);
  return undefined;
}

// "…地址無法派送", "address undeliverable": the return was for the address.
const ADDRESS_RETURN = /地址|address/i;

/**
 * An address the customer gives for a parcel returned for an undeliverable address, when the record's recipient
 * address is another: both said, for an agent to check before it goes out again. Only to a customer who has proven
 * their link to the parcel (the record's address is theirs to see).
 */
export function addressConflict(
  replies: Replies,
  locale: Locale,
  register: Register | undefined,
  shipment: Shipment,
  given: string,
): string | undefined {
  const returned = shipment.events.find((e) => e.status === 'returned' || e.status === 'exception');
  if (!returned || !ADDRESS_RETURN.test(returned.description ?? '')) return undefined;
  const recorded = shipmentIn(locale, shipment).shipment.recipient.address ?? '';
  // "觀塘道388號 唔使改": a Chinese address has no spaces; what follows one is said of it.
  const address = /[\u3400-\u9fff]/.test(given) ? (given.trim().split(/\s+/)[0] ?? given) : given.trim();
  const core = address.replace(/\s+/g, '');
  if (!recorded || recorded.replace(/\s+/g, '').includes(core)) return undefined;
  return replies.t(locale, 'record.addressDiffers', { recorded, given: address }, register);
}

// The address said to be right: "地址啱㗎喎", "地址没错啊", "地址是對的", "the address is correct", "nothing wrong with the
// address".
const ADDRESS_RIGHT =
  /地址[^，。,.!?！？]{0,4}(啱(?![唔不]啱)|冇錯|冇问题|冇問題|没错|沒錯|没问题|沒問題|是对的|是對的|正确(?![吗嗎])|正確(?![吗嗎])|无误|無誤)(?![吗嗎呢？?])|\b(the |my )?address (is|was) (right|correct|fine|ok|okay)\b|\bnothing wrong with (the|my) address\b|\bcorrect address\b/i;

// Whether it is right, asked: "你睇下個地址啱唔啱", "地址对不对", "is the address correct?".
const ADDRESS_CHECK_ASKED =
  /啱唔啱|啱不啱|对不对|對不對|对唔对|對唔對|有没有错|有沒有錯|有冇錯|是不是对|是不是對|\bis (the|my) address (right|correct)\b/i;

/**
 * The customer says the address is right, of a parcel returned for an undeliverable address whose record holds that
 * address (blind batch 50a: 13.3 had "重新派送" noted and the question why left): the return looks like the courier's
 * mistake, said with the record's address, for the station to explain. Only to a customer who has proven their link.
 */
export function addressSaidRight(
  replies: Replies,
  locale: Locale,
  register: Register | undefined,
  shipment: Shipment,
  text: string,
): string | undefined {
  if (!ADDRESS_RIGHT.test(text) || ADDRESS_CHECK_ASKED.test(text)) return undefined;
  const returned = shipment.events.find((e) => e.status === 'returned' || e.status === 'exception');
  if (!returned || !ADDRESS_RETURN.test(returned.description ?? '')) return undefined;
  const recorded = shipmentIn(locale, shipment).shipment.recipient.address ?? '';
  return recorded ? replies.t(locale, 'record.addressSaidRight', { recorded }, register) : undefined;
}
