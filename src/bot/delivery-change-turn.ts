import type { Locale } from '../nlu';
import type { DeliveryChangeDetails, DeliveryChangeKind, DeliveryChangeRequest } from '../tracking';
import { DELIVERY_CHANGE_KINDS, HOLD_PLACES, missingDetail, provesLink } from '../tracking';
import { readDeliveryChange, type DeliveryChangeDraft } from './delivery-change-reading';

export type { DeliveryChangeDraft };
import { isCancel } from './intake-reading';
import { linkParcel } from './parcel-links';
import { lookUpParcel, lookupProblem } from './parcel-answer';
import type { Replies, ReplyKey } from './replies';
import type { Store } from '../store/store.port';
import type { ProgressNotifier } from './progress-updates';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

const merge = (details: DeliveryChangeDetails, more: DeliveryChangeDetails): DeliveryChangeDetails => {
  const merged = { ...details };
  for (const [key, value] of Object.entries(more) as [keyof DeliveryChangeDetails, string][])
    if (value && !merged[key]) (merged as Record<string, string>)[key] = value;
  return merged;
};

/** A day `YYYY-MM-DD` as the locale writes it, with its weekday ("Tue, Nov 24", "11月24日周二"). */
function dayText(locale: Locale, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric', weekday: 'short' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** What the request asks for, in the customer's words ("hold it at 7-11 for you to pick up"). */
export function describeRequest(
  replies: Replies,
  locale: Locale,
  request: Pick<DeliveryChangeRequest, 'kind' | 'details'>,
): string {
  const { details } = request;
  const t = (key: string, vars: Record<string, string> = {}) => replies.t(locale, key as ReplyKey, vars);
  switch (request.kind) {
    case 'hold':
      return t('change.what.hold', {
        place: details.placeName ?? t(`change.place.${details.place ?? 'outlet'}`),
      });
    case 'redeliver': {
      const day = details.date ? dayText(locale, details.date) : '';
      const when =
        details.after && details.before
          ? t('change.when.between', { day, after: details.after, before: details.before })
          : details.after
            ? t('change.when.after', { day, after: details.after })
            : details.before
              ? t('change.when.before', { day, before: details.before })
              : t('change.when.day', { day });
      return t('change.what.redeliver', { when });
    }
    case 'change_address':
      return t('change.what.change_address', { address: details.address ?? '' });
    default:
      return t('change.what.expedite');
  }
}

/** Whether the customer has proved a link to the parcel: in this conversation, by a phone of theirs, or before. */
async function proved(
  turn: Turn,
  trackingNumber: string,
  shipment: Parameters<typeof provesLink>[0],
): Promise<boolean> {
  if (turn.data.verified.includes(trackingNumber)) return true;
  const phones = [
    turn.customer.phone,
    ...turn.customer.identities.filter((i) => i.kind === 'phone').map((i) => i.value),
  ];
  if (provesLink(shipment, { phones: phones.filter((p): p is string => !!p) })) return true;
  const links = await turn.services.store.parcelLinks.listByParcel(trackingNumber);
  return links.some((l) => l.customerId === turn.customer.id && l.kind === 'proved');
}

/** Starts a request, or carries the one under way on with this message. */
export async function handleDeliveryChange(turn: Turn, start?: Partial<DeliveryChangeDraft>): Promise<void> {
  const { data } = turn;
  const draft: DeliveryChangeDraft = data.deliveryChange ?? { details: {}, words: [], ...start };
  if (start && data.deliveryChange) Object.assign(draft, start);
  data.deliveryChange = draft;
  const named = turn.reading.entities.trackingNumbers[0]?.number;
  if (named && named !== draft.trackingNumber) draft.trackingNumber = named;
  draft.trackingNumber ??= data.lastTracking;
  const read = readDeliveryChange(turn.text, turn.reading, {
    ...(draft.kind ? { kind: draft.kind } : {}),
    askedAddress: draft.asked === 'address',
  });
  if (read.kind) draft.kind = read.kind;
  draft.details = merge(draft.details, read.details);
  // The customer's words, not a bare number chosen from a notice or the digits that proved the link.
  if (/[^\s\d#.。、)）]/.test(turn.text) && draft.asked !== 'last4') draft.words.push(turn.text.trim());
  await carryOn(turn, draft);
}

async function carryOn(turn: Turn, draft: DeliveryChangeDraft): Promise<void> {
  const { data, services } = turn;
  noteOutcome(turn.context, 'answered');
  const number = draft.trackingNumber;
  if (!number) return ask(turn, draft, 'parcel', say(turn, 'change.askParcel'));
  const lookup = await lookUpParcel(services, number);
  if (lookup.kind !== 'found') {
    data.deliveryChange = undefined;
    noteOutcome(turn.context, 'unanswered');
    return reply(turn, lookupProblem(services, turn.locale, lookup) as string);
  }
  data.lastTracking = number;
  if (lookup.shipment.events.some((e) => e.status === 'delivered')) {
    data.deliveryChange = undefined;
    return reply(turn, say(turn, 'change.delivered', { number }));
  }
  // Nothing is done to a parcel, and nothing about it said, before the customer proves a link to it.
  if (!(await proved(turn, number, lookup.shipment))) {
    data.verifyTracking = number;
    data.verifyTries = 0;
    return ask(turn, draft, 'last4', say(turn, 'change.askLast4', { number }));
  }
  if (!draft.kind)
    return ask(
      turn,
      draft,
      'kind',
      say(turn, 'change.askKind', { number }),
      DELIVERY_CHANGE_KINDS.map((kind) => say(turn, `change.kind.${kind}` as ReplyKey)),
    );
  const missing = missingDetail(draft.kind, draft.details);
  if (missing === 'place')
    return ask(
      turn,
      draft,
      'place',
      say(turn, 'change.askPlace', { number }),
      HOLD_PLACES.map((place) => say(turn, `change.placeChoice.${place}` as ReplyKey)),
    );
  if (missing === 'date')
    return ask(turn, draft, 'date', say(turn, 'change.askDate', { number }), [
      say(turn, 'change.dateChoice.tomorrowMorning'),
      say(turn, 'change.dateChoice.tomorrowEvening'),
    ]);
  if (missing === 'address') return ask(turn, draft, 'address', say(turn, 'change.askAddress', { number }));
  await record(turn, draft, draft.kind, number);
}

async function ask(
  turn: Turn,
  draft: DeliveryChangeDraft,
  what: NonNullable<DeliveryChangeDraft['asked']>,
  text: string,
  choices: string[] = [],
): Promise<void> {
  draft.asked = what;
  await reply(
    turn,
    text,
    choices.map((title) => ({ title, value: title })),
  );
}

async function record(turn: Turn, draft: DeliveryChangeDraft, kind: DeliveryChangeKind, number: string): Promise<void> {
  const { services, conversation, context } = turn;
  const now = services.clock.now().toISOString();
  const { request } = await services.deliveryChanges.request({
    // One request per turn: a retried delivery of this message finds it recorded.
    requestKey: `${conversation.id}:${context.activity.id ?? now}`,
    trackingNumber: number,
    kind,
    details: draft.details,
    words: draft.words.join('\n'),
    customerId: turn.customer.id,
    conversationId: conversation.id,
    channel: conversation.channel,
    locale: turn.locale,
    ...(draft.noticeId ? { noticeId: draft.noticeId } : {}),
    ...(draft.anomalyKind ? { anomalyKind: draft.anomalyKind } : {}),
    createdAt: now,
  });
  turn.data.deliveryChange = undefined;
  await linkParcel(turn, number, 'proved');
  await reply(
    turn,
    say(turn, 'change.recorded', { number, what: describeRequest(services.replies, turn.locale, request) }),
  );
}

/**
 * A message while a request is being taken down: `continue` when it carries the request on (an answer to the
 * question, a cancel), `dropped` when the customer moved on to something else (it is handled as usual).
 */
export async function continueDeliveryChange(turn: Turn): Promise<'continued' | 'dropped'> {
  const draft = turn.data.deliveryChange;
  if (!draft) return 'dropped';
  if (isCancel(turn.text)) {
    turn.data.deliveryChange = undefined;
    noteOutcome(turn.context, 'cancelled');
    await reply(turn, say(turn, 'change.cancelled', { number: draft.trackingNumber ?? '' }));
    return 'continued';
  }
  const { intent, confidence, entities } = turn.reading;
  const otherParcel = entities.trackingNumbers.some((t) => t.number !== draft.trackingNumber);
  const newTopic =
    ['track', 'complaint', 'ticket_status', 'human', 'greeting', 'thanks'].includes(intent) ||
    (intent.startsWith('faq.') && confidence >= 0.8);
  const answers = readDeliveryChange(turn.text, turn.reading, {
    ...(draft.kind ? { kind: draft.kind } : {}),
    askedAddress: draft.asked === 'address',
  });
  const saysSomething = Boolean(answers.kind && !draft.kind) || Object.keys(answers.details).length > 0;
  if ((newTopic || otherParcel) && !saysSomething && draft.asked !== 'parcel') {
    turn.data.deliveryChange = undefined;
    return 'dropped';
  }
  await handleDeliveryChange(turn);
  return 'continued';
}

/** Tells the customer what the courier decided about their request, in the conversation they asked in. */
export async function tellDecision(
  parts: { store: Pick<Store, 'conversations'>; progress: Pick<ProgressNotifier, 'tell'>; replies: Replies },
  request: DeliveryChangeRequest,
): Promise<void> {
  const conversation = await parts.store.conversations.get(request.conversationId);
  if (!conversation || conversation.customerId !== request.customerId) return;
  const { replies } = parts;
  await parts.progress.tell(
    conversation,
    (locale) =>
      replies.t(locale, request.status === 'confirmed' ? 'change.confirmed' : 'change.declined', {
        number: request.trackingNumber,
        what: describeRequest(replies, locale, request),
        note: request.decision?.note
          ? replies.t(locale, 'change.note', { note: request.decision.note.replace(/[。.!！]+$/, '') })
          : '',
      }),
    // One decision per request: telling it again (a retried call) queues nothing more.
    `change:${request.id}:${request.status}`,
    { atOnce: true },
  );
}
