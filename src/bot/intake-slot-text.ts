import { deliveryChangeKind } from './delivery-change-reading';
import { withoutContactClauses } from './contact-only';
import { saysNoNumber } from './no-number';
import { reply, say, spokenRegister, type Turn } from './turn';
import { refusesContact } from './contact-refusal';
import { recordConflict, addressConflict, addressSaidRight } from './record-conflicts';
import { lookUpParcel } from './parcel-answer';
import {
  ANSWERED_ASIDE,
  CONTACT_PROMPT,
  DEMAND_PROMPT,
  PHOTO_PROMPT,
  STEP_ANSWERED,
  TRACKING_PROMPT,
  type IntakePosition,
  type IntakeState,
} from './intake-state';
import {
  isCancel,
  isSkip,
  isYes,
  readDemand,
  readDemands,
  sameContact,
  saysDontKnow,
  saysNoPhotos,
  wordsIn,
} from './intake-reading';
import { demandDetailsIn } from './demand-details';
import { withoutLaterParcel } from './later-parcel';
import type { Nlu } from '../nlu';
import { asksQuestion, clausesOf, labelledLastFour, saysThanks } from './message-cues';
import { newAddress, usableAddress } from './delivery-change-reading';
import { endsAskingToFile, withoutChatTalk } from './complaint-account';
import { acknowledge, leftWithoutWord, strongFeelings } from './empathy';
import type { ReplyKey } from './replies';
import { wantsReplyHere } from './contact-here';

/** Between two sentences of one reply: nothing after Chinese punctuation, a space after English. */
export const gap = (turn: Turn): string => (turn.locale === 'en' ? ' ' : '');

/**
 * What a message at a step says when it is not that step's answer (issue #17, blind batch 7 P2): "I don't have
 * the number", "单号唔记得" at the tracking step; an address or a detail of what happened where a phone was asked
 * for; "my daughter will send them" at the photo step. Each is taken where it belongs — the step goes on without
 * the number, the address and the detail join the account — and the customer hears so; the step is asked again
 * only while it is still needed, with the way past it.
 */

export { saysNoNumber };

// A question, asked outright ("when it arrived" tells; "when will it arrive?" asks): left to the asides.
const OUTRIGHT_QUESTION =
  /[?？]|^\s*(why|where|when|what|who|how|which|can|could|will|would|is|are|do|does|did)\b|[吗嗎呢]\s*$|为什么|為什麼|点解|點解|怎么|怎麼|點樣|点样|幾時|几时|多久|幾耐|可唔可以|可不可以|能不能|係咪|是不是/i;
// "when it arrived", "送到嘅時候": a time told, not asked.
const TELLS_WHEN =
  /\b(when|where|how) (it|they|he|she|i|we|the \w+) (arrived|came|was|were|got|opened|delivered|happened|showed up)\b|的时候|的時候|嘅時候/i;
// "放一整天 你們覺得呢", "is that acceptable?": said to make the point, not asked for an answer — part of the account.
const RHETORICAL =
  /(你们|你們|你哋|您)(觉得|覺得|说|說|話)(呢|啦|咧)|像话吗|像話嗎|合理吗|合理嗎|有道理吗|有道理嗎|係咪好合理|\bwhat do you (think|say)\b|\bis (that|this) (ok|okay|acceptable|fair|normal|reasonable)\b|\bhow is (that|this) (ok|okay|acceptable|fair|reasonable)\b/i;
const asks = (text: string): boolean =>
  !RHETORICAL.test(text) && (OUTRIGHT_QUESTION.test(text) || (asksQuestion(text) && !TELLS_WHEN.test(text)));

// Why an address is given, after it: "in case they lost the label", "以防万一".
const REASON_AFTER =
  /\b(just in case|in case|because|cos|since|so that|so they|if you|if they|as they)\b|以防|万一|萬一|免得|因为|因為/i;

/** An address without the reason given after it. */
function withoutReason(address: string | undefined): string | undefined {
  const reason = address ? REASON_AFTER.exec(address) : null;
  return reason && address
    ? address
        .slice(0, reason.index)
        .trimEnd()
        .replace(/[,，]$/u, '')
        .trimEnd()
    : address;
}

// A detail offered with a question that only leads to it: "你是不是要问我什么时候寄的？上周六下午寄的", "do you need to
// know when I sent it? last Saturday" (blind batch 52b: 10.2 heard "I can't answer that").
const OFFERS_DETAIL =
  /(你|您)(是不是|是否|要不要|需不需要|需要|想)(要)?(问|問|知道)(一下)?我|(你|您)(係咪|使唔使|要唔要|想)(要)?(問|知)(下)?我|\b(do|did) you (need|want) to know\b|\b(you )?(probably |might |may )(want|need) to know\b|\bin case you (need|want|ask)/i;

/** A detail offered after a question leading to it: the detail itself follows ("…? last Saturday"). */
function offersDetail(text: string): boolean {
  const lead = OFFERS_DETAIL.exec(text);
  if (!lead) return false;
  const after = text.slice(lead.index).split(/[?？]/).slice(1).join(' ');
  return wordsIn(after.replace(/\d/g, '')) >= 6;
}

/** The message carries something like a street address (not a phone, not an area alone). */
function addressIn(text: string): string | undefined {
  const given = newAddress(text, true);
  // (Why it is given is no part of it: "… W6-1201 in case they lost the label or something" — blind batch 52b: 03.3.)
  const address = withoutReason(
    given?.replace(/^(my|the|our) (new |delivery )?address (is|:)\s*|^(地址|我的地址|我嘅地址)(是|係|:|：)?\s*/i, ''),
  );
  // (A number with a street, a unit or a floor — not "i'm not keeping it for 3 weeks, my flat is tiny": blind batch 49a 03.4.)
  return address && usableAddress(address) && ADDRESS_SHAPE.test(address) ? address : undefined;
}

// What an address written out has: a number with a street, a unit, a floor or a building's word.
const ADDRESS_SHAPE =
  /(?<!\d)\d+\s*(号|號|路|街|道|室|樓|楼|座|栋|棟|单元|單元|弄|巷|层|層|樓層|F\b|\/F)|\b\d+[a-z]?,? ([a-z]+ ){0,3}(road|rd|street|st|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|place|court)\b|\b(flat|unit|room|rm|apt|apartment|floor|block|blk|suite|tower)\.? ?\d+|(?<!\d)\d+(st|nd|rd|th) floor\b|[路街道巷弄].{0,12}\d/i;

/**
 * Reads a message at the tracking, contact or photo step that is not the step's answer; true when it was taken
 * (and the customer told what became of it). Questions are left to the asides that answer them.
 */
export async function takeSlotText(
  turn: Turn,
  { prompt, state }: IntakePosition,
): Promise<'next' | 'again' | 'asked' | undefined> {
  const { text } = turn;
  // "单号唔记得", and "不知道" / "don't know" where the number was asked for: the step goes on without it.
  if (prompt === TRACKING_PROMPT && (saysNoNumber(text) || saysDontKnow(text))) {
    // The validator lets it through; the account keeps what else the message says ("it was a pickup …").
    await reply(turn, say(turn, 'intake.noNumber'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'next';
  }
  const attached = (turn.context.activity.attachments?.length ?? 0) > 0;
  // ("no pics, didn't take any", "沒拍 跳過": the photo step's own answer — none — not more of the account.)
  if (prompt === PHOTO_PROMPT && saysNoPhotos(text)) return undefined;
  if (prompt !== CONTACT_PROMPT && prompt !== PHOTO_PROMPT && prompt !== DEMAND_PROMPT) return undefined;
  // At the demand step a demand, or what the customer wants in words of no kind, is the step's own answer.
  const { nlu, replies } = turn.services;
  const named = () => readDemand(nlu, replies, state.locale, text, state.category);
  if (prompt === DEMAND_PROMPT && (named() || demandDetailsIn(text).length > 0)) return undefined;
  const { phones, emails, trackingNumbers, invalidTracking } = turn.reading.entities;
  if (phones.length + emails.length + trackingNumbers.length + invalidTracking.length > 0 || attached) return undefined;
  // A cancel in any phrasing ('never mind, cancel it', '那算了 取消吧') is the intake's to take.
  // ("你们到底有没有人管 打了几次电话都没人理我" asks nothing it wants answered: nobody got back to them.)
  const asked = asks(text) && !leftWithoutWord(text) && !leftUnagreed(text) && !offersDetail(text);
  if (isCancel(text) || isSkip(text) || sameContact(text) || isYes(text) || saysThanks(text) || asked) return undefined;
  // ("唔想留電話俾你哋", "I'm not giving you my number": the contact step's own answer, refused.)
  // ("text me here, whatever is fastest": this conversation as the contact, the step's own answer — 03.5.)
  if (prompt === CONTACT_PROMPT && (refusesContact(text) || wantsReplyHere(text))) return undefined;
  // "I'm the recipient, ending 1111" is proof for the parcel, read by the intake's own step, not more of the account.
  if (labelledLastFour(text)) return undefined;
  if (turn.context.turnState.get(ANSWERED_ASIDE)) return undefined;
  // ("this is ridiculous i want to make a complaint": the wish to complain is heard as one — complaint-wish.ts.)
  if (prompt !== PHOTO_PROMPT && clausesOf(text).some(endsAskingToFile)) return undefined;
  const address = prompt === CONTACT_PROMPT ? addressIn(text) : undefined;
  if (address) {
    addToAccount(state, text);
    // An address for a parcel returned as undeliverable, where the record holds another: both said, for checking.
    const conflict = await returnAddressConflict(turn, state, address);
    if (conflict) state.recordConflicts = [...(state.recordConflicts ?? []), conflict];
    await reply(turn, conflict ?? say(turn, 'intake.addressNoted', { address }));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return 'again';
  }
  // A sentence that tells more of what happened: it joins the account, and the step's question stays open.
  // (What a parcel still to be sent is worth tells nothing of this one.)
  const told = withoutLaterParcel(text);
  if (wordsIn(told.replace(/\d/g, '')) >= 16 && !['thanks', 'greeting'].includes(turn.reading.intent)) {
    addToAccount(state, told);
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    // "你哋搞乜鬼呀 成個禮拜都冇人理": anger, or nobody having got back, is acknowledged before "noted" (blind-10 16.2).
    const felt = leftWithoutWord(text) ? 'noContact' : strongFeelings(turn.reading, text) ? 'upset' : undefined;
    const noted = (key: ReplyKey) =>
      felt ? `${acknowledge(turn, felt)}${gap(turn)}${say(turn, key)}` : say(turn, key);
    // "放门口了，我没同意", "nobody asked me if they could leave it with the guard": the rule said with "noted".
    if (leftUnagreed(text) && prompt !== PHOTO_PROMPT) {
      await reply(turn, noted('intake.leftUnagreed'));
      return 'again';
    }
    // The demand's question is asked again (in plain words: its menu was shown); the others in the same line, with "skip".
    if (prompt === DEMAND_PROMPT) {
      await reply(turn, noted('intake.detailNoted'));
      return 'again';
    }
    // The photos were asked for once: with more told instead, the intake goes on to the summary.
    if (prompt === PHOTO_PROMPT) {
      await reply(turn, noted('intake.detailNoted'));
      turn.context.turnState.set(STEP_ANSWERED, true);
      return 'next';
    }
    await reply(turn, noted('intake.detailNotedContact'));
    return 'asked';
  }
  return undefined;
}

/** The clauses of a message at the tracking step other than "I don't have the number": the account's part. */
export function withoutNoNumber(text: string): string {
  const clauses = clausesOf(text, 'punctuation only');
  const kept = clauses.filter((clause) => !saysNoNumber(clause));
  if (kept.length === clauses.length) return text.trim();
  return kept.join(/[\u3400-\u9fff]/.test(text) ? '，' : ', ');
}

function addToAccount(state: IntakeState, said: string): void {
  // "你聽唔明咩", "english pls": about the chat, not the parcel; "skip", "不知道": no account at all.
  const text = withoutContactClauses(withoutChatTalk(said));
  if (!text || isSkip(text) || state.description.includes(text)) return;
  state.description = [state.description, text].filter((s) => s.trim()).join('\n');
}

// "email: li.ming88@qq.com", "邮箱是 a.b@c.com", "my email is …": an email address as given, with its label.
const EMAIL_GIVEN =
  /(?:(?:\b(?:my\s+)?e-?mail(?:\s+address)?|邮箱|郵箱|電郵|电邮)\s*(?:is|是|係|:|：)?\s*)?(?<![^\s@，,;；:：])[^\s@，,;；:：]+@[^\s@，,;；]+\.[a-z]{2,}/gi;

// "哎不对", "actually", "no wait": a correction's opening, which tells nothing of what happened.
const CORRECTION_ONLY =
  /^(哎|唉|啊|哦|噢|喔|誒|诶|欸)?(不对|不對|唔啱|唔係|搞错了|搞錯了|说错了|說錯了|讲错|講錯|等等)(啊|呀|了|喇)?$|^(oh |um |sorry,? )?(actually( no)?|no wait|wait|no|nope|oh no|sorry,? i mean)$/i;

/**
 * What a message given where something else was asked adds to the account: its clauses less the demand named
 * in it ("还是赔偿吧" is the demand, said in the summary's own line), a correction's opening ("哎不对") and a
 * phone or email (the contact) — the facts stay ("这个壶值600块").
 */
export function accountPart(nlu: Nlu, text: string): string {
  // An email (with its label) is the contact, never the account: its dots would cut it into clauses ("email: li,
  // ming88@qq, com" — blind batch 18 05.4).
  // (Nor what a parcel still to be sent is worth: "next week I'm sending a watch worth 12000" — blind batch 19: 05.4.)
  const cleaned = withoutLaterParcel(text.replace(EMAIL_GIVEN, ' '));
  const clauses = clausesOf(cleaned, 'punctuation only');
  const kept = clauses.filter(
    (clause) =>
      !CORRECTION_ONLY.test(clause) &&
      !(readDemands(nlu, clause).length > 0 && wordsIn(clause) < 20) &&
      demandDetailsIn(clause).length === 0 &&
      wordsIn(clause.replace(/(?<!\S)\S+@[^\s@]+\.\S+/g, '').replace(/\+?\d[\d\s-]{6,}\d/g, '')) > 0,
  );
  if (kept.length === clauses.length && cleaned === text) return text.trim();
  return kept.join(/[\u3400-\u9fff]/.test(text) ? '，' : ', ');
}

/** The message's account part joins the account (once), where the step that took it would not keep it. */
export function keepInAccount(turn: Turn, state: IntakeState): void {
  const told = accountPart(turn.services.nlu, turn.text);
  if (wordsIn(told.replace(/\d/g, '')) >= 4 && !state.description.includes(told)) addToAccount(state, told);
}

/** What the record says against an address given for the complaint's parcel, to a customer who proved it is theirs. */
async function returnAddressConflict(turn: Turn, state: IntakeState, address: string): Promise<string | undefined> {
  const number = state.trackingNumbers[0];
  if (!number || !turn.data.verified.includes(number)) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return undefined;
  return addressConflict(turn.services.replies, turn.locale, spokenRegister(turn), lookup.shipment, address);
}

// Left at the door, with a guard or neighbour, or in a locker, and the customer never agreed to it.
// ("放隔壁了", "放別人家", "放櫃子", "handed it to next door": the neighbour's and the locker's other words — blind batch 23:
// 12.3, 21.3.)
const LEFT_SOMEWHERE =
  /放(在|到|了|咗|喺|进|進|入){0,2}[^，。,.!！?？]{0,4}?(门口|門口|门外|門外|楼下|樓下|门卫|門衛|保安|物业|物業|管理室|管理員|管理处|管理處|快递柜|快遞櫃|丰巢|豐巢|驿站|驛站|邻居|鄰居|隔壁|隔篱|隔籬|对门|對門|别人家|別人家|人哋屋企|柜子|櫃子|智能柜|智能櫃|智慧櫃|智取櫃)|(交|给|給|俾|畀)(了|咗)?(门卫|門衛|保安|物业|物業|管理員|管理员|看更|邻居|鄰居|隔壁|隔篱|隔籬|对门|對門|别人|別人)|\b(left|leaving|dumped|dropped|put|putting|placed|gave|given|handed)\b[^.?!]{0,25}\b(door|doorstep|porch|outside|guard|security|concierge|reception|neighbou?rs?|locker)\b|\b(signed|taken) (for )?by (the |a |my )?(guard|security|concierge|neighbou?r)\b/i;
const NOT_AGREED =
  /(没|沒|冇|未|没有|沒有)(经过?|經過?)?(我|人)?(的)?(同意|答应|答應|允许|允許|问过?|問過?|通知|讲过?|講過?|话过?|話過?)|(没|沒|冇)(人)?(问|問|通知)(过|過)?我|不同意|唔同意|\b(nobody|no one|never|didn'?t|did not|without)\b[^.?!]{0,25}\b(ask(ed|ing)?|agree(d)?|consent|permission|tell|told|call(ed)?)\b/i;

/** The parcel was left somewhere (the door, a guard, a locker) without the customer's agreement. */
export const leftUnagreed = (text: string): boolean => LEFT_SOMEWHERE.test(text) && NOT_AGREED.test(text);

/**
 * "地址啱㗎喎 點會無法派送" of the complaint's parcel, returned for an undeliverable address the record holds as given:
 * the return looks like the courier's mistake — said, and put on the ticket for the station to explain (blind batch
 * 50a: 13.3). Only to a customer who proved the parcel is theirs.
 * @returns whether it answered.
 */
export async function answerAddressSaidRight(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { state } = position;
  const number = state.trackingNumbers[0];
  if (!number || !turn.data.verified.includes(number)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return false;
  // ("地址冇錯，不過今次想改送去公司 觀塘道388號": a change of address asked beside it is that request's.)
  if (deliveryChangeKind(turn.text, turn.reading) === 'change_address') return false;
  const said = addressSaidRight(turn.services.replies, turn.locale, spokenRegister(turn), lookup.shipment, turn.text);
  if (!said) return false;
  if (!(state.recordConflicts ?? []).includes(said)) state.recordConflicts = [...(state.recordConflicts ?? []), said];
  addToAccount(state, turn.text);
  await reply(turn, said);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}

// The record spoken of: "本人签收", "你们记录乱写", "the system says signed", "the tracking shows".
const RECORD_NAMED =
  /本人|签收|簽收|记录|記錄|纪录|紀錄|系统|系統|\brecords?\b|\bsigned\b|\bsystem\b|\btracking (says|shows|said)\b/i;

/**
 * "什么本人签收？？我根本没见到人 是放在小区丰巢柜里的 你们记录乱写" in the middle of a complaint: the record and the account
 * disagree — said plainly and put on the complaint for the station to check (record-conflicts.ts), not "I can't
 * answer that" (blind batch 52a: 07.4).
 * @returns whether it answered.
 */
export async function answerRecordDisputed(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  // (Only where the record itself is spoken of: an account alone is the other readers' — the consent rule, a leak.)
  if (!RECORD_NAMED.test(turn.text)) return false;
  const number = state.trackingNumbers[0];
  if (!number || state.unverifiedNumbers?.includes(number)) return false;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return false;
  const said = recordConflict(turn.services.replies, turn.locale, spokenRegister(turn), lookup, turn.text);
  if (!said) return false;
  // (Said again when the customer disputes it again: it is on the complaint once.)
  if (!(state.recordConflicts ?? []).includes(said)) state.recordConflicts = [...(state.recordConflicts ?? []), said];
  if (!state.description.includes(turn.text.trim())) addToAccount(state, turn.text);
  await reply(turn, said);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
