import { replyTimeAsked } from './reply-time-asked';

// A person asked for in so many words ("a real person", "转人工", "真人"): that is a request, however it is put.
const PERSON_NAMED =
  /\b(person|human|agent|operator|representative|supervisor|manager)\b|人工|真人|客服|專員|专员|主管|經理|经理/i;

/**
 * "When will someone contact me?", "幾時有人聯絡我", "什么时候有人联系我" in the middle of a complaint (blind batch 29:
 * 10.4): a question about when the answer comes — answered with the complaint's reply times, the step kept — not a
 * request to be handed to a person now, which the NLU may read in "someone contact me".
 */
export const asksWhenContacted = (text: string): boolean =>
  replyTimeAsked(text) === 'howSoon' && !PERSON_NAMED.test(text);
