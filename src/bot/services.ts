import type { Activity } from 'botbuilder-core';
import type { Logger } from 'pino';
import type { Nlu } from '../nlu';
import type { Attachment } from '../conversations/records';
import type { Store } from '../store/store.port';
import type { AgentOnlyRule, Clock, TicketService } from '../tickets';
import type { DeliveryChangeService, FeeTables, Gazetteer, ShipmentLookup } from '../tracking';
import type { ParcelNotice } from '../proactive/notice.records';
import type { ClaimOpener } from '../proactive/claim-opener';
import type { CustomerDirectory } from './customer-directory';
import type { HandoffService } from './handoff';
import type { KnowledgeBase } from './knowledge';
import type { Replies } from './replies';

/** What the bot's handlers and dialogs use; built once in the composition root. */
export interface BotServices {
  store: Store;
  nlu: Nlu;
  tickets: TicketService;
  shipments: ShipmentLookup;
  knowledge: KnowledgeBase;
  /** Each market's fee table, by market: prices are computed from it. */
  fees: FeeTables;
  /** Where places are (knowledge/<region>/places.json): which end of a route lies in which market. */
  places: Gazetteer;
  replies: Replies;
  clock: Clock;
  directory: CustomerDirectory;
  handoff: HandoffService;
  /** Customers' change-delivery requests (hold, redeliver, change address, expedite). */
  deliveryChanges: DeliveryChangeService;
  /**
   * Opens pre-compensation claims (a ClaimStarter): `claims.opened({ ticketId, notice })` puts the parcel's claim on
   * a claim ticket filed from a notice; `claims.forCustomer({ trackingNumber, customerId, conversationId })` opens
   * or gets the parcel's claim for a customer who asks (it may sit on another customer's ticket: check
   * `ticket.customerId` before naming it).
   */
  claims: ClaimOpener;
  /** Categories the courier keeps for agents (a complaint in one goes straight to a person). */
  agentOnly: readonly AgentOnlyRule[];
  logger: Logger;
  /** The courier's time zone, for dates shown to customers. */
  timeZone: string;
  /** Where customers may email what does not fit in a chat message; none when the courier takes no mail. */
  emailAddress?: string;
  /** The courier's name (COURIER_NAME): a courier named by a customer that this is not is another company. */
  courierName?: string;
  /** Other names and networks customers call the courier by (COURIER_OTHER_NAMES): none of them is another company. */
  courierOtherNames?: readonly string[];
  /** Photos in an activity, as ticket evidence (the channel has already stored them and checked their limits). */
  evidenceOf(activity: Partial<Activity>): Attachment[];
}

/**
 * The seam to the claims capability: called once a claim ticket is filed in answer to an anomaly notice (the
 * ticket is the conversation's, demanding compensation, high priority for loss and damage).
 */
export interface ClaimStarter {
  opened(input: { ticketId: string; notice: ParcelNotice }): Promise<void>;
}

/** Photos and PDFs attached to an activity with a URL the channel serves them from. */
export function imageEvidence(activity: Partial<Activity>): Attachment[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentUrl && (a.contentType?.startsWith('image/') || a.contentType === 'application/pdf'))
    .map((a) => ({ name: a.name ?? 'photo', contentType: a.contentType, size: 0, location: a.contentUrl as string }));
}
