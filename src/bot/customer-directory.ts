import { TurnContext, type Activity } from 'botbuilder-core';
import { DuplicateError } from '../store/errors';
import type { Locale } from '../nlu';
import { mailboxOf } from '../conversations/email-senders';
import type { Conversation, Customer, Identity } from '../conversations/records';
import type { Store } from '../store/store.port';
import type { Clock } from '../tickets';
import { capabilitiesOf, channelOf } from './channels';

export interface TurnParties {
  customer: Customer;
  conversation: Conversation;
}

const CACHE_KEY = Symbol('parcelcare.parties');

/**
 * The customer's identity on the channel of an activity: phone for SMS, email for email, user id otherwise. An
 * email identity is the conversation's: the address when the From was authenticated, else the one mail's
 * `unverified:…` conversation (a customer of its own, who holds nothing the address proved).
 */
export function identityOf(activity: Partial<Activity>): Identity {
  const kind = capabilitiesOf(activity.channelId).identity;
  const raw = activity.from?.id ?? 'anonymous';
  return { kind, value: kind === 'email' ? raw.toLowerCase() : raw };
}

/**
 * The phones the customer is known to hold: those they wrote from (an SMS identity). A phone they typed as a
 * contact (`customer.phone`) is not among them — it proves nothing.
 */
export function verifiedPhones(customer: Customer): string[] {
  return customer.identities.filter((i) => i.kind === 'phone').map((i) => i.value);
}

/**
 * Finds or creates the customer and the conversation behind a turn, once per turn.
 * @remarks Creation races (two first messages at once) are settled by the store's unique keys: the loser
 * re-reads what the winner created.
 */
export class CustomerDirectory {
  constructor(
    private readonly store: Pick<Store, 'customers' | 'conversations'>,
    private readonly clock: Clock,
    /** The language a conversation created by this turn starts in (none: set later by the bot). */
    private readonly localeOf?: (context: TurnContext) => Locale,
  ) {}

  async resolve(context: TurnContext): Promise<TurnParties> {
    const cached = context.turnState.get(CACHE_KEY) as TurnParties | undefined;
    if (cached) return cached;
    const activity = context.activity;
    const now = this.clock.now().toISOString();
    const identity = identityOf(activity);
    const customer = await this.customerFor(identity, activity.from?.name, now);
    const channel = channelOf(activity.channelId);
    const externalId = activity.conversation.id;
    let conversation = await this.store.conversations.findByExternalId(channel, externalId);
    if (!conversation) {
      // The store keeps its own copy of what it is given.
      const reference: Record<string, unknown> = { ...TurnContext.getConversationReference(activity) };
      const locale = this.localeOf?.(context);
      try {
        conversation = await this.store.conversations.create(
          { channel, externalId, customerId: customer.id, reference, mode: 'bot', ...(locale ? { locale } : {}) },
          now,
        );
      } catch (err) {
        if (!(err instanceof DuplicateError)) throw err;
        conversation = (await this.store.conversations.findByExternalId(channel, externalId)) as Conversation;
      }
    }
    const parties = { customer, conversation };
    context.turnState.set(CACHE_KEY, parties);
    return parties;
  }

  /** The customer and conversation this turn has resolved so far, without looking anything up. */
  known(context: TurnContext): TurnParties | undefined {
    return context.turnState.get(CACHE_KEY) as TurnParties | undefined;
  }

  /** Replaces the turn's cached conversation after the bot changed it. */
  remember(context: TurnContext, parties: TurnParties): void {
    context.turnState.set(CACHE_KEY, parties);
  }

  private async customerFor(identity: Identity, name: string | undefined, now: string): Promise<Customer> {
    const known = await this.store.customers.findByIdentity(identity);
    if (known) return known;
    const contact =
      identity.kind === 'phone'
        ? { phone: identity.value }
        : identity.kind === 'email'
          ? // An unauthenticated mail's address is a claim: kept as a contact, as a typed one is.
            { email: mailboxOf(identity.value) }
          : {};
    try {
      return await this.store.customers.create(
        { ...(name && name !== identity.value ? { name } : {}), ...contact, identities: [identity] },
        now,
      );
    } catch (err) {
      if (!(err instanceof DuplicateError)) throw err;
      return (await this.store.customers.findByIdentity(identity)) as Customer;
    }
  }
}
