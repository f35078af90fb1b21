import type { NluResult } from '../nlu';
import type { DeliveryChangeDetails } from '../tracking';

/**
 * Two changes to a parcel on its way that are about the waybill rather than the door (issue #17, batch 20): the
 * recipient's name or phone on it is wrong and is to be corrected ("wrong phone on the label", "名字寫錯了 電話少一碼
 * 可以改嗎", "改一下收件人电话"), and the parcel is to go back to its sender ("just send it back to the seller",
 * "退回來給我", "退返俾寄件人"). Both are requests for the station to act on, recorded like any change of delivery —
 * never a complaint, a lost-parcel worry or the customer's own contact number.
 */

// What is on the waybill: the recipient's name or phone, the label itself ("the recipient's phone is wrong": review of
// blind batch 26's fixes, finding 4).
const LABEL_THING =
  /\b(label|waybill|airway ?bill|shipping slip|recipient|receiver|addressee|consignee)('?s)?\b|面单|面單|运单|運單|托运单|託運單|收件人|收件資料|收件资料|收件人資料|收件人资料/i;
// (A number alone may be the tracking number's: "单号写错了" corrects the parcel named, parcel-mentions.ts.)
const NAME_OR_PHONE = /\b(phone|mobile|name|contact)\b|名字|姓名|电话|電話|手机|手機|联系方式|聯絡方式|資料|资料/i;
// Written wrong: "typed it wrong", "wrong phone", "少一碼", "寫錯", "打錯咗".
const WRITTEN_WRONG =
  /\b(wrong|incorrect|misspel+t?|typo|mistyped|typed (it )?wrong|missing a digit|a digit short)\b|写错|寫錯|打错|打錯|填错|填錯|错了|錯了|错咗|錯咗|唔啱|不对|不對|少(了|咗)?(一|1|个|個)?(码|碼|位|个数字|個數字)|多(了|咗)?(一|1)(码|碼|位)/i;
// Asked to be changed: "change the phone number to …", "改一下收件人电话", "改資料", "更正名字".
// ("she changed her phone number, can you update it to 139…", "收件人电话也要改一下…新号158…": the recipient's phone
// named first, then the change — blind batch 47b: 03.4 took it as the customer's own contact, 08.4 offered four other
// changes. A new number of the customer's own, or the courier's, is no such change — review of session 47.)
const CHANGE_IT =
  /\b(change|correct|fix|update|amend)\b[^.?!]{0,20}\b(phone|mobile|name|contact|label)\b|\b(her|his|their|recipient'?s|receiver'?s) (new )?(phone|mobile|number)\b[^.?!]{0,40}\b(update|change|correct) (it|that|the number)\b|(改|更正|修改|更改|订正|訂正)(一下|下)?(收件人|收件)?(的|嘅)?(名字|姓名|电话|電話|手机|手機|资料|資料|联系方式|聯絡方式)|收件人(的|嘅)?(电话|電話|手机|手機|号码|號碼)[^，。,.]{0,4}(改|更改|修改|换|換)|收件人[^，。,.]{0,4}(换|換|轉)(了|咗)?(新)?(号|號|号码|號碼|电话|電話|手机|手機)/i;
// "my phone number is …", "call me on …": the customer's own contact, not the label's.
const OWN_CONTACT =
  /\b(my|our) (phone|number|mobile)( number)? is\b|\b(call|reach|text) (me|us) (on|at)\b|我的(电话|電話|手机|手機)(是|係)/i;

/** The message asks for the recipient's name or phone on the waybill to be corrected. */
export function asksLabelCorrection(text: string): boolean {
  if (OWN_CONTACT.test(text) && !LABEL_THING.test(text)) return false;
  if (CHANGE_IT.test(text)) return true;
  return (
    NAME_OR_PHONE.test(text) &&
    WRITTEN_WRONG.test(text) &&
    (LABEL_THING.test(text) || /\b(on it|on the (parcel|package))\b|寫錯|写错|少(了|咗)?一?(码|碼)/i.test(text))
  );
}

// "send it back to the seller", "return it to sender", "退回寄件人", "退回來給我", "退返俾我", "寄回給賣家".
// ("send it back to me", "寄返俾我" is a returned parcel wanted again: a redelivery, not this.)
const RETURN_TO_SENDER =
  /\b(send|ship|return|take)\b[^.?!]{0,20}\bback to (the |its )?(seller|sender|shop|store|merchant)\b|\breturn (it |this |the parcel |the package )?to (the )?(sender|seller|shop)\b|\breturn to sender\b|退(回|返)(来|來|去)?(给|給|俾|畀|比)?(寄件人|发件人|發件人|卖家|賣家|商家|店家|我)|(寄|送)(回|返)(去)?(给|給|俾|畀|比)?(寄件人|发件人|發件人|卖家|賣家|商家|店家)|(我要|幫我|帮我|想)(退件|拒收)/i;
// "how do I send it back?", "can I return it?": the customer sending it themselves (send-back.ts answers that).
const SENDS_IT_THEMSELVES =
  /\b(how|where) (do|can|should) i\b|\bcan i (return|send)\b|(怎么|怎麼|点样|點樣|如何)(退|寄)|我(自己)?(要|想)?寄(回|返)/i;

// "點解會退返畀寄件人？", "why was it sent back to the sender?", "怎么被退回给卖家了", "冇人問過我就退返畀寄件人": why a
// return happened, or that it did — a question about the record, never a request to send it back (the rescore of blind batch 20: 26.1–26.2 filed
// a return for a customer asking why hers had been returned).
const WHY_OR_HAPPENED =
  /\bwhy\b|\bhow come\b|为什么|為什麼|为啥|為啥|点解|點解|怎么会|怎麼會|點會|做乜|\b(was|been|got|is being|has been)\b[^.?!]{0,10}\b(sent|returned|shipped)\b|被退|已经退|已經退|退咗(返|回)|给退回|給退回|就(被)?(给|給|俾|畀)?退(回|返)|退(回|返)(去)?(给|給|俾|畀)?(寄件人|发件人|發件人|卖家|賣家|商家|店家)?(了|咗)(?![吧啦喇])/i;

// "把重复扣的那笔退回给我", "多收的钱退返俾我", "refund me the double charge": money asked back, not the parcel; so is
// an amount ("我要3000全數退返俾我": batch 21's lost parcel, its value asked back).
const MONEY_BACK =
  /(笔|筆|钱|錢|款|差价|差價|差额|差額|运费|運費|邮费|郵費|(?<!\d)\d+\s*(块|塊|元|蚊|rmb|hkd)|(HK\$|NT\$|\$|¥|￥)\s*\d+|全额|全額|全数|全數|足额|足額)[^，。,.?？]{0,6}退|退[^，。,.?？]{0,2}(钱|錢|款|差价|差價|差额|差額)|多收|多扣|重复扣|重複扣|\b(refund\w*|money back|double charge|charged (me )?twice)\b/i;

// "攔截退回", "拦截一下", "can you intercept it": the sender stopping it on its way (the courier's intercept returns it
// to them unless a hold is asked — blind batch 40a: 11.2).
const INTERCEPT = /拦截|攔截|截停|截住|截返|\bintercept\w*/i;
// Held by customs, or anyone else's stopping: "被海关拦截了", "intercepted by customs" — no request (review of session 40).
const STOPPED_BY_OTHERS = /被[^，。,.!?！？]{0,6}(拦截|攔截|截)|海关|海關|\bcustoms\b|\bintercepted by\b/i;
// "send it back to me", "退回給我", "寄返俾我": back to whoever writes — the sender, when they say they are.
const BACK_TO_ME =
  /\b(send|ship|return|bring|get)\w* (it |this |that |the parcel |the package |[A-Z]{0,4}\d{6,}[A-Z]{0,2} )?back to me\b|\breturn (it|this|that|the parcel|the package|my parcel) to me\b|\b(returned|sent back|shipped back) to me\b|退(回|返)(来|來|嚟)?(给|給|俾|畀)?我(?!的|嘅|地址)|(寄|送)(回|返)(来|來|嚟)?(给|給|俾|畀)?我(?!的|嘅|地址)/i;
// The writer is the sender, or the delivery is called off: "the buyer cancelled", "I shipped it", "don't deliver it",
// "stop it", "买家取消了订单", "我寄的", "不要送了" (blind batch 40a: 02.1 "Buyer cancelled … stop SF… and send it back to
// me" was read as a redelivery — a recipient's returned parcel wanted again).
const SENDER_SIDE =
  /\b(buyer|customer|client) (has |had |just )?cancel\w*|\bi (shipped|sent|posted|mailed)\b|\bi'?m the (sender|seller)\b|\b(don'?t|do not) deliver\b|\bstop (it|this|the parcel|the package|the delivery|delivery|the shipment|[A-Z]{0,4}\d{6,}[A-Z]{0,2})\b(?! from)|(买家|買家|客人|顾客|顧客)[^，。,.!?！？]{0,4}(取消|退单|退單|唔要|不要了)|取消(了|咗)?(订单|訂單|單)|退单|退單|我(寄|发|發)(的|出|咗)|(不要|别|別|唔好|唔使)(再)?(派|送)(了|喇|啦)?|停(止)?(派送|配送|派件)/i;
// "我是买家", "I'm the recipient": the writer is not the sender, whatever else reads so (review of session 40).
const RECIPIENT_SIDE = /我(是|係)(买家|買家|收件人|收件嘅人)|\bi'?m the (buyer|recipient|receiver|addressee)\b/i;

// "查詢顯示「退回」 這是退回給我的意思嗎？還是卡在海關？", "does returned mean it's coming back to me?": what the status
// means, asked — no return asked for (blind batch 40b: 12.1 had a return to the sender taken down).
const ASKS_WHAT_IT_MEANS =
  /(什么|什麼|甚麼|啥|咩|乜嘢?)意思|(的|嘅)意思(吗|嗎|咩|呀|啊)?\s*[?？]|[是係]指|\bdoes (that|this|it|[a-z']+) mean\b|\bwhat does\b[^.?!]{0,40}\bmean\b|(这|這|呢)(是|係|个|個)[^，。,.!?！？]{0,12}(吗|嗎|咩)\s*[?？]?\s*(还是|還是|定係|或者)/i;

/** The message asks for the parcel on its way to go back to its sender. */
export function asksReturnToSender(text: string): boolean {
  return (
    (RETURN_TO_SENDER.test(text) ||
      (INTERCEPT.test(text) && !STOPPED_BY_OTHERS.test(text)) ||
      (BACK_TO_ME.test(text) && SENDER_SIDE.test(text) && !RECIPIENT_SIDE.test(text))) &&
    !SENDS_IT_THEMSELVES.test(text) &&
    !ASKS_WHAT_IT_MEANS.test(text) &&
    !WHY_OR_HAPPENED.test(text) &&
    !MONEY_BACK.test(text)
  );
}

// The name as it should read: after "正確的是", "應該是", "改成", "name should be", "name is".
const NAME_ZH =
  /(?:正確的是|正确的是|應該是|应该是|应为|應為|改成|改為|改为|名字是|名字叫|姓名是|叫做|收件人是|收件人係)\s*[:：]?\s*([\u4e00-\u9fff]{2,4})/;
const NAME_EN = /\bname\b[^.?!,]{0,12}?\b(?:is|should be|to|as)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})/;
// A name alone beside the phone ("陳美玲 0922333444") when the name or phone is what was asked for.
const BARE_NAME_ZH = /(?:^|[\s,，:：])([\u4e00-\u9fff]{2,4})(?=[\s,，]*(?:\+?\d[\d\s-]{6,}\d|$))/;
const NOT_A_NAME =
  /电话|電話|手机|手機|号码|號碼|名字|姓名|收件|寄件|正确|正確|应该|應該|改成|改为|改為|谢谢|謝謝|可以|不用|就改|还是|還是|好的|是的|資料|资料/;
const WRITTEN_PHONE = /\+?\d[\d\s-]{6,}\d/g;

/**
 * The recipient's name and phone as they should read on the waybill, as the customer wrote them.
 * @param asked the bot asked for them: a name alone beside a phone ("陳美玲 0922333444") is taken too.
 */
export function labelCorrectionIn(
  text: string,
  reading: Pick<NluResult, 'entities'>,
  asked = false,
): Pick<DeliveryChangeDetails, 'recipientName' | 'recipientPhone'> {
  const details: Pick<DeliveryChangeDetails, 'recipientName' | 'recipientPhone'> = {};
  const [phone] = reading.entities.phones;
  if (phone) {
    const tail = phone.e164.slice(-8);
    const written = [...text.matchAll(WRITTEN_PHONE)]
      .map((m) => m[0].trim())
      .find((w) => w.replace(/\D/g, '').endsWith(tail));
    details.recipientPhone = written ?? phone.e164;
  }
  const name = NAME_ZH.exec(text)?.[1] ?? NAME_EN.exec(text)?.[1] ?? (asked ? BARE_NAME_ZH.exec(text)?.[1] : undefined);
  if (name && !NOT_A_NAME.test(name)) details.recipientName = name;
  return details;
}
