import type { AnomalyKind } from '../tracking';
import { asksForDeliveryChange, wantsCallFirst, type DeliveryChangeDraft } from './delivery-change-reading';
import { CHASE_WORDS } from './chase-details';
import { describeRequest } from './delivery-change-words';
import { record } from './delivery-change-turn';
import { saysNotComplaining } from './intake-leaving';
import { lookUpParcel } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import { reply, say, spokenRegister, type Turn } from './turn';
import type { DeliveryChangeRequest } from '../tracking';
import { noteOutcome } from './turn-outcome';

/**
 * "有结果就打我电话 135…", "有消息发短信给我 139…", "text me on … when you hear", "有消息打俾我 9123 4567" after the
 * customer asked for something on a parcel — a speed-up, a change of delivery — that still waits for the station
 * (issue #17, blind-32 11.4, blind-33 20.5): the number to reach them on about it goes on that request, and they hear
 * so, the number named by its last 4 digits. Not a complaint: nothing went wrong that they told of.
 */

// Asking to be told, called or texted: "打我电话", "发短信给我", "通知我", "話我知", "搵我", "text me", "let me know".
const REACH_ME = new RegExp(
  [
    '(打|call|致电|致電)(给|給|俾|畀)?我(的)?(电话|電話|手机|手機)?',
    '打(个|個)?(电话|電話)(给|給|俾|畀)我|(给|給|俾|畀)我打(个|個)?(电话|電話)|(致电|致電|回电|回電)(给|給)?我',
    '(发|發|send|传|傳)(个|個|條|条)?(短信|短訊|信息|訊息|簡訊|简讯|message|sms|whatsapp)(给|給|俾|畀)?我',
    '(短信|短訊|簡訊|简讯)(通知|告诉|告訴|話|话|讲|講)?我',
    '通知我|告诉我|告訴我|話我知|话我知|讲我知|講我知|(联系|聯絡|聯繫|联络|搵|找)我|覆我|回我',
    String.raw`\b(text|call|ring|phone|message|sms|whatsapp|contact|reach|notify|update|tell|inform)\s+me\b`,
    String.raw`\blet me know\b|\bkeep me (posted|updated|informed)\b|\bget back to me\b`,
  ].join('|'),
  'i',
);

// The chase asked for (again) in words: "催一下", "加急", "hurry it up", "speed it up".
const ASKS_SPEED = /催|加急|\b(speed|hurry) (it|this|them) up\b|\bexpedite\b/i;

// Someone to talk to now: a request for a person, not a number for news of the request.
const PERSON_NOW = /转人工|轉人工|转真人|轉真人|真人客服|人工客服|\b(agent|human|real person|representative)\b/i;

// The number as the customer wrote it: "13912345678", "+852 9876 5432", "139-1234-5678".
const WRITTEN_PHONE = /\+?\d[\d\s-]{6,}\d/g;

/**
 * Puts the phone the message gives, to be reached on about it, on the customer's request waiting on the conversation's
 * parcel, and says so.
 * @returns false when the message gives no such phone (or more than one), asks for a call before delivery (that is
 * call-first.ts's), a complaint or a person, or no request of the customer's waits on the parcel.
 */
export async function addContactToRequest(turn: Turn): Promise<boolean> {
  const { data, reading, text } = turn;
  const number = data.lastTracking;
  const [phone, ...more] = reading.entities.phones;
  if (!number || more.length > 0 || !REACH_ME.test(text)) return false;
  // ("我没说要投诉啊，就是让你们有消息打给我": the complaint named only to say it is none.)
  const complains = wantsToComplain(text) && !saysNotComplaining(text);
  if (wantsCallFirst(text) || complains || PERSON_NOW.test(text)) return false;
  // ("改送到公司，有结果打我电话 …": a change asked for in words is that change, the number with it; so is "chase it
  // up, we need it by Thursday, reach me at …" — the chase's own reader takes its day and phone: chase-details.ts.)
  if (asksForDeliveryChange(text, reading.intent)) return false;
  if (reading.entities.dates.length > 0 || CHASE_WORDS.test(text) || ASKS_SPEED.test(text)) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== number)) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  // Only the customer's own request, and only while it waits: a decided one has been told already.
  const request = requests.find((r) => r.customerId === turn.customer.id && r.status === 'requested');
  if (!request) return false;
  // "我就是让你们有消息打电话给我" with the number on the request already: it stands, said again — nothing else asked.
  if (!phone) {
    const onRequest = request.details.contact;
    if (!onRequest) return false;
    noteOutcome(turn.context, 'answered');
    await reply(
      turn,
      say(turn, 'change.contactNoted', {
        what: requestWithoutContact(turn, request),
        number,
        last4: onRequest.replace(/\D/g, '').slice(-4),
      }),
    );
    return true;
  }
  const tail = phone.e164.slice(-8);
  const written = [...text.matchAll(WRITTEN_PHONE)].map((m) => m[0]).find((w) => w.replace(/\D/g, '').endsWith(tail));
  const contact = written?.trim() ?? phone.e164;
  const lookup = await lookUpParcel(turn.services, number);
  const draft: DeliveryChangeDraft = {
    trackingNumber: number,
    kind: request.kind,
    details: { ...request.details, contact },
    words: [...request.words.split('\n').filter(Boolean), text.trim()],
    recorded: true,
    ...(request.noticeId ? { noticeId: request.noticeId } : {}),
    ...(request.anomalyKind ? { anomalyKind: request.anomalyKind as AnomalyKind } : {}),
  };
  // The request said back without the number written out in full: the customer hears it by its last 4 digits.
  const what = requestWithoutContact(turn, request);
  noteOutcome(turn.context, 'answered');
  await record(
    turn,
    draft,
    request.kind,
    number,
    lookup.kind === 'found' ? lookup.shipment : undefined,
    'change.contactNoted',
    {
      what,
      last4: phone.e164.replace(/\D/g, '').slice(-4),
    },
  );
  return true;
}

/** The request said back without its contact written out in full: the customer hears it by its last 4 digits. */
function requestWithoutContact(turn: Turn, request: Pick<DeliveryChangeRequest, 'kind' | 'details'>): string {
  const { contact: _contact, ...details } = request.details;
  return describeRequest(turn.services.replies, turn.locale, { kind: request.kind, details }, spokenRegister(turn));
}
