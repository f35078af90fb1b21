import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { readRestOf } from './digits-beside';
import { answerWasItUs } from './scam-call';
import { speaksOfScam } from './scam-warning';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * What a customer asks about a suspicious text once it is named a scam (blind batch 22: 07): the text pasted into the
 * message is the scammer's — its parcel number is no parcel of theirs to look up or complain about; "should I click
 * it?" is answered no (and what to do if they already paid); "how do I know a message is really from you?" gets how
 * the courier's own messages look, from the knowledge files.
 */

// A text pasted into the message: quoted ("…", “…”, 「…」, 『…』), or a sender's tag in brackets ("[Courier] …",
// "【快递】…") up to the link it ends with; without a link on its line, up to its sentence's end, the customer's own
// words after a space ("… 我没点 但是…", "… also my parcel…") or the line's end — never past the line, so "[Courier]
// Your parcel is held, pay the fee at once. is this real? Also my parcel SF… is late" keeps the complaint beside it.
const PASTED =
  /"[^"\n]{12,}"|“[^“”]{12,}”|「[^「」]{12,}」|『[^『』]{12,}』|[[【][^\]】\n]{1,24}[\]】](?:[^\n]*?(?:https?:\/\/\S+|www\.\S+)|[^\n]*?(?:[.!?](?=\s|$)|[。！？]|(?=\s+(?:我|但|另外|还有|還有|仲有|順便|顺便|\b(?:also|but|btw|and my|my)\b))|$))/gimu;

/** The message without the text pasted into it, or undefined when nothing was pasted. */
export function besidePasted(text: string): string | undefined {
  const rest = text.replace(PASTED, ' ');
  return rest === text ? undefined : rest.replace(/\s+/g, ' ').trim();
}

// "should I click it?", "can I pay it?", "要不要点进去", "可以點開嗎", "使唔使撳入去", "應唔應該撳入去俾錢": whether to click
// or pay — the link or the text as the object ("it", "the link", 链接, 进去, 入去), or nothing after "click" but the
// question's end. "can I open the parcel before I sign?", "do I need to pay extra for Sunday delivery?", "签收前可以打开
// 验货吗", "寄到北京可以到付吗", "可以按實際價值賠嗎" ask something else.
const CLICK_ASK =
  /\b(should|shall|can|could|do|must|need to|is it (ok|safe) to)\b[^.?!]{0,20}\b(?:(?:click|tap|press|open|pay|reply|fill)(?: (?:on|in|out|to|into))? (?:it|that|this|them|(?:the|that|this) (?:link|url|text|sms|message|email))\b|(?:click|tap)(?: it)?\s*(?:\?|$))|(要不要|要唔要|能不能|可不可以|可唔可以|可以|使唔使|用不用|敢不敢|该不该|該不該|应该|應該)[^。？?]{0,4}(?:(?:点|點|撳|按|打开|打開)(?:开|開)?(?:链接|鏈接|連結|连结|网址|網址|进去|進去|入去|它|那个|那個|嗰個|嗰條|呢條|这个|這個|那条|那條)|(?:点|點|撳)(?:开|開)?(?:一下)?(?:吗|嗎|呀|啊|？|\?|$)|(?:回复|回覆)(?:它|那条|那條|短信|簡訊|短訊|信息|訊息|他们|他們|佢哋))/i;

// "how do I know a message is really from you?", "怎么分辨是不是你们发的", "點知係咪你哋發嘅", "how can I tell it's real"
// (點 alone is "click" too: "我沒有點 但他們知道…" asks nothing of the kind).
const GENUINE_ASK =
  /\bhow (do|can|could|would|should) (i|we|you|one)\b[^.?!]{0,30}\b(know|tell|check|recogni[sz]e|verify|spot|be sure)\b|(怎么|怎麼|如何|点样|點樣)[^。？?]{0,4}(分辨|辨别|辨別|判断|判斷|知道|知|确认|確認|核实|核實|認|认)|(点|點)(知|分|認|认)|(分辨|辨别|辨別)[^。？?]{0,4}(真假|真伪|真偽)/i;

// Who the doubted message claims to be from: the courier ("from you", "你们发的", "你哋發嘅", "official").
const FROM_US =
  /\b(from you|you guys|your (company|messages?|texts?)|really you|official|genuine|real|legit)\b|你们|你們|你哋|官方|真假|真伪|真偽/i;

/** The message asks how to tell the courier's own calls or messages from fake ones ("怎么分辨是不是你们打来的"). */
export const asksHowToTellUs = (text: string): boolean => GENUINE_ASK.test(text) && FROM_US.test(text);

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
  if (rest === undefined) return onlyDoubtsText(turn);
  // (A leak spoken of where the pasted text was taken to run on is the customer's own complaint: the whole message
  // is read, as it was.)
  if (LEAK.test(turn.text) && !LEAK.test(rest)) return false;
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

// Something beside the text told: another matter after "also", "另外", "还有", "順便", "btw".
const BESIDES = /另外|还有|還有|仲有|順便|顺便|此外|\b(also|btw|by the way|and my|plus my)\b/i;
// The texts tied to the customer's own sending ("我寄完包裹之後就一直收到簡訊", "ever since I sent a parcel"): who knew of
// it is the customer's question — a leak — not only whether the text is real.
const SINCE_SENDING =
  /寄完|寄了[^，。]{0,6}(之后|之後|以后|以後|后|後)|寄(件|出|出去)?(之后|之後|以后|以後)|\b(after|since|ever since) (i |we )?(sent|shipped|posted|mailed|sending|shipping)\b/i;

/**
 * A scam text told in the customer's own words, no text pasted ("got a text saying I must pay a redelivery fee via a
 * link, is that you?", "收到短信说要点链接补运费 是你们发的吗"): the warning answers it — no fee, hold or customs entry, no
 * complaint — unless the message names a parcel, a leak, the customer's own sending or another matter beside it.
 */
function onlyDoubtsText(turn: Turn): boolean {
  const { text, reading } = turn;
  const { trackingNumbers, invalidTracking } = reading.entities;
  if (trackingNumbers.length + invalidTracking.length > 0) return false;
  return !LEAK.test(text) && !SINCE_SENDING.test(text) && !BESIDES.test(text);
}

// What tells of the text and doubts it, beside the text pasted: "I got this text:", "收到一条短信", "is this real??".
const TOLD_OF_TEXT =
  /\b(i )?(got|received|had|get) (this|that|a|the) (text|sms|message|email)( just now| today)?\b|(我)?(收到|收咗|接到)(一|呢|這|这|一則|一条|一條|呢個|這則|这条)?(個|个|條|条|則|则)?(短信|簡訊|短訊|信息|訊息|讯息|邮件|郵件|電郵)/giu;
const DOUBTED =
  /\b(is|are) (this|that|it) (real|legit|genuine|true|from you|a scam)\b|(这|這|呢個|呢)?(是|係)(不是|咪|唔係)?(真|假|你们|你們|你哋)[的嘅]?(吗|嗎|㗎|嘅|呀|啊)?|真唔真|真的假的/giu;
// A charge the courier itself makes: freight collect, cash on delivery, duties and taxes, fees at the door.
const OUR_CHARGES =
  /到付|货到付款|貨到付款|代收|关税|關稅|税费|稅費|海关|海關|运费|運費|上楼费|上樓費|\b(freight|collect|cod|cash on delivery|duty|duties|tax|taxes|customs|postage|shipping fee)\b/i;
// Whether the text is a scam, asked: "係咪呃人㗎", "是不是骗子", "so it's a scam?", "is this a phishing thing".
const ASKS_IF_SCAM =
  /(係咪|系咪|是不是|是否|會唔會|会不会|會不會)[^，。,.?？]{0,4}(呃人|呃錢|呃钱|骗子|騙子|骗局|騙局|诈骗|詐騙|假)|(呃人|骗子|騙子|骗局|騙局|诈骗|詐騙)[^，。,.]{0,3}(吗|嗎|㗎|呀|啊|嚟|[?？])|\b(is (it|this|that)|so (it'?s|its|this is)|it'?s) (a |just a |really a |definitely a )?(scam|fraud|phishing|fake)\b|\b(scam|fraud|phishing|fake)\s*\?/i;
const LEAK = /泄露|洩露|外洩|外泄|个资|個資|个人信息|個人資料|私隱|\bleak/i;

/**
 * Right after the scam warning (the turn after it, and on while such questions go on): "should I click it?" gets no,
 * and "how do I know it's really you?" how the courier's messages look (with the no first when both are asked). Not
 * in the warning's own turn (the warning said it; the message goes on to be read as usual), and never inside a
 * complaint being taken down or another dialog: "可以按實際價值賠嗎" there is that dialog's answer.
 * @param warnedNow - this turn's message got the warning.
 * @param inDialog - a dialog is running.
 * @returns whether the message was such and answered.
 */
export async function answerScamQuestion(turn: Turn, warnedNow: boolean, inDialog: boolean): Promise<boolean> {
  const asking = turn.data.scamAsking === true;
  turn.data.scamAsking = warnedNow || undefined;
  if (!asking || warnedNow || inDialog) return false;
  const text = turn.text;
  const click = CLICK_ASK.test(text);
  const genuine = GENUINE_ASK.test(text) && FROM_US.test(text);
  // ("is this actually you guys??": not us, the rule on such calls, and a leak report offered — scam-call.ts.)
  if (!click && !genuine && (await answerWasItUs(turn))) return (turn.data.scamAsking = true);
  // ("我根本冇寄嘢 又冇人寄嘢畀我 係咪呃人㗎", "so its a scam?" — blind batch 48b: 15.2 was read as a parcel not received.)
  // (Not of a charge of ours named in it — "到付也是骗人的吗", "is the duty in your app a scam too?": those are real —
  // the review of ee982da.)
  const ofOurCharge = OUR_CHARGES.test(text);
  if (
    !click &&
    !genuine &&
    ASKS_IF_SCAM.test(text) &&
    !ofOurCharge &&
    turn.reading.entities.trackingNumbers.length === 0
  ) {
    await reply(turn, say(turn, 'scam.yesLikely'));
    return (turn.data.scamAsking = true);
  }
  if (!click && !genuine) return false;
  const entry = genuine ? genuineEntry(turn) : undefined;
  if (click) await reply(turn, say(turn, 'scam.dontClick'));
  if (entry) await reply(turn, entry);
  const answered = click || entry !== undefined;
  if (answered) turn.data.scamAsking = true;
  return answered;
}
