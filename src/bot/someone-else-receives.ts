import { ruleOn, type Found } from './case-rules';
import { withoutDenial } from './complaint-denied';
import { wantsToComplain } from './complaint-words';
import { namesComplaint, speaksOfCategory } from './message-cues';
import { TAKERS_ZH } from './neighbour-words';
import { deliveryChangeKind } from './delivery-change-reading';
import { handleTrack } from './handlers';
import { lookUpParcel } from './parcel-answer';
import { noteOutcome } from './turn-outcome';
import { reply, type Turn } from './turn';

/**
 * Someone else taking the parcel in the recipient's place — "可唔可以俾北京office第二個同事代收 要唔要帶乜嘢", "can my
 * neighbour sign for it?", "让同事帮我签收可以吗" — and the recipient's phone instead of the pickup code ("can she give
 * my phone number instead of the code?", "取件码删了 报手机号能取吗"): the market's rule on who may sign at the door
 * (the `someone else receives` entry) and on what a collector shows (the ID and pickup-code entry), never a hold nobody
 * asked for (issue #17, blind batch 49a: 14.4 heard "where should it be held?", 04.7 the change's buttons).
 */

// A question, in Chinese: "可以", "可唔可以", "吗", "?" ("can" in English is the modal of SIGNS_FOR_EN itself).
const ASKS_ZH =
  /[?？]|可以|可不可以|可唔可以|能不能|能唔能|能否|可否|行不行|行唔行|得唔得|得不得|得嗎|得吗|(好|行)(唔|不)(好|行)|吗|嗎|嘛/;

// Someone else signing or taking it in, asked of a person who would: "可唔可以俾同事代收", "门卫代签可以吗", "幫我簽收得唔得"
// (never the cash-on-delivery 代收货款 or 代收服務, a 代收点, an account of the past — "代收的时候", "代签了", "代收咗" —
// nor a desk that will not: "管理室不代收包裹", "物业不给代收" — blind batch 50b: 12.1, a review of session 49).
const SIGNS_FOR_ZH = new RegExp(
  String.raw`(?<![不唔没沒冇拒]|不肯|不會|不会|唔會|唔肯|不能|不可以|唔可以|不给|不給|不让|不讓|唔俾)(代签|代簽|代簽收|代签收)(?!了|咗|过|過|的|嘅|后|後|时|時)|(帮|幫|替)(我|佢|他|她|手|忙)(签收|簽收)(?!了|咗|过|過|的|嘅|后|後|时|時)|(${TAKERS_ZH})[^，。？?\s]{0,4}(?<![不唔没沒冇拒]|不肯|不會|不会|唔會|唔肯|不能|不可以|唔可以|不给|不給|不让|不讓|唔俾)代收(?!货款|貨款|款|点|點|费|費|服务|服務|了|咗|过|過|的|嘅|后|後|时|時|以后|以後)`,
);
// In English, asked with a modal of a person: "can my neighbour sign for it?", "could the front desk accept it for me",
// "is it ok if my wife receives it" — not "why did the courier let my neighbour sign", "security won't accept parcels",
// "will someone receive a text".
const PERSON_EN = String.raw`(my|our|the|a|his|her|their)\s+(colleague|co-?worker|neighbou?r|reception(ist)?|front desk|concierge|guard|doorman|security( guard)?|wife|husband|mum|mom|mother|dad|father|son|daughter|friend|flatmate|roommate|sister|brother|assistant|secretary|helper|maid|partner|boss)|someone else|somebody else|another person`;
const SIGNS_FOR_EN = new RegExp(
  String.raw`\b(can|could|may)\s+(${PERSON_EN})\b[^.?!]{0,20}\b(sign for|receive|accept|take in|take delivery of)\s+(it|them|the (parcel|package|delivery|box))\b|\bis it (ok|okay|alright|fine)\s+(if|for)\s+(${PERSON_EN})\b[^.?!]{0,20}\b(signs?|receives?|accepts?|takes?)\b|\b(can|could) (someone|somebody|anyone) (else )?(sign for|receive|accept) (it|them|the (parcel|package))\b`,
  'i',
);
// Not a question of who may: who signed it ("是谁代收的", "who signed for it").
const WHO_SIGNED = /(谁|誰|邊個|边个)[^，。？?]{0,4}(代收|代签|代簽|签|簽)|\bwho (signed|received|accepted)\b/i;

// Whether someone must be in at all ("must somebody be at home to sign for a parcel?"): the rule on nobody home.
const MUST_BE_IN =
  /\b(must|have to|has to|need to|needs to|got to)\b[^.?!]{0,20}\b(be )?(at home|home|in|there)\b|一定要|必须|必須|使唔使有人|要唔要有人|需不需要有人/i;

// The recipient's phone or name used to collect instead of the pickup code: "give my phone number instead of the code",
// "can she collect it without the pickup code?", "报手机号能取吗", "講電話攞得唔得" (never a coupon's code, nor "no code,
// and the courier doesn't answer his phone").
const PHONE_FOR_CODE =
  /\b(phone|mobile|number|name)\b[^.?!]{0,25}\binstead of\b[^.?!]{0,12}\b(pick-?up |collection |locker )?codes?\b|\b(collect|pick (it )?up|get (it|the parcel) out|open the locker)\b[^.?!]{0,25}\bwithout (the|a|my|her|his|any) (pick-?up |collection |locker )?codes?\b|(报|報|用|講|讲|凭|憑|俾|畀|给|給|输|輸|打|按)(入)?(我的?|收件人的?|我嘅|佢嘅)?(手机号|手機號|电话号码?|電話號碼?|电话|電話)[^，。？?]{0,6}(取|攞|拿|领|領|开|開)/i;

// A question put as a grievance: "怎么能", "凭什么", "點解", "为什么", "随便", "why", "how could".
const GRIEVANCE_ASKED =
  /怎么能|怎麼能|凭什么|憑什麼|憑咩|點解|点解|为什么|為什麼|为啥|為啥|竟然|居然|随便|隨便|\bwhy\b|\bhow (could|can|dare)\b/i;

// A harm told beside it is the complaint's ("东西现在不见了", "I never got it", "個箱爛咗", "態度很差").
// ("我不是要投诉啊 我就想知道…": a complaint turned down tells no harm.)
const HARM_TOLD = (said: string): boolean => {
  const text = withoutDenial(said);
  return (
    namesComplaint(text) ||
    wantsToComplain(text) ||
    (['lost', 'damaged', 'attitude'] as const).some((category) => speaksOfCategory(text, category)) ||
    /\bnever (got|received)\b|没收到|沒收到|冇收到|收不到|不见了|不見了|唔見咗|找不到|搵唔到|少了|少咗|\bmissing\b/i.test(
      text,
    ) ||
    // ("你们快递员怎么能随便找人代签？", "凭什么让门卫代收", "點解可以俾管理處代簽㗎": asked in grievance — a review of session 49.)
    GRIEVANCE_ASKED.test(text)
  );
};

/** The message asks whether someone else may sign for the parcel, or collect it with a phone instead of the code. */
export function asksSomeoneElseReceives(text: string): 'signs' | 'phone' | undefined {
  // (The asking first, the harm after: every message passes here, few ask this.)
  const phone = PHONE_FOR_CODE.test(text) && (ASKS_ZH.test(text) || /\b(can|could|may|is it)\b/i.test(text));
  const signs =
    !phone &&
    ((SIGNS_FOR_ZH.test(text) && ASKS_ZH.test(text)) || SIGNS_FOR_EN.test(text)) &&
    !WHO_SIGNED.test(text) &&
    !MUST_BE_IN.test(text);
  if ((!phone && !signs) || HARM_TOLD(text)) return undefined;
  return phone ? 'phone' : 'signs';
}

/**
 * Answers who else may take the parcel, or what a collector shows, by the rules of the parcel in sight (else the
 * customer's market).
 * @returns whether it answered.
 */
export async function answerSomeoneElseReceives(turn: Turn): Promise<boolean> {
  const asked = asksSomeoneElseReceives(turn.text);
  if (!asked) return false;
  // ("冇人喺屋企就交俾隔籬屋黃太代收得唔得", "after 4pm, and the front desk can sign for it": who takes it in, asked with a
  // change of its delivery, goes on that request — delivery-change-turn.ts.)
  // (A hold asked beside it — "security won't take parcels, hold mine at the station" — is that request's.)
  // ("Could my colleague receive it at my office instead? The address is 88 Century Avenue…": that change of address.)
  const kind = deliveryChangeKind(turn.text, turn.reading);
  const inSight = turn.reading.entities.trackingNumbers.length > 0 || turn.data.lastTracking !== undefined;
  const addressGiven = /\baddress\b|地址/i.test(turn.text) && /\d/.test(turn.text);
  const changeAsked = kind === 'hold' || kind === 'change_address' || addressGiven || (inSight && kind !== undefined);
  if (asked === 'signs' && (turn.data.deliveryChange || changeAsked)) return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel = lookup?.kind === 'found' ? (lookup as Found) : undefined;
  const rule = ruleOn(turn, asked === 'signs' ? 'someoneReceives' : 'collectorId', parcel);
  if (!rule) return false;
  // (A parcel named in the message is shown first — the answer names what happens to that one.)
  if (parcel && turn.reading.entities.trackingNumbers.length > 0) await handleTrack(turn);
  await reply(turn, rule);
  noteOutcome(turn.context, 'answered');
  return true;
}
