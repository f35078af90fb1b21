import type { Store } from '../store/store.port';
import { DomainError, SupervisorOnlyError } from '../tickets/errors';
import {
  SUPERVISOR_RULE_TEXT,
  supervisorRuleFor,
  type Destination,
  type TextFolding,
} from './delivery-change-approval';
import type {
  DeliveryChangeDetails,
  DeliveryChangeKind,
  DeliveryChangeOutcome,
  DeliveryChangeRequest,
  DeliveryChangeStatus,
  NewDeliveryChange,
  SupervisorChangeRule,
} from './delivery-change.records';
import type { CityDistricts } from './districts';

/** What a request of each kind cannot go without; the bot asks for it. */
export type MissingDetail = 'place' | 'date' | 'address' | 'label';

/** The detail a request still needs before the courier can act on it, if any. */
export function missingDetail(kind: DeliveryChangeKind, details: DeliveryChangeDetails): MissingDetail | undefined {
  if (kind === 'hold' && !details.place) return 'place';
  if (kind === 'redeliver' && !details.date) return 'date';
  if (kind === 'change_address' && !details.address?.trim()) return 'address';
  if (kind === 'correct_label' && !details.recipientName && !details.recipientPhone) return 'label';
  return undefined;
}

export class DeliveryChangeNotFoundError extends DomainError {
  override readonly code = 'DELIVERY_CHANGE_NOT_FOUND';
  constructor(id: string) {
    super(`delivery change request ${id} not found`);
  }
}

/** A request was confirmed or declined already (by someone else, or a retried call): the first decision stays. */
export class DeliveryChangeDecidedError extends DomainError {
  override readonly code = 'DELIVERY_CHANGE_DECIDED';
  constructor(id: string, status: DeliveryChangeStatus) {
    super(
      status === 'withdrawn'
        ? `delivery change request ${id} was withdrawn by the customer (replaced or cancelled)`
        : `delivery change request ${id} is already ${status}`,
    );
  }
}

/** The request was escalated to the supervisors already: one escalation stays, with who made it. */
export class DeliveryChangeEscalatedError extends DomainError {
  override readonly code = 'DELIVERY_CHANGE_ESCALATED';
  constructor(id: string, by: string) {
    super(`delivery change request ${id} was escalated already (by ${by})`);
  }
}

export class IncompleteDeliveryChangeError extends DomainError {
  override readonly code = 'DELIVERY_CHANGE_INCOMPLETE';
  constructor(readonly missing: MissingDetail) {
    super(`a delivery change request needs its ${missing}`);
  }
}

export interface DeliveryChangeServiceOptions {
  store: Pick<Store, 'deliveryChanges'>;
  now: () => Date;
  /** Requests only a supervisor may confirm (DELIVERY_CHANGE_SUPERVISOR); none when unset. */
  supervisorRules?: readonly SupervisorChangeRule[];
  /** How addresses and city names are brought to one form before they are compared (Traditional → Simplified). */
  fold?: TextFolding;
  /** Cities divided into districts (Hong Kong), to place an address that names only its district. */
  cities?: readonly CityDistricts[];
}

/** Someone who decides or escalates a request: `by` as recorded, and whether they hold the supervisor role. */
export interface ChangeDecider {
  by: string;
  supervisor: boolean;
}

/** Tells the customer what the courier decided (the bot's words, on the customer's own channel). */
export type DeliveryChangeListener = (request: DeliveryChangeRequest) => Promise<void>;

/**
 * Change-delivery requests: recorded once per conversation turn from a customer who proved their link to the
 * parcel (the bot checks that before it asks), then confirmed or declined by the courier's operations, once.
 */
export class DeliveryChangeService {
  private listener: DeliveryChangeListener | undefined;
  private readonly recordedListeners: DeliveryChangeListener[] = [];
  private readonly escalatedListeners: DeliveryChangeListener[] = [];

  constructor(private readonly options: DeliveryChangeServiceOptions) {}

  /** Sets who tells the customer a decision (the bot, built after this service). */
  onDecided(listener: DeliveryChangeListener): void {
    this.listener = listener;
  }

  /** Adds who hears of a newly recorded request (the agents' desks), in the same unit of work. */
  onRecorded(listener: DeliveryChangeListener): void {
    this.recordedListeners.push(listener);
  }

  /** Adds who hears of a request escalated to the supervisors. */
  onEscalated(listener: DeliveryChangeListener): void {
    this.escalatedListeners.push(listener);
  }

  /**
   * Records the request, marked for a supervisor when a DELIVERY_CHANGE_SUPERVISOR rule says so; the same
   * `requestKey` again returns the first one (`stored: false`). The customer's earlier requests on the parcel that
   * still wait are replaced: withdrawn, each naming the new one, which lists them (`replaces`) — the desks never
   * decide a request the customer has moved on from. A chase (`expedite`) and a change of where or when do not
   * replace each other: both go on — unless the customer asked for this one instead of the chase (`replacesChase`).
   * @param destination the parcel's destination, for the rule on addresses in another city.
   * @throws IncompleteDeliveryChangeError when a detail its kind needs is missing.
   */
  async request(
    input: Omit<NewDeliveryChange, 'supervisor'>,
    destination?: Destination,
    { replacesChase = false }: { replacesChase?: boolean } = {},
  ): Promise<{ stored: boolean; request: DeliveryChangeRequest }> {
    const missing = missingDetail(input.kind, input.details);
    if (missing) throw new IncompleteDeliveryChangeError(missing);
    const rule = supervisorRuleFor(
      this.options.supervisorRules ?? [],
      input,
      destination,
      this.options.fold,
      this.options.cities,
    );
    // (A chase and a change of where or when stand side by side: "hurry it up" and then "also, hold it at the
    // station" keeps both — blind batch 23: 15.4. Each replaces only a waiting request of its own sort.)
    const waiting = (await this.waitingOf(input.customerId, input.trackingNumber)).filter(
      (r) => (r.kind === 'expedite') === (input.kind === 'expedite') || (replacesChase && r.kind === 'expedite'),
    );
    const recorded = await this.options.store.deliveryChanges.create({
      ...input,
      ...(rule ? { supervisor: rule } : {}),
      ...(waiting.length > 0 ? { replaces: waiting.map((r) => r.id) } : {}),
    });
    if (!recorded.stored) return recorded;
    const at = recorded.request.createdAt;
    // A request decided meanwhile stays decided (withdraw finds it no longer waiting).
    for (const earlier of waiting)
      if (earlier.id !== recorded.request.id)
        await this.options.store.deliveryChanges.withdraw(earlier.id, { at, replacedBy: recorded.request.id });
    for (const listener of this.recordedListeners) await listener(recorded.request);
    return recorded;
  }

  /** The customer's requests on a parcel that wait for a decision. */
  private async waitingOf(customerId: string, trackingNumber: string): Promise<DeliveryChangeRequest[]> {
    const requests = await this.options.store.deliveryChanges.list({ trackingNumber, status: 'requested', limit: 50 });
    return requests.filter((r) => r.customerId === customerId);
  }

  /**
   * The customer cancels their waiting request: withdrawn, and no longer on the desks' lists.
   * @throws DeliveryChangeNotFoundError, DeliveryChangeDecidedError when it was decided (or withdrawn) already
   */
  async withdraw(id: string): Promise<DeliveryChangeRequest> {
    const withdrawn = await this.options.store.deliveryChanges.withdraw(id, { at: this.options.now().toISOString() });
    if (withdrawn) return withdrawn;
    const current = await this.get(id);
    throw new DeliveryChangeDecidedError(id, current.status);
  }

  /** @throws DeliveryChangeNotFoundError */
  async get(id: string): Promise<DeliveryChangeRequest> {
    const found = await this.options.store.deliveryChanges.get(id);
    if (!found) throw new DeliveryChangeNotFoundError(id);
    return found;
  }

  list(query: {
    status?: DeliveryChangeStatus;
    trackingNumber?: string;
    limit: number;
  }): Promise<DeliveryChangeRequest[]> {
    return this.options.store.deliveryChanges.list(query);
  }

  /**
   * Confirms or declines a request that is still `requested`, and has the customer told. Two deciders at once:
   * one wins, the other gets DeliveryChangeDecidedError. A request marked for a supervisor is confirmed only by
   * one; anyone may decline it.
   * @throws DeliveryChangeNotFoundError, DeliveryChangeDecidedError, SupervisorOnlyError
   */
  async decide(
    id: string,
    outcome: DeliveryChangeOutcome,
    decider: ChangeDecider,
    note?: string,
  ): Promise<DeliveryChangeRequest> {
    const current = await this.get(id);
    if (current.status !== 'requested') throw new DeliveryChangeDecidedError(id, current.status);
    // The rule is fixed on the request when it is recorded, so this read cannot go stale before the write.
    if (outcome === 'confirmed' && current.supervisor && !decider.supervisor)
      throw new SupervisorOnlyError(
        `confirm this request (${SUPERVISOR_RULE_TEXT[current.supervisor]} needs supervisor approval): escalate it or decline it`,
      );
    const at = this.options.now().toISOString();
    const by = decider.by;
    const decision = { by, at, ...(note?.trim() ? { note: note.trim() } : {}) };
    const decided = await this.options.store.deliveryChanges.decide(id, outcome, decision);
    if (!decided) {
      const current = await this.get(id);
      throw new DeliveryChangeDecidedError(id, current.status);
    }
    await this.listener?.(decided);
    return decided;
  }

  /**
   * Passes a waiting request to the supervisors (their channel and the page's notices), once.
   * @throws DeliveryChangeNotFoundError, DeliveryChangeDecidedError, DeliveryChangeEscalatedError
   */
  async escalate(id: string, decider: ChangeDecider, note?: string): Promise<DeliveryChangeRequest> {
    const at = this.options.now().toISOString();
    const escalation = { by: decider.by, at, ...(note?.trim() ? { note: note.trim() } : {}) };
    const escalated = await this.options.store.deliveryChanges.escalate(id, escalation);
    if (!escalated) {
      const current = await this.get(id);
      if (current.status !== 'requested') throw new DeliveryChangeDecidedError(id, current.status);
      throw new DeliveryChangeEscalatedError(id, current.escalation?.by ?? 'someone');
    }
    for (const listener of this.escalatedListeners) await listener(escalated);
    return escalated;
  }
}
