import fs from 'node:fs';
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { TICKET_CATEGORIES } from './tickets/records';
import { BusinessHours, type AgentOnlyRule, type SlaTargets } from './tickets';
import {
  DEFAULT_ANOMALY_TABLE,
  DEFAULT_SUPERVISOR_CHANGES,
  parseAnomalyTable,
  parseSupervisorChanges,
  SUPERVISOR_CHANGE_RULES,
  type AnomalyTable,
  type SupervisorChangeRule,
} from './tracking';

/** An origin a CSP `frame-ancestors` may name: scheme, host (a leading `*.` allowed), optional port. */
const FRAME_ANCESTOR = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;
/** An Entra (AAD) object id as Teams sends it in `from.aadObjectId`: no spaces, unlike a display name. */
const AAD_OBJECT_ID = /^[A-Za-z0-9-]+$/;
const TEAMS_CHANNEL = /^19:[^\s]+@thread\.(tacv2|skype)$/;
const AGENT_ONLY_RULES: AgentOnlyRule[] = [...TICKET_CATEGORIES, 'data_leak'];

const list = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** An agent-page account from AGENT_USERS. */
export interface AgentAccountConfig {
  name: string;
  password: string;
  supervisor: boolean;
}

function parseAgentUsers(value: string): AgentAccountConfig[] | undefined {
  const accounts: AgentAccountConfig[] = [];
  for (const entry of list(value)) {
    const [name, password, role, ...rest] = entry.split(':');
    if (!name || !password || password.length < 8 || rest.length > 0) return undefined;
    if (role !== undefined && role !== 'supervisor' && role !== 'agent') return undefined;
    accounts.push({ name, password, supervisor: role === 'supervisor' });
  }
  return accounts.length > 0 ? accounts : undefined;
}

/** How customers see an agent named: in English, and in Chinese (both scripts). */
export interface AgentDisplayName {
  en: string;
  zh: string;
}

const DISPLAY_NAME = /^[^,=|<>{}[\]【】\p{Cc}]{1,40}$/u;

/** AGENT_DISPLAY_NAMES: `id=Name` or `id=English name|中文名`, comma-separated; id is a page account or an AAD id. */
function parseDisplayNames(value: string): Record<string, AgentDisplayName> | undefined {
  const names: Record<string, AgentDisplayName> = {};
  for (const entry of list(value)) {
    const [id, written, ...rest] = entry.split('=').map((part) => part.trim());
    const [en, zh = en, ...more] = (written ?? '').split('|').map((part) => part.trim());
    if (!id || rest.length > 0 || more.length > 0 || !en || !zh || id in names) return undefined;
    if (!DISPLAY_NAME.test(en) || !DISPLAY_NAME.test(zh)) return undefined;
    names[id] = { en, zh };
  }
  return names;
}

const DURATION = /^(\d+(?:\.\d+)?)(m|h|d)$/;
const minutesIn = (text: string): number | undefined => {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * { m: 1, h: 60, d: 1440 }[match[2] as 'm' | 'h' | 'd'];
};

function parseSlaTargets(value: string): SlaTargets | undefined {
  const targets: Partial<SlaTargets> = {};
  for (const entry of list(value)) {
    const match = /^(high|medium|low)\s*=\s*([^/]+)\/(.+)$/.exec(entry);
    if (!match) return undefined;
    const first = minutesIn(match[2] as string);
    const resolution = minutesIn(match[3] as string);
    if (!first || !resolution || first > resolution) return undefined;
    targets[match[1] as keyof SlaTargets] = { firstResponseMinutes: first, resolutionMinutes: resolution };
  }
  return targets.high && targets.medium && targets.low ? (targets as SlaTargets) : undefined;
}

/**
 * Typed configuration from the environment (and an optional `.env`, loaded by the CLI). Every variable is
 * listed with a comment in `.env.example`; a bad value stops start-up with one line naming it.
 */
/** TRUST_PROXY as a count of proxies in front (Express trusts that many X-Forwarded-For hops). */
const PROXY_HOPS = /^\d{1,2}$/;

/** A name Express's `trust proxy` knows, or an IPv4/IPv6 address with an optional prefix length. */
function isProxyAddress(entry: string): boolean {
  return /^(loopback|linklocal|uniquelocal)$/.test(entry) || /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(entry);
}

function trustProxyOf(value: string | undefined): number | string[] | undefined {
  if (value === undefined) return undefined;
  return PROXY_HOPS.test(value) ? Number(value) : list(value);
}

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * A TCP port, written as digits: an empty value is refused rather than read as 0 (which would listen on a
 * random port); 0 itself, written out, still asks for any free port.
 */
function portNumber(fallback: number) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, PORT_RANGE)
    .transform(Number)
    .pipe(z.number().max(65535, PORT_RANGE))
    .default(fallback);
}
const PORT_RANGE = 'must be a port number from 0 to 65535';

/**
 * The longest text the bot reads from one message, in characters. At most 10,000: the bot's readings are not linear
 * in a text's length (200,000 characters once held the server for minutes), and 10,000 keeps a turn under a second.
 */
function characterLimit(min: number, fallback: number) {
  const range = `must be a whole number of characters from ${min} to 10000`;
  return z.coerce.number({ message: range }).int(range).min(min, range).max(10000, range).default(fallback);
}

/** An Authentication-Results authserv-id (RFC 8601: a `value`, in practice the MTA's host name). */
const AUTHSERV_ID = /^[a-z0-9][a-z0-9._-]*$/i;

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

const schema = z.object({
  PORT: portNumber(3978),
  HOST: z.string().trim().min(1, 'must not be empty').default('0.0.0.0'),
  TRUST_PROXY: optionalString.refine((v) => v === undefined || PROXY_HOPS.test(v) || list(v).every(isProxyAddress), {
    message:
      'must be a number of proxies in front, or a comma-separated list of proxy addresses or subnets (loopback, 10.0.0.0/8, …)',
  }),
  DATA_DIR: z.string().trim().min(1, 'must be a directory path').default('./data'),
  SQLITE_SYNCHRONOUS: z
    .string()
    .trim()
    .toLowerCase()
    .default('full')
    .pipe(z.enum(['full', 'group', 'normal'], { message: 'must be full, group or normal' })),
  SQLITE_QUICK_CHECK: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('true')
    .transform((v) => v === 'true'),
  MONGODB_URI: optionalString.refine((value) => value === undefined || /^mongodb(\+srv)?:\/\//.test(value), {
    message: 'must start with mongodb:// or mongodb+srv://',
  }),
  TIMEZONE: z
    .string()
    .trim()
    .default('Asia/Shanghai')
    .refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
  COURIER_NAME: z.string().trim().min(1).max(60).default('ParcelCare Express'),
  COURIER_OTHER_NAMES: z
    .string()
    .trim()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((name) => name.length <= 60), {
      message: 'must be a comma-separated list of names, each at most 60 characters, e.g. SF Express,顺丰',
    }),
  DEMO_DATA: z.enum(['true', 'false', 'parcels'], { message: 'must be true, parcels or false' }).default('true'),
  KNOWLEDGE_DIR: optionalString,
  MARKETS: z
    .string()
    .trim()
    .default('CN,TW,HK')
    .transform((v) => v.split(',').map((m) => m.trim().toUpperCase()))
    .refine((list) => list.every((m) => /^[A-Z]{2}$/.test(m)), {
      message: 'must be a comma-separated list of two-letter market codes such as CN,TW,HK',
    }),
  SHIPMENTS_API_KEY: optionalString.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  TRACKING_API_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'must be an http(s) URL',
  }),
  TRACKING_API_KEY: optionalString,
  WEBCHAT_SECRET: optionalString.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  WEBCHAT_TOKEN_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  WEBCHAT_FRAME_ANCESTORS: optionalString.refine(
    (v) => v === undefined || list(v).every((origin) => FRAME_ANCESTOR.test(origin)),
    { message: 'must be a comma-separated list of origins such as https://www.courier.example' },
  ),
  WEBCHAT_MAX_MESSAGE_CHARS: characterLimit(1, 2000),
  WEBCHAT_MAX_UPLOAD_MB: z.coerce.number({ message: 'must be a number' }).min(0.1).max(50).default(5),
  WEBCHAT_MESSAGES_PER_MINUTE: z.coerce.number({ message: 'must be a number' }).int().min(1).max(10000).default(30),
  WEBCHAT_IDLE_MINUTES: z.coerce.number({ message: 'must be a number' }).min(1).max(10080).default(30),
  PUBLIC_URL: optionalString.refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), {
    message: 'must be the public http(s) base URL, e.g. https://bot.example.com',
  }),
  TWILIO_ACCOUNT_SID: optionalString.refine((v) => v === undefined || /^AC[0-9a-fA-F]{32}$/.test(v), {
    message: 'must look like AC followed by 32 hex digits',
  }),
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_FROM: optionalString.refine((v) => v === undefined || /^\+[1-9]\d{6,14}$/.test(v), {
    message: 'must be an E.164 number such as +15005550006',
  }),
  TWILIO_MESSAGING_SERVICE_SID: optionalString.refine((v) => v === undefined || /^MG[0-9a-fA-F]{32}$/.test(v), {
    message: 'must look like MG followed by 32 hex digits',
  }),
  TWILIO_API_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: 'must be an http(s) URL',
  }),
  EMAIL_DOMAINS: optionalString.refine(
    (v) => v === undefined || v.split(',').every((d) => /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(d.trim())),
    {
      message: 'must be a comma-separated list of domains, e.g. courier.example,support.courier.example',
    },
  ),
  SMTP_HOST: z.string().trim().min(1).default('0.0.0.0'),
  SMTP_PORT: portNumber(2525),
  EMAIL_MAX_MB: z.coerce.number({ message: 'must be a number' }).min(0.1).max(100).default(25),
  EMAIL_MAX_PARTS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(10000).default(100),
  EMAIL_MAX_DEPTH: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100).default(10),
  EMAIL_MAX_ATTACHMENTS: z.coerce.number({ message: 'must be a number' }).int().min(0).max(1000).default(10),
  EMAIL_MAX_ATTACHMENT_MB: z.coerce.number({ message: 'must be a number' }).min(0.1).max(100).default(10),
  EMAIL_MAX_TEXT_CHARS: characterLimit(100, 5000),
  SMTP_TLS_KEY: optionalString,
  SMTP_TLS_CERT: optionalString,
  EMAIL_AUTH: z
    .string()
    .trim()
    .toLowerCase()
    .default('verify')
    .pipe(z.enum(['verify', 'trust-header', 'off'], { message: 'must be verify, trust-header or off' })),
  EMAIL_AUTHSERV_ID: optionalString.refine((v) => v === undefined || AUTHSERV_ID.test(v), {
    message: 'must be the authserv-id your MTA writes in Authentication-Results, e.g. mx.courier.example',
  }),
  EMAIL_THREAD_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\//.test(v), {
    message: 'must be an smtp:// or smtps:// URL',
  }),
  EMAIL_FROM: optionalString.refine((v) => v === undefined || /@/.test(v), {
    message: 'must be an address such as "ParcelCare <support@courier.example>"',
  }),
  MicrosoftAppId: optionalString,
  MicrosoftAppPassword: optionalString,
  MicrosoftAppType: optionalString.pipe(
    z
      .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
        message: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
      })
      .default('MultiTenant'),
  ),
  MicrosoftAppTenantId: optionalString,
  TEAMS_AGENTS_CHANNEL_ID: optionalString.refine((v) => v === undefined || TEAMS_CHANNEL.test(v), {
    message: 'must be a Teams channel id such as 19:abc…@thread.tacv2',
  }),
  TEAMS_SUPERVISORS_CHANNEL_ID: optionalString.refine((v) => v === undefined || TEAMS_CHANNEL.test(v), {
    message: 'must be a Teams channel id such as 19:abc…@thread.tacv2',
  }),
  TEAMS_SERVICE_URL: z
    .string()
    .trim()
    .default('https://smba.trafficmanager.net/teams/')
    .refine((v) => /^https?:\/\//.test(v), { message: 'must be an http(s) URL' }),
  TEAMS_SUPERVISORS: optionalString.refine((v) => v === undefined || list(v).every((id) => AAD_OBJECT_ID.test(id)), {
    message: 'must be AAD object ids, comma-separated (display names can be shared, so they grant nothing)',
  }),
  TEAMS_AGENTS: optionalString.refine((v) => v === undefined || list(v).every((id) => AAD_OBJECT_ID.test(id)), {
    message: 'must be AAD object ids, comma-separated',
  }),
  AGENT_USERS: optionalString.refine((v) => v === undefined || parseAgentUsers(v) !== undefined, {
    message: 'must be name:password or name:password:supervisor entries, comma-separated, passwords of 8+ characters',
  }),
  AGENT_DISPLAY_NAMES: optionalString.refine((v) => v === undefined || parseDisplayNames(v) !== undefined, {
    message:
      'must be id=Name or id=English name|中文名 entries, comma-separated, each id once, names of 1-40 characters without , = | < > [ ] { } 【 】',
  }),
  AGENT_SESSION_IDLE_MINUTES: z.coerce.number({ message: 'must be a number' }).min(1).max(1440).default(30),
  BUSINESS_HOURS: z.string().trim().default('24/7'),
  AGENT_ONLY_CATEGORIES: z
    .string()
    .trim()
    .default('value_added,data_leak')
    .refine((v) => list(v).every((c) => (AGENT_ONLY_RULES as string[]).includes(c)), {
      message: `must be a comma-separated list of ${AGENT_ONLY_RULES.join(', ')}`,
    }),
  SLA_TARGETS: z
    .string()
    .trim()
    .default('high=15m/2h,medium=30m/24h,low=30m/48h')
    .refine((v) => parseSlaTargets(v) !== undefined, {
      message: 'must give every priority as priority=first/resolution, e.g. high=15m/2h,medium=30m/24h,low=30m/48h',
    }),
  SURVEY_DELAY_MINUTES: z.coerce.number({ message: 'must be a number' }).min(0).max(43200).default(60),
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number({ message: 'must be a number' }).int().min(1).max(3600).default(30),
  ANOMALY_TABLE: optionalString,
  QUIET_HOURS: z
    .string()
    .trim()
    .default('21:00-08:00')
    .refine((v) => noticeHoursOf(v) !== undefined, {
      message: 'must be a range of local times such as 21:00-08:00, or none',
    }),
  NOTICE_DAILY_CAP: z.coerce.number({ message: 'must be a number' }).int().min(1).max(100).default(3),
  CLAIM_SUPERVISOR_AMOUNT: z.coerce
    .number({ message: 'must be an amount such as 500' })
    .min(0, { message: 'must be an amount of 0 or more (0: every approval needs a supervisor)' })
    .max(1e9, { message: 'must be at most 1000000000' })
    .default(500),
  DELIVERY_CHANGE_SUPERVISOR: z
    .string()
    .trim()
    .default(DEFAULT_SUPERVISOR_CHANGES.join(','))
    .refine((v) => parseSupervisorChanges(v) !== undefined, {
      message: `must be none or a comma-separated list of ${SUPERVISOR_CHANGE_RULES.join(', ')}`,
    }),
  PROGRESS_UPDATE_HOURS: z.coerce
    .number({ message: 'must be a number of hours from 0 (off) to 720' })
    .min(0, { message: 'must be a number of hours from 0 (off) to 720' })
    .max(720, { message: 'must be a number of hours from 0 (off) to 720' })
    .default(24),
  DEFAULT_PHONE_REGION: z.string().trim().toUpperCase().default('CN').refine(isPhoneRegion, {
    message: 'must be a two-letter country code known to libphonenumber, such as CN, TW or HK',
  }),
});

/** The name of every variable the configuration reads (a test checks that README documents each one). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);

export interface Config {
  port: number;
  host: string;
  /**
   * The reverse proxies in front (TRUST_PROXY, Express's `trust proxy`): their X-Forwarded-For names the client,
   * so per-address limits count each visitor, not the proxy. Unset: the header is ignored (anyone can forge it).
   */
  trustProxy?: number | string[];
  dataDir: string;
  /** How the embedded store syncs its commits: `full` and `group` survive a power loss, `normal` only a process crash. */
  sqliteSynchronous: 'full' | 'group' | 'normal';
  /** Check the embedded database's pages (`PRAGMA quick_check`) at every start, before anything is written. */
  sqliteQuickCheck: boolean;
  mongodbUri?: string;
  timeZone: string;
  log: { level: z.infer<typeof schema>['LOG_LEVEL']; format: 'auto' | 'json' | 'pretty' };
  shutdownTimeoutMs: number;
  /** Region for phone numbers written without a country code. */
  defaultPhoneRegion: CountryCode;
  courierName: string;
  /**
   * Other names and networks customers call the courier by (a network it delivers for): none is another courier.
   * (The carriers of the shipments in the embedded store count as the courier's too, listed here or not.)
   */
  courierOtherNames: string[];
  /** Load the demo shipments into an empty embedded store at start. */
  demoData: boolean;
  /** Look at the demo shipments' scans for anomalies as they are loaded (DEMO_DATA=true; `parcels` loads them only). */
  demoAnomalies: boolean;
  /** Directory of faq.<locale>.md; the knowledge files shipped with ParcelCare when unset. */
  knowledgeDir?: string;
  /** The courier's markets, first the default: which knowledge folders answer FAQ questions. */
  markets: string[];
  /** Key the courier's systems send (`X-Api-Key`) to push scan events; the endpoint is off without it. */
  shipmentsApiKey?: string;
  /** An external tracking API (`GET {url}/{number}`); shipments come from the store when unset. */
  trackingApi?: { url: string; apiKey?: string };
  /** The address customers and webhooks reach us at; signatures and links use it. */
  publicUrl: string;
  /** Twilio SMS, when TWILIO_AUTH_TOKEN is set. */
  twilio?: { accountSid: string; authToken: string; from?: string; messagingServiceSid?: string; apiBaseUrl?: string };
  /** Inbound mail (SMTP server) when domains are set; outbound through a relay when SMTP_URL is set. */
  email: {
    domains: string[];
    smtpHost: string;
    smtpPort: number;
    /** What one inbound mail may hold; over any limit it is refused for good (5xx), nothing stored. */
    limits: {
      maxBytes: number;
      maxParts: number;
      maxDepth: number;
      maxAttachments: number;
      maxAttachmentBytes: number;
    };
    /** The longest mail text (subject and visible body) the bot reads; a longer one is answered with what to do. */
    maxTextChars: number;
    tls?: { keyFile: string; certFile: string };
    /**
     * How an inbound mail's From is authenticated (EMAIL_AUTH; src/channels/email/sender-auth.ts): only an
     * authenticated one continues its address's conversation. `authservId` for trust-header.
     */
    auth: { mode: 'verify' | 'trust-header' | 'off'; authservId?: string };
    /**
     * Signs our mail's ids in an unverified sender's conversation (EMAIL_THREAD_SECRET), so that their reply
     * continues it (src/channels/email/thread-signature.ts); random per process when unset.
     */
    threadSecret?: string;
    relayUrl?: string;
    from?: string;
    /**
     * The address customers are told to write to (e.g. with what does not fit in a chat message): EMAIL_FROM's,
     * when inbound mail for its domain is accepted here.
     */
    customerAddress?: string;
  };
  webchat: {
    /** Other sites' origins that may embed the chat page in a frame (CSP frame-ancestors). */
    frameAncestors: string[];
    secret?: string;
    tokenSecret?: string;
    maxMessageChars: number;
    maxUploadBytes: number;
    messagesPerMinute: number;
    /** A conversation with no request and no open stream for this long is dropped from memory (ms). */
    idleMs: number;
  };
  /** The Teams agent desk, when TEAMS_AGENTS_CHANNEL_ID is set. */
  teams?: {
    appId: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
    serviceUrl: string;
    agentsChannelId: string;
    supervisorsChannelId?: string;
    /** Teams users (AAD object ids) who act on any ticket and approve complex resolutions. */
    supervisors: string[];
    /** Further Teams agents (AAD object ids) tickets may be transferred to. */
    agents: string[];
  };
  /** Accounts of the built-in agent page (and the supervisor dashboard); the page is off without them. */
  agentUsers?: AgentAccountConfig[];
  /**
   * How customers see agents named, by page account or Teams AAD object id. An agent not listed is named by
   * their Teams display name, or as "customer service" — never by their sign-in name.
   */
  agentDisplayNames: Record<string, AgentDisplayName>;
  /** An agent-page session ends after this long without a request. */
  agentSessionIdleMs: number;
  handoff: {
    /** `24/7` or e.g. `Mon-Fri 09:00-18:00, Sat 10:00-16:00`, in TIMEZONE. */
    businessHours: string;
    agentOnly: AgentOnlyRule[];
    sla: SlaTargets;
    surveyDelayMs: number;
    /** How often the SLA monitor and the survey run. */
    schedulerIntervalMs: number;
  };
  /** Proactive notices about parcels' anomalies. */
  proactive: {
    /** The courier's anomaly table (ANOMALY_TABLE's overrides on the defaults). */
    anomalyTable: AnomalyTable;
    /** When notices may go out, as business hours in TIMEZONE (QUIET_HOURS turned around); others wait. */
    noticeHours: string;
    /** Notices one recipient gets about one parcel in a local day at most; further ones wait for the next. */
    dailyCapPerParcel: number;
    /** How long an open ticket goes without news before its customer gets a progress update; 0 = never. */
    progressUpdateMs: number;
  };
  /** Pre-compensation claims: approvals above `supervisorAmount` need a supervisor; assessed amounts' currency. */
  claims: { supervisorAmount: number; currency: string };
  /** Change-delivery requests only a supervisor may confirm (DELIVERY_CHANGE_SUPERVISOR). */
  deliveryChangeSupervisor: SupervisorChangeRule[];
}

/** The currency of each market's claims, for amounts an agent assesses (a waybill's own currency wins). */
const MARKET_CURRENCY: Record<string, string> = { CN: 'CNY', TW: 'TWD', HK: 'HKD', MO: 'MOP' };

/** EMAIL_FROM's bare address, when one of EMAIL_DOMAINS takes mail for it (so customers' mail reaches us). */
function customerAddress(from: string | undefined, domains: string | undefined): { customerAddress?: string } {
  const address = (/<([^<>\s]+@[^<>\s]+)>/.exec(from ?? '')?.[1] ?? from ?? '').trim().toLowerCase();
  const accepted = (domains ?? '').split(',').map((d) => d.trim().toLowerCase());
  return /^[^@\s]+@[^@\s]+$/.test(address) && accepted.includes(address.split('@')[1] ?? '')
    ? { customerAddress: address }
    : {};
}

/** Invalid configuration; `message` is one line naming the variable and what it expects. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(
    readonly variable: string,
    expected: string,
    received: unknown,
  ) {
    super(
      `Invalid configuration: ${variable} ${expected}${received === undefined ? '' : ` (got ${JSON.stringify(received)})`}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads configuration from an environment map. @throws ConfigError on the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema
    .superRefine((value, ctx) => {
      // Twilio needs all of its pieces once SMS is switched on; name the first one missing.
      if (value.SMTP_URL && !value.EMAIL_FROM)
        ctx.addIssue({ code: 'custom', path: ['EMAIL_FROM'], message: 'is required when SMTP_URL is set' });
      const sharedHost =
        value.HOST === value.SMTP_HOST || WILDCARD_HOSTS.has(value.HOST) || WILDCARD_HOSTS.has(value.SMTP_HOST);
      if (value.EMAIL_DOMAINS && value.SMTP_PORT === value.PORT && value.PORT !== 0 && sharedHost)
        ctx.addIssue({ code: 'custom', path: ['SMTP_PORT'], message: `must differ from PORT (both ${value.PORT})` });
      if (Boolean(value.SMTP_TLS_KEY) !== Boolean(value.SMTP_TLS_CERT)) {
        ctx.addIssue({
          code: 'custom',
          path: [value.SMTP_TLS_KEY ? 'SMTP_TLS_CERT' : 'SMTP_TLS_KEY'],
          message: 'is required together with the other STARTTLS file',
        });
      }
      if (value.EMAIL_AUTH === 'trust-header' && !value.EMAIL_AUTHSERV_ID)
        ctx.addIssue({
          code: 'custom',
          path: ['EMAIL_AUTHSERV_ID'],
          message: "is required when EMAIL_AUTH is trust-header (your MTA's authserv-id)",
        });
      if (value.ANOMALY_TABLE) {
        const problem = anomalyTableProblem(value.ANOMALY_TABLE);
        if (problem) ctx.addIssue({ code: 'custom', path: ['ANOMALY_TABLE'], message: problem });
      }
      try {
        BusinessHours.parse(value.BUSINESS_HOURS, value.TIMEZONE);
      } catch (err) {
        ctx.addIssue({ code: 'custom', path: ['BUSINESS_HOURS'], message: `is invalid: ${(err as Error).message}` });
      }
      // botbuilder asserts these at start-up for a single-tenant bot; say so before it does.
      if (value.MicrosoftAppType === 'SingleTenant') {
        for (const name of ['MicrosoftAppId', 'MicrosoftAppTenantId', 'MicrosoftAppPassword'] as const)
          if (!value[name])
            ctx.addIssue({
              code: 'custom',
              path: [name],
              message: 'is required when MicrosoftAppType is SingleTenant',
            });
      }
      if (value.MicrosoftAppId && !value.MicrosoftAppPassword && value.MicrosoftAppType !== 'UserAssignedMSI')
        ctx.addIssue({
          code: 'custom',
          path: ['MicrosoftAppPassword'],
          message: 'is required when MicrosoftAppId is set',
        });
      if (!value.TWILIO_AUTH_TOKEN) return;
      if (!value.TWILIO_ACCOUNT_SID)
        ctx.addIssue({
          code: 'custom',
          path: ['TWILIO_ACCOUNT_SID'],
          message: 'is required when TWILIO_AUTH_TOKEN is set',
        });
      else if (!value.TWILIO_FROM && !value.TWILIO_MESSAGING_SERVICE_SID) {
        ctx.addIssue({
          code: 'custom',
          path: ['TWILIO_FROM'],
          message: 'or TWILIO_MESSAGING_SERVICE_SID is required when TWILIO_AUTH_TOKEN is set',
        });
      }
    })
    .safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, issue?.message ?? 'is invalid', env[variable]);
  }
  const value = result.data;
  return {
    port: value.PORT,
    host: value.HOST,
    trustProxy: trustProxyOf(value.TRUST_PROXY),
    dataDir: value.DATA_DIR,
    sqliteSynchronous: value.SQLITE_SYNCHRONOUS,
    sqliteQuickCheck: value.SQLITE_QUICK_CHECK,
    ...(value.MONGODB_URI ? { mongodbUri: value.MONGODB_URI } : {}),
    timeZone: value.TIMEZONE,
    log: { level: value.LOG_LEVEL, format: value.LOG_FORMAT },
    shutdownTimeoutMs: value.SHUTDOWN_TIMEOUT_MS,
    defaultPhoneRegion: value.DEFAULT_PHONE_REGION as CountryCode,
    courierName: value.COURIER_NAME,
    courierOtherNames: value.COURIER_OTHER_NAMES,
    demoData: value.DEMO_DATA !== 'false',
    demoAnomalies: value.DEMO_DATA === 'true',
    ...(value.KNOWLEDGE_DIR ? { knowledgeDir: value.KNOWLEDGE_DIR } : {}),
    markets: value.MARKETS,
    ...(value.SHIPMENTS_API_KEY ? { shipmentsApiKey: value.SHIPMENTS_API_KEY } : {}),
    ...(value.TRACKING_API_URL
      ? {
          trackingApi: {
            url: value.TRACKING_API_URL,
            ...(value.TRACKING_API_KEY ? { apiKey: value.TRACKING_API_KEY } : {}),
          },
        }
      : {}),
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/$/, ''),
    ...(value.TWILIO_AUTH_TOKEN && value.TWILIO_ACCOUNT_SID
      ? {
          twilio: {
            accountSid: value.TWILIO_ACCOUNT_SID,
            authToken: value.TWILIO_AUTH_TOKEN,
            ...(value.TWILIO_FROM ? { from: value.TWILIO_FROM } : {}),
            ...(value.TWILIO_MESSAGING_SERVICE_SID ? { messagingServiceSid: value.TWILIO_MESSAGING_SERVICE_SID } : {}),
            ...(value.TWILIO_API_BASE_URL ? { apiBaseUrl: value.TWILIO_API_BASE_URL } : {}),
          },
        }
      : {}),
    email: {
      domains: (value.EMAIL_DOMAINS ?? '')
        .split(',')
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
      smtpHost: value.SMTP_HOST,
      smtpPort: value.SMTP_PORT,
      limits: {
        maxBytes: Math.round(value.EMAIL_MAX_MB * 1_048_576),
        maxParts: value.EMAIL_MAX_PARTS,
        maxDepth: value.EMAIL_MAX_DEPTH,
        maxAttachments: value.EMAIL_MAX_ATTACHMENTS,
        maxAttachmentBytes: Math.round(value.EMAIL_MAX_ATTACHMENT_MB * 1_048_576),
      },
      maxTextChars: value.EMAIL_MAX_TEXT_CHARS,
      ...(value.SMTP_TLS_KEY && value.SMTP_TLS_CERT
        ? { tls: { keyFile: value.SMTP_TLS_KEY, certFile: value.SMTP_TLS_CERT } }
        : {}),
      auth: {
        mode: value.EMAIL_AUTH,
        ...(value.EMAIL_AUTH === 'trust-header' ? { authservId: value.EMAIL_AUTHSERV_ID } : {}),
      },
      ...(value.EMAIL_THREAD_SECRET ? { threadSecret: value.EMAIL_THREAD_SECRET } : {}),
      ...(value.SMTP_URL ? { relayUrl: value.SMTP_URL } : {}),
      ...(value.EMAIL_FROM ? { from: value.EMAIL_FROM } : {}),
      ...customerAddress(value.EMAIL_FROM, value.EMAIL_DOMAINS),
    },
    webchat: {
      frameAncestors: list(value.WEBCHAT_FRAME_ANCESTORS ?? ''),
      ...(value.WEBCHAT_SECRET ? { secret: value.WEBCHAT_SECRET } : {}),
      ...(value.WEBCHAT_TOKEN_SECRET ? { tokenSecret: value.WEBCHAT_TOKEN_SECRET } : {}),
      maxMessageChars: value.WEBCHAT_MAX_MESSAGE_CHARS,
      maxUploadBytes: Math.round(value.WEBCHAT_MAX_UPLOAD_MB * 1_048_576),
      messagesPerMinute: value.WEBCHAT_MESSAGES_PER_MINUTE,
      idleMs: Math.round(value.WEBCHAT_IDLE_MINUTES * 60_000),
    },
    ...(value.TEAMS_AGENTS_CHANNEL_ID
      ? {
          teams: {
            appId: value.MicrosoftAppId ?? '',
            ...(value.MicrosoftAppPassword ? { appPassword: value.MicrosoftAppPassword } : {}),
            appType: value.MicrosoftAppType,
            ...(value.MicrosoftAppTenantId ? { tenantId: value.MicrosoftAppTenantId } : {}),
            serviceUrl: value.TEAMS_SERVICE_URL,
            agentsChannelId: value.TEAMS_AGENTS_CHANNEL_ID,
            ...(value.TEAMS_SUPERVISORS_CHANNEL_ID ? { supervisorsChannelId: value.TEAMS_SUPERVISORS_CHANNEL_ID } : {}),
            supervisors: list(value.TEAMS_SUPERVISORS ?? ''),
            agents: list(value.TEAMS_AGENTS ?? ''),
          },
        }
      : {}),
    ...(value.AGENT_USERS ? { agentUsers: parseAgentUsers(value.AGENT_USERS) as AgentAccountConfig[] } : {}),
    agentDisplayNames: parseDisplayNames(value.AGENT_DISPLAY_NAMES ?? '') ?? {},
    agentSessionIdleMs: Math.round(value.AGENT_SESSION_IDLE_MINUTES * 60_000),
    handoff: {
      businessHours: value.BUSINESS_HOURS,
      agentOnly: list(value.AGENT_ONLY_CATEGORIES) as AgentOnlyRule[],
      sla: parseSlaTargets(value.SLA_TARGETS) as SlaTargets,
      surveyDelayMs: Math.round(value.SURVEY_DELAY_MINUTES * 60_000),
      schedulerIntervalMs: value.SCHEDULER_INTERVAL_SECONDS * 1000,
    },
    proactive: {
      anomalyTable: value.ANOMALY_TABLE
        ? parseAnomalyTable(fs.readFileSync(value.ANOMALY_TABLE, 'utf8'))
        : DEFAULT_ANOMALY_TABLE,
      noticeHours: noticeHoursOf(value.QUIET_HOURS) as string,
      dailyCapPerParcel: value.NOTICE_DAILY_CAP,
      progressUpdateMs: Math.round(value.PROGRESS_UPDATE_HOURS * 3_600_000),
    },
    claims: {
      supervisorAmount: value.CLAIM_SUPERVISOR_AMOUNT,
      currency: MARKET_CURRENCY[value.MARKETS[0] ?? 'CN'] ?? 'CNY',
    },
    deliveryChangeSupervisor: parseSupervisorChanges(value.DELIVERY_CHANGE_SUPERVISOR) as SupervisorChangeRule[],
  };
}

/** What is wrong with the anomaly table file, if anything. */
function anomalyTableProblem(file: string): string | undefined {
  let json: string;
  try {
    json = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  try {
    parseAnomalyTable(json);
    return undefined;
  } catch (err) {
    return `is not a valid anomaly table: ${(err as Error).message}`;
  }
}

const LOCAL_TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;

/**
 * The hours notices may go out (business-hours syntax) for quiet hours `from-to` in local time: `21:00-08:00`
 * gives `Mon-Sun 08:00-21:00`; `none` gives `24/7`. Undefined when unreadable.
 */
export function noticeHoursOf(quiet: string): string | undefined {
  if (/^none$/i.test(quiet.trim())) return '24/7';
  const [from, to, ...rest] = quiet.split('-').map((p) => p.trim());
  if (!from || !to || rest.length > 0 || !LOCAL_TIME.test(from) || !LOCAL_TIME.test(to)) return undefined;
  const minutes = (t: string): number => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1]);
  const pad = (t: string): string => t.padStart(5, '0');
  if (minutes(from) === minutes(to) || minutes(from) > 1440 || minutes(to) > 1440) return undefined;
  if (minutes(from) > minutes(to)) return `Mon-Sun ${pad(to)}-${pad(from)}`;
  const windows = [
    ...(minutes(from) > 0 ? [`Mon-Sun 00:00-${pad(from)}`] : []),
    ...(minutes(to) < 1440 ? [`Mon-Sun ${pad(to)}-24:00`] : []),
  ];
  return windows.length > 0 ? windows.join(', ') : undefined;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isPhoneRegion(value: string): boolean {
  return isSupportedCountry(value);
}
