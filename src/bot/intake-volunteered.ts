import { asksWhoMayClaim } from './claimant-asked';
import { isOthersPhone, othersPhones } from './others-phone';
import { withoutRhetoric } from './rhetorical-ask';
import { asksWhoComplainedKnown, fearsTrouble } from './privacy-questions';
import type { ComplaintCategory, Demand } from '../nlu';
import { reply, say, type Turn } from './turn';
import { returnedNote as returnedNoteFor } from './returned-parcel';
import {
  ANSWERED_ASIDE,
  CONFIRM_PROMPT,
  CONTACT_PROMPT,
  DEMAND_PROMPT,
  PHOTO_PROMPT,
  STEP_ANSWERED,
  TEXT_PROMPT,
  type IntakePosition,
  type IntakeState,
} from './intake-state';
import {
  allDemands,
  asksHowToResend,
  demandsIn,
  PREFERRED,
  readDemands,
  summaryChanges,
  turnedDownDemands,
} from './intake-reading';
import { reviseDemands } from './demand-revision';
import type { ReplyKey } from './replies';
import { demandsSaid, noteDemandDetails } from './demand-details';
import { keepInAccount } from './intake-slot-text';
import { callWishIn } from './call-words';
import { deliveryChangeKind } from './delivery-change-reading';
import { lookUpParcel } from './parcel-answer';
import { owesCodMoney } from './owed-money';
import { asksLabelCorrection } from './waybill-change-reading';

export { STEP_ANSWERED };

// A sentence that asks ("能赔钱吗", "保价怎么赔", "how do claims work?") names no demand, though its words may.
const ASKS =
  /[?？]|[吗嗎]|什么|什麼|怎么|怎麼|如何|点样|點樣|[几幾]时|多少|多久|係咪|是不是|\b(how|what|which|when|why|whether|does|do you|is it|are you)\b/i;

// A request in the form of a question is still a request: "so can you send it back to me?", "可唔可以再派一次" — the
// parcel brought, asked for (batch 21 10.5). Not "能赔钱吗", whether money is paid, which asks.
const ACTION_ASKED =
  /\b(can|could|would|will) (you|u)\b[^?？]{0,30}\b(send|deliver|bring|redeliver|resend|ship|forward)\b|(能不能|能否|可不可以|可唔可以|可以)[^?？,，]{0,8}(再|重新)?(送|寄|派|转寄|轉寄)/i;

/**
 * The demands a message states, leaving out its questions ("保价的话是按什么赔的？" asks; "要么赔钱" demands).
 * @param requests a request asked as a question counts ("could you send it to me again?"): where the message is taken
 * at a step that asked for something else, and no other reading of the turn claims it.
 */
export function statedDemands(turn: Turn, category?: ComplaintCategory, requests = false): Demand[] {
  // (Asked to another address — "可以再送過來嗎 新北市…" — it is a change of delivery, taken as such elsewhere.)
  const resend = requests && deliveryChangeKind(turn.text, turn.reading) !== 'change_address';
  // ("我要賠償 那幾時會有人跟進？": a space between Chinese words ends a sentence too.)
  // ("赔偿啊还用问？": the demand said, the question only rhetoric — blind-30 11.2.)
  const sentences = withoutRhetoric(turn.text)
    .split(/(?<=[?？])|[。.!！\n,，;；]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/)
    .filter((sentence) => sentence.trim() && (!ASKS.test(sentence) || (resend && ACTION_ASKED.test(sentence))));
  const named = readDemands(turn.services.nlu, sentences.join('，'), category);
  // ("仲送得俾我咩？我問緊重寄要點搞": how a resend is done, asked — no resend wanted; blind batch 29: 26.5.)
  return asksHowToResend(turn.text) ? named.filter((d) => d !== 'redelivery') : named;
}

const CORRECTS = /不对|不對|唔啱|唔係|搞错|搞錯|\bactually\b|\bno wait\b|\bsorry,? I mean/i;

/**
 * Demands and contact details are taken wherever the customer gives them, not only at their own question: a
 * demand named while a phone is asked for, beside a question about claims, or before the demand question;
 * a phone or email sent at any step. What is taken is said in one line (the summary shows it too). Demands
 * add up ("要赔偿" after "退运费" keeps both) unless the customer settles on one ("还是…", "…instead",
 * "改成…"), which replaces what was held. The summary and the account step read the message themselves.
 * @returns true when the message answered the question being asked (a demand at the demand step, a new contact
 * at the summary): the step reads it, whatever else was answered aside.
 */
export async function takeVolunteered(turn: Turn, { prompt, state }: IntakePosition): Promise<boolean> {
  let answered = false;
  if (prompt !== TEXT_PROMPT && prompt !== CONFIRM_PROMPT && !(prompt === DEMAND_PROMPT && !ASKS.test(turn.text))) {
    answered = await takeDemands(turn, state, prompt);
  }
  if (prompt !== CONTACT_PROMPT && prompt !== CONFIRM_PROMPT) await takeContact(turn, state);
  // At the contact question a phone or email beside a question ("tell me when someone gets back to me. my email is
  // …") answers it: the step reads it once the question is answered (blind batch 22: 02.4).
  if (prompt === CONTACT_PROMPT && givesContact(turn, state)) answered = true;
  // At the summary a new phone or email is a change to it, which the summary's own reading makes and shows.
  if (prompt === CONFIRM_PROMPT) {
    const changed = summaryChanges(turn.services.nlu, turn.services.replies, state, turn.text);
    // (So is a demand changed beside a question — "I want it redelivered to the buyer. and who pays for that?": the
    // question answered, the summary shows the change — blind batch 22: 09.5.)
    const demands = (s: IntakeState) => [s.demand, ...(s.moreDemands ?? [])].join();
    if (changed && (changed.contact !== state.contact || demands(changed) !== demands(state))) answered = true;
  }
  if (answered) turn.context.turnState.set(STEP_ANSWERED, true);
  return answered;
}

async function takeDemands(turn: Turn, state: IntakeState, prompt: string): Promise<boolean> {
  const held = state.demand && state.demand !== 'none' ? (allDemands(state) as Demand[]) : [];
  // "不要赔偿了": a demand held, turned down. ("是不是要寄件人来索赔？" asks who may claim: nothing turned down.)
  const down = asksWhoMayClaim(turn.text) ? [] : turnedDownDemands(turn.text);
  // ("i don't even care about the refund anymore, i just need the parcel": the refund is named only to be turned down —
  // blind batch 38a: 03.3.)
  const named = statedDemands(turn, state.category, prompt !== DEMAND_PROMPT).filter((d) => !down.includes(d));
  const dropsHeld = held.some((d) => down.includes(d));
  // "然後東西要快點送到" while a phone is asked for: what they want, in their words, though it names no kind.
  // ("the amount was 368 yuan … I need this money" beside a question, in a complaint about cash on delivery: the money
  // owed is what they want — blind batch 22: 02.3.)
  const owed = prompt === DEMAND_PROMPT && owesCodMoney(state);
  // ("Will he find out it was me? I don't want trouble next time" beside a phone: a worry the courier's rule answers,
  // not what they want — blind batch 25: 06.5.)
  const worry = asksWhoComplainedKnown(turn.text) || fearsTrouble(turn.text);
  const details =
    (named.length > 0 || (prompt === CONTACT_PROMPT && !worry) || owed) &&
    noteDemandDetails(state, turn.text, named.length > 0 || owed);
  if (named.length === 0 && !dropsHeld) {
    if (details)
      await reply(turn, say(turn, 'intake.demandNoted', { demand: demandsSaid(turn.services.replies, state) }));
    if (details) turn.context.turnState.set(ANSWERED_ASIDE, true);
    return details && owed;
  }
  // "还是赔钱吧", "哦不对 先帮我找找", "actually, a refund": the customer settles on what this message says.
  const settles = (PREFERRED.test(turn.text) || CORRECTS.test(turn.text)) && held.length > 0;
  let next: Demand[];
  if (settles) {
    const { demand, more } = demandsIn(
      turn.services.nlu,
      turn.services.replies,
      state.locale,
      turn.text,
      state.category,
    );
    const settled = (demand && demand !== 'none' ? [demand, ...more] : []).filter((d) => !down.includes(d));
    next =
      settled.length > 0 ? settled : (reviseDemands({ held, named, down, text: turn.text, plain: 'add' }) ?? named);
    noteDemandDetails(state, turn.text, true, true);
  } else {
    // "不要赔偿了 我只要尽快送到" drops compensation and leaves the delivery; "还要道歉" adds one (demand-revision.ts).
    next = reviseDemands({ held, named, down, text: turn.text, plain: 'add' }) ?? held;
  }
  // Said again where another answer was expected (a phone): acknowledged, not read as a failed answer.
  if (next.join() === held.join() && prompt !== CONTACT_PROMPT && !details) return false;
  state.demand = next[0] ?? 'none';
  state.moreDemands = next.slice(1);
  // Where a phone or photos were asked for, the facts beside the demand ("这个壶值600块") are part of the account.
  if (prompt === CONTACT_PROMPT || prompt === PHOTO_PROMPT) keepInAccount(turn, state);
  const key: ReplyKey = settles || held.some((d) => !next.includes(d)) ? 'intake.demandChanged' : 'intake.demandNoted';
  const noted = say(turn, key, { demand: demandsSaid(turn.services.replies, state) });
  // A parcel on its way back asked for again: what the station can do for it, with the demand (as intake-change.ts).
  const resent = next.includes('redelivery') && !held.includes('redelivery') ? await returnedNote(turn, state) : '';
  await reply(turn, resent ? `${resent}\n${noted}` : noted);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return prompt === DEMAND_PROMPT;
}

/** What the station does for the complaint's parcel on its way back to the sender; '' for any other parcel. */
async function returnedNote(turn: Turn, state: IntakeState): Promise<string> {
  const number = state.trackingNumbers[0];
  if (!number) return '';
  const lookup = await lookUpParcel(turn.services, number);
  return lookup.kind === 'found' && lookup.view.anomalies.includes('returned') ? returnedNoteFor(turn, number) : '';
}

/** The message carries a phone number or an email. */
function givesContact(turn: Turn, state: IntakeState): boolean {
  const { phones, emails } = turn.services.nlu.analyze(turn.text, turn.services.clock.now(), state.locale).entities;
  return phones.length + emails.length > 0;
}

/** A phone number or email in the message is the contact, at whatever step it comes. */
/** The customer's words with someone else's number put in the account (once); false when they are there already. */
function noteOthersPhone(turn: Turn, state: IntakeState): boolean {
  const said = turn.text.trim();
  if (state.description.includes(said)) return true;
  state.description = state.description ? `${state.description}\n${said}` : said;
  return true;
}

// The recipient or another person named as the number's owner; "my contact number", "我的新号码" are the customer's own.
const RECIPIENT_NAMED =
  /\b(she|he|her|his|their|recipient|receiver|friend|customer|buyer|client)\b|收件人|客户|客戶|朋友|佢|她|他/i;
const OWN_NUMBER =
  /\bmy (new )?(phone|number|mobile|contact)|我的(新)?(号码|號碼|电话|電話|手机|手機)|我(换|換|轉)(咗|了)?新/i;

async function takeContact(turn: Turn, state: IntakeState): Promise<void> {
  // ("she changed her phone number, can you update it to 139…": the recipient's new number for the waybill — a change
  // taken beside the complaint, never the customer's contact; blind batch 47b: 03.4.)
  if (asksLabelCorrection(turn.text) && RECIPIENT_NAMED.test(turn.text) && !OWN_NUMBER.test(turn.text)) return;
  const { phones, emails } = turn.services.nlu.analyze(turn.text, turn.services.clock.now(), state.locale).entities;
  // ("快递员…电话是136…": a number said as someone else's is no contact — kept in the account as theirs; blind-30 20.4.)
  const theirs = othersPhones(turn.text);
  const theirsNoted = phones.some((p) => isOthersPhone(p.e164, theirs)) && noteOthersPhone(turn, state);
  const phone = phones.find((p) => !isOthersPhone(p.e164, theirs))?.e164;
  if (theirsNoted && !phone && !emails[0]) {
    await reply(turn, say(turn, 'intake.othersPhoneNoted'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return;
  }
  const email = emails[0];
  if (!phone && !email) return;
  const kept = state.contact?.skipped ? {} : (state.contact ?? {});
  const call = phone ? callWishIn(turn.text) : {};
  const contact = { ...kept, ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...call };
  if (contact.phone === state.contact?.phone && contact.email === state.contact?.email) {
    // ("打这个" about the number already given: it is to be called.)
    if (call.call && state.contact) Object.assign(state.contact, call);
    return;
  }
  state.contact = contact;
  await reply(turn, say(turn, 'intake.contactNoted', { contact: [phone, email].filter(Boolean).join(', ') }));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
}
