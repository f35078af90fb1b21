import { ruleOn, type Found } from './case-rules';
import { ANSWERED_ASIDE, TEXT_PROMPT, type IntakePosition } from './intake-state';
import { keepInAccount } from './intake-slot-text';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * "I PAID for insurance, so what exactly did I pay for?", "那我保价有什么用", "買咗保價有咩用" in a complaint (issue #17,
 * blind batch 23: 06.3): what insurance covers — the claim rules of the parcel's market (the entry keyed `claim
 * limits`) — and, for a parcel sent back, that a return is no loss: the goods come back, so nothing is paid out for
 * them, and the fees are what the complaint asks about. Then the step goes on.
 */

const INSURANCE = /\binsur\w*|保价|保價/i;
// What it was for: "what did I pay for", "what's the insurance for", "what's the point of", "有什么用", "白保了".
const WHAT_FOR =
  /\bwhat (exactly )?(did|do|have|am) (i|we) (pay|paid|paying)( \w+)?( for)?\b|\bwhat('?s| is| was) (the )?(insurance|it|that) (for|good for)\b|\bwhat('?s| is) the point\b|\bwhat good is\b|\bwhat does (the )?insurance (cover|do)\b|有(什么|什麼|啥|咩|乜)用|(什么|什麼|啥)用(处|處)?|白(买|買|交|付|保|俾)|(买|買|交|付|俾)(了|咗)?(个|個)?(寂寞|啥|什么|什麼|咩)|保(了|咗)(个|個)?(啥|什么|什麼|咩)|(保|包)(些|啲)?(什么|什麼|咩|乜嘢)/i;

/** The message asks what the insurance paid for covers. */
export const asksWhatInsuranceCovers = (text: string): boolean => INSURANCE.test(text) && WHAT_FOR.test(text);

/** Answers it in the complaint, beside whatever else the message gives (the step keeps its words). */
export async function answerPaidInsurance(turn: Turn, { state, prompt }: IntakePosition): Promise<boolean> {
  if (!asksWhatInsuranceCovers(turn.text)) return false;
  const number = state.trackingNumbers[0];
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel: Found | undefined = lookup?.kind === 'found' ? lookup : undefined;
  const rule = ruleOn(turn, 'limits', parcel);
  if (!rule) return false;
  const returned = parcel?.view.anomalies.includes('returned') ?? false;
  // (What else the message tells — "the address was correct, nobody called" — is the account's; the account step
  // keeps it itself.)
  if (prompt !== TEXT_PROMPT) keepInAccount(turn, state);
  await reply(turn, returned ? `${rule}\n${say(turn, 'insurance.returnNoLoss')}` : rule);
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
