import type { Store } from '../../src/store';
import type { NewTicket } from '../../src/tickets/records';
import type { StoreTarget } from './two-processes';

/** What a store implementation's test file hands to the contract. */
export interface StoreHarness {
  store: Store;
  /** A second, independent handle on the same data (another connection, as another process would have). */
  openPeer(): Promise<Store>;
  /** Where child processes open the same data (the two-process tests). */
  target: StoreTarget;
  cleanup(): Promise<void>;
}

/** The contract's reference time and instants after it. */
export const T0 = '2026-11-23T02:00:00.000Z';
export const later = (ms: number): string => new Date(new Date(T0).getTime() + ms).toISOString();

export function sampleTicket(overrides: Partial<NewTicket> = {}): NewTicket {
  return {
    createdAt: T0,
    channel: 'webchat',
    customerId: 'cust-1',
    customer: { name: '王先生', phone: '+8613812345678' },
    trackingNumbers: ['SF1402837465921'],
    carrier: 'sf',
    category: 'delay',
    priority: 'medium',
    level: 0,
    description: '说好昨天到，今天还没到',
    demand: 'explanation',
    evidence: [],
    status: 'open',
    deadlines: { firstResponse: later(30 * 60_000), resolution: later(24 * 3_600_000) },
    conversationIds: ['conv-1'],
    history: [{ at: T0, by: 'bot', action: 'created', to: 'open' }],
    ...overrides,
  };
}
