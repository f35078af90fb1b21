import type { NoticeChoice, ParcelNotice } from '../proactive/notice.records';
import type { Waybill } from '../tracking/records';
import type { AnomalyKind, AnomalyTable, ParcelAnomaly } from '../tracking';
import type { ReplyKey, Replies } from './replies';
import type { Claim, ClaimStep } from '../tickets/claim.records';
import { claimAmountText } from '../tickets';
import type { Ticket } from '../tickets/records';
import { scanIn } from './shipment-text';

/**
 * What a customer can ask for after each kind of anomaly, in the order the notice numbers them. A person is
 * always offered; the rest fit the kind (a claim for loss or damage, a new delivery after a failed one …).
 */
export const CHOICES_BY_KIND: Record<AnomalyKind, readonly NoticeChoice[]> = {
  lost: ['claim', 'human'],
  damaged: ['claim', 'human'],
  exception: ['redeliver', 'hold', 'human'],
  delivery_failed: ['redeliver', 'hold', 'human'],
  address_problem: ['redeliver', 'hold', 'human'],
  held_customs: ['human'],
  returned: ['redeliver', 'human'],
  no_scan: ['expedite', 'claim', 'human'],
  past_promised_date: ['expedite', 'hold', 'claim', 'human'],
  stuck_at_hub: ['expedite', 'hold', 'human'],
};

/** A notice in words: its subject (email), its text with the numbered choices, and the choices (buttons). */
export interface NoticeText {
  subject: string;
  text: string;
  choices: { number: number; choice: NoticeChoice; title: string }[];
}

export interface NoticeWriterOptions {
  replies: Replies;
  timeZone: string;
  table: AnomalyTable;
  now: () => Date;
}

/**
 * Writes anomaly notices from the reply catalog, in the notice's language. A notice names the parcel, what
 * happened (and the last scan's place and time), what the courier is doing, the expected delivery when it is
 * still ahead, and the numbered choices — nothing about the sender, the recipient or anybody's address.
 */
export class NoticeWriter {
  constructor(private readonly options: NoticeWriterOptions) {}

  /** A claim notice in the recipient's language (see writeClaimNotice). */
  writeClaim(
    notice: Pick<ParcelNotice, 'locale' | 'register' | 'trackingNumber'>,
    claim: Claim,
    ticket: Ticket | undefined,
  ) {
    return writeClaimNotice(this.options.replies, notice, claim, ticket, this.options.now());
  }

  /** A later step of a claim in the reader's language (see writeClaimStep). */
  writeClaimStep(
    reader: Pick<ParcelNotice, 'locale' | 'register' | 'trackingNumber'>,
    claim: Claim,
    step: ClaimStep,
    ticket: Ticket | undefined,
  ): NoticeText {
    return writeClaimStep(this.options.replies, reader, claim, step, ticket);
  }

  write(
    notice: Pick<ParcelNotice, 'locale' | 'register' | 'kind' | 'trackingNumber'>,
    anomaly: ParcelAnomaly,
    shipment: Waybill,
  ): NoticeText {
    const { replies, timeZone, table } = this.options;
    const { locale, kind, register } = notice;
    const t = (key: string, vars: Record<string, string | number> = {}) =>
      replies.t(locale, key as ReplyKey, vars, register);
    const scan = anomaly.scan;
    // The scan's place in the notice's language and script (the courier's record may hold an English name).
    const place = scan ? scanIn(locale, scan).place : '';
    const what = t(`notice.what.${kind}`, {
      hours: table.noScanHours,
      date: shipment.promisedDate ? replies.day(locale, shipment.promisedDate) : '',
      place,
    });
    const lines = [t('notice.intro', { number: notice.trackingNumber, what })];
    if (scan) lines.push(t('notice.scan', { place, time: replies.dateTime(locale, scan.at, timeZone) }));
    lines.push(t(`notice.doing.${kind}`));
    const promised = shipment.promisedDate?.slice(0, 10);
    if (promised && promised >= this.options.now().toISOString().slice(0, 10) && kind !== 'returned')
      lines.push(t('notice.eta', { date: replies.day(locale, promised) }));
    const choices = choicesFor(kind).map((choice, index) => ({
      number: index + 1,
      choice,
      title: t(`notice.choice.${choice}`),
    }));
    lines.push(t('notice.reply'), ...choices.map((c) => `${c.number}. ${c.title}`));
    return {
      subject: t('notice.subject', { number: notice.trackingNumber, status: t(`anomalyName.${kind}`) }),
      text: lines.join('\n'),
      choices,
    };
  }
}

/** The words of a claim notice: the claim opened, its amount, the ticket (its owner only), what happens next. */
export function writeClaimNotice(
  replies: Replies,
  notice: Pick<ParcelNotice, 'locale' | 'register' | 'trackingNumber'>,
  claim: Claim,
  ticket: Ticket | undefined,
  now: Date,
): NoticeText {
  const t = (key: ReplyKey, vars: Record<string, string | number> = {}) =>
    replies.t(notice.locale, key, vars, notice.register);
  const amount = claim.amount ? `${claim.amount.currency} ${claim.amount.value.toFixed(2)}` : '';
  const lines = [
    t('claim.opened', { number: notice.trackingNumber }),
    amount ? t('claim.amount', { amount }) : t('claim.toBeAssessed'),
  ];
  if (ticket) lines.push(t('claim.ticket', { ticket: ticket.number }));
  const reviewBy = ticket?.deadlines.resolution ?? new Date(now.getTime() + 2 * 3_600_000).toISOString();
  lines.push(t('claim.next', { within: replies.within(notice.locale, now, reviewBy) }));
  return { subject: t('claim.subject', { number: notice.trackingNumber }), text: lines.join('\n'), choices: [] };
}

/**
 * The words of a claim's later step. The ticket's own customer (`ticket` given) reads it under the ticket's number,
 * with the reason an agent gave for a rejection; anyone else told about the claim reads it under the parcel's
 * number, without the reason (it may be about the claimant).
 */
export function writeClaimStep(
  replies: Replies,
  reader: Pick<ParcelNotice, 'locale' | 'register' | 'trackingNumber'>,
  claim: Claim,
  step: ClaimStep,
  ticket: Ticket | undefined,
): NoticeText {
  const t = (key: ReplyKey, vars: Record<string, string> = {}) => replies.t(reader.locale, key, vars, reader.register);
  const what = ticket
    ? t('claim.onTicket', { number: ticket.number })
    : t('claim.onParcel', { number: reader.trackingNumber });
  const amount = claimAmountText(step === 'approval_requested' ? claim.approvalRequest?.amount : claim.amount);
  const text =
    step === 'approval_requested'
      ? t('claim.approvalRequested', { what, amount })
      : step === 'approved'
        ? t('claim.approved', { what, amount })
        : step === 'paid'
          ? t('claim.paid', { what, amount })
          : ticket
            ? t('claim.rejected', { what, reason: claim.decision?.reason ?? '' })
            : t('claim.rejectedUntold', { what });
  return { subject: t('claim.stepSubject', { number: reader.trackingNumber }), text, choices: [] };
}

export function choicesFor(kind: AnomalyKind): readonly NoticeChoice[] {
  return CHOICES_BY_KIND[kind];
}
