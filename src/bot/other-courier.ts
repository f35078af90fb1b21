import type { Carrier } from '../nlu/types';
import { asksWhatToDo } from './intake-plain-answers';
import { reply, say, type Turn } from './turn';

/**
 * "The receipt says YunExpress at the top — is that you guys?", "单子上写的韵达 是你们吗", "係咪你哋嘉里呀": a parcel
 * another courier carries (blind batch 22: 10.3–10.4). The customer hears no — that courier, or the shop that sent it,
 * is who can help — and no complaint is filed here for it; "what do I do then?" right after gets that way again.
 * Which names are "us": the courier's name (COURIER_NAME), the other names and networks customers call it by
 * (COURIER_OTHER_NAMES), and the carriers of the shipments the bot looks up (its shipment source: the embedded
 * store's, the demo parcels when loaded) — a courier named here that none of them is, is another company.
 */

// Courier companies customers name, as they write them (the brand, in each language), with the carrier code the
// tracking numbers are read as (src/nlu/entities/tracking.ts) where there is one. The courier running the bot may be
// one of them: its configured names decide (`ours`).
// 京东, 菜鸟 and 嘉里 alone are a shop, a pickup network and a building ("我在京东买的", "菜鸟驿站", "嘉里中心"): only with
// 快递 / 物流 / 速遞 beside them are they a courier.
const COURIER_NAMES: readonly { name: RegExp; carrier?: Carrier }[] = [
  { name: /yun ?express|云途|雲途/i },
  { name: /\bsf express\b|顺丰|順豐/i, carrier: 'sf' },
  { name: /\bzto\b|中通/i, carrier: 'zto' },
  { name: /\byto\b|圆通|圓通/i, carrier: 'yto' },
  { name: /\bsto express\b|申通/i, carrier: 'sto' },
  { name: /\byunda\b|韵达|韻達/i, carrier: 'yunda' },
  { name: /\bj&t\b|极兔|極兔/i, carrier: 'jt' },
  { name: /\bjd (logistics|express)\b|(京东|京東)(?=快递|快遞|物流|速递|速遞)/i, carrier: 'jd' },
  { name: /\bems\b|\bchina post\b|中国邮政|中國郵政/i, carrier: 'ems' },
  { name: /\bhong ?kong post\b|\bchunghwa post\b|香港郵政|香港邮政|中華郵政|中华邮政/i },
  { name: /\bdeppon\b|德邦/i },
  { name: /\bbest express\b|百世/i },
  { name: /\bcainiao\b|(菜鸟|菜鳥)(?=快递|快遞|物流|速递|速遞)/i },
  { name: /\bdhl\b/i, carrier: 'dhl' },
  { name: /\bfedex\b|联邦快递|聯邦快遞/i, carrier: 'fedex' },
  { name: /\bups\b/i, carrier: 'ups' },
  { name: /\busps\b|\broyal mail\b|\baramex\b|\btnt\b|\b4px\b|递四方|遞四方|\byanwen\b|燕文/i },
  { name: /\bt-?cat\b|黑猫|黑貓|宅急便/i, carrier: 'tcat' },
  { name: /\bkerry\b(?!\s+(?:cent(?:re|er)|hotel|plaza|parade))|嘉里(?=物流|快遞|快递|速遞|速递)/i },
  { name: /新竹物流|\bhct\b/i },
  { name: /\blalamove\b|\bgogo ?(van|x)\b/i },
];

// A comparison, not a question of who it is: "is UPS faster than you?", "FedEx or you?", "顺丰还是你们快".
const COMPARES =
  /\b(than|vs\.?|versus|compared?|faster|slower|cheaper|dearer|better|worse|quicker)\b|\bor (you|yours|your)\b|还是|還是|定係|或者|或|比|哪(个|個|家|间|間)|邊(個|間)/i;

// Asks whether the courier named just before is us: "is that you guys?", "are they you?", "are you the same
// company?", "是你们吗", "是不是你们家的", "係咪你哋", "跟你们是不是同一家" — right after the name (within a sentence or
// two), not "是你们送的吗" (who delivered) nor "係咪你哋負責派" (whose area); "是韵达的单子 你们不是韵达客服吗" (48a: 10.3).
const ASKS_IF_US_AFTER =
  /^[^?？!！]{0,60}?(?:\b(?:is|are|was|were) (?:that|this|it|they|these|those|them)(?: really| actually)? (?:you|you guys|your company|your courier|yours|the same(?: company| courier)?)\b|\b(?:are|is) (?:you|you guys|your company) (?:the same|them|it|one and the same)\b|\bsame (?:company|courier)\b|\b(?:you|you guys) (?:are|were) (?:them|it)\b|(?:是|係)(?:不是|唔係|咪)?(?:你们|你們|你哋)(?:家的|公司的|家|公司|的|嘅)?(?:吗|嗎|呀|啊|嘛|㗎|？|\?|\s|$)|同一(?:家|間|间)|(?:你们|你們|你哋)(?:不是|唔係|是不是|係咪|係唔係)[^?？!！，。]{0,10}(?:吗|嗎|呀|啊|嘛|㗎|咩|？|\?|$))/i;
// Or names it in the question itself: "is X you?", "are you X?", "你们是不是X", "係咪你哋X".
const asksIfUsAround = (before: string, after: string): boolean =>
  (/\b(?:is|are|was|were)\s*$/i.test(before) &&
    /^\s*(?:really |actually )?(?:you|you guys|your company|yours|the same as you)\b/i.test(after)) ||
  /\b(?:are|is) (?:you|you guys|your company)(?: really| actually| also| part of)?\s*$/i.test(before) ||
  /(?:你们|你們|你哋)(?:是不是|是|係唔係|係咪|係)\s*$|(?:是|係)(?:不是|唔係|咪)?(?:你们|你們|你哋)(?:的|嘅)?\s*$/.test(
    before,
  );

// Whom to turn to, asked after being told it is another courier's: "那我现在该找商家还是找快递", "should I go to the
// seller or them", "搵邊個好" (blind batch 48a: 10.4 opened a complaint here again).
const WHOM_TO_ASK =
  /(找|搵|联系|聯絡|問|问)[^，。,.?？]{0,4}(商家|卖家|賣家|店家|快递|快遞|谁|誰|邊個|边个)|\b(should|do|can) i (go to|contact|ask|call|message)\b|\bwho (do|should) i (contact|ask|call|go to)\b/i;

/** Whether the message asks if the courier it names (found at `at`, as `named`) is us — no comparison of the two. */
function asksIfUs(text: string, at: number, named: string): boolean {
  if (COMPARES.test(text)) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  const after = text.slice(at + named.length);
  return asksIfUsAround(before, after) || ASKS_IF_US_AFTER.test(after);
}

/**
 * The other courier the message names, as written, when none of the configured courier's names is that one.
 * @param ours the courier's name and the other names it goes by (COURIER_NAME, COURIER_OTHER_NAMES).
 */
export function otherCourierNamed(text: string, ours: string | readonly string[] | undefined): string | undefined {
  return otherCourierFound(text, typeof ours === 'string' ? [ours] : (ours ?? []))?.named;
}

/**
 * @param served the carrier codes of the shipments the bot looks up: a courier named by one of them is us.
 */
function otherCourierFound(
  text: string,
  ours: readonly string[],
  served: readonly string[] = [],
): { named: string; at: number } | undefined {
  for (const { name, carrier } of COURIER_NAMES) {
    const found = name.exec(text);
    if (!found) continue;
    // (The courier running the bot may be one of these: its own names, and the networks it tracks, are "us".)
    // (A shipment's carrier is its code, "sf", or as an import wrote it: "SF", "SF Express".)
    const ourCarrier = (code: string) => code.trim().toLowerCase() === carrier || name.test(code);
    if (ours.some((own) => name.test(own)) || served.some(ourCarrier)) continue;
    return { named: found[0].trim(), at: found.index };
  }
  return undefined;
}

/** Whether the message names a courier at all (before the shipment source is asked which carriers it holds). */
export const namesACourier = (text: string): boolean => COURIER_NAMES.some(({ name }) => name.test(text));

/** The names the configured courier goes by: its name and the others customers call it (a network it belongs to). */
const ourNames = ({ services }: Turn): string[] => [
  ...(services.courierName ? [services.courierName] : []),
  ...(services.courierOtherNames ?? []),
];

/**
 * "YunExpress — is that you?": no, another courier, and the way to them; a complaint being taken down for that parcel
 * is to be left (the caller ends it). "What do I do then?" in the next message gets that way again.
 * @returns whether the message was such and was answered.
 */
export async function answerOtherCourier(turn: Turn): Promise<boolean> {
  const told = turn.data.otherCourierTold;
  turn.data.otherCourierTold = undefined;
  const served = namesACourier(turn.text) ? await turn.services.shipments.carriers?.() : undefined;
  const found = otherCourierFound(turn.text, ourNames(turn), served);
  const named = found?.named;
  // (A number given with it is looked up instead: whether we carry it is the tracking's to say.)
  const numbered = turn.reading.entities.trackingNumbers.length > 0;
  if (found && named && !numbered && asksIfUs(turn.text, found.at, found.named)) {
    turn.data.otherCourierTold = named;
    await reply(turn, say(turn, 'otherCourier.notUs', { named }));
    return true;
  }
  if (told && !named && (asksWhatToDo(turn.text) || WHOM_TO_ASK.test(turn.text))) {
    turn.data.otherCourierTold = told;
    await reply(turn, say(turn, 'otherCourier.whatToDo', { named: told }));
    return true;
  }
  return false;
}
