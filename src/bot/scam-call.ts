import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { asksQuestion } from './message-cues';
import { reply, say, spokenRegister, type ClarifyOption, type Turn } from './turn';

/**
 * "Is this actually you guys??" right after the scam warning (blind batch 26: 08.2): the customer asks whether the
 * caller or texter was the courier. They hear plainly that it was not, then the courier's rule on calls asking for a
 * fee from the knowledge files (never a fee by transfer, never a code: don't pay, don't share), and — when the caller
 * knew their name, address or order — a data-leak complaint offered as a button, never filed unasked.
 */

// "is this actually you?", "was that really you guys", "are they from your company", "did you guys call me",
// "是你们吗", "真的是你們打的嗎", "係咪你哋打嚟㗎", "你哋打嚟㗎?".
const IS_IT_YOU =
  /\b(?:is|was|are|were) (?:this|that|it|they|he|she|the (?:call|caller|text|message|guy|man|woman))(?: really| actually| truly)? (?:you|yours|from you|from your (?:company|side|staff|people)|your (?:company|staff|people|courier|guys))\b|\b(?:did|do|does) (?:you|your (?:company|staff|people|couriers?))(?: guys)?(?: really| actually)? (?:call|phone|ring|text|message|contact)\b|(?:是|係|系)(?:不是|咪|唔係|否)?(?:真的)?(?:你们|你們|你哋)|(?:你们|你們|你哋)(?:真的|真係)?(?:打|发|發|派)(?:嚟|来|來)?(?:的|嘅)?(?:吗|嗎|㗎|呀|啊)/i;

// The caller knew the customer's details: "knowing my full name, my address AND what I ordered", "they had my
// address", "知道我的名字和地址", "报出了我的名字", "講得出我個名同地址", "连我买了什么都知道".
const KNEW_DETAILS =
  /\b(?:knew|know|knows|knowing|had|has|have|having|said|read out|told me)\b[^.?!]{0,20}\b(?:my|our)\b[^.?!]{0,12}\b(?:name|address|phone|number|order|details|info|information|parcel)\b|\bwhat (?:i|we) (?:ordered|bought|sent)\b|(?:知道|知|讲得出|講得出|说得出|說得出|报出|報出|讲出|講出|说出|說出|有)(?:了|咗)?(?:我|我的|我嘅|我個|我个)[^，。,.!?？！]{0,6}(?:名字|姓名|全名|个名|個名|地址|住址|电话|電話|订单|訂單|资料|資料|信息|买了|買了|买咗|買咗|买咩|買咩|买什么|買什麼)|(?:买了|買了|买咗|買咗)(?:什么|什麼|乜|咩)/i;

const entryWords = 'scam calls';

/** The courier's rule on calls and texts asking for a fee, in the customer's market and language. */
export function scamCallEntry(turn: Turn): string | undefined {
  const { knowledge } = turn.services;
  return answerFaq(knowledge, customerMarket(turn), turn.locale, 'fee', entryWords, 'entry', spokenRegister(turn));
}

/** The message asks whether the doubted call or text was the courier's. */
export const asksIfItWasUs = (text: string): boolean => IS_IT_YOU.test(text) && asksQuestion(text);

/** The message tells of a caller or texter who knew the customer's details. */
export const knewDetails = (text: string): boolean => KNEW_DETAILS.test(text);

/**
 * Answers "was that you?" after the scam warning: not us, the rule, and a data-leak complaint offered when the
 * scammer knew the customer's details (this message or one told before).
 * @returns whether the message was such and answered.
 */
export async function answerWasItUs(turn: Turn): Promise<boolean> {
  if (!asksIfItWasUs(turn.text)) return false;
  const entry = scamCallEntry(turn);
  await reply(turn, [say(turn, 'scam.notUsAsked'), entry].filter(Boolean).join(' '));
  const told = [turn.text, ...[...(turn.data.said ?? [])].reverse()].find(knewDetails);
  if (!told) return true;
  const report: ClarifyOption = { title: say(turn, 'scam.leakChoice'), intent: 'complaint', category: 'info_error' };
  const human: ClarifyOption = { title: say(turn, 'choice.human'), intent: 'human' };
  turn.data.clarify = { options: [report, human], text: told };
  await reply(
    turn,
    say(turn, 'scam.leakOffer'),
    [report, human].map((o) => ({ title: o.title, value: o.title })),
  );
  return true;
}
