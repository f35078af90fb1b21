import { ruleOn, type Found } from './case-rules';
import { wantsToComplain } from './complaint-words';
import { deliveryChangeKind } from './delivery-change-reading';
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

// A question: "can", "可以", "可唔可以", "吗", "?".
const ASKS =
  /[?？]|\b(can|could|may|is it (ok|okay|possible|fine|alright)|will it be (ok|okay|fine)|allowed|possible)\b|可以|可不可以|可唔可以|能不能|能唔能|能否|可否|行不行|行唔行|得唔得|得不得|得嗎|得吗|(好|行)(唔|不)(好|行)|吗|嗎|嘛/i;

// Someone else signing or taking it in: "代签", "幫我簽收", "同事代收" — a person who takes it in (never the cash-on-delivery
// 代收货款 or 代收服務, a 代收点, nor "管理室不代收包裹", a desk that will not — blind batch 50b: 12.1),
// "sign for it for me", "my colleague can receive it?".
const SIGNS_FOR =
  /代签|代簽|(帮|幫|替)(我|佢|他|她|手|忙)(签收|簽收|收件|收货|收貨)|(同事|邻居|鄰居|隔篱|隔籬|家人|屋企人|老婆|老公|太太|先生|朋友|室友|同学|同學|前台|前檯|门卫|門衛|保安|管理|物业|物業|秘书|秘書|助理|别人|別人|其他人)[^，。？?\s]{0,4}(?<![不唔没沒冇拒]|不肯|不會|不会|唔會|唔肯)代收(?!货款|貨款|款|点|點|费|費|服务|服務|了|咗|过|過)|\b(sign|signs|signing) for (it|them|the (parcel|package|delivery|box))\b[^.?!]{0,25}\b(for me|instead|on my behalf|in my place)\b|\b(someone|somebody|anyone|anybody|colleague|co-?worker|neighbou?r|reception(ist)?|front desk|concierge|guard|doorman|security|my (wife|husband|mum|mom|mother|dad|father|son|daughter|friend|flatmate|roommate|sister|brother|assistant|secretary|helper|maid))\b[^.?!]{0,25}\b(sign for|receive|accept|take in|take delivery of)\b/i;
// Not a question of who may: who signed it ("是谁代收的", "who signed for it"), or a grievance about it.
const WHO_SIGNED = /(谁|誰|邊個|边个)[^，。？?]{0,4}(代收|代签|代簽|签|簽)|\bwho (signed|received|accepted)\b/i;

// Whether someone must be in at all ("must somebody be at home to sign for a parcel?"): the rule on nobody home.
const MUST_BE_IN =
  /\b(must|have to|has to|need to|needs to|got to)\b[^.?!]{0,20}\b(be )?(at home|home|in|there)\b|一定要|必须|必須|使唔使有人|要唔要有人|需不需要有人/i;

// The recipient's phone or name instead of the pickup code: "give my phone number instead of the code", "without the
// code", "取件码删了 报手机号能取吗", "冇取件碼 講電話得唔得".
const PHONE_FOR_CODE =
  /\b(phone|mobile|number|name)\b[^.?!]{0,25}\binstead of\b[^.?!]{0,12}\bcodes?\b|\binstead of (the|a|my|her|his) (pickup |collection )?codes?\b|\bwithout (the|a|my|her|his|any) (pickup |collection )?codes?\b|(没有|沒有|冇|没|沒|删了|刪了|刪咗|删咗|唔記得|忘了|忘记|忘記|收不到|收唔到|没收到|沒收到)[^，。？?]{0,6}取(件|貨|货)(码|碼)[^。？?]{0,15}(手机号|手機號|电话|電話|手机|手機|姓名|名字)|(报|報|用|講|讲|凭|憑|俾|畀|给|給|输|輸|打|按)(入)?(我的?|收件人的?|我嘅|佢嘅)?(手机号|手機號|电话号码?|電話號碼?|电话|電話)[^，。？?]{0,6}(取|攞|拿|领|領|开|開)/i;

/** The message asks whether someone else may sign for the parcel, or collect it with a phone instead of the code. */
export function asksSomeoneElseReceives(text: string): 'signs' | 'phone' | undefined {
  if (!ASKS.test(text) || wantsToComplain(text)) return undefined;
  if (PHONE_FOR_CODE.test(text)) return 'phone';
  if (SIGNS_FOR.test(text) && !WHO_SIGNED.test(text) && !MUST_BE_IN.test(text)) return 'signs';
  return undefined;
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
  const inSight = turn.reading.entities.trackingNumbers.length > 0 || turn.data.lastTracking !== undefined;
  if (asked === 'signs' && (turn.data.deliveryChange || (inSight && deliveryChangeKind(turn.text, turn.reading))))
    return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel = lookup?.kind === 'found' ? (lookup as Found) : undefined;
  const rule = ruleOn(turn, asked === 'signs' ? 'someoneReceives' : 'collectorId', parcel);
  if (!rule) return false;
  await reply(turn, rule);
  noteOutcome(turn.context, 'answered');
  return true;
}
