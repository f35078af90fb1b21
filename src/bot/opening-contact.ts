import type { NluResult } from '../nlu';
import { callWishIn } from './call-words';
import type { IntakeState } from './intake-state';

/**
 * A phone the complaint's opening message gives as the customer's own — "SF… 三天没动了 我电话138…", "call me on
 * 9123 4567", "有事打俾我 6123 4567" (issue #17, batch 16): the contact of the complaint, as a phone given at any later
 * step is, so the contact question is not asked for it again. The NLU's reading of phones (CN 1xx, HK 8 digits, TW
 * 09xx, with or without +86 / +852 / +886) decides what a phone is. A phone told of as someone else's ("the courier's
 * number 139… never answers") is no contact. Typed, it proves nothing about the parcel: only last-4 digits asked for
 * do that.
 */
export function contactFromOpening(reading: NluResult, text: string): IntakeState['contact'] | undefined {
  const phone = reading.entities.phones[0]?.e164;
  if (!phone || reading.entities.phones.length > 1) return undefined;
  const at = positionOf(phone, text);
  if (at === undefined) return undefined;
  // The clause the number stands in, up to it: whose number it is is said there ("快递员电话", "my number").
  const lead =
    text
      .slice(0, at)
      .split(/[，。,.!！?？;；\n]/)
      .at(-1) ?? '';
  if (SOMEONE_ELSE.test(lead.slice(-16))) return undefined;
  return { phone, ...callWishIn(text) };
}

// Whose number it is, when not the customer's: the courier, the station, the shop, the other party on the waybill.
const SOMEONE_ELSE =
  /快递员|快遞員|派件员|派件員|送货员|送貨員|配送员|配送員|司机|司機|师傅|師傅|小哥|网点|網點|门店|門市|驿站|驛站|商家|卖家|賣家|店家|寄件人|收件人|他|她|佢|\b(courier|driver|rider|station|shop|seller|sender|recipient|receiver|his|her|their)\b/i;

// The country codes the NLU reads phones with; the number is written without them as often as with.
const COUNTRY = /^\+(86|852|886|853)/;

/** Where the phone `e164` is written in `text` (spaces, dashes and a leading 0 or country code allowed). */
function positionOf(e164: string, text: string): number | undefined {
  const national = e164.replace(COUNTRY, '').replace(/^\+/, '');
  const written = new RegExp(national.split('').join('[\\s-]?'));
  const found = written.exec(text);
  return found?.index;
}
