import { asksWhatToDo } from './intake-plain-answers';
import { reply, say, type Turn } from './turn';

/**
 * "The receipt says YunExpress at the top — is that you guys?", "单子上写的韵达 是你们吗", "係咪你哋嘉里呀": a parcel
 * another courier carries (blind batch 22: 10.3–10.4). The customer hears no — that courier, or the shop that sent it,
 * is who can help — and no complaint is filed here for it; "what do I do then?" right after gets that way again.
 * Which names are "us" is the courier's configuration (COURIER_NAME): a courier named here that the configured name
 * does not contain is another company.
 */

// Courier companies customers name, as they write them (the brand, in each language). The courier running the bot
// may be one of them: its configured name decides (`ours`).
const COURIER_NAMES: readonly RegExp[] = [
  /yun ?express|云途|雲途/i,
  /\bsf express\b|顺丰|順豐/i,
  /\bzto\b|中通/i,
  /\byto\b|圆通|圓通/i,
  /\bsto express\b|申通/i,
  /\byunda\b|韵达|韻達/i,
  /\bj&t\b|极兔|極兔/i,
  /\bjd (logistics|express)\b|京东|京東/i,
  /\bems\b|\bchina post\b|\bhong ?kong post\b|\bchunghwa post\b|中国邮政|中國郵政|香港郵政|香港邮政|中華郵政|中华邮政/i,
  /\bdeppon\b|德邦/i,
  /\bbest express\b|百世/i,
  /\bcainiao\b|菜鸟|菜鳥/i,
  /\bdhl\b/i,
  /\bfedex\b|联邦快递|聯邦快遞/i,
  /\bups\b/i,
  /\busps\b|\broyal mail\b|\baramex\b|\btnt\b|\b4px\b|递四方|遞四方|\byanwen\b|燕文/i,
  /\bt-?cat\b|黑猫|黑貓|宅急便/i,
  /\bkerry\b|嘉里/i,
  /新竹物流|\bhct\b/i,
  /\blalamove\b|\bgogo ?(van|x)\b/i,
];

// Asks whether it is us: "is that you guys?", "are they you?", "是你们吗", "是不是你们家的", "係咪你哋", "same company?".
const ASKS_IF_US =
  /\b(is|are|was|were)\b[^.?!]{0,25}\b(you|you guys|your company|your courier|yours|the same)\b|\b(you|you guys) (are|were) (them|it)\b|\bsame (company|courier)\b|(是|係)(不是|唔係|咪)?(你们|你們|你哋)|(你们|你們)(是不是|是)|你哋(係唔係|係咪|係)|同一(家|間|间)/i;

/** The other courier the message names, as written, when the configured courier's name is not that one. */
export function otherCourierNamed(text: string, ours: string | undefined): string | undefined {
  for (const name of COURIER_NAMES) {
    const found = name.exec(text);
    if (!found) continue;
    // (The courier running the bot may be one of these: its own name is "us".)
    if (ours && name.test(ours)) continue;
    return found[0].trim();
  }
  return undefined;
}

/**
 * "YunExpress — is that you?": no, another courier, and the way to them; a complaint being taken down for that parcel
 * is to be left (the caller ends it). "What do I do then?" in the next message gets that way again.
 * @returns whether the message was such and was answered.
 */
export async function answerOtherCourier(turn: Turn): Promise<boolean> {
  const told = turn.data.otherCourierTold;
  turn.data.otherCourierTold = undefined;
  const named = otherCourierNamed(turn.text, turn.services.courierName);
  // (A number given with it is looked up instead: whether we carry it is the tracking's to say.)
  const numbered = turn.reading.entities.trackingNumbers.length > 0;
  if (named && !numbered && ASKS_IF_US.test(turn.text)) {
    turn.data.otherCourierTold = named;
    await reply(turn, say(turn, 'otherCourier.notUs', { named }));
    return true;
  }
  if (told && !named && asksWhatToDo(turn.text)) {
    turn.data.otherCourierTold = told;
    await reply(turn, say(turn, 'otherCourier.whatToDo', { named: told }));
    return true;
  }
  return false;
}
