import { ruleOn } from './case-rules';
import { describeRequest, dayText } from './delivery-change-words';
import { lookUpParcel } from './parcel-answer';
import { reply, say, spokenRegister, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

/**
 * "确定取消了吧？明天几点送到", "the cancellation went through, right? what time tomorrow?" after the customer took back a
 * request of theirs (a hold, then "deliver it as normal, cancel that"): whether that withdrawal stands — it does, said
 * plainly — and, when asked, the day and hours the parcel is brought; never the rule that a shipment cannot be
 * cancelled (issue #17, blind batch 22: 20.4). The shipment itself called off is the cancellation rule's, as before.
 */

// "取消了吧", "取消咗未", "取消成功了吗", "撤回了嗎", "確定取消了", "cancelled, right?", "did the cancellation go through?".
const CHECKS_CANCEL =
  /(取消|撤回|撤销|撤銷)(成功|好|掉)?(了|咗)\s*(吧|吗|嗎|未|没|沒|嘛|呀|啊|對吧|对吧|是吧|係咪|[?？])|(取消|撤回|撤销|撤銷)(成功|好|掉)?(了|咗)?(没有|沒有|未|冇)|(确定|確定|真的|真係|肯定)(已经|已經)?(取消|撤回|撤销|撤銷)|\bcancell?ation (went|go|gone|has gone) through\b|\b(is|was|has|did) (it|that|the (hold|request|change|pick-?up|cancell?ation))( been| get| go)? (cancell?ed|withdrawn|through)\b|\bcancell?ed,? (right|yes|yeah|correct|ok)\b/i;

// "几点送", "what time", "幾點", "幾時到": the hour asked.
const WHAT_TIME = /几点|幾點|什么时间|什麼時間|咩時間|\bwhat time\b|\bwhen (will|does|do) (it|they|you)\b/i;

// "8:00–20:00": the hours a market's rule on delivery days gives.
const HOURS = /(\d{1,2}:\d{2})\s*[–—-]\s*(\d{1,2}:\d{2})/;

/** The message checks that a cancellation went through. */
export const checksCancellation = (text: string): boolean => CHECKS_CANCEL.test(text);

/**
 * Answers a check on a withdrawal the customer made on the conversation's parcel: the request taken back is withdrawn,
 * the one standing now (if any) as it stands, and the day and hours when they ask what time.
 * @returns false when the message checks no cancellation or the customer withdrew nothing on the parcel.
 */
export async function answerCancellationChecked(turn: Turn): Promise<boolean> {
  const number = turn.data.lastTracking;
  if (!number || !checksCancellation(turn.text)) return false;
  const { deliveryChanges, store, replies } = turn.services;
  const own = (await deliveryChanges.list({ trackingNumber: number, limit: 20 })).filter(
    (r) => r.customerId === turn.customer.id,
  );
  const [latest] = own;
  if (!latest) return false;
  const replacedId = latest.replaces?.at(-1);
  // (A request amended with more of the same kind replaces nothing the customer took back.)
  const earlier = replacedId ? await store.deliveryChanges.get(replacedId) : undefined;
  const replaced = earlier && earlier.kind !== latest.kind ? earlier : undefined;
  const withdrawn = latest.status === 'withdrawn' ? latest : replaced;
  if (!withdrawn) return false;
  const register = spokenRegister(turn);
  const what = (r: typeof latest) => describeRequest(replies, turn.locale, r, register);
  const lines =
    withdrawn === latest
      ? [say(turn, 'change.status.withdrawn', { number, what: what(latest) })]
      : [
          say(turn, 'change.status.replaced', { what: what(withdrawn) }),
          say(turn, `change.status.${latest.status}`, { number, what: what(latest) }),
        ];
  if (WHAT_TIME.test(turn.text)) lines.push(...(await whenBrought(turn, number, latest)));
  turn.data.deliveryChange = undefined;
  noteOutcome(turn.context, 'answered');
  await reply(turn, lines.join('\n'));
  return true;
}

/** The day it is brought and the hours: the window asked for, else the market's delivery hours. */
async function whenBrought(
  turn: Turn,
  number: string,
  latest: { kind: string; status: string; details: { date?: string; after?: string; before?: string } },
): Promise<string[]> {
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || lookup.view.delivered) return [];
  const standing = latest.status !== 'withdrawn' && latest.kind === 'redeliver';
  const promised = lookup.shipment.promisedDate;
  const day =
    standing && latest.details.date
      ? dayText(turn.locale, latest.details.date)
      : promised
        ? turn.services.replies.day(turn.locale, promised)
        : undefined;
  if (!day) return [];
  const asked = standing && latest.details.after && latest.details.before ? latest.details : undefined;
  const hours = asked ? undefined : HOURS.exec(ruleOn(turn, 'deliveryDays', lookup) ?? '');
  const after = asked?.after ?? hours?.[1];
  const before = asked?.before ?? hours?.[2];
  if (!after || !before) return [say(turn, 'change.status.promised', { date: day })];
  return [say(turn, 'change.status.deliveryWindow', { day, after, before })];
}
