import type { NoticeChoice, ParcelNotice } from '../proactive/notice.records';
import type { AnomalyKind } from '../tracking';
import { choicesFor } from './anomaly-notice';
import { asksForDeliveryChange, deliveryChangeKind } from './delivery-change-reading';
import { handleDeliveryChange } from './delivery-change-turn';
import { fileComplaint } from './file-complaint';
import { handleHuman } from './handoff-turn';
import type { ReplyKey } from './replies';
import { say, type Turn } from './turn';
import { verifiedPhones } from './customer-directory';
import type { ComplaintCategory } from '../nlu';

/** How long a notice's choices can be answered: after a day, "2" means nothing any more. */
export const NOTICE_CONTEXT_MS = 24 * 3_600_000;

/** The complaint a claim or a hand-off after a notice is about. */
const CLAIM_CATEGORY: Record<AnomalyKind, ComplaintCategory> = {
  lost: 'lost',
  damaged: 'damaged',
  exception: 'other',
  delivery_failed: 'delay',
  address_problem: 'other',
  held_customs: 'other',
  returned: 'other',
  no_scan: 'delay',
  past_promised_date: 'delay',
  stuck_at_hub: 'delay',
};

// The choices in words, both scripts and English.
const CHOICE_WORDS: Record<NoticeChoice, RegExp> = {
  human: /\b(person|human|agent|someone|operator|representative|staff)\b|人工|真人|人手|客服|专员|專員|找人|转人|轉人/i,
  claim: /\bclaim|compensat|reimburs|pay me|理赔|理賠|赔偿|賠償|索赔|索賠|赔钱|賠錢|报损|報損/i,
  expedite: /expedite|speed|faster|hurry|rush|urgent|asap|加急|加快|催|快点|快點|尽快|盡快/i,
  hold: /\bhold|pick(ing)? ?(it )?up|collect|outlet|locker|station|branch|7-?11|convenience|自取|自提|暂存|暫存|网点|網點|门市|門市|营业部|營業部|驿站|驛站|快递柜|快遞櫃|超商|便利|取货|取貨|取件/i,
  redeliver:
    /re-?deliver|deliver (it )?again|another (day|time)|reschedul|try again|tomorrow|改天|再送|再派|重新派送|重新配送|重送|改期|预约|預約|明天|后天|後天/i,
};

const NUMBER_WORDS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5 };
// "2", "２", "#2", "选2", "option 2", "第二个", "2." — the whole message is the number. (One `\s*` per run of spaces:
// side by side they would take seconds on a padded message.)
export const CHOSEN_NUMBER =
  /^\s*(?:(?:选|選|选择|選擇|option|choice|no\.?|#|第)\s*)?([1-9一二两兩三四五])\s*(?:(?:个|個|项|項|号|號)\s*)?(?:[.。、)）!！]\s*)?$/i;

/** The latest notice to this customer that the message could be answering, if its context still holds. */
export async function openNotice(turn: Turn): Promise<ParcelNotice | undefined> {
  const { services, customer, conversation, data } = turn;
  const now = services.clock.now();
  // Notices to a phone are answered only from that phone (a number typed as a contact is not the customer's).
  const notice = await services.store.notices.findOpen({
    conversationId: conversation.id,
    recipients: [`customer:${customer.id}`, ...verifiedPhones(customer).map((p) => `phone:${p}`)],
    since: new Date(now.getTime() - NOTICE_CONTEXT_MS).toISOString(),
    dueBy: now.toISOString(),
  });
  // A notice the customer moved on from (asked something else after it) is not answered by a later "2".
  return notice && !data.closedNotices?.includes(notice.id) ? notice : undefined;
}

/** An open notice to this customer offers a person, and the message chooses that: the notice's answer takes it. */
export async function noticeOffersPerson(turn: Turn): Promise<boolean> {
  const notice = await openNotice(turn);
  return Boolean(notice && readNoticeAnswer(turn, notice) === 'human');
}

/** The choice the message makes among the notice's, if it answers the notice at all. */
export function readNoticeAnswer(turn: Turn, notice: ParcelNotice): NoticeChoice | undefined {
  const offered = choicesFor(notice.kind);
  const text = turn.text.normalize('NFKC');
  const numbered = CHOSEN_NUMBER.exec(text)?.[1];
  if (numbered) return offered[(NUMBER_WORDS[numbered] ?? Number(numbered)) - 1];
  // A message about another parcel is not about this notice.
  const { entities, intent } = turn.reading;
  if (entities.trackingNumbers.some((t) => t.number !== notice.trackingNumber)) return undefined;
  if (intent === 'human' && offered.includes('human')) return 'human';
  if ((intent === 'faq.claim' || entities.demand === 'compensation') && offered.includes('claim')) return 'claim';
  // A request to change the delivery, read as the bot reads any such request.
  if (intent === 'change_delivery' || asksForDeliveryChange(text, intent)) {
    const kind = deliveryChangeKind(text, turn.reading);
    const choice = offered.find((c) => c === kind);
    if (choice) return choice;
  }
  // Words that name one offered choice and no other ("hold it at the station", "轉人手", "yes expedite").
  const named = offered.filter((choice) => CHOICE_WORDS[choice].test(text));
  if (named.length === 1) return named[0];
  // "hold it at the station and deliver tomorrow": the most specific wins (a place over a time).
  if (named.length > 1 && text.length <= 80) return named.find((c) => c !== 'human') ?? named[0];
  return undefined;
}

/**
 * Reads the message against the latest notice the customer got and acts on their choice: a change-delivery
 * request (hold, redeliver, expedite), a claim ticket, or a person. Resolves false when the message is not an
 * answer: it is handled as usual, and the notice's context ends (a later "2" is not read against it).
 */
export async function answerNotice(turn: Turn): Promise<boolean> {
  const notice = await openNotice(turn);
  if (!notice) return false;
  const choice = readNoticeAnswer(turn, notice);
  if (!choice) {
    // Small talk keeps the notice open; a question about something else ends its context.
    if (!['greeting', 'thanks'].includes(turn.reading.intent))
      turn.data.closedNotices = [...(turn.data.closedNotices ?? []), notice.id].slice(-5);
    return false;
  }
  const { services } = turn;
  // A first message that shows no language ("1" by SMS) is answered in the notice's (and its register: Cantonese).
  if (!turn.data.locale && notice.register && turn.data.cantonese === undefined) turn.data.cantonese = true;
  if (!turn.data.locale && notice.locale !== turn.locale) {
    turn.data.locale = notice.locale;
    turn.locale = notice.locale;
    turn.conversation = await services.store.conversations.update(
      { ...turn.conversation, locale: notice.locale, ...(notice.register ? { register: notice.register } : {}) },
      services.clock.now().toISOString(),
    );
    services.directory.remember(turn.context, { customer: turn.customer, conversation: turn.conversation });
  }
  await services.store.notices.answer(notice.id, choice, services.clock.now().toISOString());
  turn.data.lastTracking = notice.trackingNumber;
  turn.data.deliveryChange = undefined;
  const what = say(turn, `anomalyName.${notice.kind}` as ReplyKey);
  const chosen = say(turn, `notice.choice.${choice}` as ReplyKey);
  // The ticket carries what the customer answered, not only "2".
  const account = say(turn, 'notice.answerLine', { number: notice.trackingNumber, what, choice: chosen });
  switch (choice) {
    case 'hold':
    case 'redeliver':
    case 'expedite':
      await handleDeliveryChange(turn, {
        trackingNumber: notice.trackingNumber,
        kind: choice,
        noticeId: notice.id,
        anomalyKind: notice.kind,
      });
      return true;
    case 'claim':
      await fileClaim(turn, notice, account);
      return true;
    default:
      turn.complaintCategory = CLAIM_CATEGORY[notice.kind];
      turn.text = `${account}\n${turn.text}`;
      await handleHuman(turn, `customer answered the ${notice.kind} notice about ${notice.trackingNumber}: a person`);
      return true;
  }
}

/**
 * A claim for compensation on the notice's parcel: a complaint of the anomaly's category demanding compensation,
 * through the ticket service (high priority for loss and damage, which then goes to a person), joining the
 * customer's own open ticket on the parcel.
 */
async function fileClaim(turn: Turn, notice: ParcelNotice, account: string): Promise<void> {
  const category = CLAIM_CATEGORY[notice.kind];
  const words = turn.text.trim();
  await fileComplaint(turn.services, turn.context, {
    locale: turn.locale,
    category,
    trackingNumbers: [notice.trackingNumber],
    trackingSkipped: false,
    description: words && !CHOSEN_NUMBER.test(words.normalize('NFKC')) ? `${account}\n${words}` : account,
    describedEnough: true,
    demand: 'compensation',
    needsContact: false,
    wantsPhotos: false,
    photosAsked: false,
    evidence: turn.services.evidenceOf(turn.context.activity),
    facts: {
      severe: notice.level === 1,
      minor: false,
      daysLate: turn.reading.signals.daysLate,
      escalationThreat: turn.reading.signals.escalationThreat,
      dataLeak: false,
    },
  });
  const ticketId = turn.services.directory.known(turn.context)?.conversation.ticketId;
  if (ticketId) await turn.services.claims.opened({ ticketId, notice });
}
