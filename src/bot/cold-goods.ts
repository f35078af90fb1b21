import { handleFaq } from './handlers';
import { asksQuestion } from './message-cues';
import { reply, say, type Turn } from './turn';

// Whether something is kept cold on its way: "is it refrigerated?", "needs to stay cold", "in an ice pack", "有冷链吗",
// "要冷藏", "冰袋" (not a fridge sent as an appliance: "can I ship a refrigerator?", "冰箱能寄吗").
const COLD =
  /\brefrigerat(ed|ion)\b|\bcold[- ]chain\b|\bchilled\b|\b(stay|keep|kept|keeping|staying|be) (it |them )?(cold|cool|chilled|frozen)\b|\bice ?packs?\b|\binsulated\b|冷链|冷鏈|冷藏|冷冻|冷凍|冰袋|冰包|保冷|低温|低溫|雪藏/i;
// A question about cold handling asked in other words: "does it need to stay cold?", "会不会化", "得唔得",
// "需要冷藏的怎么办", "要雪藏嘅嘢點算", "what about stuff that needs to be kept cold".
const ASKING =
  /\b(is|are|do|does|can|will|would|what about|how about)\b|吗|嗎|有没有|有沒有|有冇|会不会|會不會|能不能|可不可以|可唔可以|得唔得|怎么办|怎麼辦|点算|點算|点办|點辦|怎么处理|怎麼處理|点处理|點處理|如何/i;
// What already went wrong with it: a complaint (or a claim), not a question about the service.
const HARMED =
  /\b(spoil\w*|rott\w*|melt\w*|thaw\w*|went bad|gone bad|died|dead|warm now|ruined)\b|变质|變質|坏了|壞了|壞咗|化了|溶咗|融化|死了|死咗|臭了|發臭|发臭|腐烂|腐爛/i;

/**
 * "and it needs to stay cold, is it refrigerated?? it's in an ice pack" (issue #17, blind batch 24: 06.4, read as a
 * packaging complaint): whether parcels travel cold is the knowledge files' cold-chain entry, and a parcel of theirs
 * held at a station for pickup is best collected at once — said after the entry.
 * @returns false when the message asks nothing about keeping goods cold, or tells of goods already spoiled.
 */
export async function answerColdHandling(turn: Turn): Promise<boolean> {
  const { text } = turn;
  if (!COLD.test(text) || HARMED.test(text) || !(asksQuestion(text) || ASKING.test(text))) return false;
  await handleFaq(turn, 'faq.prohibited');
  const parcel = turn.data.lastTracking;
  if (!parcel) return true;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: parcel, limit: 20 });
  const held = requests.find(
    (r) =>
      r.customerId === turn.customer.id && r.kind === 'hold' && (r.status === 'requested' || r.status === 'confirmed'),
  );
  if (held) await reply(turn, say(turn, 'cold.collectHeld', { number: parcel }));
  else await reply(turn, say(turn, 'cold.receiveSoon', { number: parcel }));
  return true;
}
