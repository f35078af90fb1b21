import { ruleOn } from './case-rules';
import { wantsToComplain } from './complaint-words';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * A pickup code deleted, never received or not at hand — "取件码短信被我手滑删了 在小区门口那个快递柜 怎么重新弄一个", "I never
 * got the pickup code, how do I get it again?", "個取件碼唔見咗點算" (issue #17, blind batch 50b: 10.1 was taken as a parcel
 * that never came and asked for its number): the market's pickup-code rule, which says how to have it sent again. A
 * parcel found is pickup-point.ts's to answer (where it is, and whether a code was sent); a complaint is still taken.
 */

// The code gone or never come: "取件码…删了", "没收到取件码", "取件碼唔見咗", "lost the pickup code", "never got a code".
const CODE_GONE =
  /(取件|取货|取貨)(码|碼)[^，。？?!！]{0,8}(删了|刪了|删掉|刪掉|删咗|刪咗|没了|沒了|不见了|不見了|唔見咗|冇咗|找不到|搵唔到|没收到|沒收到|收不到|收唔到|冇收到|没有收到|沒有收到|过期|過期|忘了|忘记|忘記|唔記得)|(删了|刪了|删掉|刪掉|删咗|刪咗|没收到|沒收到|冇收到|收不到|收唔到|没有收到|沒有收到|忘了|忘记|忘記|唔記得|不记得|不記得)[^，。？?!！]{0,6}(取件|取货|取貨)(码|碼)|(短信|短訊|簡訊)[^，。？?!！]{0,6}(删了|刪了|删掉|刪掉|删咗|刪咗)|\b(lost|deleted|forgot|forgotten|never (got|received)|didn'?t (get|receive)|haven'?t (got|gotten|received)|no|without)\b[^.?!]{0,15}\b(pick-?up|collection|locker) codes?\b|\b(pick-?up|collection|locker) codes?\b[^.?!]{0,20}\b(never (came|arrived)|didn'?t (come|arrive)|lost|deleted|expired)\b/i;
// How to have it again: "怎么重新弄", "点样再攞", "how do I get it again", "resend".
const HOW_AGAIN =
  /怎么|怎麼|点样|點樣|點算|怎办|怎辦|咋办|咋辦|如何|重新|再发|再發|再要|补发|補發|\b(how|again|resend|re-send|what (do|can|should) i do)\b/i;

/**
 * Answers how to get a pickup code again.
 * @returns whether it answered.
 */
export async function answerPickupCodeLost(turn: Turn): Promise<boolean> {
  const { text, reading } = turn;
  if (!CODE_GONE.test(text) || wantsToComplain(text)) return false;
  if (!HOW_AGAIN.test(text) && !asksQuestion(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  // (A parcel found has its own answer — where it is, and whether a code was ever sent: pickup-point.ts.)
  if (lookup?.kind === 'found') return false;
  const rule = ruleOn(turn, 'pickupCode');
  if (!rule) return false;
  // (With the person who can send the code again or open the locker, as the pickup-point answer offers.)
  const person = say(turn, 'choice.human');
  turn.data.offeredHuman = true;
  await reply(turn, [rule, say(turn, 'point.person')].join('\n'), [{ title: person, value: person }]);
  noteOutcome(turn.context, 'answered');
  return true;
}
