import type { Logger } from 'pino';
import type { Conversation, Customer } from '../conversations/records';
import type { Store } from '../store/store.port';
import { DuplicateError } from '../store/errors';
import { randomUUID } from 'node:crypto';
import type { Claim, ClaimAmount, ClaimRegistration } from '../tickets/claim.records';
import type { Ticket, TicketCategory } from '../tickets/records';
import { changeTicket, deadlinesFor, earlier, type SlaTargets } from '../tickets';
import type { ParcelAnomaly } from '../tracking';
import type { Waybill } from '../tracking/records';

/** A claim on its ticket, as opened (or found opened) for a parcel. */
export interface OpenedClaim {
  ticket: Ticket;
  claim: Claim;
  /** True when this call opened it; false when the parcel had it already. */
  opened: boolean;
}

/** Told once a claim sits on its ticket (hand the ticket to the agents, tell the customers). */
export type ClaimListener = (opened: OpenedClaim, shipment: Waybill | undefined) => Promise<void>;

export interface ClaimOpenerOptions {
  store: Pick<Store, 'claims' | 'tickets' | 'parcelLinks' | 'customers' | 'conversations' | 'anomalies'>;
  sla: SlaTargets;
  now: () => Date;
  logger: Logger;
  /** Reads a parcel as it is now (for claims the scheduler opens). */
  findShipment: (trackingNumber: string) => Promise<Waybill | undefined>;
}

/** Level-1 anomalies older than this get no claim from the scheduler (an upgrade must not open claims for old ones). */
const LOOKBACK_MS = 72 * 3_600_000;
/** A claim registered this long ago without its ticket was left by a stopped process. */
const LEFT_OVER_MS = 60_000;
const LINK_STRENGTH = { complained: 3, proved: 2, asked: 1 } as const;

const categoryOf = (reason: string): TicketCategory => (reason === 'lost' || reason === 'damaged' ? reason : 'other');

/** The claim's starting amount: the waybill's insured or declared value; none (to be assessed) without one. */
export function startingAmount(shipment: Waybill | undefined): ClaimAmount | undefined {
  const declared = shipment?.declaredValue;
  if (!declared) return undefined;
  return { value: declared.amount, currency: declared.currency, basis: declared.insured ? 'insured' : 'declared' };
}

/**
 * Opens pre-compensation claims: for each level-1 anomaly (loss, damage) as it is detected, for those the scheduler
 * finds without one (recorded by an import, or by a process that stopped), and when a customer asks for one.
 * A claim goes on the parcel's open ticket, or on a new high-priority ticket of the parcel's claimant.
 *
 * @remarks One claim per parcel: the store registers it under the parcel's key before any ticket is touched, so
 * of every event, process and request that would open one, one does; the others find it. A process that stops
 * after registering leaves it to the next scheduler round (a minute later), which finishes it the same way.
 */
export class ClaimOpener {
  private readonly listeners: ClaimListener[] = [];

  constructor(private readonly options: ClaimOpenerOptions) {}

  /** Adds who hears of each claim opened (the desks, the customers' notices), in the order added. */
  onOpened(listener: ClaimListener): void {
    this.listeners.push(listener);
  }

  /** Opens the parcel's claim for a level-1 anomaly just detected; undefined for other levels. */
  async forAnomaly(anomaly: ParcelAnomaly, shipment: Waybill | undefined): Promise<OpenedClaim | undefined> {
    if (anomaly.level !== 1) return undefined;
    return this.open(
      { trackingNumber: anomaly.trackingNumber, anomalyId: anomaly.id, detectedAt: anomaly.detectedAt },
      { reason: anomaly.kind, by: 'system', shipment, ...(anomaly.scan ? { station: anomaly.scan.place } : {}) },
    );
  }

  /**
   * Opens or gets the parcel's claim for a customer who asks for one (in answer to a notice, or in words). A new
   * claim goes on that customer's open ticket on the parcel, or on a new one of theirs. Undefined while another
   * process is opening the parcel's claim at this very moment (ask again shortly).
   * @remarks The claim may sit on another customer's ticket (someone complained first): `ticket.customerId` tells;
   * never show that ticket's number or contents to anybody else.
   */
  async forCustomer(request: {
    trackingNumber: string;
    customerId: string;
    conversationId?: string;
  }): Promise<OpenedClaim | undefined> {
    const shipment = await this.options.findShipment(request.trackingNumber);
    return this.open(
      { trackingNumber: request.trackingNumber },
      {
        reason: 'customer_request',
        by: 'customer',
        shipment,
        claimant: {
          customerId: request.customerId,
          ...(request.conversationId ? { conversationId: request.conversationId } : {}),
        },
      },
    );
  }

  /**
   * Puts the parcel's claim on a claim ticket a customer just filed in answer to a notice (the bot's ClaimStarter
   * seam): the claim opens on that ticket, unless the parcel has one already (opened when the loss was detected).
   */
  async opened(input: { ticketId: string; notice: { trackingNumber: string } }): Promise<void> {
    const ticket = await this.options.store.tickets.get(input.ticketId);
    if (!ticket) return;
    const conversationId = ticket.conversationIds.at(-1);
    await this.forCustomer({
      trackingNumber: input.notice.trackingNumber,
      customerId: ticket.customerId,
      ...(conversationId ? { conversationId } : {}),
    });
  }

  /**
   * The scheduler's round: finishes claims a stopped process left without their ticket, then opens claims for
   * level-1 anomalies of the last 72 hours that have none. Resolves with how many it opened.
   */
  async openDue(limit = 100): Promise<number> {
    const { store, now } = this.options;
    const at = now();
    let opened = 0;
    for (const left of await store.claims.listUnopened(new Date(at.getTime() - LEFT_OVER_MS).toISOString(), limit)) {
      const shipment = await this.options.findShipment(left.trackingNumber);
      const anomaly = left.anomalyId ? await store.anomalies.get(left.anomalyId) : undefined;
      const how = anomaly
        ? { reason: anomaly.kind, by: 'system', shipment }
        : { reason: 'customer_request', by: 'customer', shipment };
      const done = await this.finish(left, how);
      if (done?.opened) opened += 1;
    }
    const unclaimed = await store.claims.unclaimedAnomalies({
      level: 1,
      detectedFrom: new Date(at.getTime() - LOOKBACK_MS).toISOString(),
      detectedBy: at.toISOString(),
      limit,
    });
    for (const anomaly of unclaimed) {
      const done = await this.forAnomaly(anomaly, await this.options.findShipment(anomaly.trackingNumber));
      if (done?.opened) opened += 1;
    }
    return opened;
  }

  private async open(
    key: { trackingNumber: string; anomalyId?: string; detectedAt?: string },
    how: OpenHow,
  ): Promise<OpenedClaim | undefined> {
    const { store, now } = this.options;
    const { stored, registration } = await store.claims.register({
      ...key,
      claimId: randomUUID(),
      registeredAt: now().toISOString(),
    });
    if (stored) return this.finish(registration, how);
    // Being opened by another process or request this moment (or left by a stopped one: the scheduler finishes it
    // within a minute). Opening it here too could put it on a second ticket.
    if (!registration.ticketId) return undefined;
    const ticket = await store.tickets.get(registration.ticketId);
    return ticket?.claim ? { ticket, claim: ticket.claim, opened: false } : undefined;
  }

  /** Puts the registered claim on its ticket, records the ticket, and tells the listener. */
  private async finish(registration: ClaimRegistration, how: OpenHow): Promise<OpenedClaim> {
    const { store, now } = this.options;
    const ticket = await this.ticketFor(registration, how);
    let opened = false;
    const claimed = await changeTicket(store, { now }, ticket.id, (current, at) => {
      opened = !current.claim;
      if (current.claim) return current;
      const amount = startingAmount(how.shipment);
      const claim: Claim = {
        id: registration.claimId,
        trackingNumber: registration.trackingNumber,
        reason: how.reason,
        ...(registration.anomalyId ? { anomalyId: registration.anomalyId } : {}),
        ...(registration.detectedAt ? { detectedAt: registration.detectedAt } : {}),
        openedAt: at,
        openedBy: how.by,
        ...(amount ? { amount } : {}),
        status: 'opened',
      };
      const raised = deadlinesFor('high', current.createdAt, this.options.sla);
      return {
        ...current,
        priority: 'high',
        demand: current.demand ?? 'compensation',
        deadlines: {
          firstResponse: earlier(current.deadlines.firstResponse, raised.firstResponse),
          resolution: earlier(current.deadlines.resolution, raised.resolution),
        },
        claim,
        history: [
          ...current.history,
          {
            at,
            by: how.by,
            action: 'claim opened',
            to: 'opened',
            note: `pre-compensation claim (${claim.reason}): ${amount ? `${amount.currency} ${amount.value.toFixed(2)} (${amount.basis})` : 'amount to be assessed'}`,
            ...(current.priority !== 'high' ? { from: current.priority } : {}),
          },
        ],
      };
    });
    const claim = claimed.claim as Claim;
    await store.claims.markOpened(registration.trackingNumber, claimed.id, claim.openedAt);
    const result = { ticket: claimed, claim, opened };
    if (opened) {
      this.options.logger.info(
        { trackingNumber: registration.trackingNumber, ticket: claimed.number, reason: claim.reason },
        'claim opened',
      );
      for (const listener of this.listeners) await listener(result, how.shipment);
    }
    return result;
  }

  /** The parcel's open ticket (the claimant's first), else a new high-priority ticket of the claimant's. */
  private async ticketFor(registration: ClaimRegistration, how: OpenHow): Promise<Ticket> {
    const { store } = this.options;
    for (let attempt = 0; ; attempt += 1) {
      const open = await store.tickets.findOpenByTracking(registration.trackingNumber);
      const mine = how.claimant ? open.filter((t) => t.customerId === how.claimant?.customerId) : open;
      const found =
        open.find((t) => t.claim?.id === registration.claimId) ?? mine[0] ?? (how.claimant ? undefined : open[0]);
      if (found) return found;
      const { customer, conversation } = await this.claimant(registration.trackingNumber, how);
      try {
        return await this.createTicket(registration, how, customer, conversation);
      } catch (err) {
        // The claimant's ticket on the parcel was filed in between: the claim goes on it (read again).
        if (!(err instanceof DuplicateError) || attempt >= 3) throw err;
      }
    }
  }

  private async createTicket(
    registration: ClaimRegistration,
    how: OpenHow,
    customer: Customer,
    conversation: Conversation | undefined,
  ): Promise<Ticket> {
    const at = this.options.now().toISOString();
    const { shipment } = how;
    return this.options.store.tickets.create({
      createdAt: at,
      channel: conversation?.channel ?? (customer.phone ? 'sms' : 'agentdesk'),
      customerId: customer.id,
      customer: {
        ...(customer.name ? { name: customer.name } : {}),
        ...(customer.phone ? { phone: customer.phone } : {}),
        ...(customer.email ? { email: customer.email } : {}),
      },
      ...(shipment
        ? {
            carrier: shipment.carrier,
            sender: shipment.sender,
            recipient: shipment.recipient,
            route: `${shipment.origin}→${shipment.destination}`,
          }
        : {}),
      ...(how.station ? { station: how.station } : {}),
      trackingNumbers: [registration.trackingNumber],
      category: categoryOf(how.reason),
      priority: 'high',
      level: 0,
      description:
        how.by === 'customer'
          ? `The customer asked for compensation for parcel ${registration.trackingNumber}.`
          : `Pre-compensation claim opened on detection: parcel ${registration.trackingNumber} ${how.reason}.`,
      demand: 'compensation',
      evidence: [],
      status: 'open',
      deadlines: deadlinesFor('high', at, this.options.sla),
      conversationIds: conversation ? [conversation.id] : [],
      history: [
        {
          at,
          by: how.by,
          action: 'created',
          to: 'open',
          note: `priority high: pre-compensation claim (${how.reason})`,
        },
      ],
    });
  }

  /**
   * Whom a new claim's ticket belongs to: the customer who asked; else the customer most strongly linked to the
   * parcel (complained, proved a link, asked), the latest first; else the sender's, then the recipient's phone
   * (a customer record made for it); else a customer record with the sender's name only.
   */
  private async claimant(
    trackingNumber: string,
    how: OpenHow,
  ): Promise<{ customer: Customer; conversation?: Conversation }> {
    const { store } = this.options;
    const conversationOf = async (id: string | undefined) => (id ? await store.conversations.get(id) : undefined);
    if (how.claimant) {
      const customer = await store.customers.get(how.claimant.customerId);
      if (customer) return { customer, conversation: await conversationOf(how.claimant.conversationId) };
    }
    const links = (await store.parcelLinks.listByParcel(trackingNumber)).sort(
      (a, b) => LINK_STRENGTH[b.kind] - LINK_STRENGTH[a.kind] || b.at.localeCompare(a.at),
    );
    for (const link of links) {
      const customer = await store.customers.get(link.customerId);
      if (customer) return { customer, conversation: await conversationOf(link.conversationId) };
    }
    const at = this.options.now().toISOString();
    const party = [how.shipment?.sender, how.shipment?.recipient].find((p) => p?.phone?.startsWith('+'));
    if (party?.phone) {
      const identity = { kind: 'phone' as const, value: party.phone };
      const known = await store.customers.findByIdentity(identity);
      if (known) return { customer: known };
      try {
        return {
          customer: await store.customers.create(
            { ...(party.name ? { name: party.name } : {}), phone: party.phone, identities: [identity] },
            at,
          ),
        };
      } catch (err) {
        if (!(err instanceof DuplicateError)) throw err;
        return { customer: (await store.customers.findByIdentity(identity)) as Customer };
      }
    }
    const name = how.shipment?.sender.name;
    return { customer: await store.customers.create({ ...(name ? { name } : {}), identities: [] }, at) };
  }
}

interface OpenHow {
  reason: string;
  by: string;
  shipment: Waybill | undefined;
  station?: string;
  claimant?: { customerId: string; conversationId?: string };
}
