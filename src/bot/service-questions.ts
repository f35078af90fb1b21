import { asksClaimStillOpen, claimWindowLines } from './claim-window';
import { answerFaq, type FaqTopic } from './knowledge';
import { customerMarket } from './market';
import { parcelRulesAnswer } from './parcel-rules';
import { strongFeelings } from './empathy';
import { wantsToComplain } from './start-intake';
import { asksQuestion, overcharged } from './message-cues';
import { lookUpParcel, statusLines } from './parcel-answer';
import { reply, say, spokenRegister, type FaqIntent, type Turn } from './turn';
import {
  asksAboutBusiness,
  asksAboutPrivacy,
  asksClaimTimeLimit,
  asksForReceipt,
  asksInvoiceFix,
  asksNobodyHome,
  asksStatementTerms,
  asksCoverage,
  asksToStopTexts,
  wantsReceiptDocument,
  supposes,
  wantsService,
} from './service-words';
import { asksHiddenNumber, asksWhoComplainedKnown } from './privacy-questions';
import { asksDoorDelivery } from './door-delivery';

/**
 * Questions about the courier's service that the knowledge files answer and no parcel's record does (issue #17,
 * batch 20): a receipt or invoice (and, for cash on delivery, whose receipt it is), a business account, what happens
 * when nobody is home, and a claim's time limit. Each is answered by the entry every market's files carry under the
 * words below, in the customer's market and language — never the claim-evidence text a receipt's word used to pull in,
 * the hold fees, a did-you-mean menu or the delivery times.
 */

type ServiceQuestion =
  | 'receipt'
  | 'business'
  | 'nobodyHome'
  | 'claimTimeLimit'
  | 'privacy'
  | 'hiddenNumber'
  | 'whoComplained'
  | 'doorDelivery'
  | 'invoiceFix'
  | 'statement'
  | 'coverage'
  | 'stopTexts';

// The words each entry carries in every knowledge file (knowledge/*/faq.*.md), to look it up in any language.
const ENTRY: Record<ServiceQuestion, [FaqTopic, string]> = {
  receipt: ['fee', 'receipts and invoices'],
  business: ['fee', 'business account'],
  nobodyHome: ['fee', 'failed delivery'],
  // (The claim rules' entry on the time limit: "time limit" in English, 期限 / 時限 in Chinese.)
  claimTimeLimit: ['claim', 'time limit 期限 時限 时限'],
  // What is done with customers' data: used only to deliver, never sold, how to ask for deletion (batch 23: 08.5).
  privacy: ['fee', 'data privacy 数据隐私 資料隱私 資料私隱'],
  // Privacy waybills: masked numbers, the courier's virtual number (blind batch 25: 12.6).
  hiddenNumber: ['fee', 'privacy waybill 隐私面单 隱私面單 私隱面單'],
  // The courier complained about is not told who complained (blind batch 25: 06.5, 06.7).
  whoComplained: ['fee', 'complainant identity 投诉人保密 投訴人保密'],
  // To the door unless the recipient agrees otherwise (blind batch 25: 18.4, 18.6).
  doorDelivery: ['fee', 'door delivery 送货上门 送貨到府 送貨上門'],
  // An invoice issued wrong and how it is reissued (batch 29: 17.1); the monthly statement's currency (27.3).
  invoiceFix: ['fee', 'invoice correction'],
  statement: ['fee', 'statement currency'],
  // Where the courier delivers: villages, islands, compounds, no PO boxes (blind batch 45b: 03.2, 05.2, 14.2).
  coverage: ['fee', 'delivery coverage 派送范围 派送範圍'],
  // The parcel's own texts stop at delivery; promotional ones are turned off (blind batch 48b: 02.5, 10.3, 15.3).
  stopTexts: ['fee', 'stop texts'],
};

// Something gone wrong with the parcel or its charge, told beside the paperwork.
const GRIEVANCE =
  /退(运费|運費|款|钱|錢|返)|(运费|運費)[^，。,.!?！？]{0,3}退|晚(了|咗)?(一|两|兩|二|三|四|五|幾|几|\d)(天|日)|超过|超過|(还没|還沒|仲未|未)(送到|到)|refund|赔|賠|compensat|迟了|遲咗|晚了|晚到|延误|延誤|\blate\b|delay|破|碎|裂|漏|坏了|壞了|爛|broken|cracked|smashed|shattered|leak|damag|丢|丟|唔見|\blost\b|missing|没到|沒到|冇到|未到|never (came|arrived)|hasn'?t (come|arrived)|rude|态度|態度|投诉|投訴|客訴|complain|多收|多扣|overcharg|charged twice|扣了两次|扣了兩次/i;

/** The service questions a message asks, in the order they are answered. */
function questionsIn(text: string): ServiceQuestion[] {
  const asked: ServiceQuestion[] = [];
  // ("quoted 23 but charged 45 on my receipt": the receipt is the proof of an overcharge, a fee complaint — 24: 09.4.)
  // ("10月份的发票抬头开错了，能重开吗": the reissue's entry, not how to get an invoice — nor the business account's,
  // which a monthly customer names of themselves.)
  const fix = asksInvoiceFix(text);
  const statement = asksStatementTerms(text);
  if (fix) asked.push('invoiceFix');
  if (asksForReceipt(text) && !overcharged(text) && !fix) asked.push('receipt');
  if (statement) asked.push('statement');
  if (asksAboutBusiness(text) && !fix && !statement) asked.push('business');
  if (asksNobodyHome(text)) asked.push('nobodyHome');
  if (asksClaimTimeLimit(text)) asked.push('claimTimeLimit');
  const hidden = asksHiddenNumber(text);
  if (asksAboutPrivacy(text) && !hidden) asked.push('privacy');
  if (hidden) asked.push('hiddenNumber');
  if (asksWhoComplainedKnown(text)) asked.push('whoComplained');
  if (asksDoorDelivery(text)) asked.push('doorDelivery');
  if (asksCoverage(text)) asked.push('coverage');
  if (asksToStopTexts(text)) asked.push('stopTexts');
  return asked;
}

// A lost parcel's own claim time limit (it was never delivered, so "from delivery" does not apply: blind-30 09.4).
const LOST_TIME_LIMIT = 'lost claim time limit';

function entryOn(turn: Turn, question: ServiceQuestion, lostParcel = false): string | undefined {
  const [topic, listed] = ENTRY[question];
  const words = question === 'claimTimeLimit' && lostParcel ? LOST_TIME_LIMIT : listed;
  const { knowledge } = turn.services;
  return answerFaq(knowledge, customerMarket(turn), turn.locale, topic, words, 'entry', spokenRegister(turn));
}

/** Replies with the entries asked; a business account's ends on the offer of a person (the sales team's way in). */
async function answer(turn: Turn, all: ServiceQuestion[], lostParcel = false, before: string[] = []): Promise<boolean> {
  // An entry told already in this conversation is not said again beside a new one ("月結可以開統編發票嗎" right after the
  // business account's entry gets the invoice's); asked again on its own, it is.
  const told = turn.data.serviceTold ?? [];
  const fresh = all.filter((q) => !told.includes(q));
  const asked = fresh.length > 0 ? fresh : all;
  turn.data.serviceTold = [...new Set([...told, ...asked])];
  // Nobody home for the conversation's parcel: the rules of the market it is delivered in (parcel-rules.ts).
  const parcelRules = asked.includes('nobodyHome') ? await parcelRulesAnswer(turn) : undefined;
  // ("got it last thursday, is it too late to claim?": whether the days still run, before the rule — 41a 10.1.)
  const stillOpen = asked.includes('claimTimeLimit') && !lostParcel && asksClaimStillOpen(turn.text);
  const entries = asked
    .flatMap((q) =>
      q === 'nobodyHome' && parcelRules
        ? [parcelRules]
        : q === 'claimTimeLimit' && stillOpen
          ? [...claimWindowLines(turn, undefined), entryOn(turn, q, lostParcel)]
          : [entryOn(turn, q, lostParcel)],
    )
    .filter((e): e is string => e !== undefined);
  if (entries.length === 0) return false;
  // (The market answered for is the conversation's from now on, as any FAQ answer makes it.)
  turn.data.market ??= customerMarket(turn);
  turn.data.marketFrom ??= 'language';
  const faq: FaqIntent = asked.includes('claimTimeLimit') ? 'faq.claim' : 'faq.fee';
  turn.data.lastFaq = faq;
  if (asked.includes('business')) {
    // (The next message may follow it up: business-follow-up.ts.)
    turn.data.businessTold = true;
    const person = say(turn, 'choice.human');
    turn.data.offeredHuman = true;
    await reply(turn, [...before, ...entries].join('\n'), [{ title: person, value: person }]);
  } else await reply(turn, [...before, ...entries].join('\n'));
  return true;
}

/**
 * Outside a complaint: answers a service question asked calmly, with no parcel named ("can I get a receipt?", "do you
 * do monthly billing?", "沒人在家怎麼辦", "if it breaks how long do I have to claim?"). A harm told as a supposition
 * ("如果爛咗 幾耐之內要索償") is a question too. False when the message asks none, or is a complaint to take down.
 */
export async function answerServiceQuestion(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  const asked = questionsIn(text);
  if (asked.length === 0) return false;
  const parcelNamed = reading.entities.trackingNumbers.length > 0;
  // (Each is asked by its own words — "冇人喺屋企點算", "can we get monthly billing instead of paying each time?" read
  // as complaints are still these questions; a receipt wanted beside a grievance told, with nothing asked, is left to
  // the complaint, as "the courier comes every day and never calls" is.)
  const ruleAsked = asked.some((q): boolean => q === 'nobodyHome' || q === 'claimTimeLimit' || q === 'stopTexts');
  // (An invoice or receipt for a shipment named — "i need an invoice for a parcel i sent last week, SF…", "我想开个发票
  // SF…", "想攞返張收據 公司要報銷" — is still the invoice's question, not a complaint about that parcel: blind batch 48b
  // 01.1, 06.1, 13.1.)
  // (Beside a grievance — "late, refund the fee and give me a receipt", "退运费 再给我开个发票" — it is the complaint's,
  // the receipt kept in its account: the review of ee982da.)
  const paperworkOnly =
    asked.every((q): boolean => q === 'receipt' || q === 'invoiceFix') &&
    (asksInvoiceFix(text) || wantsReceiptDocument(text)) &&
    !GRIEVANCE.test(text);
  const asking = asksQuestion(text) || wantsService(text) || supposes(text) || paperworkOnly;
  const complaint = reading.intent === 'complaint' && !ruleAsked && !asking;
  if (
    (parcelNamed && !paperworkOnly) ||
    complaint ||
    wantsToComplain(text) ||
    (strongFeelings(reading, text) && !supposes(text))
  )
    return false;
  // "要找誰申請？可以請業務聯絡我嗎": the answer, and the person asked for after it (the hand-off goes on).
  if (reading.intent === 'human') {
    const toldBefore = (turn.data.serviceTold ?? []).includes('business');
    if (asked.includes('business') && !toldBefore) await answer(turn, ['business']);
    return false;
  }
  // (The shipment named is said where it is first, as every parcel named is.)
  const status = parcelNamed ? await namedParcelStatus(turn) : [];
  return answer(turn, asked, false, status);
}

/** The status lines of the parcel the message names (none when it is not found). */
async function namedParcelStatus(turn: Turn): Promise<string[]> {
  const number = turn.reading.entities.trackingNumbers[0]?.number;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  if (lookup?.kind !== 'found') return [];
  turn.data.lastTracking = lookup.number;
  return statusLines(turn.services, turn.locale, lookup, spokenRegister(turn));
}

/**
 * In the middle of a complaint: a receipt, an invoice, a business account or nobody at home asked about is answered
 * from the knowledge files, and the step is then asked again — "can I have a receipt to prove I paid?" is no question
 * of the claim's evidence. What the customer asked for is kept in the complaint's account by the caller.
 */
export async function answerServiceAside(turn: Turn, lostParcel = false): Promise<boolean> {
  // (Told already in this complaint — "and I need an invoice for my company too" after the receipts' entry — the
  // words are the complaint's: noted as the step notes them, not the paragraph again.)
  const told = turn.data.serviceTold ?? [];
  const asked = questionsIn(turn.text).filter((q) => !told.includes(q));
  // (A claim's time limit in the complaint about a parcel lost on its way: that loss's own limit.)
  return asked.length > 0 && answer(turn, asked, lostParcel);
}

// The rules asked about a ticket's own case that the knowledge files answer while it waits or after it is filed.
const CASE_ASIDES: readonly ServiceQuestion[] = ['hiddenNumber', 'whoComplained', 'doorDelivery', 'stopTexts'];

/**
 * While a ticket waits for a person or after it is filed: whether the courier sees the customer's number (privacy
 * waybills), learns who complained, or must deliver to the door is answered from the knowledge files — not only
 * "added to the ticket".
 */
export async function answerRuleAside(turn: Turn): Promise<boolean> {
  const asked = questionsIn(turn.text).filter((q) => CASE_ASIDES.includes(q));
  return asked.length > 0 && answer(turn, asked);
}
