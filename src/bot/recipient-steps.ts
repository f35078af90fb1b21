import { ruleIn } from './case-rules';
import { noteOutcome } from './turn-outcome';
import { reply, type Turn } from './turn';

/**
 * "Does my mum have to do anything when it arrives?", "she needs some app or ID thing?", "收件人要做什么" about a parcel
 * being sent across a border (blind batch 42a 03.3, 03.5: a Shenzhen → Taipei sender heard the power-bank rule again,
 * then the Mainland's ID rule for senders): the real-name check the recipient's side asks — Taiwan's EZ WAY for a
 * parcel from the Mainland, the Mainland's for one coming in — from the entry of the market it is sent from.
 */

// What the recipient has to do, or an app or ID they need.
const STEPS_ASKED =
  /\b(does|do|will|would|should|has|have)\b[^.?!]{0,25}\b(have to|need to|has to|need)\b[^.?!]{0,15}\b(do|anything|something|app|id)\b|\bneed (some|an|any)\b[^.?!]{0,12}\b(app|id)\b|(要|需要|得|使唔使|要唔要|要不要|需不需要)[^，。？?]{0,6}(做什么|做什麼|做咩|做啲咩|办什么|辦什麼|下载|下載|app|证件|證件|身份证|身分證|实名|實名)/i;

// The recipient named: a relative, "the recipient", "when it arrives" — not the sender's own ID ("寄件要带身份证吗").
const RECIPIENT =
  /\b(mum|mom|mother|dad|father|parents?|aunt|uncle|grand\w+|sister|brother|son|daughter|wife|husband|friend|cousin|recipient|receiver|she|he|they)\b|\bwhen it (arrives|gets there|comes)\b|收件人|收件方|收的时候|收的時候|收嘅時候|收到|对方|對方|我妈|我媽|阿媽|老人|家人|屋企人|她|他|佢/i;

/** The real-name check of the route being sent, asked of the recipient's side; undefined when not asked. */
export function recipientStepsAnswer(turn: Turn): string | undefined {
  if (!STEPS_ASKED.test(turn.text) || !RECIPIENT.test(turn.text)) return undefined;
  const route = turn.data.lastQuote;
  if (!route?.origin || !route.destination) return undefined;
  const { places } = turn.services;
  const from = places.regionOf(route.origin)?.region;
  const to = places.regionOf(route.destination)?.region;
  if (!from || !to || from === to) return undefined;
  return ruleIn(turn, 'realName', from);
}

/** Answers what the recipient has to do across the border being sent over; false when that is not asked. */
export async function answerRecipientSteps(turn: Turn): Promise<boolean> {
  const steps = recipientStepsAnswer(turn);
  if (!steps) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, steps);
  return true;
}
