import { addDays, localDay } from '../tickets/local-time';
import { feeTableFor } from './change-costs';
import { customerMarket } from './market';
import { ruleOn } from './case-rules';
import { lookUpParcel, type ParcelLookup } from './parcel-answer';
import { say, type Turn } from './turn';

/**
 * "签收了还能赔吗", "是不是过了7天了", "can I still claim after signing?", "仲可唔可以索償" (issue #17, blind batch 41a: 08.1,
 * 10.1, 10.5 — the complaint was taken down and the question never answered): whether a claim can still be made.
 * Signing for a parcel does not end it — damage or missing contents found after delivery are claimed within the
 * market's days after delivery (`claims.daysAfterDelivery` of its fee table, the number its FAQ names) — and, where the
 * delivery day is known (the parcel's record, else a day the customer names: "上周二签收的"), whether that time is
 * still running and until when.
 */

// "还能赔吗", "還可以理賠嗎", "仲可唔可以索償", "签收了能赔吗", "过了7天了吗", "can I still claim", "too late to claim?".
const STILL_CLAIM =
  /(还|還|仲)(能|可以|可唔可以|可不可以|能不能|得唔得|有冇得|有没有得|有沒有得)?[^，。,.!?！？]{0,4}(赔|賠|理赔|理賠|索赔|索賠|索偿|索償)|(签收|簽收|签了|簽了|簽咗|收了|收咗)(了|咗|后|後|之后|之後|以后|以後)?[^，。,.!?！？]{0,8}(能|可以|可唔可以|可不可以|能不能|得唔得|有冇得)[^，。,.!?！？]{0,4}(赔|賠|理赔|理賠|索赔|索賠|索偿|索償)|(过|過|超过|超過|過咗|过了|過了)(了)?\s*(7|七)\s*(天|日)|\b(can|could|may) (i|we) still (claim|file|make|get|ask)\b|\bstill (claim|file a claim|make a claim|get compensat\w*)\b|\btoo late (to|for) (a )?(claim|compensation|file)\b|\b(after|though|even though|although|since|once) (i |we |she |he |they )?(already )?(signed|sign(ing|ed)? for (it|the (parcel|package|box)))\b[^.?!]{0,40}\b(claim|compensat\w*)|\b(claim|compensat\w*)[^.?!]{0,40}\b(after|though|even though|although|since) (i |we |she |he |they )?(already )?(signed|sign(ing|ed)? for)\b|\b(past|over|more than|beyond) (the )?(7|seven) days\b/i;

// Signing told: "签收了", "簽咗", "signed for it", "after signing".
const SIGNED = /签收|簽收|签了|簽了|簽咗|签字|簽名|\bsign(ed|ing)?\b/i;

/** The message asks whether a claim can still be made (after signing, after some days). */
export const asksClaimStillOpen = (text: string): boolean => STILL_CLAIM.test(text);

/** Whole days from one calendar day (`YYYY-MM-DD`) to another. */
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The day the record shows it delivered, in the courier's zone; undefined when it is not delivered. */
function deliveredDay(turn: Turn, parcel: ParcelLookup | undefined): string | undefined {
  if (parcel?.kind !== 'found' || !parcel.view.delivered) return undefined;
  const at = [...parcel.shipment.events].reverse().find((e) => e.status === 'delivered')?.at;
  return at ? localDay(new Date(at), turn.services.timeZone) : undefined;
}

/**
 * A day before today the message names ("上周二签收的", "delivered last Thursday"), else the complaint's account told
 * before it, as the courier's calendar day.
 */
function toldDay(turn: Turn, today: string, account: string): string | undefined {
  const before = (dates: readonly { start: string }[]): string | undefined =>
    dates.map((date) => localDay(new Date(date.start), turn.services.timeZone)).find((day) => day < today);
  const { services, locale, reading } = turn;
  return (
    before(reading.entities.dates) ??
    (account ? before(services.nlu.analyze(account, services.clock.now(), locale).entities.dates) : undefined)
  );
}

/**
 * The lines that answer whether a claim can still be made: that signing does not end it (when signing is spoken of),
 * the days a claim has, and where the delivery day is known whether they still run. Empty when the market's fee table
 * names no such days.
 */
export function claimWindowLines(turn: Turn, parcel: ParcelLookup | undefined, account = ''): string[] {
  const { services, locale } = turn;
  const table = parcel?.kind === 'found' ? feeTableFor(turn, parcel.shipment) : services.fees[customerMarket(turn)];
  const days = table?.claims?.daysAfterDelivery;
  if (!days) return [];
  const open = say(turn, SIGNED.test(turn.text) ? 'claimWindow.signed' : 'claimWindow.open', { days });
  const today = localDay(services.clock.now(), services.timeZone);
  const recorded = deliveredDay(turn, parcel);
  const day = recorded ?? toldDay(turn, today, account);
  if (!day) return [open];
  const ago = daysBetween(day, today);
  const vars = {
    number: parcel?.kind === 'found' ? parcel.number : '',
    date: services.replies.day(locale, day),
    until: services.replies.day(locale, addDays(day, days)),
    ago,
    days,
  };
  const inTime = ago <= days;
  // (Past the days, "yes, you can still claim" is not said before it.)
  const lines = inTime ? [open] : [];
  lines.push(
    say(
      turn,
      recorded
        ? inTime
          ? 'claimWindow.until'
          : 'claimWindow.past'
        : inTime
          ? 'claimWindow.toldUntil'
          : 'claimWindow.toldPast',
      vars,
    ),
  );
  return lines;
}

/**
 * The time a claim on the parcel may still be made, as one answer: for a loss never delivered its own limit (from the
 * day it was sent); else whether the days after delivery still run (above) and the claim's time-limit rule.
 */
export async function claimTimeAnswer(
  turn: Turn,
  number: string | undefined,
  category: string | undefined,
  account = '',
): Promise<string | undefined> {
  const parcel = number ? await lookUpParcel(turn.services, number) : undefined;
  // (Delivered by the record, or — a parcel the record does not show — by the customer's word: "上周二签收的".)
  const delivered = parcel?.kind === 'found' ? parcel.view.delivered : SIGNED.test(turn.text) || SIGNED.test(account);
  if (category === 'lost' && !delivered) return ruleOn(turn, 'lostDeadline') ?? ruleOn(turn, 'deadline');
  const lines = [...claimWindowLines(turn, parcel, account), ruleOn(turn, 'deadline')].filter((l): l is string =>
    Boolean(l),
  );
  return lines.length > 0 ? lines.join('\n') : undefined;
}
