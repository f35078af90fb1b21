import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { reply, say, type Turn } from './turn';

/**
 * "Just give me the driver's personal WhatsApp or phone", "把快递员的手机号给我", "俾個速遞員電話我" (blind batch 26b:
 * 05.2): the courier's own number is not given out (couriers reach customers through a virtual number, and their
 * number is theirs). What the bot can do instead is said at once: the station that delivered it contacts the
 * customer — in a complaint being taken down, the wish goes on it; before one, the customer hears how to get there.
 */

const COURIER =
  '(?:courier|driver|delivery ?(?:guy|man|person|boy|staff)|postman|rider|快递员|快遞員|速遞員|派件员|派件員|送货员|送貨員|司機|司机|师傅|師傅|快递小哥|快遞小哥|送货的|送貨的)';
const NUMBER =
  '(?:number|phone|mobile|cell|whats ?app|wechat|line id|contact|电话|電話|手机|手機|号码|號碼|微信|联系方式|聯繫方式|聯絡方式|聯絡電話|联系电话)';
// The number of the courier, either way round, as the thing named: "the driver's personal whatsapp", "快递员的手机号",
// "送货的师傅手机号", "速遞員個電話", "number of the courier" — not the courier doing something with a phone ("快递员打我
// 电话我没接到").
const OWN = "(?:'s|’s|的|嘅|个|個)?\\s*";
const COURIERS_NUMBER = new RegExp(
  `${COURIER}${OWN}(?:${COURIER}${OWN})?(?:(?:own|personal|private|direct|real) |私人|自己|本人|个人|個人)?(?:的|嘅)?\\s*${NUMBER}|${NUMBER}[^.?!。？！]{0,12}\\b(?:of|for) (?:the |that |this |your )?${COURIER}`,
  'i',
);
// "give me his number", "can I have his WhatsApp" with the courier named in the message.
const HIS_NUMBER = new RegExp(
  `\\b(?:give|send|share|pass|tell)\\b[^.?!]{0,6}\\b(?:me|us)\\b\\s+(?:his|her|their)\\s+(?:(?:own|personal|private|direct) )?${NUMBER}|\\b(?:can|could|may) (?:i|we) (?:have|get) (?:his|her|their)\\s+(?:(?:own|personal|private|direct) )?${NUMBER}`,
  'i',
);
const COURIER_NAMED = new RegExp(COURIER, 'i');
// Asked for: "give me", "can I have", "I want", "what's", "给我", "俾我", "提供", "要", "告诉我".
const ASKED =
  /\b(give|send|share|pass|tell)\b[^.?!]{0,6}\b(me|us)\b|\b(can|could|may) (i|we) (have|get)\b|\bi (want|need)\b|\bwhat'?s\b|\bwhat is\b|\bgive\b[^.?!]{0,40}\bto me\b|给我|給我|俾我|畀我|告诉我|告訴我|話我知|提供|我要(?!投诉|投訴)|要(一下|下)|发我|發我|可唔可以俾|能不能给|可以给|可以給|幾多|几多|多少|係咩|係乜|是什么|是什麼|有冇|有没有|有沒有|呢\s*[?？]*\s*$/i;

// "what is his phone number", "his number?": his, of the courier spoken of just before (blind batch 43b: 04.5, after
// "tell the man to call me before he comes").
const HIS_ASKED = new RegExp(
  `\\b(?:what(?:'s| is)|give me|send me|can i (?:have|get)|(?:only |just )?want)\\s+(?:his|her|their)\\s+(?:(?:own|personal|private|direct|phone|mobile) )?${NUMBER}`,
  'i',
);
const COURIER_SPOKEN = new RegExp(
  `${COURIER}|\\bthe (?:man|guy)\\b|\\b(?:he|she) (?:comes?|delivers?|brings?)\\b`,
  'i',
);

// The courier's phone not working or not answered: a complaint about reaching him, not his number asked ("快递员电话打不通",
// "the courier's phone is off" — a stranger's review of bde5fa0).
const PHONE_FAILS =
  /打不通|打唔通|关机|關機|不接|唔接|冇人聽|没人接|沒人接|空号|空號|停机|停機|\b(is off|switched off|turned off|doesn'?t work|not working|isn'?t working|no answer|not answering|won'?t answer|doesn'?t answer|never answers|goes to voicemail|wrong number)\b/i;
// "could the courier phone me ahead of arriving?": a call asked for, the phone a verb (call-first-no-number).
// (Not "so I can ring him myself": the customer calling the courier wants his number.)
const CALL_ASKED =
  /\b(phone|call|ring|text|message)\s+(me|us)\b|打(个|個)?(电话|電話)(给|給|俾)我|打俾我|打給我|打给我/i;
// Something more than the question: what the courier did ("what's the driver's number, he was rude").
const MORE_TOLD =
  /\b(rude|shout\w*|yell\w*|threw|throw\w*|hit|broke\w*|damag\w*|swore|complain\w*|report\w*|lied|lying)\b|态度|態度|骂|罵|扔|摔|打人|投诉|投訴|举报|舉報|凶|兇|不耐烦|不耐煩|差劲|差勁/i;

/** The message asks for the courier's own phone number or messaging account (`before`: the messages just before). */
export const asksCourierNumber = (text: string, before: readonly string[] = []): boolean =>
  (COURIERS_NUMBER.test(text) &&
    (ASKED.test(text) || /[?？]\s*$/.test(text)) &&
    !PHONE_FAILS.test(text) &&
    !CALL_ASKED.test(text)) ||
  (HIS_NUMBER.test(text) && COURIER_NAMED.test(text)) ||
  (HIS_ASKED.test(text) && before.some((said) => COURIER_SPOKEN.test(said)));

/**
 * Before a complaint: the courier's number is not given, the station can contact the customer through a complaint.
 * The message then goes on to be read as usual (a complaint it opens is taken down after this answer) — unless it tells
 * nothing the courier did beside the question ("what is his phone number": blind batch 43b 04.5–04.6 went on to "sorry
 * you were treated like that" and a complaint).
 * @returns whether the question was answered and the message tells nothing more to take down.
 */
export async function answerCourierNumber(turn: Turn): Promise<boolean> {
  if (!asksCourierNumber(turn.text, turn.data.said?.slice(-2))) return false;
  await reply(turn, say(turn, 'courier.numberPrivate'));
  return turn.reading.entities.trackingNumbers.length === 0 && !MORE_TOLD.test(turn.text);
}

/**
 * In a complaint being taken down: the number is not given, the station contacting the customer goes on the
 * complaint (the customer's words kept in its account for the agent), then the step again.
 * @returns whether the message asked for the courier's number.
 */
export async function answerCourierNumberInIntake(turn: Turn, { state }: IntakePosition): Promise<boolean> {
  const { text } = turn;
  if (!asksCourierNumber(text, turn.data.said?.slice(-2))) return false;
  if (!state.description.includes(text.trim()))
    state.description = [state.description, text.trim()].filter((s) => s.trim()).join('\n');
  await reply(turn, say(turn, 'courier.numberPrivateNoted'));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
