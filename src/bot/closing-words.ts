import { goesToAskSomeone, saysGoodbye, saysPausing } from './leaving-words';
import { saysThanks } from './message-cues';
import { namesWeather } from './small-talk';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * A message that only closes the chat for now (issue #17, blind batch 31: 30.5): thanks, a goodbye, a pause to ask
 * someone for the number ("好吧 那我再問朋友", "ok I'll ask my friend and come back"), with or without small talk beside
 * it ("…多谢 今天好冷啊", "thanks, bye — cold today huh"). Answered politely, never with the last question again nor
 * with an answer to the small talk alone.
 */
export type Closing = 'pause' | 'goodbye' | 'thanks';

// The thank-you words, taken out to read what else the message says.
const THANKS_WORDS =
  /唔該晒|唔该晒|多謝晒|多谢晒|多謝你?|多谢你?|謝謝你?|谢谢你?|感謝你?|感谢你?|謝了|谢了|\bthank(s| you)( (so|very) much| a lot)?\b|\bthx\b|\bty\b|\bcheers\b|\bmany thanks\b/gi;
// Words that only close, once the thanks and the remarks are out: "算啦", "好的", "ok", "that's all", "没事了".
const ONLY_CLOSING =
  /^(?:\s|[\p{P}\p{Extended_Pictographic}\u{fe0f}]|ok(ay)?|alright|all good|fine|great|cool|got it|that'?s (all|it)|nothing else|i'?m (good|done)|好的?|好吧|好啦|好嘞|行|嗯|哦|噢|收到|明白(了|晒)?|知道(了|晒)?|算啦|算了|没事了|沒事了|冇事喇|冇事|冇嘢喇|冇嘢|就这样|就這樣|就咁|先咁|啦|喇|呀|啊|吧|哈+|huh|haha)*$/iu;
// "算了 那我直接去…问问吧", "好吧 我還是去問賣家好了", "ok i'll just go and ask at the station": the customer's own way on.
const GOES_THEMSELVES =
  /^(算了|算啦|好吧|好啦|好|ok(ay)?|alright|fine)?[\s,，]*(那|咁|then|so)?[\s,，]*(我|i['’]?ll|i will|i'?m going to)\s*(还是|還是|都係|就|直接|自己|先|just|go and)*\s*(去|到|问|問|找|搵|打(电话|電話)?(给|給|俾)|go\b|ask\b|call\b|check\b|head\b)/i;

// What went wrong told beside the plan ("thanks, I will call your manager about the rude driver", "我去找你们经理 快递员把
//我的件弄丢了"): no close (review of session 40).
const GRIEVANCE =
  /manager|supervisor|boss|经理|經理|主管|老板|老闆|rude|lost|broke|damag|never (got|came|arrived)|丢|丟|唔見|不见|不見|坏|壞|破|骂|罵|态度|態度|没收到|沒收到|冇收到|乱签|亂簽|complain|投诉|投訴|客诉|客訴|赔|賠/i;

// Anything asked or told about a parcel, a complaint or a person — or hurried ("hurry up please, I have to leave for
// work", "快啲啦 我要出門口" hurries what is under way) — then it is no close.
const ASKS_MORE =
  /[?？]|投诉|投訴|客诉|客訴|complain|人工|真人|\b(agent|human|person)\b|\bhurry\b|\basap\b|\bquick(ly)?\b|快点|快點|快啲|快些|赶紧|趕緊|赶快|趕快/i;

/** Splits off clauses (by punctuation, and by spaces between Chinese words) that are only a remark in passing. */
function withoutRemarks(text: string): string {
  return text
    .split(/[,，。.!！~;；]+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/)
    .filter((clause) => !namesWeather(clause))
    .join(' ');
}

/** What the message closes with, if closing is all it does. */
export function closingIn(text: string): Closing | undefined {
  if (text.trim().length > 80 || ASKS_MORE.test(text) || /\d{4}/.test(text)) return undefined;
  const thanked = saysThanks(text);
  const rest = withoutRemarks(text.replace(THANKS_WORDS, ' ')).trim();
  // (The pause read on the words as said too: "我问问朋友先 谢谢" is one.)
  if (saysPausing(rest) || saysPausing(text)) return 'pause';
  if (saysGoodbye(rest)) return 'goodbye';
  if (thanked && ONLY_CLOSING.test(rest)) return 'thanks';
  // ("算了 那我直接去田林东路那个驿站问问吧 谢谢你啊", "ok i'll go ask at the station then, thanks": the customer's own way
  // on, with thanks — blind batch 40b: 06.7 was read as a complaint about staff.)
  if (thanked && GOES_THEMSELVES.test(rest) && !GRIEVANCE.test(rest) && rest.length <= 40) return 'thanks';
  return undefined;
}

/**
 * Closes politely outside a complaint: a pause hears it can come back any time (with the number, where none was
 * found yet), a goodbye or thanks a friendly word.
 * @returns whether the message was such a close (and answered).
 */
export async function answerClosing(turn: Turn): Promise<boolean> {
  const { data, reading } = turn;
  if (reading.entities.trackingNumbers.length > 0 || reading.entities.invalidTracking.length > 0) return false;
  if (reading.entities.phones.length > 0 || reading.signals.anger >= 0.4 || reading.signals.escalationThreat)
    return false;
  const closing = closingIn(turn.text);
  if (!closing) return false;
  // A change of delivery on a parcel, not sent yet, is the customer's own: its turn says what it still needs
  // (delivery-change-turn.ts). One never given a parcel is let go with the close.
  const draft = data.deliveryChange;
  if (draft && !draft.recorded && draft.trackingNumber) return false;
  if (draft && !draft.recorded) data.deliveryChange = undefined;
  noteOutcome(turn.context, 'answered');
  data.offeredHuman = undefined;
  // (Gone to ask someone with no parcel found in the chat yet: the number is what they will come back with; a pause
  // to think is only a pause.)
  const noParcel = !data.lastTracking && goesToAskSomeone(turn.text);
  // (A goodbye with thanks in it is answered as thanks: "you're welcome", then the way back.)
  const thanked = closing === 'thanks' || (closing === 'goodbye' && saysThanks(turn.text));
  const key =
    closing === 'pause'
      ? noParcel
        ? 'closing.pauseForNumber'
        : 'leavingForNow'
      : thanked
        ? 'thanks'
        : 'leavingForNow';
  await reply(turn, say(turn, key));
  return true;
}
