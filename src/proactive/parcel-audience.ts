import type { ChannelId, Conversation, Customer, Locale } from '../conversations/records';
import type { Store } from '../store/store.port';
import type { ClaimRecipient } from '../tickets/claim.records';
import type { Waybill } from '../tracking/records';

/** Someone a message about a parcel can go to, on one channel (the same shape a claim keeps of who it told). */
export type ParcelRecipient = ClaimRecipient;

export interface ParcelAudienceOptions {
  store: Pick<Store, 'parcelLinks' | 'tickets' | 'conversations' | 'customers'>;
  /** Whether SMS can be sent: then the shipment's own phones are told too. */
  sms: boolean;
  /** The language of the courier's market, for recipients whose language nobody knows. */
  defaultLocale: Locale;
}

/** The channels a notice can go out on (the customer's own conversation, or SMS to a phone). */
const NOTICE_CHANNELS: readonly ChannelId[] = ['webchat', 'sms', 'email'];
const E164 = /^\+[1-9]\d{6,14}$/;

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
 * Who may hear about a parcel: every customer linked to it (asked about it, proved a link, complained about it) in
 * their latest conversation about it, and the shipment's sender and recipient phones by SMS when SMS is on. Nobody
 * else, and nobody on a channel they opted out of.
 */
export class ParcelAudience {
  constructor(private readonly options: ParcelAudienceOptions) {}

  /** Everyone linked to the parcel, once each, on the channel they can be reached on. */
  async recipients(shipment: Waybill): Promise<ParcelRecipient[]> {
    const { store } = this.options;
    const linked = await this.linkedCustomers(shipment.trackingNumber);
    const recipients: ParcelRecipient[] = [];
    const told = new Set<string>();
    for (const [customerId, conversationId] of linked) {
      const customer = await store.customers.get(customerId);
      if (!customer) continue;
      const conversation = await this.conversationOf(customer, conversationId);
      // A customer with no conversation (known from the waybill's phone only) is reached by SMS below.
      if (!conversation) continue;
      told.add(customerId);
      if (customer.optedOut?.[conversation.channel]) continue;
      recipients.push({
        key: `customer:${customer.id}`,
        customerId: customer.id,
        channel: conversation.channel,
        to: conversation.externalId,
        conversationId: conversation.id,
        locale: conversation.locale ?? customer.locale ?? this.options.defaultLocale,
        ...(conversation.register ? { register: conversation.register } : {}),
      });
    }
    if (!this.options.sms) return recipients;
    for (const phone of waybillPhones(shipment)) {
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
        ...(conversation?.register ? { register: conversation.register } : {}),
      });
    }
    return recipients;
  }

  /**
   * Whether someone told about the parcel before may still hear about it on the channel they were told on: still
   * linked to the parcel (a customer linked or with a ticket on it, or a phone still on the waybill) and not opted
   * out of that channel. A waybill corrected to another phone stops the old one hearing more.
   */
  async mayStillHear(
    recipient: ParcelRecipient,
    trackingNumber: string,
    shipment: Waybill | undefined,
  ): Promise<boolean> {
    const { store } = this.options;
    const phones = shipment ? waybillPhones(shipment) : [];
    const onWaybill = recipient.channel === 'sms' && phones.includes(recipient.to);
    if (!recipient.customerId) {
      if (!onWaybill) return false;
      const owner = await store.customers.findByIdentity({ kind: 'phone', value: recipient.to });
      return !owner?.optedOut?.sms;
    }
    const customer = await store.customers.get(recipient.customerId);
    if (!customer || customer.optedOut?.[recipient.channel]) return false;
    return onWaybill || (await this.linkedCustomers(trackingNumber)).has(customer.id);
  }

  /** The customers linked to the parcel, each with the conversation they last spoke of it in (when known). */
  private async linkedCustomers(trackingNumber: string): Promise<Map<string, string | undefined>> {
    const { store } = this.options;
    const linked = new Map<string, string | undefined>();
    for (const link of await store.parcelLinks.listByParcel(trackingNumber))
      linked.set(link.customerId, link.conversationId);
    for (const ticket of await store.tickets.find({ trackingNumber }))
      if (!linked.has(ticket.customerId)) linked.set(ticket.customerId, ticket.conversationIds.at(-1));
    return linked;
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

/** The sender's and recipient's phones on the waybill that SMS can reach (E.164), once each. */
const waybillPhones = (shipment: Waybill): string[] =>
  [...new Set([shipment.recipient.phone, shipment.sender.phone])].filter((p): p is string => !!p && E164.test(p));
