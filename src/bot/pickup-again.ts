import { senderRuleOn } from './sender-market';
import { tellsMissedPickup } from './missed-pickup';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { WISH_KEPT } from './demand-step';
import { OPEN_STATUSES } from '../tickets';
import { priceBeside } from './cross-border-sending';
import { reply, say, type Turn } from './turn';

/**
 * A pickup asked for — "can someone else come?", "can someone come pick it up today?", "how do I book a pickup",
 * "能不能再派人来取", "可唔可以再搵人上嚟收", "可以重新預約收件嗎" (issue #17, blind-26 05.5, 05.7): the customer has
 * a parcel to send (often one a courier refused or never came for). They hear how to book a pickup and its same-day
 * cut-off (the market's door-pickup entry) and, honestly, that this chat cannot book one itself. Inside a complaint
 * the new pickup is the customer's wish, kept on the ticket beside the demand, and the step is asked again.
 */

// Someone (else) to come and collect it: "can someone else come?", "could you send another courier to pick it up".
const SOMEONE_TO_COME =
  /\b(can|could|would|will|pls|please|need|want|get|send)\b.{0,15}\b(someone|somebody|anyone|anybody|another (courier|driver|guy|person|one)|a (different|new|nicer) (courier|driver|guy|person|one)|a courier|a driver)( else)?\b.{0,20}\b(come|collect|pick)\b/i;
// A pickup booked or arranged, now or again: "book a pickup", "arrange another collection", "pick it up today?".
const PICKUP_BOOKING =
  /\b(book|arrange|schedule|organi[sz]e|set up|get|request)\b.{0,15}\b(pick-?ups?|collections?)\b|\b(another|a new|new|second) (pick-?up|collection)\b|\b(pick|collect)\w* (it |this |them |the (parcel|package|box) )?(up )?(again|today|this afternoon|tonight)\b/i;
// A courier wanted for a parcel the customer sends: "I just need a courier at 3pm", "we need a driver today".
const COURIER_NEEDED = /\b(need|want|get)\b.{0,12}\b(a|one) (courier|driver)\b(?! (service|company|firm))/i;
// 再派人来取, 换个人来收, 另外安排快递员上门, 重新预约取件, 再搵人上嚟收, 可唔可以今日嚟收.
const PICKUP_AGAIN_ZH =
  /(再|另|另外|重新|换|換)(派|叫|安排|搵|找|约|約|预约|預約|个|個)?(一?个|一?個|人|快递员|快遞員|速遞員|司机|司機|小哥)*(来|來|嚟|上门|上門|到府|过来|過來|上嚟)(取|收|攞|拿)|(重新|再)(预约|預約|约|約|安排|下单|落單|叫)(一次|一個|一个)?(上门|上門|到府)?(取件|收件|揽收|攬收)|(派人|叫人|搵人|找人|安排人)(来|來|嚟|上门|上門|上嚟|到府)(取|收|攞|拿)|(怎么|怎麼|點樣|点样|如何|点|點)(预约|預約|约|約|叫|下单|落單|安排)(快递|快遞|速遞|司机|司機)?(上门|上門|到府)?(取件|收件|揽收|攬收)/;
// Asked or wished for: a question, or a request ("I need…", "请…", "麻煩…").
const ASKED_OR_WISHED =
  /[?？]|\b(can|could|would|will|pls|please|need|want|how)\b|能|可以|可唔可以|可不可以|得唔得|有没有|有沒有|有冇|[吗嗎呀啊嘛]|请|請|麻烦|麻煩|唔該|想|要|怎么|怎麼|點樣|点样|如何/i;

// The customer collecting it themselves — "hold it there so I can collect it tonight", "I'll pick it up myself",
// "我自己去取": a hold at the station, no courier coming (blind batch 41b: 03.3).
const SELF_COLLECTION =
  /\bhold (it|them|the (parcel|package|box))\b|\b(i|we)('ll| will| can| could| would| want to| wanna| am going to|'m going to| need to)? (come (and |to |by )?|go (and |to )?|drop by (and |to )?)?(collect|pick)\w* (it|them|the (parcel|package|box))\b|\b(collect|pick)\w* (it |them )?(up )?(myself|ourselves|in person)\b|自己(去|来|來|嚟|过去|過去)?[^，。,.!?！？]{0,6}(取|拿|攞)|自取|自提/i;

// ("I can't pick it up myself", "自取不方便", "我自己拿不过去": the customer cannot — the courier is asked to come.)
const CANNOT_COLLECT =
  /\b(can'?t|cannot|can not|unable to|won'?t be able to|no way to)\b|\bno car\b|\bbut\b|不方便|拿不|攞唔|唔得閒|没空|沒空|去不了|去唔到|不能|唔可以|冇辦法|没办法|沒辦法|过不去|過不去|唔得/i;

/** The message asks for a courier to come and collect a parcel the customer sends (a new pickup, or another one). */
export function asksForPickup(text: string): boolean {
  if (tellsMissedPickup(text) || (SELF_COLLECTION.test(text) && !CANNOT_COLLECT.test(text))) return false;
  const named =
    SOMEONE_TO_COME.test(text) || PICKUP_BOOKING.test(text) || PICKUP_AGAIN_ZH.test(text) || COURIER_NEEDED.test(text);
  return named && ASKED_OR_WISHED.test(text);
}

/**
 * Answers a pickup asked for: the market's door-pickup rule (how to book it, the same-day cut-off), and that this
 * chat cannot book it. In a complaint (`position`) the new pickup is kept as the customer's wish and said so.
 * @returns false when no pickup is asked for, or the market has no door-pickup entry.
 */
export async function answerPickupAsked(turn: Turn, position?: IntakePosition): Promise<boolean> {
  if (!asksForPickup(turn.text)) return false;
  // ("can you just send someone to pick it up?" of a parcel left at the wrong door: that is what its complaint asks —
  // no booking of a sender's pickup (blind batch 44b: 03.3).)
  if (position && turn.data.notTheirs && position.state.trackingNumbers.includes(turn.data.notTheirs)) {
    await reply(turn, say(turn, 'parcel.notTheirsPickup'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    return true;
  }
  const rule = senderRuleOn(turn, 'doorPickup');
  if (!rule) return false;
  // ("How much, and can someone pick it up?": the route's price and time first — blind-31 03.1.)
  const price = priceBeside(turn);
  const lines = [...(price ? [price] : []), say(turn, 'pickupAgain.howTo', { rule }), say(turn, 'pickupAgain.notHere')];
  if (position) {
    const wish = say(turn, 'pickupAgain.wish');
    const held = position.state.demandNotes ?? [];
    if (!held.includes(wish)) position.state.demandNotes = [...held, wish];
    lines.push(say(turn, 'pickupAgain.noted'));
    turn.context.turnState.set(ANSWERED_ASIDE, true);
    turn.context.turnState.set(WISH_KEPT, true);
  } else {
    const filed = await noteOnFiledTicket(turn);
    if (filed) lines.push(say(turn, 'tickets.added', { number: filed }));
  }
  turn.data.sendingTold = 'pickup';
  turn.data.lastFaq = 'faq.outlet';
  await reply(turn, lines.join('\n'));
  return true;
}

/** The pickup asked for after a complaint was filed here: kept on that ticket for the agent; its number, if so. */
async function noteOnFiledTicket(turn: Turn): Promise<string | undefined> {
  const { conversation, services, customer, text } = turn;
  const ticket = conversation.ticketId ? await services.store.tickets.get(conversation.ticketId) : undefined;
  if (!ticket || ticket.customerId !== customer.id || !OPEN_STATUSES.includes(ticket.status)) return undefined;
  await services.tickets.addNote(ticket.id, 'customer', 'customer added', text);
  return ticket.number;
}
