/**
 * "can you cancel the complaint please", "那投诉就撤了吧", "撤销 不用处理了", "唔使跟進喇": the customer takes back a
 * complaint already filed (blind batch 39a: 04.6, 09.6 were added to the ticket as notes, 09.7 answered "不客气" —
 * the complaint stayed open while the customer believed it withdrawn).
 */

// English: a cancel word before the complaint (or "it", when no delivery is spoken of), or "take it back".
const CANCEL_EN =
  /\b(cancel|withdraw|drop|retract|pull|close)\b[^.?!]{0,15}\b(the |my |this |that )?(complaint|ticket|case)\b|\btake (it|the complaint|my complaint) back\b|\b(don'?t|do not) (want|need) (the |my |this )?(complaint|ticket|case) (anymore|any more|handled|followed up|to go ahead)\b|\bno need to follow (it |this )?up\b/i;
const CANCEL_IT_EN = /\b(cancel|withdraw|retract)\s+it\b/i;
const DELIVERY_EN = /\b(deliver\w*|redeliver\w*|order|shipment|parcel|package|change|request|address|pick ?up)\b/i;
// Chinese: 撤销/撤回/撤诉, cancelling the complaint or ticket by name, or "no need to handle it any more".
const CANCEL_ZH =
  /撤销|撤銷|撤回|撤诉|撤訴|撤了|撤咗|撤左|取消(这个|這個|呢個|个|個|张|張|条|條)?(投诉|投訴|工单|工單|客诉|客訴|單|单)|(投诉|投訴|客诉|客訴|工单|工單)(就|都)?(不要了|算了|撤了|取消|唔要喇|唔要了|唔要啦|唔使喇|唔使啦|不用了)|不用(再)?(处理|處理|跟进|跟進)(了|啦)|唔(使|洗)(再)?(處理|跟進|理)(喇|啦|了)|(不|唔)投(诉|訴)(了|喇|啦)/;

/** The customer asks to take back a complaint they filed. */
export const withdrawsComplaint = (text: string): boolean =>
  CANCEL_EN.test(text) || CANCEL_ZH.test(text) || (CANCEL_IT_EN.test(text) && !DELIVERY_EN.test(text));

// "so is it cancelled or not?", "撤了没有", "取消咗未": whether the withdrawal went through.
const ASKS_IF_WITHDRAWN =
  /\b(cancell?ed|withdrawn|closed|dropped)\b[^.!]*\?|\b(is|was|has) (it|the complaint|my complaint) (been )?(cancell?ed|withdrawn|closed|dropped)\b|(撤|取消|关|關)(销|銷|掉|咗|了)?(了|咗)?(没有|沒有|没|沒|吗|嗎|未|冇)|是不是(撤|取消|关|關)|係咪(撤|取消|關)/i;

/** The customer asks whether their complaint was withdrawn. */
export const asksIfWithdrawn = (text: string): boolean => ASKS_IF_WITHDRAWN.test(text);
