import { ANOMALY_KINDS } from '../tracking';
import type { DeliveryChangeDraft } from './delivery-change-reading';
import { record } from './delivery-change-turn';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

// "把这几个字去掉", "刪咗佢", "remove those words", "take … out of the address": words to come out of the address.
const REMOVE =
  /去掉|删掉|刪掉|删除|刪除|拿掉|去除|删去|刪去|刪咗|删咗|攞走|\b(remove|delete|drop|take out|get rid of|strip)\b/i;
const ADDRESS = /地址|\baddress\b/i;
// The words meant, quoted: “改地址收钱吗”, 「…」, "…", '…'.
const QUOTED = /[“"「『‘']([^”"」』’']{1,40})[”"」』’']/g;

/**
 * "地址里怎么还带着“改地址收钱吗”这几个字？？把这几个字去掉！", "remove 'is it free' from the address": the quoted words
 * come out of the new address the customer's waiting request sends the parcel to, and the request is recorded again
 * with it, said back; an address that holds none of them is said back as it stands, so the customer sees it is clean.
 * @returns false when the message asks no such thing, or the customer has no address change on the parcel.
 */
export async function applyWordsRemoved(turn: Turn, number: string): Promise<boolean> {
  const { text } = turn;
  if (!REMOVE.test(text) || !ADDRESS.test(text)) return false;
  const words = [...text.matchAll(QUOTED)].map((m) => (m[1] ?? '').trim()).filter(Boolean);
  if (words.length === 0) return false;
  const requests = await turn.services.deliveryChanges.list({ trackingNumber: number, limit: 20 });
  const latest = requests.find((r) => r.customerId === turn.customer.id);
  const old = latest?.details.address;
  if (!latest || latest.kind !== 'change_address' || !old) return false;
  if (latest.status !== 'requested' && latest.status !== 'confirmed') return false;
  noteOutcome(turn.context, 'answered');
  const inIt = words.filter((w) => old.includes(w));
  const address = inIt
    .reduce((kept, w) => kept.split(w).join(' '), old)
    .replace(/(?<!\s)\s+([，,；;])/g, '$1')
    .replace(/([，,；;])\s*[，,；;]+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s，,；;]+|(?<![\s，,；;])[\s，,；;]+$/g, '');
  if (inIt.length === 0 || address.length === 0) {
    await reply(turn, say(turn, 'change.addressAsItStands', { number, address: old }));
    return true;
  }
  const anomalyKind = ANOMALY_KINDS.find((known) => known === latest.anomalyKind);
  const draft: DeliveryChangeDraft = {
    trackingNumber: number,
    kind: 'change_address',
    details: { ...latest.details, address },
    words: [...latest.words.split('\n').filter(Boolean), text.trim()],
    recorded: true,
    ...(latest.noticeId ? { noticeId: latest.noticeId } : {}),
    ...(anomalyKind ? { anomalyKind } : {}),
  };
  turn.data.deliveryChange = draft;
  const lookup = await lookUpParcel(turn.services, number);
  await record(
    turn,
    draft,
    'change_address',
    number,
    lookup.kind === 'found' ? lookup.shipment : undefined,
    'change.corrected',
  );
  return true;
}
