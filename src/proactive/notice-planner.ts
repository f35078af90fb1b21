import type { Logger } from 'pino';
import type { Locale } from '../conversations/records';
import type { Shipment, Waybill } from '../tracking/records';
import type { NoticeSlot, Store } from '../store/store.port';
import { utcOffsetMinutes, type BusinessHours } from '../tickets';
import type { ParcelAnomaly } from '../tracking';
import type { ParcelNotice } from './notice.records';
import { ParcelAudience } from './parcel-audience';

/** Writes a notice's outbox payload on its channel: what happened, what the courier does, the choices. */
export interface NoticeComposer {
  compose(notice: ParcelNotice, anomaly: ParcelAnomaly, shipment: Waybill): Record<string, unknown>;
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

const DAY_MS = 86_400_000;

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
  private readonly audience: ParcelAudience;
  /** The notice slots of the 59 days after a first day, by when that day ends (see `slots`). */
  private laterDays: { after: string; slots: NoticeSlot[] } | undefined;

  constructor(private readonly options: NoticePlannerOptions) {
    this.audience = new ParcelAudience(options);
  }

  /** Plans and queues the anomaly's notices, then marks it planned; resolves with the notices (old and new). */
  async plan(anomaly: ParcelAnomaly, shipment: Waybill): Promise<ParcelNotice[]> {
    const { store, composer } = this.options;
    const now = this.options.now();
    const notices: ParcelNotice[] = [];
    const recipients = await this.audience.recipients(shipment);
    const slots = recipients.length > 0 ? this.slots(now) : [];
    for (const recipient of recipients) {
      const { notice } = await store.notices.create(
        {
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
          ...(recipient.register ? { register: recipient.register } : {}),
          detectedAt: anomaly.detectedAt,
          dueAt: slots[0]?.dueAt ?? now.toISOString(),
          createdAt: now.toISOString(),
          outboxKey: `notice:${anomaly.id}:${recipient.key}`,
        },
        { limit: this.options.dailyCap, slots },
      );
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

  /**
   * When a notice may go out: the end of quiet hours, then the same on each following local day (60 of them) for
   * when the earlier days' daily cap is full. The store takes the first day with room, atomically. The days after
   * the first depend only on when the first ends, so they are worked out once for all the anomalies of a day.
   */
  private slots(now: Date): NoticeSlot[] {
    const first = this.slotAt(this.options.hours.nextOpening(now) ?? now);
    if (this.laterDays?.after !== first.dayEnd) {
      const slots: NoticeSlot[] = [];
      let dayEnd = new Date(first.dayEnd);
      for (let day = 1; day < 60; day += 1) {
        const slot = this.slotAt(this.options.hours.nextOpening(dayEnd) ?? dayEnd);
        slots.push(slot);
        dayEnd = new Date(slot.dayEnd);
      }
      this.laterDays = { after: first.dayEnd, slots };
    }
    return [first, ...this.laterDays.slots];
  }

  /** A notice due at `due`, counted against the local day it falls on. */
  private slotAt(due: Date): NoticeSlot {
    const offset = utcOffsetMinutes(this.options.timeZone, due) * 60_000;
    const start = new Date(Math.floor((due.getTime() + offset) / DAY_MS) * DAY_MS - offset);
    const end = new Date(start.getTime() + DAY_MS);
    return { dueAt: due.toISOString(), dayStart: start.toISOString(), dayEnd: end.toISOString() };
  }
}
