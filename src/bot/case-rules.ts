import { parcelMarketFor } from './change-costs';
import { CLAIM_DEADLINE_ENTRY } from './claim-evidence';
import { asksWhoMayClaim } from './claimant-asked';
import { answerFaq, type FaqTopic } from './knowledge';
import { customerMarket, parcelMarket, noteMarketClue } from './market';
import { namesComplaint } from './message-cues';
import { PERISHABLE_ENTRY } from './perishables';
import { quotedDestinationMarket } from './quoted-destination';
import { ID_ENTRY_WORDS } from './what-to-bring';
import type { ParcelLookup } from './parcel-answer';
import { say, spokenRegister, type Turn } from './turn';

/**
 * The courier's rules a case question is answered from (the knowledge files of the parcel's market), and whether
 * a shipment can still be cancelled. Apart from case-questions.ts, which also answers from the ticket store, so that
 * a complaint's first message can be answered here without importing the handlers.
 */

export type Found = ParcelLookup & { kind: 'found' };

// The words every knowledge file's entry carries (knowledge/*/faq.*.md), to look it up in any language.
const ENTRY: Record<
  | 'refund'
  | 'payout'
  | 'limits'
  | 'lateRefund'
  | 'claimProcess'
  | 'claimant'
  | 'sellerOrCourier'
  | 'cancel'
  | 'returned'
  | 'redeliver'
  | 'sendBack'
  | 'returnPostage'
  | 'refusedDamaged'
  | 'refusing'
  | 'unorderedPaid'
  | 'missingContents'
  | 'weather'
  | 'returnPacking'
  | 'returnDropOff'
  | 'returnPickup'
  | 'customs'
  | 'declaration'
  | 'postagePayer'
  | 'doorPickup'
  | 'senderPacking'
  | 'storePickup'
  | 'pickupCode'
  | 'transitTime'
  | 'deliveryDays'
  | 'holidays'
  | 'nobodyHome'
  | 'perishable'
  | 'countsAsLost'
  | 'evidence'
  | 'lostEvidence'
  | 'lostDeadline'
  | 'deadline'
  | 'lockerFee'
  | 'upstairs'
  | 'door'
  | 'lostFreight'
  | 'keptFor'
  | 'volumetric'
  | 'dutiesRefused'
  | 'realName'
  | 'someoneReceives'
  | 'collectorId',
  [FaqTopic, string]
> = {
  refund: ['claim', 'refund time'],
  payout: ['claim', 'payout time'],
  limits: ['claim', 'claim limits'],
  claimProcess: ['claim', 'claim process 理赔流程 索賠流程 索償流程 理賠流程'],
  // What a claim needs: photos, the box kept, proof of value (every file's entry carries the words).
  evidence: ['claim', 'claim evidence'],
  // What a lost parcel's claim needs instead: proof of value and of sending, no photos (blind batch 23: 27.5).
  lostEvidence: ['claim', 'lost claim evidence'],
  // How long a lost parcel's claim may wait: from the day it was sent, never "from delivery" (blind-30 09.4).
  lostDeadline: ['claim', 'lost claim time limit'],
  // How long the customer has to claim (every file's entry on the time limit: "deadline" in English, 期限 in Chinese).
  deadline: ['claim', CLAIM_DEADLINE_ENTRY],
  // What lateness gives back (the express surcharge) and what it does not (every file's delay entry).
  lateRefund: ['claim', 'delay 逾期'],
  // Who is paid a claim: the sender, or the recipient with the sender's consent (every file's entry carries the words).
  claimant: ['claim', 'who gets the money'],
  // Whom a buyer goes to about a lost online order: the seller, who claims as the sender, or here (blind-30 12.5).
  sellerOrCourier: ['claim', 'seller or courier 找卖家还是找快递 找賣家還是找物流 找賣家還是找快遞 搵賣家定係搵你哋'],
  cancel: ['fee', 'cancel shipment'],
  // When a parcel counts as lost (a claim entry every market carries, by each language's name for it).
  countsAsLost: ['claim', 'counts as lost 认定丢失 認定遺失 幾耐先當遺失'],
  returned: ['fee', 'returned parcel'],
  redeliver: ['fee', 'redeliver 再派 再次派送 再配送'],
  sendBack: ['fee', 'send a parcel back'],
  customs: ['fee', 'customs'],
  // What a cross-border parcel declares (a sample entry in the Mainland's files only, so far).
  declaration: ['fee', 'declaring a parcel'],
  postagePayer: ['fee', 'who pays postage'],
  // What a return asks next: who pays, packing, where to hand it in, a courier to collect it.
  returnPostage: ['fee', 'return postage'],
  returnPacking: ['fee', 'return packing'],
  returnDropOff: ['fee', 'return drop-off'],
  returnPickup: ['fee', 'return pickup'],
  // What a sender asks: a courier to collect at the door (an outlet entry, by each language's name for it), packing.
  doorPickup: ['outlet', 'door pickup 上门取件 上門收件 到府收件'],
  senderPacking: ['fee', 'sender packing'],
  // (Only where the courier delivers to convenience stores for pickup: Taiwan's files.)
  storePickup: ['fee', 'store pickup'],
  // What to do when a locker's or pickup point's code does not work (an outlet entry, by each language's name; named
  // so that no customer's words pull it into an outlet answer).
  pickupCode: ['outlet', 'pickup code rules 取件码规则 取件碼規則 取貨碼規則'],
  // How long sending takes (every file's entry: "how many days" in English, 时效 / 時效 in Chinese).
  transitTime: ['fee', 'how many days 时效 時效'],
  // Which days and times the courier delivers: weekends, evenings, a day set in advance.
  deliveryDays: ['fee', 'delivery days'],
  // Service over public holidays: outlet hours, pickups and deliveries (an hours entry, by each language's name for it).
  holidays: ['hours', 'public holiday 节假日 國定假日 公眾假期 公众假期'],
  // What happens when nobody is in for a delivery: another try, where it waits and how long (every file's entry).
  nobodyHome: ['fee', 'failed delivery'],
  // Perishables spoiled by a delay or mishandling: what a claim pays for them (every file's claim entry).
  perishable: ['claim', PERISHABLE_ENTRY],
  // Who pays a locker's overtime fee, and the free hours or days (every file's entry carries the words).
  lockerFee: ['fee', 'locker fee'],
  // Whether carrying a parcel upstairs costs extra (every file's entry, by each language's word for it).
  upstairs: ['fee', 'upstairs 上楼 上樓'],
  // Whether delivery to the door costs extra (every file's entry, by each language's name for it).
  door: ['fee', 'door delivery 送货上门 送貨到府 送貨上門'],
  // What a lost parcel gives back: its shipping fee with the compensation (every file's claim entry, by each language's name).
  lostFreight: ['claim', 'lost shipping fee 丢件运费 遺失運費 唔見咗運費'],
  // A parcel refused at the door because it came damaged: where it goes, who pays, who claims (refused-damaged.ts).
  refusedDamaged: ['claim', 'refused damaged parcel 拒收破损件 拒收破損件 拒收爛咗嘅件'],
  // An ordinary refusal at the door: the recipient pays nothing, the sender pays the return (refusing.ts).
  refusing: ['fee', 'refusing a parcel 拒收包裹 唔要件貨'],
  // Cash on delivery paid for goods nobody ordered: the sender's payout held if told in time (blind batch 47a: 11).
  unorderedPaid: ['fee', 'unordered cod paid'],
  // Items missing from a parcel: keep it all as it came, what to photograph, the weights compared (blind batch 48a).
  missingContents: ['claim', 'missing contents evidence'],
  // Severe weather: what stops, how a hold shows in the record, no express refund (blind batch 49b).
  weather: ['hours', 'weather'],
  keptFor: ['outlet', 'how long is it kept 放多久 放幾耐'],
  // How a bulky parcel is charged: its volumetric weight (every file's entry, by each language's name for it).
  volumetric: ['fee', 'volumetric 体积重 體積重 材積'],
  // Refusing a parcel that has duties to pay: what happens to it, what is owed, the goods' price (every file's entry).
  dutiesRefused: ['fee', 'refuse duties'],
  // Customs' real-name check of a parcel's recipient (every file's entry, keyed in English in each).
  realName: ['fee', 'real-name check'],
  // Someone else signing for the parcel at the delivery address (every file's entry, keyed in English in each).
  someoneReceives: ['fee', 'someone else receives'],
  // What a collector shows: the pickup code or the recipient's phone, ID (every file's ID entry, by its words).
  collectorId: ['outlet', ID_ENTRY_WORDS],
};

/** A rule of the courier's a case question is answered by (an entry every market's knowledge files carry). */
export type CaseRule = keyof typeof ENTRY;

// The rules of where the parcel is delivered and waits to be collected: locker fees, holding, a failed delivery.
const WAITS_AT_DESTINATION: ReadonlySet<CaseRule> = new Set<CaseRule>([
  'lockerFee',
  'nobodyHome',
  'pickupCode',
  'storePickup',
  'redeliver',
  'upstairs',
  'door',
  'deliveryDays',
  'someoneReceives',
  'collectorId',
]);

/**
 * Whose rules a parcel's case follows: the customer's market when the parcel's route touches it (a Hong Kong customer's
 * parcel from Wuhan), else the market the route lies in — a Hong Kong customer's parcel from Shenzhen to Shanghai is
 * redelivered on the Mainland's terms, not at Hong Kong's price (blind 27: 29.4).
 */
function caseMarket(turn: Turn, entry: CaseRule, parcel?: Found): string {
  const own = customerMarket(turn);
  // (Customs is never a question of a parcel inside one market: asked beside one, it is the customer's own rule.)
  if (entry === 'customs' || entry === 'dutiesRefused') return own;
  // No parcel named: where the parcel waits for its recipient is the quoted route's destination (quoted-destination.ts).
  if (!parcel) return (WAITS_AT_DESTINATION.has(entry) ? quotedDestinationMarket(turn) : undefined) ?? own;
  const { places } = turn.services;
  const { origin, destination } = parcel.shipment;
  const marketOfPlace = (place: string): string | undefined =>
    parcelMarket({ origin: '', destination: place }) ?? places.regionOf(place)?.region;
  if ([origin, destination].some((place) => marketOfPlace(place) === own)) return own;
  return parcelMarketFor(turn, parcel.shipment) ?? own;
}

/** The courier's rule on a case question, from the knowledge files of the parcel's market (else the customer's). */
export function ruleOn(turn: Turn, entry: CaseRule, parcel?: Found): string | undefined {
  const { services } = turn;
  const where = parcel ? parcelMarket(parcel.shipment) : undefined;
  if (where) noteMarketClue(turn, where, 'parcel');
  const market = caseMarket(turn, entry, parcel);
  const [topic, words] = ENTRY[entry];
  return answerFaq(services.knowledge, market, turn.locale, topic, words, 'entry', spokenRegister(turn));
}

/** The courier's rule on a case question from the knowledge files of the given market (a sender's: sent from there). */
export function ruleIn(turn: Turn, entry: CaseRule, market: string): string | undefined {
  const [topic, words] = ENTRY[entry];
  return answerFaq(turn.services.knowledge, market, turn.locale, topic, words, 'entry', spokenRegister(turn));
}

// "I want to cancel the shipment", "取消寄件", "唔寄喇 幫我取消": the shipment itself called off, not the complaint.
const CANCELS_SHIPMENT =
  /\bcancel\w*\b.{0,12}\b(shipment|shipping|parcel|package|order|delivery|sending)\b|\b(stop|intercept)\b.{0,8}\b(shipment|parcel|package)\b|取消(寄件|寄送|快递|快遞|订单|訂單|包裹|运单|運單|呢單|这单|這單|件)|撤件|截件|拦截|攔截/i;

// A cancelling that is not asked of us: someone told them to ("told me to cancel", "叫我取消订单"), the shop's order
// ("ask the seller to cancel the order"), or turned down ("I dont want to cancel") — blind batch 43b: 05.1, 05.3 heard
// the shipment-cancelling rule.
const CANCEL_NOT_ASKED =
  /\b(tell|tells|told|asked|telling|asking|said|saying|says) (me|us)? ?(to|i should|we should|that i should)?[^.?!]{0,20}\bcancel|\b(wants?|wanted|wanting) (me|us) to\b[^.?!]{0,20}\bcancel|\b(seller|shop|store|merchant)\b[^.?!]{0,15}\bcancel|\bcancel\w*[^.?!]{0,20}\b(with|from|by) the (seller|shop|store)\b|\b(don'?t|do not|dont|won'?t|not going to|never) (want to |wanna )?cancel|(叫|让|讓|要)我[^，。,.!?！？]{0,8}取消|(卖家|賣家|商家|店家)[^，。,.!?！？]{0,6}取消|(不想|不要|唔想|唔要|不会|不會)取消/i;

/** Whether the cancelling the message speaks of is not one asked of the courier (see CANCEL_NOT_ASKED). */
export const cancelNotAsked = (text: string): boolean => CANCEL_NOT_ASKED.test(text);

/** The message asks for the shipment to be cancelled (a question about it or a request). */
export const cancelsShipment = (text: string): boolean =>
  CANCELS_SHIPMENT.test(text) && !namesComplaint(text) && !cancelNotAsked(text);

/**
 * Whether the parcel can still be cancelled: said for this parcel first when it is already on its way (picked up,
 * neither delivered nor back with the sender), then the courier's rule (what the sender can do instead, when the fee
 * is refunded).
 */
export function cancelAnswer(turn: Turn, parcel?: Found): string | undefined {
  const rule = ruleOn(turn, 'cancel', parcel);
  if (!rule) return undefined;
  const onItsWay = parcel && !['created', 'delivered', 'returned'].includes(parcel.view.status);
  return onItsWay ? `${say(turn, 'caseQ.cancelOnItsWay', { number: parcel.number })}\n${rule}` : rule;
}

// "赔给我还是赔给买家", "钱给谁", "賠俾我定係賠俾買家", "who gets the money", "do you pay me or my buyer", "who pays me if
// it's lost, me or the sender?", "谁来申请理赔", "理赔是我还是寄件人申请": who is paid a claim — asked, whatever else the message reads as (a demand for compensation beside it is taken as well).
// ("赔偿是赔给阿姨还是她女儿？", "is the money paid to her or her daughter?": one of two named — blind batch 44b: 10.5.)
const WHO_IS_PAID =
  /(赔|賠|钱|錢)(给|給|俾|畀)(谁|誰|邊個|边个)|(赔|賠)(偿|償)?(是)?(赔|賠)?(给|給|俾|畀)[^，。？?]{1,6}(还是|還是|定係|定系|定)[^，。？?]{1,8}|\b(compensation|money|payout|claim)\b[^.?!]{0,20}\b(paid|go(es)?|sent) to\b[^.?!]{0,20}\bor\b|(赔|賠)(给|給|俾|畀)我(还是|還是|定係|定系|定)|(还是|還是|定係|定系)(赔|賠)(给|給|俾|畀)|\bwho (gets|receives|is paid|gets paid)\b[^.?!]{0,20}\b(money|compensation|payout|claim)\b|\b(pay|compensate|refund)\b[^.?!]{0,10}\b(me|us)\b[^.?!]{0,6}\bor\b[^.?!]{0,15}\b(them|buyer|customer|recipient|receiver)\b|\bwho\b[^.?!]{0,20}\b(pays?|paid|compensated|claims?|files? the claim|gets? (the )?(money|compensation))\b[^.?!]{0,30}\b(me|i|recipient|receiver|buyer)\b[^.?!]{0,6}\bor\b[^.?!]{0,10}\b(sender|shop|seller|store)\b|\bwho\b[^.?!]{0,20}\b(pays?|paid|compensated|claims?|files? the claim|gets? (the )?(money|compensation))\b[^.?!]{0,30}\b(sender|shop|seller|store)\b[^.?!]{0,6}\bor\b[^.?!]{0,10}\b(me|i|recipient|receiver|buyer)\b|\bwho (pays|gets paid|is paid|gets compensated|claims)\b[^.?!]{0,6}\bif\b[^.?!]{0,20}\b(lost|missing|damaged|broken)\b|(谁|誰|邊個|边个)(来|來|嚟)?(申请|申請|提出)?(索赔|索賠|索偿|索償|理赔|理賠)|(寄件人|卖家|賣家|商家|店家)[^，。？?]{0,4}(还是|還是|定係|定系|定)[^，。？?]{0,3}(我|收件人)(?=[^，。？?]{0,8}(赔|賠|索|理赔|理賠))|(赔|賠|索赔|索賠|索償|理赔|理賠)[^，。？?]{0,8}(我|收件人)[^，。？?]{0,4}(还是|還是|定係|定系|定)[^，。？?]{0,3}(寄件人|卖家|賣家|商家|店家)|(赔|賠|索赔|索賠|索償|理赔|理賠)[^，。？?]{0,6}(寄件人|卖家|賣家|商家|店家)[^，。？?]{0,4}(还是|還是|定係|定系|定)[^，。？?]{0,3}(我|收件人)/i;

/** The message asks who is paid a claim, or who may make it (the sender or the recipient). */
export const asksWhoIsPaid = (text: string): boolean => WHO_IS_PAID.test(text) || asksWhoMayClaim(text);
