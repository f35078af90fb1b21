import { addDays, localDay } from '../tickets/local-time';
import { parcelMarketFor } from './change-costs';
import { tellsCodChargedAtDoor } from './cod-charged';
import { codRemittanceRule } from './cod-remittance';
import { COD } from './cod-words';
import { asksCodTiming } from './faq-topics';
import { tellsCodUnpaid } from './grievance';
import { lookUpParcel, trackingAnswer } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * The cash-on-delivery money of a delivered parcel asked after (issue #17, blind batch 25: 14.1, 14.3): "JT… 显示昨天
 * 签收了，代收货款什么时候打给我？", "it was delivered on Monday, when do I get the COD money?", "貨到付款嘅錢幾時過數？"
 * — the parcel's delivery day first, then the payout rule counted from it: by which day the money is due. Asked again
 * ("以前都是签收第二天就到账，这次还没有"), the rule is not said twice: whether the money is still within its working days
 * counted from delivery, and the complaint about COD not remitted offered, to register when it is late. A day word in
 * it ("第二天", "next day") is about the money, never a question of how fast parcels go.
 */

// "3 个工作日", "3 個工作天", "7 working days": the payout's term in the market's rule.
const TERM = /(?<!\d)(\d+)\s*(?:个|個)?\s*(?:工作日|工作天|working days?)/i;
// Money paid over, or when: "到账", "打给我", "過數", "入帳", "撥款", "paid", "payout", "remit".
const MONEY =
  /到账|到帳|到賬|入账|入帳|打款|打给我|打給我|汇给|匯給|打过来|打過來|回款|过数|過數|拨款|撥款|汇款|匯款|转账|轉帳|(货|貨)款|\b(pa(id|y)( out)?|payments?|payout|remit\w*|money|transfer\w*)\b/i;

// Not come yet: "还没", "仲未", "still nothing", "not yet".
const STILL_NOT =
  /还没|還沒|还未|還未|仲未|仲冇|没到|沒到|未到|没收到|沒收到|\b(still|not yet|nothing|hasn'?t|haven'?t|never)\b/i;

/** The day `days` working days (Monday to Friday) after `day` (`YYYY-MM-DD`). */
function workingDaysAfter(day: string, days: number): string {
  let at = day;
  for (let left = days; left > 0;) {
    at = addDays(at, 1);
    const weekday = new Date(`${at}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return at;
}

/** Answers the COD money of the conversation's delivered parcel; false when that is not what the message asks. */
export async function answerCodOnParcel(turn: Turn): Promise<boolean> {
  const { text, reading, data, services } = turn;
  // (COD taken from a recipient who did not owe it is a fee charged wrongly, no seller's money to pay out: cod-charged.ts.)
  if (!MONEY.test(text) || wantsToComplain(text) || tellsCodChargedAtDoor(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number) return false;
  // ("normally the money lands the next day, still nothing": right after its rule, the parcel's COD money.)
  const told = data.codRuleTold === number;
  const again = told && !COD.test(text) && STILL_NOT.test(text);
  // (Money told to be late before the rule was heard — "代收货款一直没到账" — is the complaint that traces it, told the
  // rule there: start-intake.ts.)
  const asked = COD.test(text) && (tellsCodUnpaid(text) ? told : asksCodTiming(text));
  if (!again && !asked) return false;
  const lookup = await lookUpParcel(services, number);
  if (lookup.kind !== 'found') return false;
  // (The rule of the market the parcel was delivered in, where its money was collected.)
  const rule = codRemittanceRule(turn, parcelMarketFor(turn, lookup.shipment));
  const term = rule ? TERM.exec(rule) : null;
  if (!rule || !term) return false;
  // "我帮店里代收的货款啥时候能打给我 单号…" of a parcel not delivered (one looking lost): no money was collected yet —
  // its status and that, not the rule alone (blind batch 36a: 07.1).
  // (A parcel going back to its sender is never delivered to the payer: not this answer.)
  if (!lookup.view.delivered && !told && !lookup.view.anomalies.includes('returned')) {
    data.lastTracking = number;
    data.codRuleTold = number;
    const status = await trackingAnswer(services, turn.context, turn.locale, lookup, spokenRegister(turn));
    await reply(turn, [...status, say(turn, 'codParcel.notDelivered', { number, days: Number(term[1]) })].join('\n'));
    return true;
  }
  if (!lookup.view.delivered || !lookup.view.lastScan) return false;
  data.lastTracking = number;
  const deliveredOn = localDay(new Date(lookup.view.lastScan.at), services.timeZone);
  const days = Number(term[1]);
  const dueDay = workingDaysAfter(deliveredOn, days);
  const today = localDay(services.clock.now(), services.timeZone);
  const vars = {
    number,
    date: services.replies.day(turn.locale, deliveredOn),
    due: services.replies.day(turn.locale, dueDay),
    days,
  };
  const late = today > dueDay;
  // The rule once per parcel: asked again, where the money stands against it.
  data.codRuleTold = number;
  const lines = told
    ? [say(turn, late ? 'codParcel.late' : 'codParcel.within', vars)]
    : [say(turn, 'codParcel.delivered', vars), rule, say(turn, late ? 'codParcel.late' : 'codParcel.due', vars)];
  // The complaint it would be: COD not remitted (value_added), offered with the parcel's number.
  data.suggestedCategory = 'value_added';
  data.suggestedByCustomer = undefined;
  const complain = say(turn, 'choice.complain');
  await reply(turn, [...lines, say(turn, late ? 'codParcel.offerNow' : 'codParcel.offer', vars)].join('\n'), [
    { title: complain, value: `${complain} ${number}` },
  ]);
  return true;
}
