import type { Logger } from 'pino';
import type { ChannelId, Conversation, Customer, Locale } from '../conversations/records';
import type { Shipment } from '../tracking/records';
import type { Store } from '../store/store.port';
import { utcOffsetMinutes, type BusinessHours } from '../tickets';
import type { ParcelAnomaly } from '../tracking';
import type { ParcelNotice } from './notice.records';
import type { Claim } from '../tickets/claim.records';
import type { Ticket } from '../tickets/records';

/** Writes a notice's outbox payload on its channel: what happened, what the courier does, the choices. */
export interface NoticeComposer {
  compose(notice: ParcelNotice, anomaly: ParcelAnomaly, shipment: Shipment): Record<string, unknown>;
  /**
   * A claim notice on the recipient's channel: the claim opened, its amount, what happens next. `ticket` only for
   * the ticket's own customer (nobody else learns its number).
   */
  composeClaim(
    recipient: Pick<ParcelNotice, 'channel' | 'locale' | 'trackingNumber'>,
    claim: Claim,
    ticket: Ticket | undefined,
  ): Record<string, unknown>;
}

export interface NoticePlannerOptions {
  store: Pick<Store, 'parcelLinks' | 'notices' | 'tickets' | 'conversations' | 'customers' | 'outbox' | 'anomalies'>;
  composer: NoticeComposer;
  /** When notices may go out (the courier's quiet hours turned around); others wait for the next opening. */
  hours: BusinessHours;
  timeZone: string;
  /** Notices one recipient gets about one parcel in a local day at most. */
  dailyCap: number;
  /** Whether SMS can be sent: then the shipment's own phones are told too. */
  sms: boolean;
  /** The language of the courier's market, for recipients whose language nobody knows. */
  defaultLocale: Locale;
  now: () => Date;
  logger: Logger;
  /** Wakes the outbox worker after notices were queued. */
  onEnqueued?: () => void;
}

/** The channels a notice can go out on (the customer's own conversation, or SMS to a phone). */
const NOTICE_CHANNELS: readonly ChannelId[] = ['webchat', 'sms', 'email'];
const E164 = /^\+[1-9]\d{6,14}$/;
const DAY_MS = 86_400_000;

interface Recipient {
  key: string;
  customerId?: string;
  channel: ChannelId;
  to: string;
  conversationId?: string;
  locale: Locale;
}

/**
 * The language for a phone nobody has written from: its country's market (mainland China Simplified; Taiwan,
 * Hong Kong and Macao Traditional), English for a number from elsewhere.
 */
export function localeOfPhone(phone: string): Locale {
  if (/^\+86/.test(phone)) return 'zh-CN';
  if (/^\+(886|852|853)/.test(phone)) return 'zh-TW';
  return 'en';
}

/**
 * Plans who hears of an anomaly, where and when, and queues the notices in the outbox: every customer linked
 * to the parcel (asked about it, proved a link, complained about it) in their latest conversation about it, and
 * the shipment's sender and recipient phones by SMS when SMS is on. Nothing goes to a channel the customer
 * opted out of. A notice waits for the end of quiet hours and, past the daily cap, for the next day.
 *
 * @remarks Only customers linked to the parcel are told, and a notice names only the parcel and its status. Each
 * notice is stored once per anomaly and recipient, and its outbox item carries a key of its own: planning an
 * anomaly again (after a crash between the two, or in a second process) sends nothing twice.
 */
export class NoticePlanner {
  constructor(private readonly options: NoticePlannerOptions) {}

  /** Plans and queues the anomaly's notices, then marks it planned; resolves with the notices (old and new). */
  async plan(anomaly: ParcelAnomaly, shipment: Shipment): Promise<ParcelNotice[]> {
    const { store, composer } = this.options;
    const now = this.options.now();
    const notices: ParcelNotice[] = [];
    for (const recipient of await this.recipients(shipment)) {
      const { notice } = await store.notices.create({
        anomalyId: anomaly.id,
        trackingNumber: anomaly.trackingNumber,
        kind: anomaly.kind,
        level: anomaly.level,
        recipient: recipient.key,
        ...(recipient.customerId ? { customerId: recipient.customerId } : {}),
        channel: recipient.channel,
        to: recipient.to,
        ...(recipient.conversationId ? { conversationId: recipient.conversationId } : {}),
        locale: recipient.locale,
        detectedAt: anomaly.detectedAt,
        dueAt: (await this.dueAt(recipient.key, shipment.trackingNumber, now)).toISOString(),
        createdAt: now.toISOString(),
        outboxKey: `notice:${anomaly.id}:${recipient.key}`,
      });
      // Queued even when the notice was stored before: the earlier planner may have stopped in between.
      await store.outbox.enqueue(
        {
          channel: notice.channel,
          to: notice.to,
          payload: composer.compose(notice, anomaly, shipment),
          idempotencyKey: notice.outboxKey,
          nextAttemptAt: notice.dueAt,
        },
        now.toISOString(),
      );
      notices.push(notice);
    }
    await store.anomalies.markPlanned(anomaly.id, now.toISOString());
    if (notices.length > 0) this.options.onEnqueued?.();
    return notices;
  }

  /**
   * Tells everyone linked to the parcel that a pre-compensation claim was opened for it, each in their language
   * and right after the anomaly's own notice to them (quiet hours apply the same way). Queued under one outbox key
   * per claim and recipient: announcing it again sends nothing twice.
   */
  async announceClaim(claim: Claim, ticket: Ticket, shipment: Shipment): Promise<number> {
    const { store, composer, hours } = this.options;
    const now = this.options.now();
    const after = new Map<string, string>();
    if (claim.anomalyId)
      for (const notice of await store.notices.listByAnomaly(claim.anomalyId))
        after.set(notice.recipient, notice.dueAt);
    const recipients = await this.recipients(shipment);
    for (const recipient of recipients) {
      const due = after.get(recipient.key) ?? (hours.nextOpening(now) ?? now).toISOString();
      await store.outbox.enqueue(
        {
          channel: recipient.channel,
          to: recipient.to,
          payload: composer.composeClaim(
            { channel: recipient.channel, locale: recipient.locale, trackingNumber: claim.trackingNumber },
            claim,
            recipient.customerId === ticket.customerId ? ticket : undefined,
          ),
          idempotencyKey: `claim:${claim.id}:${recipient.key}`,
          nextAttemptAt: due,
          ...(recipient.customerId === ticket.customerId ? { ticketId: ticket.id } : {}),
        },
        now.toISOString(),
      );
    }
    if (recipients.length > 0) this.options.onEnqueued?.();
    return recipients.length;
  }

  /**
   * Plans the anomalies left unplanned for over a minute (a process stopped between recording and planning, or
   * the import command recorded them); `find` reads each parcel as it is now.
   */
  async planLeftOver(find: (trackingNumber: string) => Promise<Shipment | undefined>): Promise<number> {
    const { store } = this.options;
    const before = new Date(this.options.now().getTime() - 60_000).toISOString();
    let planned = 0;
    for (const anomaly of await store.anomalies.listUnplanned(before, 200)) {
      const shipment = await find(anomaly.trackingNumber);
      if (shipment) planned += (await this.plan(anomaly, shipment)).length;
      else await store.anomalies.markPlanned(anomaly.id, this.options.now().toISOString());
    }
    return planned;
  }

  /** When a notice to the recipient about the parcel may go out: after quiet hours, within the daily cap. */
  private async dueAt(recipient: string, trackingNumber: string, now: Date): Promise<Date> {
    const { hours, timeZone, dailyCap, store } = this.options;
    let due = hours.nextOpening(now) ?? now;
    for (let day = 0; day < 60; day += 1) {
      const offset = utcOffsetMinutes(timeZone, due) * 60_000;
      const start = new Date(Math.floor((due.getTime() + offset) / DAY_MS) * DAY_MS - offset);
      const end = new Date(start.getTime() + DAY_MS);
      const count = await store.notices.countDue(recipient, trackingNumber, start.toISOString(), end.toISOString());
      if (count < dailyCap) return due;
      due = hours.nextOpening(end) ?? end;
    }
    return due;
  }

  /** Everyone linked to the parcel, once each, on the channel they can be reached on. */
  private async recipients(shipment: Shipment): Promise<Recipient[]> {
    const { store } = this.options;
    const linked = new Map<string, string | undefined>();
    for (const link of await store.parcelLinks.listByParcel(shipment.trackingNumber))
      linked.set(link.customerId, link.conversationId);
    for (const ticket of await store.tickets.find({ trackingNumber: shipment.trackingNumber }))
      if (!linked.has(ticket.customerId)) linked.set(ticket.customerId, ticket.conversationIds.at(-1));
    const recipients: Recipient[] = [];
    const told = new Set<string>();
    for (const [customerId, conversationId] of linked) {
      const customer = await store.customers.get(customerId);
      if (!customer) continue;
      told.add(customerId);
      const conversation = await this.conversationOf(customer, conversationId);
      if (!conversation || customer.optedOut?.[conversation.channel]) continue;
      recipients.push({
        key: `customer:${customer.id}`,
        customerId: customer.id,
        channel: conversation.channel,
        to: conversation.externalId,
        conversationId: conversation.id,
        locale: conversation.locale ?? customer.locale ?? this.options.defaultLocale,
      });
    }
    if (!this.options.sms) return recipients;
    const phones = new Set([shipment.recipient.phone, shipment.sender.phone].filter((p): p is string => !!p));
    for (const phone of phones) {
      if (!E164.test(phone)) continue;
      const owner = await store.customers.findByIdentity({ kind: 'phone', value: phone });
      if (owner && (told.has(owner.id) || owner.optedOut?.sms)) continue;
      const conversation = await store.conversations.findByExternalId('sms', phone);
      recipients.push({
        key: owner ? `customer:${owner.id}` : `phone:${phone}`,
        ...(owner ? { customerId: owner.id } : {}),
        channel: 'sms',
        to: phone,
        ...(conversation ? { conversationId: conversation.id } : {}),
        locale: conversation?.locale ?? owner?.locale ?? localeOfPhone(phone),
      });
    }
    return recipients;
  }

  /** The conversation the customer spoke of the parcel in, else their latest one, on a channel a notice can use. */
  private async conversationOf(customer: Customer, conversationId?: string): Promise<Conversation | undefined> {
    const { conversations } = this.options.store;
    const named = conversationId ? await conversations.get(conversationId) : undefined;
    if (named && named.customerId === customer.id && NOTICE_CHANNELS.includes(named.channel)) return named;
    const theirs = await conversations.listByCustomer(customer.id);
    return theirs.filter((c) => NOTICE_CHANNELS.includes(c.channel)).at(-1);
  }
}
