import { asksForReceipt, asksTimeLimit } from './service-words';
import { PERISHABLE_ENTRY, spoiledPerishables } from './perishables';
import { asksWhoMayClaim } from './claimant-asked';

/**
 * What a claim needs and brings, asked point by point: "要拍照吗", "do I need to keep the box and the broken bits?", "收據
 * 要唔要", "能赔多少" — each answered from the claim rules' entries (knowledge/<market>/faq.*: `claim evidence`, `claim
 * limits`), not only the one the NLU reads (blind batch 19: 15.4, 23.3, 04.2).
 */

// Photos of the damage: "拍照", "影相", "photos".
const PHOTOS = /拍照|拍照片|照片|相片|影相|影低|\b(photos?|pictures?|pics?)\b/i;
// Keeping, or throwing out, the box, the packaging or the broken goods.
const KEEP =
  /(留着|留著|保留|留低|留返|留|扔|丢|丟|掉)[^，。,.?？!！]{0,6}(箱|盒|包装|包裝|碎片|东西|東西|嘢|垃圾)|(箱|盒|包装|包裝|碎片|东西|東西|嘢)[^，。,.?？!！]{0,6}(留|保留|扔|丢|丟|掉)|\b(keep|kept|throw\w* (them |it )?(out|away)|bin|dispose of|get rid of)\b[^.?!]{0,30}\b(box|boxes|packaging|package|carton|pieces|bits|items?|it|them|stuff)\b/i;
// "can you keep it at the station?", "how long will you keep it?", "包裹会放多久", "可以留幾耐": the parcel held for
// pick-up and for how long (its storage period), no evidence kept.
const HELD_AT =
  /\bkeep (it|them|the (parcel|package))( for me)? (at|in) (the|your|a)\b|\b(you|they|the (station|outlet|locker|branch|pickup point))( guys)? (will |would |can |going to |gonna )?(keep|hold)\b|\bhow (long|many days)\b[^.?!]{0,30}\b(keep|kept|hold|held)\b|(留|放|保管|存放|保留|存|擺|摆)[^，。,.?？]{0,4}(多久|多长时间|多長時間|几天|幾天|幾耐|幾日|几日|多少天)/i;
// A receipt or proof of what it was worth.
const RECEIPT = /发票|發票|收据|收據|单据|單據|凭证|憑證|\b(receipts?|invoices?|proof of (purchase|value))\b/i;
// How much is paid: "能赔多少", "賠幾多", "how much will I get (back)".
const HOW_MUCH =
  /(赔|賠|偿|償)[^，。,.?？]{0,3}(多少|几多|幾多|几钱|幾錢)|(拿|攞|收)(回|返)?(多少|几多|幾多)|\bhow much\b[^.?!]{0,30}\b(get|compensat\w*|paid|pay|back|cover\w*|refund\w*)\b/i;

// A clause that asks: its question mark or particle, or the asking words it opens with.
const ASKING_CLAUSE =
  /[?？吗嗎咩]\s*$|^\s*(do|does|did|should|shall|must|can|could|need|is|are|will|would)\b|要不要|需不需要|用不用|使唔使|使不使|需要|要唔要|洗唔洗|可不可以|可唔可以|能不能|得唔得|\b(need to|have to|supposed to)\b/i;

// The papers a claim takes, asked by name: "理赔要哪些材料", "需要什么证明", "要準備邊啲文件", "which documents are needed",
// "what paperwork do you need"; and asked again short: "文件呢？", "资料要给什么", "and the documents?" (blind batch 23: 27.6).
// (Here, beside the evidence cues, so that a claims question outside a complaint finds the evidence entry too: 27 22.3.)
export const PAPERS_ASKED =
  /(要|需要|得|準備|准备|交|提交)(俾|畀|给|給|交|提供|准备|準備)?(啲|些|D|d)?(哪些|哪几样|哪幾樣|什么|什麼|甚麼|啥|咩|乜嘢?|邊啲|边啲)(材料|资料|資料|证明|證明|文件|单据|單據|凭证|憑證|手续|手續|证据|證據)|\b(which|what) (documents?|papers?|paperwork|proofs?|evidence)\b[^.?!]{0,24}\b(need|needed|required|submit|provide|send)\b|(文件|材料|资料|資料|单据|單據|证据|證據)(呢|咧|嘞)?\s*[?？]|(文件|材料|资料|資料|单据|單據)[^，。,.?？]{0,6}(要|使|需要)(俾|畀|给|給|交|提供|准备|準備)?(啲|些|d|D)?(咩|什么|什麼|甚麼|啥|乜嘢?|邊啲|边啲|哪些)|\b(what about|and) (the )?(documents?|papers|paperwork|proof)\b|^\s*(the )?(documents?|papers|paperwork)\s*\?/i;

/** The claim's deadline asked ("how long do I have?", "理赔有期限吗"), where a claim is what is spoken of. */
export const deadlineAsked = asksTimeLimit;

/** The clauses of a message, each with its closing mark ("要拍照吗 箱子要留着吗" is two: a space parts Chinese). */
const clausesOf = (text: string): string[] =>
  text
    .split(/(?<=[.?!。？！\n])|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/)
    .map((c) => c.trim())
    .filter(Boolean);

/** The evidence points a message asks about: photos, keeping the box or goods, a receipt. */
export function evidenceAsked(text: string): boolean {
  return clausesOf(text).some(
    (clause) =>
      ASKING_CLAUSE.test(clause) &&
      // ("可以開收據給我嗎", "can I get a receipt?": a receipt asked for, not one the claim needs — service-questions.ts.)
      (PHOTOS.test(clause) ||
        (KEEP.test(clause) && !HELD_AT.test(clause)) ||
        (RECEIPT.test(clause) && !asksForReceipt(clause))),
  );
}

/** How much a claim pays, asked. */
export const amountAsked = (text: string): boolean => HOW_MUCH.test(text);

// How long, beside how much: "how much will I get back, and how long does it take" asks when it is paid.
export const HOW_LONG = /多久|几天|幾天|幾耐|幾日|多长时间|多長時間|\bhow (long|soon|many days)\b/i;

// "How long before it counts as lost?": the wait before a parcel is treated as lost, not when a claim is paid.
const COUNTS_AS_LOST =
  /\b(count(s|ed)?|treated|considered|declared|deemed|officially)\b[^.?!]{0,6}\b(as )?lost\b|算(丢|丟|遗失|遺失|唔見)|(当|當|视为|視為|认定|認定)(丢失|遺失|遗失)/i;

/** "算不算丢了", "does it count as lost yet?": when a parcel is treated as lost, asked. */
export const asksCountsAsLost = (text: string): boolean => COUNTS_AS_LOST.test(text);

/** The words every knowledge file's entry on the claim's time limit carries (as service-questions.ts looks it up). */
export const CLAIM_DEADLINE_ENTRY = 'time limit 期限 時限 时限';

/** The words of the claim rules' entries a question asks (added to what it is looked up by). */
export function claimEntryWords(text: string): string[] {
  const amount = amountAsked(text);
  return [
    ...(spoiledPerishables(text) ? [PERISHABLE_ENTRY] : []),
    // ("can the buyer claim or must the seller?": the entry on who claims and is paid — blind 29: 09.1.)
    ...(asksWhoMayClaim(text) ? ['who gets the money'] : []),
    ...(evidenceAsked(text) || PAPERS_ASKED.test(text) ? ['claim evidence'] : []),
    ...(deadlineAsked(text) ? [CLAIM_DEADLINE_ENTRY] : []),
    ...(amount ? ['claim limits'] : []),
    ...(amount && HOW_LONG.test(text) && !COUNTS_AS_LOST.test(text) && !deadlineAsked(text) ? ['payout time'] : []),
  ];
}
