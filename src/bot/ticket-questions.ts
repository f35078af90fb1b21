import { asksArrival } from './intake-questions';
import { asksQuestion, clausesOf } from './message-cues';
import { claimEntryWords } from './claim-evidence';
import { asksCodTiming } from './faq-topics';
import type { Ticket } from '../tickets/records';
import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { say, spokenRegister, type Turn } from './turn';
import { replyTimeAsked } from './reply-time-asked';

/**
 * Questions a customer asks about a complaint they have filed, answered from what the bot knows rather than
 * with the agent's wait (issue #17, blind batch 5 P4): when the money comes — a refund of a fee or the
 * compensation of a claim, from the courier's claim rules in the knowledge files and the ticket's deadline —
 * and what the ticket's number was.
 */

// When: "多久", "几时", "幾耐", "什么时候", "how long", "when".
const WHEN =
  /多久|多长时间|多長時間|几天|幾天|几时|幾時|幾耐|什么时候|什麼時候|何时|何時|\bhow (long|soon|many days)\b|\bwhen\b/i;
// A refund: "退款", "退运费", "退錢", "钱几天能退回来", "錢多久會退回來", "refund", "money back"; "幾時退？", "几天能退给我"
// (a parcel sent back — "几时退回去", "退件" — is no refund: blind batch 26 28.5).
// "退的話多久會到": the refund asked about, the 退 before the when — "會到" is the money's, not the parcel's (blind
// batch 39a: 11.7).
const REFUND_THEN_WHEN =
  /退(的话|的話|嘅話|嘅话)[^，。,.?？]{0,4}(多久|幾耐|几时|幾時|几天|幾天|幾日|几日|什么时候|什麼時候)/;
const REFUND =
  /退(的话|的話|嘅話|嘅话)[^，。,.?？]{0,4}(多久|幾耐|几时|幾時|几天|幾天|幾日|几日|什么时候|什麼時候)|退款|退费|退費|退运费|退運費|退钱|退錢|退差价|退差價|(钱|錢|款)[^，。,.?？]{0,6}退|(多久|幾耐|几时|幾時|什么时候|什麼時候|几天|幾天|幾日|几日)[^，。,.?？]{0,3}退(?!件|回去|返去|回寄|货|貨|回来|回來|返嚟|返來)|\brefund\w*|\bmoney back\b/i;
// Compensation paid out: "赔", "賠", "到账", "過數", "compensation", "paid", "payout".
// ("how long until I get money", "幾時收到錢", "什么时候能拿到钱": the money received — blind-31 06.4.)
const PAYOUT =
  /赔|賠|索償|索偿|到账|到帳|入帳|過數|撥款|(拿到|收到|攞到|收返|攞返|到手)(的|嘅)?(钱|錢)|\bcompensat\w*|\bpa(id|y) ?out\b|\bget paid\b|\bthe money\b|\b(get|receive|see) (my |any |our |some |that |the |this |your )?(money|cash)\b/i;

// By when the customer must claim: "几天之内要申请", "理賠期限", "幾多日內索償", "how many days do I have to claim".
const CLAIM_DEADLINE =
  /期限|时限|時限|(几天|幾天|多久|幾耐|幾多日|几多日)(之)?[内內][^，。,.?？]{0,3}(申请|申請|提出|索償|索偿|索赔|索賠|理赔|理賠|报|報)|\b(how long|how many days|how much time) do (i|we) have\b|\bdeadline\b|\btime limit\b/i;

// Whether money comes at all: "钱能收到吗", "赔偿能拿到吗", "錢收唔收到", "will I get the money", "do I get my refund".
const MONEY_COMES =
  /(钱|錢|赔偿|賠償|赔款|賠款|退款|款)[^，。,.?？]{0,6}(能|会|會|可以|收得|拿得|攞得|收唔收|拿不拿|攞唔攞)?[^，。,.?？]{0,3}(收到|拿到|到账|到帳|攞到|收返|攞返|收得到|拿得到)|\b(will|would|do|can|could|shall) (i|we) (ever |still |actually )?(get|receive|see) (the|my|our|any|a) (money|refund|compensation|payout|cash)\b/i;

// "代收的货款一直没到账", "still haven't got my refund": the money has not come — a complaint, not a question about it.
const NOT_COME =
  /没|沒|冇|(?<!收到|攞到|到)未(?!\s*[?？]?\s*$)|\b(never|still not|not yet|hasn'?t|haven'?t|didn'?t|did not|has not|have not)\b/i;
// Cash on delivery collected for the sender ("货款", "COD"): the price list's rule answers it, not the claim rules.
const COD_MONEY = /代收|货款|貨款|\bcod\b|cash on delivery/i;

/**
 * "钱能收到吗", "will I get the money?": whether the money comes at all (the claim rules on payment answer it) — asked,
 * not told missing ("货款一直没到账" is a complaint), and no cash-on-delivery money.
 */
export const asksMoneyComes = (text: string): boolean =>
  MONEY_COMES.test(text) && (asksQuestion(text) || A_NOT_A.test(text)) && !NOT_COME.test(text) && !COD_MONEY.test(text);
// "收唔收到", "拿不拿得到", "…㗎": asked by its own form.
const A_NOT_A = /([\u4e00-\u9fff])[唔不]\1|[吗嗎㗎咩]\s*$/;

/** "多久能赔到", "how long does the refund take?", "钱能收到吗": a question about when money comes, and which money. */
export function payoutAsked(text: string): 'refund' | 'payout' | undefined {
  // Cash on delivery collected for the sender is no claim's payout (the price list's rule answers it); by when a
  // claim must be made is its time limit, not when it is paid.
  if (asksCodTiming(text) || CLAIM_DEADLINE.test(text)) return undefined;
  // ("when will it actually arrive? and i want compensation": the "when" asks after the parcel, and compensation is
  // what is wanted — no question about when money comes; blind batch 28: 02.2.)
  // ("…just the refund. when will someone contact me": that "when" asks after the reply, not the money — 29: 10.4.)
  const rest = clausesOf(text)
    .filter((clause) => !asksArrival(clause) || REFUND_THEN_WHEN.test(clause))
    .filter((clause) => !replyTimeAsked(clause) || REFUND.test(clause) || PAYOUT.test(clause))
    .join('. ');
  if (!WHEN.test(rest) && !MONEY_COMES.test(text)) return undefined;
  if (!WHEN.test(rest)) return REFUND.test(text) ? 'refund' : 'payout';
  if (REFUND.test(text)) return 'refund';
  return PAYOUT.test(text) ? 'payout' : undefined;
}

// The words the knowledge files' entries on refund and payout times carry in every language (knowledge/*/faq.*).
const ENTRY_WORD = { refund: 'refund time', payout: 'payout time' } as const;

/**
 * What a claims question is looked up by: "多久能赔到" finds the entry on payout times, "退款要多久" on refunds, "要拍照吗
 * 箱子要留着吗" the one on evidence, "能赔多少" the claim limits — each point asked.
 */
export function claimLookupText(text: string): string {
  const asked = payoutAsked(text);
  return [text, ...(asked ? [ENTRY_WORD[asked]] : []), ...claimEntryWords(text)].join(' ');
}

/**
 * When the money asked about comes: the courier's rule for it (the knowledge entry of the customer's market)
 * and the ticket's own deadline for the decision.
 */
export function payoutAnswer(turn: Turn, ticket: Ticket, kind: 'refund' | 'payout'): string {
  const { services } = turn;
  const market = customerMarket(turn);
  const rule = answerFaq(
    services.knowledge,
    market,
    turn.locale,
    'claim',
    ENTRY_WORD[kind],
    'entry',
    spokenRegister(turn),
  );
  const deadline = services.replies.dateTime(turn.locale, ticket.deadlines.resolution, services.timeZone);
  const decided = say(turn, 'tickets.decidedBy', { number: ticket.number, deadline });
  return [rule, decided].filter(Boolean).join('\n');
}

// "what's my ticket number again?", "工单号是多少", "投訴編號係咩", "案件編號": the number of the complaint itself.
const TICKET_NUMBER =
  /\b(ticket|case|complaint|reference|ref)\s*(number|no\.?|#|id)\b|\breference\b|(投诉|投訴|客诉|客訴|工|案件|参考|參考)(单|單)?(号|號|编号|編號|号码|號碼)|编号|編號/i;

// "是多少", "係咩", "what", "remind me", "again": asking for it, with or without a question mark.
// ("工单号再发我一下", "send me the ticket number again": asked again — blind batch 39a: 07.6; "whats the ticket
// number", typed without the apostrophe — blind batch 50b: 04.6.)
const WHICH =
  /多少|幾多|几多|几号|幾號|咩|乜|什么|什麼|[吗嗎]|[?？]|再(发|發|给|給|俾|畀|send|講|讲|说|說)|(给|給|俾|畀)我|\bgive me\b|\b(what|whats|what's|which|remind|again|tell me|send me)\b/i;

/** The customer asks for the number of their complaint (not of a parcel). */
export const asksTicketNumber = (text: string): boolean => TICKET_NUMBER.test(text) && WHICH.test(text);
