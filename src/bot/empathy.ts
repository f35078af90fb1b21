import { warmThanks } from './warm-thanks';
import type { ComplaintCategory, NluResult } from '../nlu';
import type { ReplyKey, ReplyVars } from './replies';
import { say, type Turn } from './turn';
import { asksQuestion, speaksOfCategory, speaksOfMoney } from './message-cues';
import { spoiledPerishables } from './perishables';

/** What a complaint's acknowledgement speaks to: the harm told, or the customer's state of mind. */
export type Feeling =
  | 'upset'
  | 'urgent'
  | 'delay'
  | 'lost'
  | 'damaged'
  | 'spoiled'
  | 'packaging'
  | 'attitude'
  | 'leak'
  | 'returned'
  | 'sorry'
  | 'threat'
  | 'stalled'
  | 'waiting'
  | 'noContact'
  | 'impatient'
  | 'payoutShort'
  | 'overcharged'
  | 'doubleCharged'
  | 'codUnpaid'
  | 'codBuyerPaid'
  | 'codCharged'
  | 'wrongItem'
  // The assistant itself criticised ("this bot is useless"): bot-criticised.ts.
  | 'botCriticised';

/** How many lines the catalog has for each feeling (`empathy.<feeling>.<n>` in every locale). */
const LINES: Record<Feeling, number> = {
  upset: 4,
  urgent: 4,
  delay: 3,
  lost: 3,
  damaged: 3,
  spoiled: 2,
  packaging: 3,
  attitude: 3,
  leak: 3,
  returned: 3,
  sorry: 3,
  threat: 2,
  stalled: 3,
  waiting: 3,
  noContact: 3,
  impatient: 3,
  payoutShort: 3,
  overcharged: 2,
  doubleCharged: 2,
  codUnpaid: 2,
  codBuyerPaid: 2,
  codCharged: 2,
  wrongItem: 2,
  botCriticised: 3,
};

const BY_CATEGORY: Partial<Record<ComplaintCategory, Feeling>> = {
  delay: 'delay',
  lost: 'lost',
  damaged: 'damaged',
  packaging: 'packaging',
  attitude: 'attitude',
};

const LONG_MESSAGE = { en: 200, cjk: 80 };

/** A long rant, anger, urgency or a threat to go further: feelings a reply must acknowledge whatever happened. */
export function strongFeelings(reading: NluResult, text: string): boolean {
  const { signals } = reading;
  const cjk = /[\u3400-\u9fff]/.test(text);
  const long = text.length >= (cjk ? LONG_MESSAGE.cjk : LONG_MESSAGE.en);
  return signals.anger >= 0.4 || signals.urgent || Boolean(signals.escalationThreat) || long;
}

// "are you even listening", "anyone there??", "你哋係咪玩嘢", "到底有冇人": a customer waiting for a person who feels unheard.
const UNHEARD =
  /\bare (you|u) (even )?(listening|there|reading|real)\b|\b(anyone|anybody|someone) (there|home|listening)\b|\bhello+\s*[?？!！]{2,}|\bstill waiting\b|\bhow (much )?long (do i|must i|am i|will i)|\bkidding( me)?\b|\bjoke\b|有没有人|有沒有人|有冇人|係咪玩嘢|玩嘢|玩我|开玩笑|開玩笑|耍我|到底|究竟|还要等|還要等|仲要等|等咗好耐|等了很久|等了好久|等好久|理我|睬我|听到没|聽到沒|聽唔聽到/i;

/**
 * A customer waiting for a person who is angry, pressing or feels nobody is listening: the wait line alone again
 * would be the same canned sentence (blind batch 15, 07.4 heard it three times).
 */
export function impatientWhileWaiting(reading: NluResult, text: string): boolean {
  return UNHEARD.test(text) || strongFeelings(reading, text);
}

// "Nobody has called me", "都冇人通知過我", "一直没人联系我": left without word from the courier.
const LEFT_WITHOUT_WORD =
  /\b(nobody|no one|no-one|noone)( has| had|'s)?( ever| even| actually)? (called|contacted|phoned|rang|rung|told|notified|informed|got back|gotten back|replied|reached out|been in touch)\b|\b(never|didn'?t|did not|haven'?t|have not|hasn'?t) (got|gotten|had|received) (a|any) (call|reply|message|word)\b|(没|沒|冇|无|無)(有)?人(跟我|同我|給我|给我)?(联系|聯繫|聯絡|联络|打(过|過)?(电话|電話)?|通知|理|覆|回复|回覆|回(个|個|过|過)?(电话|電話)|回电|回電|搵|找)/i;

// "超了三天", "早该到了", "遲到了", "過咗期", "it's overdue", "should have come days ago": the customer says it is past its date.
const LATE_SAID =
  /超时|超時|超了|超过|超過|逾期|过期|過期|過咗|过了|過了|晚了|遲了|迟了|遲咗|迟到|遲到|来迟|來遲|延误|延誤|延迟|延遲|早[就该該]|應該.{0,6}到|应该.{0,6}到|承诺|承諾|約定|约定|\b(late|overdue|delayed|promised|past (the |its )?(due|delivery) date|should have (arrived|come|been delivered))\b/i;

/** The customer says the parcel is past its date ("说好昨天到的", "it's overdue"). */
export const saysLate = (text: string): boolean => LATE_SAID.test(text);

// A tax or duty spoken of (the rest of money: speaksOfMoney).
const TAX_SPOKEN = /\b(tax|taxes|duty|duties)\b|税|稅/i;

/** The customer says nobody from the courier has called, written or told them anything. */
export const leftWithoutWord = (text: string): boolean => LEFT_WITHOUT_WORD.test(text);

/**
 * The acknowledgement a complaint calls for: nobody having got back to them, when they say so; the harm the customer
 * tells of (a late, missing, broken or returned parcel, a rude courier, leaked details) in its own words — a "late"
 * parcel that is not due yet is one with no news (`stalled`) or no harm at all — else their anger or urgency, else a
 * plain apology.
 */
export function feelingOf(
  reading: NluResult,
  text: string,
  told: {
    category?: ComplaintCategory | undefined;
    returned: boolean;
    dataLeak: boolean;
    /** What the parcel's record says of its timing, when the complaint names one; `unknown`: none looked up yet. */
    timing?: 'late' | 'stalled' | 'due' | 'unknown';
  },
): Feeling {
  if (told.dataLeak) return 'leak';
  // ("我又看了一遍 没错 就是620493817725" read faintly as a packaging complaint: no harm it never spoke of is
  // acknowledged — "sorry the packing wasn't done well" to a number checked again; blind batch 39b replay.)
  const guessed =
    told.category !== undefined &&
    told.category === reading.category &&
    reading.confidence < 0.5 &&
    !speaksOfCategory(text, told.category);
  const named = told.category && !guessed ? BY_CATEGORY[told.category] : undefined;
  // (A parcel lost, broken or a courier rude: that harm first, whoever has called since.)
  // ("…26 taken from my account?? nobody told me anything", "nobody told me about a fee": not told of a charge is no
  // call-back missed — blind batch 42b 01.1, 42a 02.1.)
  if (
    leftWithoutWord(text) &&
    (named === undefined || named === 'delay') &&
    !speaksOfMoney(text) &&
    !TAX_SPOKEN.test(text)
  )
    return 'noContact';
  // "好几天了还没到" before the parcel is looked up: still waiting, not "this late" — it may not be due yet (batch 12
  // 04.2); "three days past the date" says it is late.
  if (named === 'delay' && told.timing === 'unknown' && !saysLate(text) && reading.signals.daysLate === null)
    return 'waiting';
  const notLate = named === 'delay' && (told.timing === 'stalled' || told.timing === 'due');
  const harm = notLate ? (told.timing === 'stalled' ? 'stalled' : undefined) : named;
  // Food, flowers or live seafood "坏了", "壞咗", "went bad": spoiled, not broken (blind-24 19).
  if ((harm === 'damaged' || !told.category || told.category === 'other') && spoiledPerishables(text)) return 'spoiled';
  if (harm) return harm;
  if (told.returned) return 'returned';
  if (told.timing === 'stalled' && told.category === 'info_error') return 'stalled';
  if (!strongFeelings(reading, text)) return 'sorry';
  return reading.signals.urgent && reading.signals.anger < 0.4 ? 'urgent' : 'upset';
}

/**
 * One sentence of acknowledgement from the catalog, in the customer's locale and register, never the line
 * the conversation heard last.
 */
export function acknowledge(turn: Turn, feeling: Feeling, vars?: ReplyVars): string {
  const used = turn.data.empathy?.used ?? 0;
  let key = `empathy.${feeling}.${(used % LINES[feeling]) + 1}`;
  if (key === turn.data.empathy?.last) key = `empathy.${feeling}.${((used + 1) % LINES[feeling]) + 1}`;
  turn.data.empathy = { used: used + 1, last: key };
  return say(turn, key as ReplyKey, vars);
}

// "thanks for nothing", "great, waste of time", "问了等于白问", "咩都幫唔到", "真係多謝你喎": thanks that mean the opposite.
const SCORN =
  /\bfor nothing\b|\bwaste of (my )?time\b|\buseless\b|\bpointless\b|\b(no|not much|not any) help\b|\b(didn'?t|doesn'?t|did not|does not|won'?t) help\b|\bnot helpful\b|白问|白問|等于白|等於白|没用|沒用|冇用|無用|帮不上|幫不上|帮不了|幫不了|幫唔到|帮唔到|什么都没|什麼都沒|咩都冇|咩都唔|乜都冇|一问三不知|一問三不知|真係多謝|多謝晒你喎|谢谢你啊真是|謝謝你喔/i;
// A question turned against the bot: "so you can't see it??", "你哋搵唔到?", "why can't you…".
// Praise beside it, or a question asked twice over: "??", "great", "好極了".
const MOCK_PRAISE =
  /[?？]{2}|\b(great|nice|wonderful|perfect|brilliant|awesome|fantastic|lovely|amazing)\b|好极了|好極了|真棒|真好|好嘢|好野|正呀|厲害|厉害/i;
const NEGATION = /\b(can'?t|cannot|couldn'?t|won'?t|don'?t|doesn'?t|didn'?t|not|no)\b|不|唔|冇|没|沒/i;

/**
 * A message the NLU reads as thanks that is not one: scorn ("thanks for nothing"), or a pointed question with it
 * ("so you can't see it?? great"). The bot must not answer "you're welcome" to an angry customer.
 */
export function thanksNotMeant(reading: NluResult, text: string): boolean {
  // ("好的謝謝你喔，你人真好": warm, whatever "謝謝你喔" can also mean — blind-25 25.6.)
  if (warmThanks(text)) return false;
  if (SCORN.test(text)) return true;
  return reading.intent === 'thanks' && asksQuestion(text) && NEGATION.test(text) && MOCK_PRAISE.test(text);
}
