import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { readRestOf } from './digits-beside';
import { speaksOfScam } from './scam-warning';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * What a customer asks about a suspicious text once it is named a scam (blind batch 22: 07): the text pasted into the
 * message is the scammer's — its parcel number is no parcel of theirs to look up or complain about; "should I click
 * it?" is answered no (and what to do if they already paid); "how do I know a message is really from you?" gets how
 * the courier's own messages look, from the knowledge files.
 */

// A text pasted into the message: quoted ("…", “…”, 「…」, 『…』), or a sender's tag in brackets ("[Courier] …",
// "【快递】…") up to the link it ends with or the line's end.
const PASTED =
  /"[^"\n]{12,}"|“[^”]{12,}”|「[^」]{12,}」|『[^』]{12,}』|[[【][^\]】\n]{1,24}[\]】][^\n]*?(?:https?:\/\/\S+|www\.\S+|$)/gu;

/** The message without the text pasted into it, or undefined when nothing was pasted. */
export function besidePasted(text: string): string | undefined {
  const rest = text.replace(PASTED, ' ');
  return rest === text ? undefined : rest.replace(/\s+/g, ' ').trim();
}

// "should I click it?", "can I pay it?", "要不要点", "可以點開嗎", "使唔使撳", "要唔要俾錢": whether to click or pay.
const CLICK_ASK =
  /\b(should|shall|can|could|do|must|need to|is it (ok|safe) to)\b[^.?!]{0,20}\b(click|tap|open|press|pay|reply|fill)\b|(要不要|要唔要|能不能|可不可以|可唔可以|可以|使唔使|用不用|敢不敢|该不该|該不該|应该|應該)[^。？?]{0,4}(点|點|撳|按|打开|打開|付|俾錢|给钱|給錢|回复|回覆|填)/i;

// "how do I know a message is really from you?", "怎么分辨是不是你们发的", "點知係咪你哋發嘅", "how can I tell it's real"
// (點 alone is "click" too: "我沒有點 但他們知道…" asks nothing of the kind).
const GENUINE_ASK =
  /\bhow (do|can|could|would|should) (i|we|you|one)\b[^.?!]{0,30}\b(know|tell|check|recogni[sz]e|verify|spot|be sure)\b|(怎么|怎麼|如何|点样|點樣)[^。？?]{0,4}(分辨|辨别|辨別|判断|判斷|知道|知|确认|確認|核实|核實|認|认)|(点|點)(知|分|認|认)|(分辨|辨别|辨別)[^。？?]{0,4}(真假|真伪|真偽)/i;

// Who the doubted message claims to be from: the courier ("from you", "你们发的", "你哋發嘅", "official").
const FROM_US =
  /\b(from you|you guys|your (company|messages?|texts?)|really you|official|genuine|real|legit)\b|你们|你們|你哋|官方|真假|真伪|真偽/i;

const entryWords = 'genuine messages 官方信息 官方訊息';

/** The knowledge entry on how the courier's own messages look, in the customer's market and language. */
function genuineEntry(turn: Turn): string | undefined {
  const { knowledge } = turn.services;
  return answerFaq(knowledge, customerMarket(turn), turn.locale, 'fee', entryWords, 'entry', spokenRegister(turn));
}

/**
 * After the scam warning of this turn: a pasted text's own words are read no more (its number is the scammer's); when
 * the customer's words beside it only ask whether it is real, the warning was the whole answer.
 * @returns whether the message is answered.
 */
export function readBesidePasted(turn: Turn): boolean {
  if (!speaksOfScam(turn.text)) return false;
  const rest = besidePasted(turn.text);
  if (rest === undefined) return false;
  readRestOf(turn, rest);
  const { intent, entities } = turn.reading;
  if (intent === 'other' || intent === 'greeting' || intent === 'thanks' || intent.startsWith('faq.')) return true;
  // ("我收到呢個短訊 係咪真㗎" reads as a complaint about a message received: with the text and the doubt taken out, it
  // says nothing more — no parcel, no leak, no other grievance.)
  const said = rest
    .replace(TOLD_OF_TEXT, ' ')
    .replace(DOUBTED, ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  const little = (said.match(/[\u3400-\u9fff]/gu)?.length ?? 0) + said.replace(/[\u3400-\u9fff]/gu, '').length / 5 < 6;
  return little && entities.trackingNumbers.length === 0 && !LEAK.test(rest);
}

// What tells of the text and doubts it, beside the text pasted: "I got this text:", "收到一条短信", "is this real??".
const TOLD_OF_TEXT =
  /\b(i )?(got|received|had|get) (this|that|a|the) (text|sms|message|email)( just now| today)?\b|(我)?(收到|收咗|接到)(一|呢|這|这|一則|一条|一條|呢個|這則|这条)?(個|个|條|条|則|则)?(短信|簡訊|短訊|信息|訊息|讯息|邮件|郵件|電郵)/giu;
const DOUBTED =
  /\b(is|are) (this|that|it) (real|legit|genuine|true|from you|a scam)\b|(这|這|呢個|呢)?(是|係)(不是|咪|唔係)?(真|假|你们|你們|你哋)[的嘅]?(吗|嗎|㗎|嘅|呀|啊)?|真唔真|真的假的/giu;
const LEAK = /泄露|洩露|外洩|外泄|个资|個資|个人信息|個人資料|私隱|\bleak/i;

/**
 * Once a scam was named in this conversation: "should I click it?" gets no, and "how do I know it's really you?" how
 * the courier's messages look (with the no first when both are asked).
 * @returns whether the message was such and answered.
 */
export async function answerScamQuestion(turn: Turn): Promise<boolean> {
  if (!turn.data.scamWarned) return false;
  const text = turn.text;
  const click = CLICK_ASK.test(text);
  const genuine = GENUINE_ASK.test(text) && FROM_US.test(text);
  if (!click && !genuine) return false;
  const entry = genuine ? genuineEntry(turn) : undefined;
  if (click) await reply(turn, say(turn, 'scam.dontClick'));
  if (entry) await reply(turn, entry);
  return click || entry !== undefined;
}
