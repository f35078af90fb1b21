/**
 * "is it booked?", "約好了嗎", "安排咗未", "有没有帮我预约": whether a delivery (a time, a redelivery) is booked yet. The
 * words only, with no imports: the change questions and the answer for a parcel with nothing booked both read them.
 */
// ("was scheduled to arrive today" tells the plan, "有没有安排人处理" asks for someone on the case: neither asks this.)
const BOOKED =
  /\b(is|has|was|it'?s|that'?s)\b[^.?!]{0,50}\b(booked|arranged|scheduled|set up|locked in|in the system)\b(?! (to|for) (arrive|come|be delivered|get there)\b)|\b(did|have|has) (you|anyone|someone|the bot) (actually )?(book|arrange|schedule|set up)\b|(约|約|预约|預約|安排|订|訂|定|book)(好|咗|了)(了|咗)?(没|沒|未|吗|嗎|冇|沒有|没有)|有(没有|沒有|冇)(帮我|幫我|同我)?(约|約|预约|預約|安排(?!(人|个人|個人|专人|專人|同事))|订|訂|book)/i;

// A question: a question mark, a question word closing the Chinese forms, or an English clause led by its verb.
const QUESTION =
  /[?？]|(没|沒|未|吗|嗎|冇|没有|沒有)(?:\s*[呀啊呢嘛啦])?\s*$|^\s*(so\s+|and\s+)?(is|has|was|did|have)\b/i;

/** The customer asks whether a delivery is booked yet (a question, never a statement of the plan). */
export const asksIfBooked = (text: string): boolean =>
  text.split(/[。.!！;；\n]|(?<=[?？])/).some((clause) => BOOKED.test(clause) && QUESTION.test(clause));
