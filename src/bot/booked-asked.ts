/**
 * "is it booked?", "約好了嗎", "安排咗未", "有没有帮我预约": whether a delivery (a time, a redelivery) is booked yet. The
 * words only, with no imports: the change questions and the answer for a parcel with nothing booked both read them.
 */
const BOOKED =
  /\b(is|has|was|it'?s|that'?s)\b[^.?!]{0,50}\b(booked|arranged|scheduled|set up|locked in|in the system)\b|\b(did|have|has) (you|anyone|someone|the bot) (actually )?(book|arrange|schedule|set up)\b|(约|約|预约|預約|安排|订|訂|定|book)(好|咗|了)(了|咗)?(没|沒|未|吗|嗎|冇|沒有|没有)|有(没有|沒有|冇)(帮我|幫我|同我)?(约|約|预约|預約|安排|订|訂|book)/i;

/** The customer asks whether a delivery is booked yet. */
export const asksIfBooked = (text: string): boolean => BOOKED.test(text);
