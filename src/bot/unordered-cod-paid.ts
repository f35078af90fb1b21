import { ruleOn } from './case-rules';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { lookUpParcel, statusLines } from './parcel-answer';
import { UNORDERED } from './refusing';
import { noteOutcome } from './turn-outcome';
import { answeredLately, earlierMessages, reply, say, spokenRegister, type ClarifyOption, type Turn } from './turn';

/**
 * Cash on delivery already paid for goods nobody ordered — "我媽幫我簽收了一個貨到付款599的包裹 但我根本沒有訂東西 …
 * 這是詐騙嗎", "那錢可以退回來嗎？是你們收的錢耶" (issue #17, blind batch 47a: 11.1 was read as a parcel that never came,
 * 11.3 heard "what would you like us to do?"): the market's rule — the money goes to the sender, whose payout can be
 * held while the order is checked if it is told in time, else it is a matter for the police — with a complaint offered
 * (never filed unasked). Whether to pay one still at the door is the refusal rule's (refusing.ts).
 */

// Paid or signed for already: "簽收了", "付咗", "my dad paid 45 dollars", "we signed for it" ("门卫代收了一个包裹", "签了个
// 快递" tell of no payment — the review of ee982da).
const PAID =
  /\b(already |just )?(paid|signed for)\b|付了|付咗|已付|俾咗錢|畀咗錢|俾咗\d|畀咗\d|给了钱|給了錢|签收了|簽收了|簽收咗/i;
// Cash on delivery itself (not a collection point, "门卫代收", nor any "collect"); and it said not to be one.
const COD_NAMED = /\b(cash on delivery|cod|pay on delivery)\b|货到付款|貨到付款|到付|代收(貨款|货款)/i;
const NOT_COD =
  /\bnot (a |on )?(cash on delivery|cod)\b|\bnothing (was )?paid\b|\b(didn'?t|did not|never) pay\b|没(有)?付|沒(有)?付|冇俾錢|冇畀錢|唔係貨到付款|不是货到付款|不是貨到付款|不是到付/i;
// The money asked back: "那錢可以退回來嗎", "can I get my money back", "退唔退得返".
const MONEY_BACK =
  /(钱|錢|款|(?<!\d)\d+\s*(元|块|塊|蚊))[^，。,.?？]{0,8}(退|(拿|攞|追|要)(得|唔|不)?(回|返))|退(钱|錢|款|返(啲)?錢)|(能|可以|可不可以|可唔可以)[^，。,.?？]{0,4}(退|追回|拿回|攞返)|\b(money|cash|\d+)\b[^.?!]{0,15}\bback\b|\brefund\w*\b|\bget (it|that) back\b/i;

/** The message tells of cash on delivery paid, or a parcel signed for with it, for goods nobody ordered. */
// A variant of what was ordered ("I never ordered this colour", "颜色我根本没订过"): a wrong item from the seller.
const VARIANT = /\b(colou?r|size|model|version|style)\b|颜色|顏色|尺码|尺碼|码数|碼數|款式|型号|型號|规格|規格/i;
export const unorderedPaidTold = (text: string): boolean =>
  UNORDERED.test(text) && COD_NAMED.test(text) && PAID.test(text) && !NOT_COD.test(text) && !VARIANT.test(text);

/**
 * The rule was said, or such a payment told, within the customer's last three messages (a tracking number checked in
 * between: blind batch 47a 11.3 asked for the money back two messages after the story).
 */
function toldJustBefore(turn: Turn): boolean {
  return (
    answeredLately(turn, turn.data.unorderedPaidTold, 3) || earlierMessages(turn, 3).some((m) => unorderedPaidTold(m))
  );
}

const complaintOffer = (turn: Turn): ClarifyOption[] => [
  { title: say(turn, 'choice.complain'), intent: 'complaint', category: 'other' },
  { title: say(turn, 'choice.human'), intent: 'human' },
];

/**
 * Outside a complaint: the rule (after the status of a parcel the message names), or "can I get the money back?"
 * right after it, with filing the complaint offered as a button.
 * @returns whether it answered.
 */
export async function answerUnorderedPaid(turn: Turn): Promise<boolean> {
  const { text, reading, services, data } = turn;
  const told = unorderedPaidTold(text);
  const askedBack = !told && MONEY_BACK.test(text) && toldJustBefore(turn);
  if (!told && !askedBack) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? (askedBack ? data.lastTracking : undefined);
  const lookup = number ? await lookUpParcel(services, number) : undefined;
  const found = lookup?.kind === 'found' ? lookup : undefined;
  const rule =
    askedBack && data.unorderedPaidTold ? say(turn, 'unorderedPaid.moneyBack') : ruleOn(turn, 'unorderedPaid', found);
  if (!rule) return false;
  const status = found && told ? statusLines(services, turn.locale, found, spokenRegister(turn)) : [];
  if (found) data.lastTracking = found.number;
  data.unorderedPaidTold = (turn.context.activity.text ?? '').trim();
  const options = complaintOffer(turn);
  data.clarify = { options, text: told ? text : (earlierMessages(turn, 3).find(unorderedPaidTold) ?? text) };
  noteOutcome(turn.context, 'answered');
  await reply(
    turn,
    [...status, rule].join('\n'),
    options.map((o) => ({ title: o.title, value: o.title })),
  );
  return true;
}

/**
 * In a complaint whose account tells of such a payment: "can I get the money back?" hears how (the payout held while
 * the complaint being taken is looked into), kept in the account, and the step is asked again.
 * @returns whether it answered.
 */
export async function answerUnorderedPaidAside(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  const told = unorderedPaidTold(text);
  const ofAccount = unorderedPaidTold(position.state.description) && MONEY_BACK.test(text);
  if (!told && !ofAccount) return false;
  const number = position.state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const rule = turn.data.unorderedPaidTold
    ? say(turn, 'unorderedPaid.inComplaint')
    : ruleOn(turn, 'unorderedPaid', lookup?.kind === 'found' ? lookup : undefined);
  if (!rule) return false;
  turn.data.unorderedPaidTold = (turn.context.activity.text ?? '').trim();
  keepInAccount(turn, position.state);
  await reply(turn, rule);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
