import type { NluResult } from '../nlu';
import { knewDetails, scamCallEntry } from './scam-call';
import { toldOfScamCall } from './scam-told';
import { reply, type Turn } from './turn';

/**
 * Calls from someone posing as the courier (issue #17, bugs seen beside blind batch 27: 18): "有人冒充你们客服给我打电话…
 * 我要投诉信息泄露" names the courier's staff as the caller's disguise — it asks for no person, and the data-leak
 * complaint is taken down, with the courier's rule on such calls (the scam-calls entry) said first; "要我先交手续费才能
 * 理赔", "they want a fee before paying my claim" is a scam sign — the rule answers it, never a change of delivery
 * ("打电话" is no call-first wish there) nor a complaint about a payout.
 */

// Someone posing as the courier's staff: "冒充你们客服", "自称是你們的理賠專員", "扮你哋職員", "pretending to be your
// customer service", "claimed to be from your claims team".
const POSING =
  /(冒充|假冒|假扮|自称|自稱|扮成?|扮係|装成|裝成)(是|係)?(你们|你們|你哋)?(的|嘅)?(公司)?(的|嘅)?(客服|人工|工作人员|工作人員|职员|職員|员工|員工|快递员|快遞員|速遞員|理赔|理賠|专员|專員)|\b(pretend\w*|claim\w*|posing|posed|impersonat\w*)\b[^.?!]{0,12}\b(to be |as )?(from )?(your|the courier'?s?)\b[^.?!]{0,10}\b(customer service|support|staff|agent|claims?|team|company|courier)\b/i;

// A person asked for in so many words, beside the disguise: "转人工", "真人", "let me talk to a person".
const PERSON_ASKED =
  /转人工|轉人工|转真人|轉真人|找真人|搵真人|人工服务|人工服務|真人客服|\b(real|actual|live) (person|human|agent)\b|\btalk to (a|an|someone|somebody)\b/i;

// A leak named, or a complaint wanted: "信息泄露", "個資外洩", "我要投诉", "leaked my details", "I want to complain".
const LEAK_OR_COMPLAINT = /泄露|洩露|外泄|外洩|个资|個資|投诉|投訴|客訴|申訴|\bleak\w*|\bcomplain\w*|\bprivacy\b/i;

/**
 * The message reads as a request for a person only by the staff the caller posed as: read again as the complaint it
 * tells (a leak — the caller knew the customer's details, or the leak is named) or as nothing asked. Undefined when
 * the message is not that.
 */
export function impersonatorNotPerson(turn: Turn): NluResult | undefined {
  const { reading, text } = turn;
  // ("有骗子给我打电话，说出了我的姓名": a scam call told of — "给我打电话" is what the caller did, not a call-back asked.)
  const disguise = POSING.test(text) || toldOfScamCall(text);
  if (reading.intent !== 'human' || !disguise || PERSON_ASKED.test(text)) return undefined;
  const complains = LEAK_OR_COMPLAINT.test(text) || knewDetails(text);
  return complains
    ? { ...reading, intent: 'complaint', category: 'info_error', confidence: Math.max(reading.confidence, 0.9) }
    : { ...reading, intent: 'other' };
}

/**
 * The scam-calls entry, once a conversation, for a complaint about a caller who posed as the courier, asked a fee
 * before a payout, or was told of as a scam or knew the customer's details (blind batch 31: 20.1): said before
 * the complaint's first question. Undefined when the message tells of no such call or the rule was said already.
 */
export function impersonatedCallRule(turn: Turn): string | undefined {
  const { text } = turn;
  if (turn.data.scamWarned || !(POSING.test(text) || feeBeforePayout(text) || toldOfScamCall(text))) return undefined;
  const entry = scamCallEntry(turn);
  if (entry) turn.data.scamWarned = true;
  return entry;
}

// A fee asked before a claim, a refund or compensation is paid: "要我先交手续费才能理赔", "轉筆保證金先至賠",
// "理賠要先繳手續費", "they want me to pay a fee before they pay the claim", "a deposit to release my refund".
const FEE_BEFORE_PAYOUT =
  /先(交|付|缴|繳|转|轉|俾|畀|給|给|打)[^，。,.!?？！]{0,8}(手续费|手續費|费|費|钱|錢|押金|保证金|保證金|解冻金|解凍金)[^，。,.!?？！]{0,8}(才|先至|先|再)[^，。,.!?？！]{0,6}(理赔|理賠|赔|賠|退款|退钱|退錢|补偿|補償)|(交|付|缴|繳|转|轉|俾|畀|給|给)[^，。,.!?？！]{0,6}(手续费|手續費|押金|保证金|保證金|解冻金|解凍金)[^，。,.!?？！]{0,3}(才|先至|先|再)[^，。,.!?？！]{0,6}(理赔|理賠|赔|賠|退款|退钱|退錢|补偿|補償)|(理赔|理賠|赔偿|賠償|退款)[^，。,.!?？！]{0,6}(要|需要|得|须|須)(先)?(交|付|缴|繳|转|轉|俾)[^，。,.!?？！]{0,4}(手续费|手續費|费|費|押金|保证金|保證金)|\b(pay|paying|send|transfer)\b[^.?!]{0,25}\b(fee|deposit|charge)\b[^.?!]{0,25}\b(before|to (get|receive|release|process|unlock))\b[^.?!]{0,20}\b(claim|compensation|refund|payout|money back)\b/i;

/** A fee asked before a payout: "要我先交手续费才能理赔", "pay a fee before they pay the claim". */
export const feeBeforePayout = (text: string): boolean => FEE_BEFORE_PAYOUT.test(text);

/**
 * "要我先交手续费才能理赔", "they want a fee before paying my claim": the courier's rule on such requests (never a fee
 * before a claim is paid; don't pay, don't share a code) — not a change of delivery nor a payout complaint. A leak
 * named or a complaint asked for beside it is left to the complaint (which says the rule first). True when answered.
 */
export async function answerFeeBeforePayout(turn: Turn): Promise<boolean> {
  if (!feeBeforePayout(turn.text) || LEAK_OR_COMPLAINT.test(turn.text)) return false;
  const entry = scamCallEntry(turn);
  if (!entry) return false;
  turn.data.scamWarned = true;
  await reply(turn, entry);
  return true;
}
