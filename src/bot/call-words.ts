/**
 * The words for a phone call asked for, with no imports of their own: the intake's readers and the hand-off
 * (call-back.ts) both need them, and call-back.ts reaches the turn, which reaches the intake's readers.
 */

// "call me back", "someone calls me", "ring me", "give me a call", "回个电话给我", "打返俾我", "打電話給我": a phone call asked for.
export const CALL_ASKED =
  /\bcalls? (me|us)\b|\bcall back\b|\b(ring|phone) (me|us)\b|\bgive (me|us) a (call|ring)\b|\b(a|the) call ?back\b|回(个|個)?(电话|電話)|回电|回電|打(个|個)?(电话|電話)?(给|給|俾|畀)我|打返(俾|畀|嚟|来|來)?我?|致电我|致電我|(电话|電話)(联系|聯絡|聯繫)我/i;
// "13911116666 打这个", "call me on this one", "打呢個電話", "ring this number": the number just given is the one to call.
const CALL_THIS =
  /打(这|這|呢)(个|個)(号码|號碼|号|號|电话|電話)?|打(这|這|呢)(个|個)?(号码|號碼|电话|電話)|(用|打)(这|這|呢)(个|個)?(号码|號碼|电话|電話)?(联系|聯絡|聯繫|搵)我|\b(call|ring|phone) (me )?(on|at) (this|that|it)\b|\b(call|ring) this( number| one)?\b/i;

/**
 * The customer asks to be phoned — "call me back", "打这个" beside the number they give: the complaint's contact is
 * to be called, not only answered in the chat.
 */
export const asksForCall = (text: string): boolean => CALL_ASKED.test(text) || CALL_THIS.test(text);
