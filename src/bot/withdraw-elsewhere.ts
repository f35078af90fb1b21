import { withdrawsComplaint } from './complaint-withdrawn';
import { wantsToComplain } from './complaint-words';
import { deniesComplaint } from './complaint-denied';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * After the customer heard that a complaint they made elsewhere (by phone, at an outlet) cannot be closed from here
 * (`tickets.withdrawNotSeen`), the same wish said again ("我是说不用投诉了 撤销就行") hears the same way on, and "那快递
 * 小哥不会因为这个被扣钱吧" hears that nothing here counts against the courier — neither opens a complaint (issue #17,
 * blind batch 46a: 09.3–09.4 got a did-you-mean menu and a lost-parcel complaint).
 */

// "快递小哥不会被扣钱吧", "會唔會罰佢錢", "the driver won't get in trouble, will he?".
const COURIER_PENALISED =
  /(快递员|快遞員|快递小哥|快遞小哥|小哥|师傅|師傅|司机|司機|速遞員|速递员|派件员|派件員|佢|他|她)[^，。,.?？]{0,8}(扣钱|扣錢|扣工资|扣工資|罚款|罰款|罚钱|罰錢|被罚|被罰|处罚|處罰|受罚|受罰|扣分|炒)|(扣|罚|罰)(佢|他|她)(钱|錢|人工)?|\b(courier|driver|delivery (guy|man|person)|he|she)\b[^.?!]{0,20}\b(get (in|into) trouble|be (fined|punished|penalised|penalized|fired|blamed)|lose (his|her) (job|pay|bonus))\b/i;

// "一定要处罚他", "必须扣他工资", "he should be fired": punishment demanded, not feared.
const DEMANDED = /一定要|必须|必須|要求|應該|应该|\b(should|must|ought to|have to|need to)\b/i;

/** The message worries that the courier is penalised for what the customer reported. */
export const asksCourierPenalised = (text: string): boolean =>
  COURIER_PENALISED.test(text) && !DEMANDED.test(text) && !wantsToComplain(text);

/**
 * Answers the follow-ups of a complaint to be withdrawn elsewhere.
 * @returns false when the message is neither.
 */
export async function answerWithdrawElsewhere(turn: Turn): Promise<boolean> {
  const parcel = turn.data.withdrawElsewhere;
  if (parcel === undefined) return false;
  if (asksCourierPenalised(turn.text)) {
    noteOutcome(turn.context, 'answered');
    await reply(turn, say(turn, 'courierNotBlamed'));
    return true;
  }
  if (!(withdrawsComplaint(turn.text) || deniesComplaint(turn.text))) return false;
  await answerWithdrawElsewhereAsked(turn, parcel);
  return true;
}

/**
 * A complaint made elsewhere, to be withdrawn: who can close it (a person, offered), and the parcel ('' for none named)
 * kept for the follow-ups above.
 */
export async function answerWithdrawElsewhereAsked(turn: Turn, parcel: string): Promise<void> {
  turn.data.withdrawElsewhere = parcel;
  turn.data.offeredHuman = true;
  noteOutcome(turn.context, 'answered');
  const line = parcel
    ? say(turn, 'tickets.withdrawNotSeen', { number: parcel })
    : say(turn, 'tickets.withdrawNotSeenHere');
  await reply(turn, line, [{ title: say(turn, 'choice.human'), value: say(turn, 'choice.human') }]);
}
