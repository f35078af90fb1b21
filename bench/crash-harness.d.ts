/** Types of bench/crash-harness.js for the crash e2e test. */
export interface CrashMessage {
  channel: 'sms' | 'webchat';
  customer: string;
  text: string;
  attempts: number;
  acknowledged: boolean;
  answer: string;
}

/** A message as the figures' examples show it. */
export type BriefMessage = Pick<CrashMessage, 'channel' | 'text' | 'attempts' | 'answer'>;

export interface CrashFigures {
  sent: number;
  acknowledged: number;
  acknowledgedBeforeCrash: number;
  resent: number;
  /** Of the resent: stored before the kill but not acknowledged (answered again by replay). */
  storedUnacknowledged: number;
  neverAcknowledged: number;
  missing: number;
  duplicates: number;
  unanswered: number;
  listeningMs: number;
  recoverMs: number;
  examples: { missing: BriefMessage[]; duplicates: string[]; unanswered: BriefMessage[] };
  messages: CrashMessage[];
}

export function runCrash(options?: {
  smsCustomers?: number;
  webchatCustomers?: number;
  loadMs?: number;
  synchronous?: 'full' | 'group' | 'normal';
  tmp?: string;
}): Promise<CrashFigures>;
