import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { ruleOn } from './case-rules';
import { asksDoorPickup } from './faq-topics';
import { wantsToComplain } from './start-intake';
import { gap } from './intake-slot-text';
import { entrySentences } from './entry-sentences';
import { namesClaim } from './service-words';
import { clausesOf } from './message-cues';
import { speaksOfOwnParcel } from './own-parcel';
import { reply, say, spokenRegister, type Turn } from './turn';
import type { ReplyKey } from './replies';

/**
 * Set in the turn state when the last reply told the business account's entry or answered a follow-up on it
 * (`ConversationData.businessTold`, carried one turn): only then is a message read as a follow-up on it.
 */
export const BUSINESS_TOLD = Symbol('parcelcare.businessTold');

// Pickups that did not happen ("每天都没人来收件", "nobody ever comes to collect"): a complaint, not a question.
const NOBODY_CAME = /没人|沒人|没有人|沒有人|冇人|不来|不來|唔嚟|没来|沒來|\b(nobody|no one|never)\b/i;
// What the NLU reads as a parcel's matter (a complaint, tracking, a change, a ticket) is no follow-up on the account.
const PARCEL_INTENTS: ReadonlySet<string> = new Set(['complaint', 'track', 'change_delivery', 'ticket_status']);

/**
 * Follow-up questions on the business account, once its entry was told (issue #17, batch 22: 01.2, 01.4, 11.2–11.4):
 * how to apply and what documents, the minimum volume, cheaper (volume) prices, who to talk to, and pickups from the
 * shop — answered from the business account's entry in the knowledge files, the part of it that answers, never a
 * hand-off nobody asked for, the claim rules or the price list. "Who do I talk to" offers a person (the sales team's
 * way in) as a button; no ticket is filed for it.
 */

type Part = 'apply' | 'minimum' | 'price' | 'contact' | 'pickup';

// What the follow-up asks, in the three languages (word families, not sentences).
const ASKS: Record<Part, RegExp> = {
  // "how do I apply", "what documents", "要什么资料", "點樣申請", "需要哪些文件"
  // ("the business account thing sounds good", "i want to OPEN a business account", "想开个月结": wanting it is asking
  // how to get it — blind batch 47b: 01.6–01.7 opened a complaint.)
  apply:
    /\b(sounds good|sign (me|us) up|(want|like|need) (to )?(open|get|have|set up) (a |an |the )?(business|corporate|monthly))\b|\bopen (a |an |the )?(business|corporate|company) account\b|(想|要|想要)(开|開|办|辦|申请|申請)(个|個|一个|一個)?(月结|月結|企业|企業)|申请|申請|开通|開通|办理|辦理|(怎么|怎麼|點樣|点样|如何)[^，。,.?？]{0,2}(开|開)|资料|資料|材料|文件|证件|證件|手续|手續|\bappl(y|ication)\b|\bsign (me |us )?up\b|\bdocuments?\b|\bpaperwork\b|\bwhat do (i|we) need\b|\bhow (do|can|would) (i|we) (get|open|start|set up)\b/i,
  // "is there a minimum volume", "最低要多少件", "至少要寄幾多件", "how many parcels do I need" — the minimum of parcels or
  // volume, never any "at least" ("最少晚了三天", "stuck for at least a week").
  minimum:
    /(最低|最少|至少|起步)[^，。,.?？]{0,6}(件|单|單|量|寄)|起步量|门槛|門檻|多少(件|单|單)|幾多(件|單)|几(件|单)|幾(件|單)|\bminimum\b(?=\s*(\?|$|(volume|order|number|amount|of (parcels|packages|shipments))\b))|\bminimum (monthly |parcel |shipping )?(volume|order|number|amount|spend)\b|\bat least\b[^.?!]{0,15}\b(parcels|packages|shipments|orders)\b|\b(parcels|packages|shipments|orders)\b[^.?!]{0,15}\bat least\b|\bhow many (parcels|packages|shipments)\b|\bthreshold\b|\benough (parcels|volume)\b/i,
  // "can it be cheaper", "有折扣吗", "平啲得唔得", "volume discount", "better rate"
  price:
    /便宜|优惠|優惠|折扣|打折|平啲|平d|平一?点|平一?點|批量价|批量價|(价格|價格|價錢|价钱|运费|運費)[^，。,.?？]{0,4}(低|降|少|减|減|谈|談|傾)|\bcheaper\b|\bdiscounts?\b|\bvolume (price|pricing|rate)s?\b|\b(better|lower|special|bulk) (price|rate)s?\b/i,
  // "who do I talk to", "那我直接找谁谈", "搵邊個傾", "can a sales rep contact me"
  contact:
    /找(谁|誰)|搵(邊|边)(個|个)|(联系|聯繫|聯絡|联络|跟|同|和)(谁|誰|邊個|边个)|(谁|誰|邊個|边个)(负责|負責|跟进|跟進)|\bwho (do|should|can|would) (i|we) (talk|speak|contact|call|ask|get in touch)\b|\bwho (to|should i) (talk|speak|contact)\b|\bsales (rep|team|person|contact|department)\b|\bcontact person\b/i,
  // "do you do pickups from my place", "每天下午固定来我这里收件可以约吗", "可唔可以上嚟收件"
  pickup:
    /(上门|上門|到府)[^，。,.?？]{0,4}(揽收|攬收|收件|取件|收货|收貨)|批量(揽收|攬收|收件|取件)|\bbulk (pick-?ups?|collections?)\b|(来|來|嚟|到)[^，。,.?？]{0,4}(我|我们|我們|我哋|店|公司|仓库|倉庫)[^，。,.?？]{0,4}(收件|取件|揽收|攬收|收货|收貨|拿货|拿貨|攞件|收)|(固定|定时|定時|定期|每天|每日)[^，。,.?？]{0,6}(收件|取件|攬收|揽收|上门|上門|到府|收)|\b(do|can|could|will|would) (you|u|your couriers?|a courier|someone) (do |offer |come (and |to )?)?(pick-?ups?|collect(ions?)?|pick (it|them) up)\b/i,
};

// The service questions a business customer asks (service-questions.ts): the account, its invoices, its statements.
const BUSINESS_QUESTIONS: ReadonlySet<string> = new Set(['business', 'invoiceFix', 'statement']);
// A volume of parcels to send: "一批货", "批量", "300件", "几百单", "bulk", "300 parcels".
const VOLUME =
  /批量|一批|大批|((?<!\d)\d+|几百|幾百|几千|幾千|上百|上千)\s*(件|单|單|票|箱)|\bbulk\b|\b(?<!\d)\d+\s*(parcels|packages|shipments|boxes|orders)\b/i;

const ORDER: Part[] = ['apply', 'minimum', 'price', 'contact', 'pickup'];

// Documents sent (they are the parcel): papers and sending in one sentence, in either order ("寄文件到北京", "what
// documents do I need to send a parcel to Japan?"); "寄件量" is the volume, no sending.
const PAPERS = /文件|资料|資料|材料|证件|證件|\b(documents?|papers?)\b/i;
const SENDING = /寄(?!件量)|\b(send|ship|post|mail)(s|ing|ed)?\b/i;
const APPLYING = /申请|申請|开通|開通|办理|辦理|开户|開戶|\bappl(y|ication)\b|\bsign (me |us )?up\b/i;

// The entry's sentence on how to open the account (the website, the documents, the sales team); the rest are its terms.
const HOW_SENTENCE = /website|官網|官网|業務|业务|\bsales team\b/i;
// The scheduled pickups in the terms, with what the parenthesis says of them: "scheduled pickups (every working day …)".
const PICKUP_CLAUSE =
  /(?<![^,，、；;:：—])[^,，、；;:：—]*?(pick-?ups?|上门|上門|到府)[^,，、；;:：—（(]*[（(][^）)]*[）)]/i;

// The account named: "月结", "企业账户", "月結帳戶", "a business account", "monthly billing".
const ACCOUNT_NAMED =
  /月结|月結|企业(账户|账号|帳戶|賬戶)|企業(帳戶|賬戶|帳號)|公司(账户|帳戶)|\b(business|corporate|company|monthly|shop) (account|billing|invoicing)\b/i;

/** Whether the message names the business (monthly) account itself. */
export const namesBusinessAccount = (text: string): boolean => ACCOUNT_NAMED.test(text);

function businessEntry(turn: Turn): string | undefined {
  const { knowledge } = turn.services;
  const market = customerMarket(turn);
  return answerFaq(knowledge, market, turn.locale, 'fee', 'business account', 'entry', spokenRegister(turn));
}

/** The parts of the business account the message asks about, when it is a follow-up on that entry. */
export function businessPartsAsked(turn: Turn): Part[] {
  const { text, reading } = turn;
  // (Only right after the entry or a follow-up answered: later, "at least", "documents" and "who do I talk to" are
  // whatever the conversation has moved on to.)
  // (A business customer — the account, its invoices or statements answered earlier — naming a volume to send later,
  // "下周有一批货300件要发，能上门批量揽收吗", asks the account's pickups and prices too: batch 29, 17.3.)
  const business = (turn.data.serviceTold ?? []).some((q) => BUSINESS_QUESTIONS.has(q));
  // (The account named outright once its entry was told — "the business account thing sounds good" turns later — is
  // about it; named first, the entry itself answers.)
  const told =
    turn.context.turnState.get(BUSINESS_TOLD) === true ||
    (business && (VOLUME.test(text) || namesBusinessAccount(text)));
  if (!told || reading.entities.trackingNumbers.length > 0 || wantsToComplain(text) || namesClaim(text)) return [];
  if (speaksOfOwnParcel(text)) return [];
  // (A door pickup asked in other words — "can a courier come to my office to collect it?" — is the shop's pickup too.)
  const asked = ORDER.filter((p) => ASKS[p].test(text) || (p === 'pickup' && asksDoorPickup(text)));
  // (What the NLU reads as a parcel's matter asks nothing of the account — but pickups from the warehouse asked of the
  // courier, "能每天上午派人来我们仓库收货吗", read as goods not received, are the account's, when no pickup failed.)
  // ("开企业账户月结要联系谁" read as a complaint: the account named outright is what it asks about.)
  const parcelMatter = PARCEL_INTENTS.has(reading.intent) && !namesBusinessAccount(text);
  const parts = parcelMatter ? asked.filter((p) => p === 'pickup' && !NOBODY_CAME.test(text)) : asked;
  // ("寄文件到北京多少钱", "can I ship documents to Japan?": documents sent, not the account's paperwork.)
  const sendsPapers =
    clausesOf(text, 'punctuation only').some((clause) => PAPERS.test(clause) && SENDING.test(clause)) &&
    !APPLYING.test(text);
  return sendsPapers ? parts.filter((p) => p !== 'apply') : parts;
}

const PART_NAME: Record<Exclude<Part, 'pickup'>, ReplyKey> = {
  apply: 'business.part.apply',
  minimum: 'business.part.minimum',
  price: 'business.part.price',
  contact: 'business.part.contact',
};

/**
 * Answers a follow-up on the business account from its entry: the sentences that answer what was asked, named in a
 * lead ("How to apply and the minimum volume:"); pickups from the shop are the entry's scheduled pickups and how to
 * set them up, with the door pickup's entry for a single one. A person is offered when asked who to talk to, or when
 * the answer is how to open the account (its way in), unless one is already on the way. False when the message is no such follow-up.
 */
export async function answerBusinessFollowUp(turn: Turn, offerPerson = true): Promise<boolean> {
  const parts = businessPartsAsked(turn);
  const entry = parts.length > 0 ? businessEntry(turn) : undefined;
  if (!entry) return false;
  const sentences = entrySentences(entry);
  const how = sentences.filter((s) => HOW_SENTENCE.test(s));
  const terms = sentences.filter((s) => !HOW_SENTENCE.test(s));
  const lines: string[] = [];
  const named = parts.filter((p): p is Exclude<Part, 'pickup'> => p !== 'pickup');
  if (named.length > 0) {
    const wanted = [
      ...(named.some((p) => p === 'minimum' || p === 'price') ? terms : []),
      ...(named.some((p) => p === 'apply' || p === 'contact') ? how : []),
    ];
    const names = named.map((p) => say(turn, PART_NAME[p]));
    const said = say(turn, 'business.partsLead', { parts: names.join(say(turn, 'business.and')) });
    // (The lead opens the reply: "The minimum volume and …", whichever part comes first.)
    const lead = `${said.charAt(0).toUpperCase()}${said.slice(1)}`;
    lines.push(`${lead}\n${(wanted.length > 0 ? wanted : sentences).join(gap(turn))}`);
  }
  if (parts.includes('pickup')) {
    // (Said after "With a business account:": "with scheduled pickups (…)" loses its "with".)
    const clause = PICKUP_CLAUSE.exec(entry)?.[0]
      .trim()
      .replace(/^(with|and)\s+/i, '');
    if (clause) lines.push(say(turn, 'business.pickupYes', { pickups: clause }));
    if (named.length === 0 || !named.some((p) => p === 'apply' || p === 'contact')) lines.push(how.join(gap(turn)));
    const once = ruleOn(turn, 'doorPickup');
    if (once) lines.push(`${say(turn, 'business.pickupOnce')}\n${once}`);
  }
  const text = lines.filter(Boolean).join('\n');
  if (!text) return false;
  turn.data.lastFaq = 'faq.fee';
  turn.data.businessTold = true;
  turn.data.market ??= customerMarket(turn);
  turn.data.marketFrom ??= 'language';
  // (While a person is already on the way, none is offered again.)
  if (!offerPerson) return reply(turn, text).then(() => true);
  const person = say(turn, 'choice.human');
  turn.data.offeredHuman = true;
  await reply(turn, text, [{ title: person, value: person }]);
  return true;
}

/**
 * "ship 10-15 boxes a day, can your courier come pick up from my studio every afternoon?": pickups on a schedule are the
 * business account's — its scheduled-pickups clause and how to open one, said after the door pickup's answer (blind
 * batch 47b: 01.1 heard only how to book a single pickup); undefined when the market has no such entry.
 */
export function scheduledPickupsLine(turn: Turn): string | undefined {
  const entry = businessEntry(turn);
  if (!entry) return undefined;
  const clause = PICKUP_CLAUSE.exec(entry)?.[0]
    .trim()
    .replace(/^(with|and)\s+/i, '');
  const how = entrySentences(entry).filter((s) => HOW_SENTENCE.test(s));
  if (!clause) return undefined;
  turn.context.turnState.set(BUSINESS_TOLD, true);
  return [say(turn, 'business.pickupYes', { pickups: clause }), how.join(gap(turn))].filter(Boolean).join('\n');
}
