import { handleTrack } from './handlers';
import { ruleOn } from './case-rules';
import { wantsToComplain } from './complaint-words';
import { lookUpParcel } from './parcel-answer';
import { reply, type Turn } from './turn';

/**
 * "我住六楼 没电梯 腿不好", "I'm on the 5th floor, no lift, and my knees are bad" — a recipient who cannot carry a
 * parcel up, telling it before the delivery (blind batch 43b: 08.4 heard "sorry you were treated like that" and a
 * complaint): the courier's rule on door delivery — to the flat's door, lift or no lift, at no extra charge — for the
 * parcel of the conversation. Not a courier who refused, nor a charge asked (those are a complaint and the fee rule).
 */

// Stairs to climb: a floor lived on, no lift.
const STAIRS =
  /(住|在)\s*[一二三四五六七八九十\d]{1,3}\s*(楼|樓)|[一二三四五六七八九十\d]{1,3}\s*(楼|樓)\s*(没|沒|冇|无|無)(有)?(电梯|電梯|𨋢|升降机|升降機)|(没|沒|冇|无|無)(有)?(电梯|電梯|𨋢|升降机|升降機)|\bno (lift|elevator)\b|\bwalk-?up\b|\b\d{1,2}(st|nd|rd|th) floor\b/i;
// Why they cannot come down or carry it: age, legs, health — or the wish to have it brought up.
const CANNOT =
  /腿|脚|腳|膝|走不动|走不動|行唔郁|行唔到|年纪大|年紀大|老人|病|孕|拐杖|轮椅|輪椅|送上来|送上來|拿上来|拿上來|搬上|送上去|\b(old|elderly|knees?|legs?|hip|can'?t (walk|carry|manage|get down|come down)|pregnant|wheelchair|disabled|carry it up|bring it up)\b/i;
// A courier who would not, or a charge: the complaint and the fee rule read those.
const REFUSED =
  /不肯|不愿|不願|唔肯|拒绝|拒絕|不送|唔送|自己下|自己落|让我下楼|讓我下樓|叫我落|叫我下|下楼拿|下樓拿|放楼下|放樓下|收费|收費|收钱|收錢|俾錢|\b(refused|wouldn'?t|won'?t|made me|told me to come down|left it|downstairs|charge|fee|pay)\b/i;
// Another question asked with it ("我奶奶住在5楼…包裹什么时候到？", "can I change it to a pickup point?"): that question's,
// the stairs being why it matters (a stranger's review of bde5fa0).
const OTHER_QUESTION =
  /什么时候|什麼時候|幾時|几时|到哪|在哪|喺邊|几号|幾號|改(到|去|成|送)|自提|自取|\b(when|where|what time|change|pick ?up|pickup point|collect)\b/i;
// Asked for outright ("可唔可以叫速遞員搬上樓", "can you have him carry it up"): the change of delivery takes it.
const CARRY_REQUESTED =
  /可唔可以|可不可以|能不能|能否|可否|幫我|帮我|叫(速遞員|快递员|快遞員|司機|师傅|師傅)|\b(can|could|would) (you|u|he|they|the (courier|driver)|i|we)\b|\bplease\b/i;

/** The message tells of stairs the recipient cannot manage, asks nothing else, and tells of no refusal or charge. */
export const tellsUpstairsNeed = (text: string): boolean =>
  STAIRS.test(text) &&
  CANNOT.test(text) &&
  !REFUSED.test(text) &&
  !CARRY_REQUESTED.test(text) &&
  !OTHER_QUESTION.test(text) &&
  !wantsToComplain(text);

/** The door-delivery rule for the conversation's parcel. @returns whether it answered. */
export async function answerUpstairsNeed(turn: Turn): Promise<boolean> {
  if (!tellsUpstairsNeed(turn.text)) return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const answer = ruleOn(turn, 'upstairs', lookup?.kind === 'found' ? lookup : undefined);
  if (!answer) return false;
  // (A parcel named in the message is shown first, and is the conversation's from here: "so it is definitely coming
  // tomorrow?" next is about it — blind batch 50b: 03.1, 03.2.)
  if (lookup?.kind === 'found' && turn.reading.entities.trackingNumbers.length > 0) await handleTrack(turn);
  if (lookup?.kind === 'found') turn.data.lastTracking = lookup.number;
  await reply(turn, answer);
  return true;
}
