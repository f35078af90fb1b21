import { ruleOn } from './case-rules';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { asksQuestion, goodsBroke } from './message-cues';
import { lookUpParcel, statusLines } from './parcel-answer';
import { noteOutcome } from './turn-outcome';
import { reply, spokenRegister, type Turn } from './turn';

/**
 * A parcel the customer refused at the door because it came damaged — "箱子湿透了还在滴水 我就直接拒收了 现在怎么办 卖家
 * 会给我重发吗", "個箱扁晒仲漏水 我即刻拒收咗 賣家會唔會再寄過嚟", "拒收退回去的运费谁出" (issue #17, blind batch 41a: 09.1,
 * 09.3, 14.1–14.2 — one was told sorry it arrived damaged and asked for its number, the other had a return to the sender
 * taken down as a change of delivery nobody asked for): the market's rule on a refused damaged parcel answers — it goes
 * back to the sender at no cost to anyone, the sender claims, and sending it again is the sender's choice.
 */

// The customer refused it: "拒收了", "我即刻拒收咗", "拒絕簽收", "I refused it", "wouldn't accept the parcel".
const REFUSED =
  /拒收|拒签|拒簽|拒絕簽收|拒绝签收|拒绝接收|拒絕接收|唔肯收|不肯收|\brefused (it|them|the (parcel|package|delivery|box))\b|\brefused to (accept|sign|take)\b|\b(didn'?t|did not|wouldn'?t|would not) (accept|take|sign for) (it|them|the (parcel|package|box))\b|\bsent it (straight )?back with the (courier|driver)\b/i;
// The damage it was refused for: crushed, wet, leaking, broken.
const DAMAGE =
  /扁|湿|濕|漏|滴水|压坏|壓壞|压烂|壓爛|破|烂|爛|碎|\b(crushed|wet|soaked|leak\w*|dripping|damaged|broken|smashed|torn|dented)\b/i;
// What happens now: "现在怎么办", "卖家会重发吗", "运费谁出", "what now", "will they resend", "who pays".
const WHAT_NOW =
  /怎么办|怎麼辦|点算|點算|点办|點辦|会不会|會不會|會唔會|会唔会|谁出|誰出|邊個俾|边个俾|谁付|誰付|要不要|要唔要|使唔使|\bwhat (now|happens|do i do|should i do)\b|\bwho pays\b|\bwill (they|the (seller|shop|sender))\b/i;

// Asked of the refused parcel's return: its postage, whether it is sent again, who pays.
const ASKS_OF_RETURN =
  /运费|運費|邮费|郵費|重发|重發|再寄|重新寄|\bresend|\bsend (it )?again\b|\bpostage\b|\breturn\b|退回|退返|谁出|誰出|邊個俾|\bwho pays\b/i;

/** The customer tells of refusing the parcel because it came damaged (in this message or the account given before). */
export const refusedDamaged = (text: string, account = ''): boolean =>
  REFUSED.test(text) || REFUSED.test(account) ? DAMAGE.test(text) || DAMAGE.test(account) || goodsBroke(text) : false;

/** The message asks what happens to the refused parcel (a question, or "怎么办", "运费谁出"). */
const asksWhatNow = (text: string): boolean => asksQuestion(text) || WHAT_NOW.test(text);

/**
 * Outside a complaint: a damaged parcel refused and asked about is answered with the rule, the parcel's status beside it
 * when one is named; never a change of delivery nor a complaint opened for it.
 * @returns whether it was answered.
 */
export async function answerRefusedDamaged(turn: Turn): Promise<boolean> {
  const { text, reading, services, data } = turn;
  // (Told a message or two before — "我即刻拒收咗" — "再寄要唔要我俾運費" asks of that refused parcel: 41a 14.3.)
  const history = (data.said ?? []).join('\n');
  const toldBefore = refusedDamaged('', history) && ASKS_OF_RETURN.test(text);
  // ("拒收退回去的运费谁出" after the damage was told: the refusal now, its damage before.)
  const toldNow = REFUSED.test(text) && refusedDamaged(text, history);
  if (!toldNow && !toldBefore) return false;
  if (!asksWhatNow(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? (toldBefore ? data.lastTracking : undefined);
  const lookup = number ? await lookUpParcel(services, number) : undefined;
  const rule = ruleOn(turn, 'refusedDamaged', lookup?.kind === 'found' ? lookup : undefined);
  if (!rule) return false;
  // (The parcel named is reported first: where it is now — on its way back, or back with the sender.)
  const status = lookup?.kind === 'found' ? statusLines(services, turn.locale, lookup, spokenRegister(turn)) : [];
  if (lookup?.kind === 'found') data.lastTracking = lookup.number;
  noteOutcome(turn.context, 'answered');
  await reply(turn, [...status, rule].join('\n'));
  return true;
}

/**
 * In a complaint whose account tells of the refusal: "拒收退回去的运费谁出", "will the seller send it again?" hear the
 * rule, kept in the account, and the step is asked again.
 * @returns whether it was answered.
 */
export async function answerRefusedDamagedAside(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { text } = turn;
  if (!refusedDamaged(text, position.state.description) || !asksWhatNow(text)) return false;
  // ("拒收退回去的运费谁出", "会重发吗": what becomes of the refused parcel — not a remedy named for the complaint.)
  if (!ASKS_OF_RETURN.test(text)) return false;
  const number = position.state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const rule = ruleOn(turn, 'refusedDamaged', lookup?.kind === 'found' ? lookup : undefined);
  if (!rule) return false;
  keepInAccount(turn, position.state);
  await reply(turn, rule);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
