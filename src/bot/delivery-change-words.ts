import type { Locale } from '../nlu';
import type { DeliveryChangeRequest } from '../tracking';
import type { Register, Replies, ReplyKey } from './replies';
import type { Store } from '../store/store.port';
import type { ProgressNotifier } from './progress-updates';
import { isNeighbour } from './neighbour-words';

/** How a change-delivery request is put to the customer: what it asks for, and what the courier decided. */

/** A day `YYYY-MM-DD` as the locale writes it, with its weekday ("Tue, Nov 24", "11月24日周二"). */
export function dayText(locale: Locale, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'short', day: 'numeric', weekday: 'short' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * What the request asks for, in the customer's words ("hold it at 7-11 for you to pick up").
 * @param register Cantonese words where the sentence around them is Cantonese ("將包裹留喺服務點俾你自己去攞");
 * the desks' card leaves it out.
 */
export function describeRequest(
  replies: Replies,
  locale: Locale,
  request: Pick<DeliveryChangeRequest, 'kind' | 'details'>,
  register?: Register,
  { parcelProved = true }: { parcelProved?: boolean } = {},
): string {
  const desk = request.details.leaveWith;
  // "…, leaving it with the security guard": the recipient's consent to leave it there goes with the request.
  const what = `${describeChange(replies, locale, request, register)}${
    desk && request.kind !== 'hold'
      ? replies.t(
          locale,
          isNeighbour(desk) ? 'change.leaveWithNeighbour' : 'change.leaveWith',
          { place: desk },
          register,
        )
      : ''
  }${fallbackText(replies, locale, request, register)}${
    request.details.courierNote
      ? replies.t(locale, 'change.courierNote', { note: request.details.courierNote }, register)
      : ''
  }`;
  const phone = request.details.callFirst;
  // "…, calling 0912345678 first": a call asked for goes with the request, on the desks' card as in the reply.
  if (!phone) return what;
  // Asked for without a number: the waybill's, named by its last 4 digits only — and not even those to someone who
  // has not proved the parcel yet: they are what proves it (review of session 38's change).
  if (request.details.callFirstOnWaybill && !parcelProved) {
    const key: ReplyKey =
      request.kind === 'hold' ? 'change.callFirstWaybillUnproved.hold' : 'change.callFirstWaybillUnproved';
    return `${what}${replies.t(locale, key, {}, register)}`;
  }
  if (request.details.callFirstOnWaybill) {
    const key: ReplyKey = request.kind === 'hold' ? 'change.callFirstWaybill.hold' : 'change.callFirstWaybill';
    return `${what}${replies.t(locale, key, { last4: phone.replace(/\D/g, '').slice(-4) }, register)}`;
  }
  const key: ReplyKey = request.kind === 'hold' ? 'change.callFirst.hold' : 'change.callFirst';
  return `${what}${replies.t(locale, key, { phone }, register)}`;
}

/** "…, to go in a parcel locker if nobody is in": where the delivery is left when nobody is home, as asked. */
function fallbackText(
  replies: Replies,
  locale: Locale,
  request: Pick<DeliveryChangeRequest, 'kind' | 'details'>,
  register?: Register,
): string {
  const fallback = request.details.nobodyIn;
  if (!fallback || request.kind === 'hold') return '';
  const place = fallback.placeName ?? replies.t(locale, `change.place.${fallback.place}` as ReplyKey, {}, register);
  return replies.t(locale, 'change.nobodyIn', { place }, register);
}

function describeChange(
  replies: Replies,
  locale: Locale,
  request: Pick<DeliveryChangeRequest, 'kind' | 'details'>,
  register?: Register,
): string {
  const { details } = request;
  const t = (key: string, vars: Record<string, string> = {}) => replies.t(locale, key as ReplyKey, vars, register);
  switch (request.kind) {
    case 'hold': {
      const place = details.placeName ?? t(`change.place.${details.place ?? 'outlet'}`);
      // ("keep it till 5 December": the day it is kept until.)
      return details.date
        ? t('change.what.holdUntil', { place, day: dayText(locale, details.date) })
        : t('change.what.hold', { place });
    }
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
      return t(details.notAttempted ? 'change.what.deliver' : 'change.what.redeliver', { when });
    }
    case 'change_address': {
      const address = details.address ?? '';
      // A time asked for with the new address ("…and after 6pm") is part of the request.
      const day = details.date ? dayText(locale, details.date) : '';
      const window =
        details.after && details.before
          ? t('change.time.between', { after: details.after, before: details.before })
          : details.after
            ? t('change.time.after', { after: details.after })
            : details.before
              ? t('change.time.before', { before: details.before })
              : '';
      const when = [day, window].filter(Boolean).join(' ');
      return when
        ? t('change.what.change_address_when', { address, when })
        : t('change.what.change_address', { address });
    }
    case 'correct_label': {
      const fields = [
        details.recipientName ? t('change.label.name', { name: details.recipientName }) : '',
        details.recipientPhone ? t('change.label.phone', { phone: details.recipientPhone }) : '',
      ].filter(Boolean);
      return t('change.what.correct_label', { fields: fields.join(t('change.label.and')) });
    }
    case 'return_to_sender':
      return t('change.what.return_to_sender');
    // (The call itself is said after it: ", calling … before bringing it".)
    case 'call_first':
      // (Before its number is known — the parcel not yet proved — the call is what is asked for.)
      // (A note for the courier alone — "knock, don't phone" — asks no call: the delivery goes as planned, with it.)
      // (The building's desk alone — "放门卫就行" — is the delivery as planned, left there: due-day-only.ts.)
      return t(
        details.callFirst || details.courierNote || details.leaveWith
          ? 'change.what.call_first'
          : 'change.what.call_first_asked',
      );
    default: {
      // A chase: the day it is needed by and the phone to reach the customer on, when they gave them.
      const what = details.date
        ? t('change.what.expedite_by', { day: dayText(locale, details.date) })
        : t('change.what.expedite');
      return details.contact ? `${what}${t('change.contactOn', { phone: details.contact })}` : what;
    }
  }
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
    (locale, register) =>
      replies.t(
        locale,
        request.status === 'confirmed' ? 'change.confirmed' : 'change.declined',
        {
          number: request.trackingNumber,
          what: describeRequest(replies, locale, request, register),
          note: request.decision?.note
            ? replies.t(
                locale,
                'change.note',
                { note: request.decision.note.replace(/(?<![。.!！])[。.!！]+$/, '') },
                register,
              )
            : '',
        },
        register,
      ),
    // One decision per request: telling it again (a retried call) queues nothing more.
    `change:${request.id}:${request.status}`,
    { atOnce: true },
  );
}
