/**
 * "text me here", "just message me in this chat", "就在这里回我", "就在这个聊天里回我就行", "喺度覆我得啦", "在這裡通知我就好"
 * at the contact step
 * (issue #17, blind batch 23: 03.5): the customer's contact is this conversation — the complaint goes on without a
 * phone or email, never the request for one put again.
 */
const HERE =
  /\b(text|message|msg|reply|respond|answer|contact|reach|tell|update|ping|write)( (to|back))?( me| us)?( back)? (here|in (this|the) (chat|conversation|thread)|on this (chat|number|thread)|in here)\b|(就|直接)?(在这里|在這裡|在这|在這|喺度|喺呢度|响度|響度|在(这个|這個|这|這)?(聊天|对话|對話|聊天室|聊天窗口|視窗|窗口)(里|裡|中)?|喺(呢個|呢度)?(聊天|對話|chat)(度|入面)?)(回|回复|回覆|覆|答|答复|答覆|告诉|告訴|講|讲|话|話|联系|聯絡|联络|通知|同我講|跟我说|跟我說)/i;

/** The message asks to be answered in this conversation rather than by phone or email. */
export const wantsReplyHere = (text: string): boolean => HERE.test(text);
