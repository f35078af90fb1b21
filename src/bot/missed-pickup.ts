import { ruleOn } from './case-rules';
import { noteOutcome } from './turn-outcome';
import { reply, say, type SendingTopic, type Turn } from './turn';

/**
 * A pickup the customer booked for sending that nobody came for ("I booked a pickup for 2pm and nobody came",
 * "预约了上门取件 等了一上午 人影都没有", "約咗上門收件 成朝都冇人嚟"): no parcel is on its way, so no tracking number
 * is asked for and no late delivery is looked up (issue #17, batch 20: 02, 14). The customer hears it understood,
 * what they can do — book again (the market's door-pickup rule), a complaint about the missed pickup (a pickup
 * delay, LABELS.md's `complaint.delay`), a person — with the person offered.
 */

// The pickup booked: "booked a pickup", "scheduled a collection", "预约了上门取件", "約咗上門收件", "預約到府收件".
const PICKUP_BOOKED =
  /\b(booked|scheduled|arranged|requested|ordered|made)\b[^.?!]{0,24}\b(pick-?up|collection)\b|\b(pick-?up|collection) (i|we) (booked|scheduled|arranged)\b|(预约|預約|约|約|约咗|約咗|叫|叫咗|下单|下單|落单|落單)(了|咗|好)?[^，。,.!?！？]{0,6}(上门取件|上门收件|上門取件|上門收件|到府收件|到府取件|取件|收件|揽收|攬收|上门|上門)/i;
// Nobody came: "nobody came", "never showed up", "没人来", "人影都没有", "冇人嚟", "放鸽子", "沒來收".
const NOBODY_CAME =
  /\b(nobody|no one|no-one|noone|never)\b[^.?!]{0,12}\b(came|come|showed|turned up|arrived|collected|picked)\b|\b(didn'?t|did not|hasn'?t|has not|never) (come|show|turn up|arrive|collect|pick)|\bno[- ]show\b|\bstill waiting\b|没人来|沒人來|没有人来|沒有人來|没来|沒來|冇人嚟|冇嚟|未嚟|唔見人|人影都没有|人影都沒有|连人影|連人影|鬼影都冇|放鸽子|放鴿子|爽约|爽約|一直没人|一直沒人|不来|不來|都没到|都沒到|還沒到|还没到/i;

/** The message tells of a pickup booked for sending that nobody came for. */
export const tellsMissedPickup = (text: string): boolean => PICKUP_BOOKED.test(text) && NOBODY_CAME.test(text);

/**
 * Answers a missed pickup told outside a complaint: understood, what can be done, a person offered.
 * @returns false when the message tells of none, or names a parcel (then it is about that parcel).
 */
export async function answerMissedPickup(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  if (!tellsMissedPickup(text) || reading.entities.trackingNumbers.length > 0) return false;
  if (!['complaint', 'track', 'other', 'faq.outlet', 'change_delivery'].includes(reading.intent)) return false;
  noteOutcome(turn.context, 'answered');
  turn.data.offeredHuman = true;
  turn.data.pickupMissedTold = true;
  const rule = ruleOn(turn, 'doorPickup');
  const lines = [
    say(turn, 'pickupMissed.understood'),
    rule ? say(turn, 'pickupMissed.rebook', { rule }) : '',
    say(turn, 'pickupMissed.ways'),
  ];
  await reply(turn, lines.filter(Boolean).join('\n'), [
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
  return true;
}

// "can you send someone tomorrow morning before 11?", "那能不能改到今天晚上7点以后": the missed pickup wanted at another
// time — asked for, not told of ("he promised to come this afternoon and never showed", "快递员说明天再来" tell what
// happened; review of session 47).
const MOVE_PICKUP =
  /\b(can|could|would|will) you\b[^.?!]{0,40}\b(send|get|come|collect|pick)\b[^.?!]{0,30}\b(tomorrow|today|tonight|morning|afternoon|evening|before|after|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(rebook|reschedule)\b|\b(move|change)\b[^.?!]{0,20}\b(pick-?up|booking|collection|slot)\b|(能不能|可不可以|可以|可唔可以|得唔得|帮我|幫我|麻烦|麻煩)[^，。]{0,6}(改|换|換|重新约|重新約|再约|再約)|(改|换|換)(到|成|去|喺|在)[^，。]{0,4}(今天|今晚|明天|后天|後天|聽日|听日|今日|晚上|下午|上午|\d)/i;
// "just cancel the booking", "直接帮我取消吧 我换一家", "唔使嚟收喇": the booking itself called off ("cancel it" alone may
// be the complaint).
const CANCEL_PICKUP =
  /\bcancel\b[^.?!]{0,12}\b(booking|pick-?up|collection|order)\b|取消(预约|預約|订单|訂單|取件|收件|上门|上門)|(直接|幫我|帮我)[^，。]{0,3}取消[^，。]{0,6}(换一家|換一家|搵第二間|唔寄|不寄)|(不用|唔使|唔洗)(来|來|嚟)(取|收|拿|攞)了?|换一家|換一家|搵第二間/i;

/** What a message asks of a missed pickup's booking inside its complaint: moved, or called off; else undefined. */
export function pickupBookingAsked(text: string): 'move' | 'cancel' | undefined {
  if (/投诉|投訴|complaint/i.test(text) && !/\b(booking|pick-?up)\b|预约|預約|取件|收件/i.test(text)) return undefined;
  if (CANCEL_PICKUP.test(text)) return 'cancel';
  return MOVE_PICKUP.test(text) ? 'move' : undefined;
}

/**
 * Inside the complaint about a missed pickup: moving or cancelling the booking is done on the booking page, free until
 * the courier comes — said so (blind batch 47b: 02.3–02.4, 07.4–07.5 heard delivery hours and "added to your
 * complaint"); the wish goes on the complaint as the step reads the message.
 * @returns whether it answered.
 */
export async function answerPickupBookingInComplaint(turn: Turn, aboutMissedPickup: boolean): Promise<boolean> {
  if (!aboutMissedPickup) return false;
  const asked = pickupBookingAsked(turn.text);
  if (!asked) return false;
  await reply(turn, say(turn, asked === 'cancel' ? 'pickupMissed.cancel' : 'pickupMissed.move'));
  return true;
}

// A booked pickup to be moved or called off: "可唔可以改去後日", "改唔改到時間", "can I move my pickup to friday", "取消预约".
const CHANGE_BOOKING =
  /改(去|到|成|時間|时间|期|日子|返)|改唔改|改不改|(可以|可唔可以|能不能|能否)改|取消|\b(reschedule|move|change|cancel|push)\b[^.?!]{0,25}\b(pick-?up|collection|booking|it|time|slot|day|date)\b/i;

// The booking page did not let them: "app入面搵唔到", "找不到", "can't find it in the app", "改唔到", "doesn't show".
const PAGE_FAILED =
  /搵唔到|找不到|找唔到|改唔到|改不了|冇得改|没得改|沒得改|\bcan'?t (find|see|change)\b|\b(doesn'?t|does not|isn'?t) (show|there|work)\b/i;

/**
 * "我約咗聽日朝早上門收件 可唔可以改去後日", "我已經喺app約咗 而家係問你改唔改到時間" (right after the door pickup was
 * answered): a booked pickup is moved or cancelled free on the booking page until the courier comes; from here a person
 * can ask the station (blind batch 47b: 13.1 heard how to book one, 13.2 was taken for a parcel not received).
 * @returns whether it answered.
 */
export async function answerBookedPickupChange(turn: Turn, told: SendingTopic | undefined): Promise<boolean> {
  const { text, reading } = turn;
  if (reading.entities.trackingNumbers.length > 0 || NOBODY_CAME.test(text)) return false;
  const booked = PICKUP_BOOKED.test(text) || (told === 'pickup' && /约|約|book/i.test(text));
  // ("我已經喺app約咗…app入面搵唔到" right after the way was told: it did not work for them.)
  const notFoundThere = told === 'pickup' && turn.data.pickupChangeTold === true && PAGE_FAILED.test(text);
  if (!notFoundThere && (!booked || !CHANGE_BOOKING.test(text))) return false;
  noteOutcome(turn.context, 'answered');
  turn.data.offeredHuman = true;
  // ("app入面搵唔到" after the way was told: a person is the way on, said plainly.)
  const again = told === 'pickup' && turn.data.pickupChangeTold === true;
  turn.data.sendingTold = 'pickup';
  turn.data.pickupChangeTold = true;
  await reply(turn, say(turn, again ? 'pickup.changeBookedAgain' : 'pickup.changeBooked'), [
    { title: say(turn, 'choice.human'), value: say(turn, 'choice.human') },
  ]);
  return true;
}
