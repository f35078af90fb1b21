import { aboutTheChat, endsAskingToFile, saysNotUnderstood } from './complaint-account';
import { ANSWERED_ASIDE, CONTACT_PROMPT, DEMAND_PROMPT, type IntakePosition } from './intake-state';
import { readDemand, wordsIn } from './intake-reading';
import { asksQuestion, clausesOf } from './message-cues';
import { keepInAccount } from './intake-slot-text';
import { reply, say, type Turn } from './turn';

// A clause that is only a please or a thanks: "唔該", "麻煩晒", "謝謝", "thanks", "please".
const POLITE_ONLY =
  /^(唔該|唔该|唔該晒|謝謝|谢谢|多謝|多谢|麻煩晒|麻烦了|麻煩你|麻烦你|拜託|拜托|thanks?( you)?|thx|ty|please|pls|plz)[\s!！.。~]*$/i;

// The clause names the complaint itself: "file it" at a step is that step's own way on, not a wish to complain.
const NAMES_COMPLAINT = /complain|投訴|投诉|客訴|客诉|申訴|申诉|開單|开单|開張單|开张单|立案/i;

/**
 * "唔該幫我投訴，都冇人通知過我", "ok pls file a complaint then", "投訴呀 你聽唔明咩" while a complaint is being
 * taken down (issue #17, batch 9 P2): the customer asks for what is already under way. They hear that it is (with
 * an apology when they had to say it again, or said they were not understood), what else they told joins the
 * account and is said so, and the step's question follows — never the step's question alone, as if unheard.
 * @returns whether the message was such a wish (the caller asks the step's question again).
 */
export async function answerComplaintWish(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  if (prompt !== DEMAND_PROMPT && prompt !== CONTACT_PROMPT) return false;
  const { text, reading, services } = turn;
  const clauses = clausesOf(text);
  if (!clauses.some((clause) => endsAskingToFile(clause) && NAMES_COMPLAINT.test(clause))) return false;
  // What answers the step (a demand, a phone, an email) is the step's; a question is the asides'.
  const { phones, emails, trackingNumbers } = reading.entities;
  if (phones.length + emails.length + trackingNumbers.length > 0) return false;
  // (A wish that names the complaint is no "no particular demand", as a bare "just log it" there is.)
  const demand = prompt === DEMAND_PROMPT ? readDemand(services.nlu, services.replies, state.locale, text) : undefined;
  if (demand && demand !== 'none') return false;
  // ("開張投訴單啦，唔該": a please or a thanks beside the wish tells nothing of the parcel — 24: 27.4.)
  const told = clauses.filter((clause) => !aboutTheChat(clause) && !POLITE_ONLY.test(clause.trim()));
  if (told.some((clause) => asksQuestion(clause))) return false;
  const again = Boolean(state.askedFor && state.wishHeard) || clauses.some(saysNotUnderstood);
  state.askedFor = true;
  state.wishHeard = true;
  const before = state.description;
  if (wordsIn(told.join(' ')) >= 4) keepInAccount(turn, state);
  const noted = state.description !== before;
  const lines = [say(turn, again ? 'intake.filingNowSorry' : 'intake.filingNow')];
  if (noted) lines.push(say(turn, 'intake.filingNowNoted'));
  await reply(turn, lines.join(/^en/.test(turn.locale) ? ' ' : ''));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
