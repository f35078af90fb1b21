/**
 * "can you cancel the complaint please", "那投诉就撤了吧", "撤销投诉 不用处理了", "投訴唔要喇": the customer takes back a
 * complaint already filed (blind batch 39a: 04.6, 09.6 were added to the ticket as notes, 09.7 answered "不客气" —
 * the complaint stayed open while the customer believed it withdrawn). The complaint itself must be named (or "it"
 * with a cancel word, no delivery spoken of), never turned down ("don't cancel the complaint", "I will not withdraw
 * it"), nor a threat to go elsewhere ("你们不用处理了，我直接打12315") — review of session 39.
 */

// English: a cancel word before the complaint, or "take it back"; "cancel it" when no delivery is spoken of.
const CANCEL_EN =
  /\b(cancel|withdraw|drop|retract|close)\b[^.?!]{0,15}\b(the |my |this |that )?(complaint|ticket|case)\b|\btake (it|the complaint|my complaint) back\b(?!\s+to\b)|\b(don'?t|do not) (want|need) (the |my |this )?(complaint|ticket|case) (anymore|any more|to go ahead)\b/i;
const CANCEL_IT_EN = /\b(cancel|withdraw|retract)\s+it\b/i;
const DELIVERY_EN =
  /\b(deliver\w*|redeliver\w*|order|shipment|parcel|package|change|request|address|pick ?up|sending)\b/i;
// Chinese: the complaint or ticket named with a cancel word, either way round; "不用处理了" with it, or with 撤.
const COMPLAINT_ZH = '(投诉|投訴|客诉|客訴|工单|工單)';
const CANCEL_ZH = new RegExp(
  `(撤销|撤銷|撤回|撤|取消)(这个|這個|呢個|个|個|张|張|条|條|我的|我嘅)?${COMPLAINT_ZH}|${COMPLAINT_ZH}(就|都)?(帮我|幫我|同我|能|可以|可唔可以|可不可以)?(不要了|算了|撤了|撤咗|撤销|撤銷|撤回|取消|唔要喇|唔要了|唔要啦|唔使喇|唔使啦|不用了)|撤(销|銷|回)?(吧|啦|喇)?[\\s，,。]*(不用|唔使|唔洗)(再)?(处理|處理|跟进|跟進)`,
);
// Turned down: "don't cancel", "do not close", "I will not withdraw", "不要撤销", "唔好撤".
const NOT_WITHDRAWN =
  /\b(don'?t|do not|not|never|won'?t|will not|no need to)\b[^.?!]{0,12}\b(cancel|withdraw|drop|retract|close|take)\b|(不要|别|別|唔好|不会|不會|唔會|不准|不能|唔可以|不想|唔想|不)(再)?(撤|取消)/i;
// Going elsewhere: the regulator, the police, the media, a lawyer — anger, not a withdrawal.
const GOES_ELSEWHERE =
  /12315|12305|消委会|消委會|消保|报警|報警|警察|媒体|媒體|记者|記者|律师|律師|法院|投诉你们|投訴你們|\b(regulator|police|lawyer|court|media|consumer council)\b/i;

/** The customer asks to take back a complaint they filed. */
export function withdrawsComplaint(text: string): boolean {
  if (NOT_WITHDRAWN.test(text) || GOES_ELSEWHERE.test(text)) return false;
  return CANCEL_EN.test(text) || CANCEL_ZH.test(text) || (CANCEL_IT_EN.test(text) && !DELIVERY_EN.test(text));
}

// "so is it cancelled or not?", "is my complaint withdrawn?", "撤了没有", "取消咗未": whether the withdrawal went through.
const ASKS_IF_WITHDRAWN =
  /\b(is|was|has) (it|the complaint|my complaint|the ticket|my ticket|the case) (been |now |really )?(cancell?ed|withdrawn|closed)\b|\b(cancell?ed|withdrawn) or not\b|(撤|取消)(销|銷)?(了|咗)(没有|沒有|没|沒|吗|嗎|未|冇)|是不是(撤|取消)(了|掉)|係咪(撤|取消)(咗)/i;

/** The customer asks whether their complaint was withdrawn. */
export const asksIfWithdrawn = (text: string): boolean => ASKS_IF_WITHDRAWN.test(text);

// "no", "keep it", "不用了", "唔使撤", "算了 不撤了": the complaint kept after all.
const KEEPS =
  /^\s*(no|nope|nah|keep it|keep it open|don'?t|不|不要|不用|不撤|别撤|別撤|唔好|唔使|唔撤|保留|算了)|\b(keep (it|the complaint)|leave it open)\b|(不|唔)(撤|取消)(了|喇|啦)?/i;

/** The customer keeps the complaint when asked whether to withdraw it. */
export const keepsComplaint = (text: string): boolean => KEEPS.test(text);
