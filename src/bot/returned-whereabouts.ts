import { ruleOn } from './case-rules';
import { lookUpParcel } from './parcel-answer';
import { parcelFactsAnswer } from './parcel-facts';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "EA… 個tracking寫退回 即係退咗去邊度？我去邊個站自己攞得唔得" of a parcel its record shows back with the sender: where it
 * went and that no station near the customer holds it, with the rule on sending a returned parcel again — no hold to
 * take down, no last 4 asked (blind batch 53a: 13.1–13.3 took a hold the customer had not asked for).
 */

// Where it went: "退咗去邊", "退回到哪里", "去咗邊", "退回是什么意思", "where did it go", "sent back where".
const WHERE_GONE =
  /退(咗|了)?(去|到|返)?(邊|边|哪)(度|里|裡|兒|儿)?|去(咗|了)(邊|边|哪)|(退回|退返|退件)(即係|即是|就是|是|係)?(什么|什麼|咩|乜)(意思)?|\bwhere (did|has|have) (it|they) (go|gone|been sent)\b|\bwhere is it now\b|\b(sent|returned) back (to )?where\b|\bwhat does returned mean\b/i;
// Collecting it oneself: "自己攞得唔得", "我去网点自己拿可以吗", "can I pick it up myself".
const COLLECT =
  /自己(去|嚟|来|來)?(攞|拿|取|领|領)|(去|到)[^，。,.!?！？]{0,6}(站|网点|網點|营业所|營業所|门市|門市)[^，。,.!?！？]{0,4}(攞|拿|取)|\b(pick (it|them) up|collect (it|them)) (myself|in person)\b/i;

/** @returns whether it answered. */
export async function answerReturnedWhereabouts(turn: Turn): Promise<boolean> {
  const { text, reading, data } = turn;
  if (!WHERE_GONE.test(text) && !COLLECT.test(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? data.lastTracking;
  if (!number || reading.entities.trackingNumbers.length > 1) return false;
  const found = await lookUpParcel(turn.services, number);
  if (found.kind !== 'found' || found.view.status !== 'returned') return false;
  data.lastTracking = number;
  data.deliveryChange = undefined;
  const lines = [
    parcelFactsAnswer(turn, found, 'where'),
    say(turn, 'returned.notHeldHere'),
    ruleOn(turn, 'returned', found),
  ];
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.filter(Boolean).join('\n'));
  return true;
}
