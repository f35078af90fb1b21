import { parseNumber } from '../nlu/entities/numbers';
import { addDays, localDay } from '../tickets/local-time';
import { feeTableFor } from './change-costs';
import { customerMarket } from './market';
import { ruleOn } from './case-rules';
import { speaksOfLoss } from './message-cues';
import { lookUpParcel, type ParcelLookup } from './parcel-answer';
import { say, type Turn } from './turn';

/**
 * "签收了还能赔吗", "是不是过了7天了", "can I still claim after signing?", "仲可唔可以索償" (issue #17, blind batch 41a: 08.1,
 * 10.1, 10.5 — the complaint was taken down and the question never answered): whether a claim on goods that came can
 * still be made. Signing for a parcel does not end it — damage or missing contents found after delivery are claimed
 * within the market's days after delivery (`claims.daysAfterDelivery` of its fee table, the number its FAQ names) —
 * and, where the delivery day is known (the parcel's record, else a day or a time ago the customer names: "上周二签收的",
 * "signed for it 3 weeks ago"), whether that time still runs and until when. "Yes" is said only when it is known to.
 * A parcel the record shows not delivered is no such claim: a lost one has its own limit, any other is left to the
 * answers that speak of it (review of session 41: "已经过了7天了还没送到" heard the damage window).
 */

// A claim named: "赔", "索償", "理赔", "claim", "compensation".
const CLAIM_WORD = /赔|賠|索偿|索償|\bclaims?\b|\bcompensat\w*/i;
// "还能赔吗", "還可以理賠嗎", "仲可唔可以索償", "签收了能赔吗", "过了7天了吗", "can I still claim", "too late to claim?".
// (Not "你们还要我赔钱吗": the modal is needed — review of session 41.)
const STILL_CLAIM =
  /(还|還|仲)(能|可以|可唔可以|可不可以|能不能|得唔得|有冇得|有没有得|有沒有得)[^，。,.!?！？]{0,4}(申请|申請)?(赔|賠|理赔|理賠|索赔|索賠|索偿|索償)|(签收|簽收|签了|簽了|簽咗)(了|咗|后|後|之后|之後|以后|以後)?[^，。,.!?！？]{0,8}(能|可以|可唔可以|可不可以|能不能|得唔得|有冇得)[^，。,.!?！？]{0,4}(赔|賠|理赔|理賠|索赔|索賠|索偿|索償)|(过|過|超过|超過|過咗|过了|過了|过没过|過冇過|過未過)(了)?\s*(7|七)\s*(天|日)|\b(can|could|may) (i|we) still (claim|file a claim|make a claim|get compensat\w*|ask for compensation)\b|\bstill (claim|file a claim|make a claim|get compensat\w*)\b|\btoo late (to|for) (a )?(claim|compensation|file a claim)\b|\b(after|though|even though|although|since|once) (i |we |she |he |they )?(already )?(signed|signing for (it|the (parcel|package|box)))\b[^.?!]{0,40}\b(claim|compensat\w*)|\b(claim|compensat\w*)[^.?!]{0,40}\b(after|though|even though|although|since) (i |we |she |he |they )?(already )?(signed|signing for)\b|\b(past|over|more than|beyond) (the )?(7|seven) days\b/i;

// Signing told: "签收了", "簽咗", "signed for it", "after signing" (not "no sign of it").
const SIGNED = /签收|簽收|签了|簽了|簽咗|签字|簽名|\bsigned\b|\bsigning\b/i;

/** The message asks whether a claim can still be made (after signing, after some days), a claim named in it. */
export const asksClaimStillOpen = (text: string): boolean => STILL_CLAIM.test(text) && CLAIM_WORD.test(text);

/** "过没过7天" in a complaint that claims already: the claim's window asked, its claim named before. */
export const asksWindowOfClaim = (text: string): boolean => STILL_CLAIM.test(text);

/** The words speak of the parcel signed for (delivered). */
export const speaksOfSigning = (text: string): boolean => SIGNED.test(text);

/** Whole days from one calendar day (`YYYY-MM-DD`) to another. */
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The day the record shows it delivered, in the courier's zone; undefined when it is not delivered. */
function deliveredDay(turn: Turn, parcel: ParcelLookup | undefined): string | undefined {
  if (parcel?.kind !== 'found' || !parcel.view.delivered) return undefined;
  const at = [...parcel.shipment.events].reverse().find((e) => e.status === 'delivered')?.at;
  return at ? localDay(new Date(at), turn.services.timeZone) : undefined;
}

const UNIT_DAYS: [RegExp, number][] = [
  [/^(day|天|日)/i, 1],
  [/^(week|星期|个星期|個星期|礼拜|禮拜|个礼拜|個禮拜|周|週)/i, 7],
  [/^(month|个月|個月|月)/i, 30],
];
// A time ago: "10 days ago", "3 weeks ago", "两个星期前", "簽收兩個禮拜了", "十日前".
const TIME_AGO =
  /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|months?) ago\b|(?<!(过|過|超过|超過|過咗)(了|咗)? ?)(?<!\d)(\d{1,3}|[一二两兩三四五六七八九十]) ?(天|日|个星期|個星期|星期|个礼拜|個禮拜|礼拜|禮拜|周|週|个月|個月)(前|之前|以前|了|咗)/i;
// Last month: "上个月", "上個月", "last month" — more than the days any market gives.
const LAST_MONTH = /上个月|上個月|\blast month\b/i;

/** How many days ago the words say it came ("3 weeks ago", "两个星期了"); undefined when they name no such time. */
function daysAgoTold(text: string): number | undefined {
  if (LAST_MONTH.test(text)) return 30;
  const m = TIME_AGO.exec(text);
  if (!m) return undefined;
  // (The English form's count and unit, else the Chinese form's — past the lookbehind's two groups.)
  const [count, unit] = m[1] ? [m[1], m[2] ?? ''] : [m[5] ?? '', m[6] ?? ''];
  const n = parseNumber(count);
  const per = UNIT_DAYS.find(([re]) => re.test(unit))?.[1];
  return n !== undefined && per !== undefined ? n * per : undefined;
}

/**
 * A day before today the message names ("上周二签收的", "delivered last Thursday", "3 weeks ago"), else the complaint's
 * account told before it, as the courier's calendar day.
 */
function toldDay(turn: Turn, today: string, account: string): string | undefined {
  const { services, locale, reading, text } = turn;
  const before = (dates: readonly { start: string }[]): string | undefined =>
    dates.map((date) => localDay(new Date(date.start), services.timeZone)).find((day) => day < today);
  const ago = (words: string): string | undefined => {
    const days = daysAgoTold(words);
    return days === undefined ? undefined : addDays(today, -days);
  };
  return (
    before(reading.entities.dates) ??
    ago(text) ??
    (account
      ? (before(services.nlu.analyze(account, services.clock.now(), locale).entities.dates) ?? ago(account))
      : undefined)
  );
}

/**
 * The lines that answer whether a claim can still be made: when the delivery day is known, whether the days still run
 * (with "yes" and that signing does not stop a claim, when they do); when it is not, that signing does not stop a claim
 * and the days a claim has — no "yes". Empty when the market's fee table names no such days.
 */
export function claimWindowLines(turn: Turn, parcel: ParcelLookup | undefined, account = ''): string[] {
  const { services, locale } = turn;
  const table = parcel?.kind === 'found' ? feeTableFor(turn, parcel.shipment) : services.fees[customerMarket(turn)];
  const days = table?.claims?.daysAfterDelivery;
  if (!days) return [];
  const today = localDay(services.clock.now(), services.timeZone);
  const recorded = deliveredDay(turn, parcel);
  const day = recorded ?? toldDay(turn, today, account);
  if (!day) return [say(turn, 'claimWindow.rule', { days })];
  const ago = daysBetween(day, today);
  const vars = {
    number: parcel?.kind === 'found' ? parcel.number : '',
    date: services.replies.day(locale, day),
    until: services.replies.day(locale, addDays(day, days)),
    ago,
    days,
  };
  if (ago > days) return [say(turn, recorded ? 'claimWindow.past' : 'claimWindow.toldPast', vars)];
  const open = say(turn, SIGNED.test(turn.text) ? 'claimWindow.signed' : 'claimWindow.open', { days });
  return [open, say(turn, recorded ? 'claimWindow.until' : 'claimWindow.toldUntil', vars)];
}

/**
 * The time a claim on the parcel may still be made, as one answer: for a loss never delivered its own limit (from the
 * day it was sent); for goods that came, whether the days after delivery still run (above) and the claim's time-limit
 * rule. Undefined for a parcel the record shows on its way or sent back that no loss is spoken of: the answers about
 * that parcel speak, not a claim window.
 */
export async function claimTimeAnswer(
  turn: Turn,
  number: string | undefined,
  category: string | undefined,
  account = '',
): Promise<string | undefined> {
  const parcel = number ? await lookUpParcel(turn.services, number) : undefined;
  if (parcel?.kind === 'found' && !parcel.view.delivered) {
    const lost = category === 'lost' || parcel.view.status === 'exception' || speaksOfLoss(turn.text);
    return lost ? (ruleOn(turn, 'lostDeadline') ?? ruleOn(turn, 'deadline')) : undefined;
  }
  // (No parcel the record shows: delivered by the customer's word — "上周二签收的" — unless a loss is what is told.)
  const signedTold = parcel?.kind === 'found' || SIGNED.test(turn.text) || SIGNED.test(account);
  if (category === 'lost' && !signedTold) return ruleOn(turn, 'lostDeadline') ?? ruleOn(turn, 'deadline');
  const lines = [...claimWindowLines(turn, parcel, account), ruleOn(turn, 'deadline')].filter((l): l is string =>
    Boolean(l),
  );
  return lines.length > 0 ? lines.join('\n') : undefined;
}
