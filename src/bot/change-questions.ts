import { describeRequest } from './delivery-change-words';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * Questions about a change-delivery request the customer made ("is it done?", "how long will it take?",
 * "will I get a notification?", "改好了嗎", "幾時生效"): answered from the request as it stands — waiting for the
 * station, confirmed or declined — rather than read as a new request, a complaint or a claims question.
 */

// "is it done / changed / sorted", "did it go through", "改好了吗", "弄好没", "搞掂未", "改咗未", "生效".
const DONE =
  /\b(is it|has it been|was it|it'?s) (done|changed|sorted|confirmed|updated|fixed)\b|\bdid (it|that|the change) (go through|work)\b|\b(any )?confirm(ed|ation)?\b.{0,20}\?|改好了|改了[吗嗎没沒]|改好[没沒未]|弄好了|弄好[没沒]|办好了|辦好了|搞掂[未咗]|改咗未|改咗[啦嗎吗]|成功[了吗嗎]|生效|確認了[嗎吗]|确认了[吗嗎]|有冇確認/i;
// "how long", "when will it come / happen", "多久", "多长时间", "幾耐", "要几天", "幾時到".
const WHEN =
  /\bhow (long|soon)\b|\bwhen (will|would|does|do|can) (it|they|i|that)\b|多久|多长时间|多長時間|幾耐|几耐|要几天|要幾天|要几日|要幾日|几时|幾時|什么时候|什麼時候/i;
// "will I get a notification / message / SMS", "will you tell me", "会通知我吗", "會唔會通知我", "收到短信".
const NOTIFY =
  /\bnotif(y|ied|ication)s?\b|\b(will|would|do) (you|they) (tell|let|inform|message|text|update) me\b|\b(get|receive) (a|an|any) (message|text|sms|email|update)\b|通知|短信|簡訊|短訊|告诉我|告訴我|話我知/i;

type Asked = 'done' | 'when' | 'notify';

/** What a message asks about a change request, if anything (one kind: notify before done before when). */
function askedAbout(text: string): Asked | undefined {
  if (NOTIFY.test(text)) return 'notify';
  if (DONE.test(text)) return 'done';
  if (WHEN.test(text)) return 'when';
  return undefined;
}

/**
 * Answers a question about the customer's own latest change request on the conversation's parcel.
 * @returns false when the message asks no such thing or there is no such request (it is handled as usual).
 */
export async function answerChangeQuestion(turn: Turn): Promise<boolean> {
  const number = turn.data.lastTracking;
  const asked = askedAbout(turn.text);
  if (!number || !asked) return false;
  const { entities, intent, confidence } = turn.reading;
  // "I want to complain" or "a person" is not a question about the request (a faint complaint reading is).
  const elsewhere = intent === 'human' || (intent === 'complaint' && confidence >= 0.5);
  if (entities.trackingNumbers.some((t) => t.number !== number) || elsewhere) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  // Only the customer's own request: another customer's request on the same parcel is never told.
  const request = requests.find((r) => r.customerId === turn.customer.id);
  if (!request) return false;
  const what = describeRequest(turn.services.replies, turn.locale, request);
  const lines = [say(turn, `change.status.${request.status}`, { number, what })];
  // "How long?" for a request that is not a day and time of its own: the promised date as it stands.
  if (asked === 'when' && request.status !== 'declined' && request.kind !== 'redeliver') {
    const lookup = await lookUpParcel(turn.services, number);
    const promised = lookup.kind === 'found' ? lookup.shipment.promisedDate : undefined;
    if (promised) lines.push(say(turn, 'change.status.promised', { date: promised }));
  }
  if (request.status === 'requested') lines.push(say(turn, `change.status.${asked}`));
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.join('\n'));
  return true;
}
