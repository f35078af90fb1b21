import type { Store } from '../store/store.port';
import { DomainError } from '../tickets/errors';
import type {
  DeliveryChangeDetails,
  DeliveryChangeKind,
  DeliveryChangeRequest,
  DeliveryChangeStatus,
  NewDeliveryChange,
} from './delivery-change.records';

/** What a request of each kind cannot go without; the bot asks for it. */
export type MissingDetail = 'place' | 'date' | 'address';

/** The detail a request still needs before the courier can act on it, if any. */
export function missingDetail(kind: DeliveryChangeKind, details: DeliveryChangeDetails): MissingDetail | undefined {
  if (kind === 'hold' && !details.place) return 'place';
  if (kind === 'redeliver' && !details.date) return 'date';
  if (kind === 'change_address' && !details.address?.trim()) return 'address';
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
    super(`delivery change request ${id} is already ${status}`);
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
}

/** Tells the customer what the courier decided (the bot's words, on the customer's own channel). */
export type DeliveryChangeListener = (request: DeliveryChangeRequest) => Promise<void>;

/**
 * Change-delivery requests: recorded once per conversation turn from a customer who proved their link to the
 * parcel (the bot checks that before it asks), then confirmed or declined by the courier's operations, once.
 */
export class DeliveryChangeService {
  private listener: DeliveryChangeListener | undefined;

  constructor(private readonly options: DeliveryChangeServiceOptions) {}

  /** Sets who tells the customer a decision (the bot, built after this service). */
  onDecided(listener: DeliveryChangeListener): void {
    this.listener = listener;
  }

  /**
   * Records the request; the same `requestKey` again returns the first one (`stored: false`).
   * @throws IncompleteDeliveryChangeError when a detail its kind needs is missing.
   */
  async request(input: NewDeliveryChange): Promise<{ stored: boolean; request: DeliveryChangeRequest }> {
    const missing = missingDetail(input.kind, input.details);
    if (missing) throw new IncompleteDeliveryChangeError(missing);
    return this.options.store.deliveryChanges.create(input);
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
   * one wins, the other gets DeliveryChangeDecidedError.
   * @throws DeliveryChangeNotFoundError, DeliveryChangeDecidedError
   */
  async decide(
    id: string,
    outcome: Exclude<DeliveryChangeStatus, 'requested'>,
    by: string,
    note?: string,
  ): Promise<DeliveryChangeRequest> {
    const at = this.options.now().toISOString();
    const decision = { by, at, ...(note?.trim() ? { note: note.trim() } : {}) };
    const decided = await this.options.store.deliveryChanges.decide(id, outcome, decision);
    if (!decided) {
      const current = await this.get(id);
      throw new DeliveryChangeDecidedError(id, current.status);
    }
    await this.listener?.(decided);
    return decided;
  }
}
