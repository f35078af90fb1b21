import { ConfigError, loadConfig } from '../../src/config';
import { DEFAULT_ANOMALY_TABLE } from '../../src/tracking';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3978,
      host: '0.0.0.0',
      dataDir: './data',
      sqliteSynchronous: 'full',
      sqliteQuickCheck: true,
      timeZone: 'Asia/Shanghai',
      log: { level: 'info', format: 'auto' },
      shutdownTimeoutMs: 10000,
      defaultPhoneRegion: 'CN',
      courierName: 'ParcelCare Express',
      courierOtherNames: [],
      demoData: true,
      demoAnomalies: true,
      markets: ['CN', 'TW', 'HK'],
      publicUrl: 'http://localhost:3978',
      email: {
        domains: [],
        smtpHost: '0.0.0.0',
        smtpPort: 2525,
        limits: {
          maxBytes: 25 * 1_048_576,
          maxParts: 100,
          maxDepth: 10,
          maxAttachments: 10,
          maxAttachmentBytes: 10 * 1_048_576,
        },
        maxTextChars: 5000,
        auth: { mode: 'verify' },
      },
      webchat: {
        frameAncestors: [],
        maxMessageChars: 2000,
        maxUploadBytes: 5 * 1_048_576,
        messagesPerMinute: 30,
        idleMs: 1_800_000,
      },
      agentDisplayNames: {},
      agentSessionIdleMs: 1_800_000,
      handoff: {
        businessHours: '24/7',
        agentOnly: ['value_added', 'data_leak'],
        sla: {
          high: { firstResponseMinutes: 15, resolutionMinutes: 120 },
          medium: { firstResponseMinutes: 30, resolutionMinutes: 1440 },
          low: { firstResponseMinutes: 30, resolutionMinutes: 2880 },
        },
        surveyDelayMs: 3_600_000,
        schedulerIntervalMs: 30_000,
      },
      proactive: {
        anomalyTable: DEFAULT_ANOMALY_TABLE,
        noticeHours: 'Mon-Sun 08:00-21:00',
        dailyCapPerParcel: 3,
        progressUpdateMs: 24 * 3_600_000,
      },
      claims: { supervisorAmount: 500, currency: 'CNY' },
      deliveryChangeSupervisor: ['change_address_other_city'],
    });
  });

  it('reads every variable it knows', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/parcelcare',
        SQLITE_SYNCHRONOUS: 'NORMAL',
        SQLITE_QUICK_CHECK: 'false',
        MONGODB_URI: 'mongodb://db:27017/parcelcare',
        TIMEZONE: 'Asia/Taipei',
        LOG_LEVEL: 'debug',
        LOG_FORMAT: 'json',
        SHUTDOWN_TIMEOUT_MS: '2000',
        DEFAULT_PHONE_REGION: 'tw',
        COURIER_NAME: '黑貓宅急便',
        COURIER_OTHER_NAMES: 'T-Cat, 宅急便 ,',
        DEMO_DATA: 'false',
        KNOWLEDGE_DIR: '/etc/parcelcare/knowledge',
        SHIPMENTS_API_KEY: 'k'.repeat(16),
        TRACKING_API_URL: 'https://tracking.example.com/v1/shipments',
        TRACKING_API_KEY: 'tk',
        WEBCHAT_FRAME_ANCESTORS: 'https://www.courier.example',
        WEBCHAT_SECRET: 's'.repeat(16),
        WEBCHAT_TOKEN_SECRET: 't'.repeat(32),
        WEBCHAT_MAX_MESSAGE_CHARS: '1000',
        WEBCHAT_MAX_UPLOAD_MB: '2',
        WEBCHAT_MESSAGES_PER_MINUTE: '10',
        WEBCHAT_IDLE_MINUTES: '5',
        PUBLIC_URL: 'https://bot.example.com/',
        TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
        TWILIO_AUTH_TOKEN: 'token',
        TWILIO_MESSAGING_SERVICE_SID: `MG${'b'.repeat(32)}`,
        EMAIL_DOMAINS: 'Courier.example, support.courier.example',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '25',
        EMAIL_MAX_MB: '5',
        EMAIL_MAX_PARTS: '40',
        EMAIL_MAX_DEPTH: '4',
        EMAIL_MAX_ATTACHMENTS: '3',
        EMAIL_MAX_ATTACHMENT_MB: '2',
        EMAIL_MAX_TEXT_CHARS: '8000',
        SMTP_TLS_KEY: '/etc/tls/key.pem',
        SMTP_TLS_CERT: '/etc/tls/cert.pem',
        EMAIL_AUTH: 'Trust-Header',
        EMAIL_AUTHSERV_ID: 'mx.courier.example',
        EMAIL_THREAD_SECRET: 'e'.repeat(32),
        SMTP_URL: 'smtp://relay.courier.example:587',
        EMAIL_FROM: 'ParcelCare <support@courier.example>',
        MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
        MicrosoftAppPassword: 'app-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'tenant-1',
        TEAMS_AGENTS_CHANNEL_ID: '19:agents@thread.tacv2',
        TEAMS_SUPERVISORS_CHANNEL_ID: '19:supervisors@thread.tacv2',
        TEAMS_SERVICE_URL: 'https://smba.trafficmanager.net/apac/',
        TEAMS_SUPERVISORS: '6f1c0d2e-aad-id, 0a1b2c3d-aad-id',
        AGENT_USERS: 'alice:alice-pass-1,carol:carol-pass-1:supervisor',
        AGENT_DISPLAY_NAMES: 'alice = Lin | 小林, 6f1c0d2e-aad-id=Carol',
        BUSINESS_HOURS: 'Mon-Fri 09:00-18:00, Sat 10:00-16:00',
        AGENT_ONLY_CATEGORIES: 'value_added,fee',
        SLA_TARGETS: 'high=10m/1h,medium=1h/1d,low=2h/2d',
        SURVEY_DELAY_MINUTES: '15',
        MARKETS: 'tw, HK',
        SCHEDULER_INTERVAL_SECONDS: '5',
        QUIET_HOURS: '22:30-07:00',
        NOTICE_DAILY_CAP: '2',
        CLAIM_SUPERVISOR_AMOUNT: '2000',
        DELIVERY_CHANGE_SUPERVISOR: ' change_address , Expedite',
        PROGRESS_UPDATE_HOURS: '12',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/parcelcare',
      sqliteSynchronous: 'normal',
      sqliteQuickCheck: false,
      mongodbUri: 'mongodb://db:27017/parcelcare',
      timeZone: 'Asia/Taipei',
      log: { level: 'debug', format: 'json' },
      shutdownTimeoutMs: 2000,
      defaultPhoneRegion: 'TW',
      courierName: '黑貓宅急便',
      courierOtherNames: ['T-Cat', '宅急便'],
      demoData: false,
      demoAnomalies: false,
      knowledgeDir: '/etc/parcelcare/knowledge',
      markets: ['TW', 'HK'],
      shipmentsApiKey: 'k'.repeat(16),
      trackingApi: { url: 'https://tracking.example.com/v1/shipments', apiKey: 'tk' },
      publicUrl: 'https://bot.example.com',
      twilio: { accountSid: `AC${'a'.repeat(32)}`, authToken: 'token', messagingServiceSid: `MG${'b'.repeat(32)}` },
      email: {
        domains: ['courier.example', 'support.courier.example'],
        smtpHost: '127.0.0.1',
        smtpPort: 25,
        limits: {
          maxBytes: 5 * 1_048_576,
          maxParts: 40,
          maxDepth: 4,
          maxAttachments: 3,
          maxAttachmentBytes: 2 * 1_048_576,
        },
        maxTextChars: 8000,
        tls: { keyFile: '/etc/tls/key.pem', certFile: '/etc/tls/cert.pem' },
        auth: { mode: 'trust-header', authservId: 'mx.courier.example' },
        threadSecret: 'e'.repeat(32),
        relayUrl: 'smtp://relay.courier.example:587',
        from: 'ParcelCare <support@courier.example>',
        customerAddress: 'support@courier.example',
      },
      webchat: {
        frameAncestors: ['https://www.courier.example'],
        secret: 's'.repeat(16),
        tokenSecret: 't'.repeat(32),
        maxMessageChars: 1000,
        maxUploadBytes: 2 * 1_048_576,
        messagesPerMinute: 10,
        idleMs: 300_000,
      },
      teams: {
        appId: '00000000-0000-0000-0000-000000000001',
        appPassword: 'app-secret',
        appType: 'SingleTenant',
        tenantId: 'tenant-1',
        serviceUrl: 'https://smba.trafficmanager.net/apac/',
        agentsChannelId: '19:agents@thread.tacv2',
        supervisorsChannelId: '19:supervisors@thread.tacv2',
        supervisors: ['6f1c0d2e-aad-id', '0a1b2c3d-aad-id'],
        agents: [],
      },
      agentUsers: [
        { name: 'alice', password: 'alice-pass-1', supervisor: false },
        { name: 'carol', password: 'carol-pass-1', supervisor: true },
      ],
      agentDisplayNames: { alice: { en: 'Lin', zh: '小林' }, '6f1c0d2e-aad-id': { en: 'Carol', zh: 'Carol' } },
      agentSessionIdleMs: 1_800_000,
      handoff: {
        businessHours: 'Mon-Fri 09:00-18:00, Sat 10:00-16:00',
        agentOnly: ['value_added', 'fee'],
        sla: {
          high: { firstResponseMinutes: 10, resolutionMinutes: 60 },
          medium: { firstResponseMinutes: 60, resolutionMinutes: 1440 },
          low: { firstResponseMinutes: 120, resolutionMinutes: 2880 },
        },
        surveyDelayMs: 900_000,
        schedulerIntervalMs: 5000,
      },
      proactive: {
        anomalyTable: DEFAULT_ANOMALY_TABLE,
        noticeHours: 'Mon-Sun 07:00-22:30',
        dailyCapPerParcel: 2,
        progressUpdateMs: 12 * 3_600_000,
      },
      claims: { supervisorAmount: 2000, currency: 'TWD' },
      deliveryChangeSupervisor: ['change_address', 'expedite'],
    });
  });

  it.each([
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be a port number from 0 to 65535 (got "70000")'],
    [{ PORT: '' }, 'Invalid configuration: PORT must be a port number from 0 to 65535 (got "")'],
    [{ SQLITE_QUICK_CHECK: 'yes' }, 'Invalid configuration: SQLITE_QUICK_CHECK must be true or false (got "yes")'],
    [
      { SQLITE_SYNCHRONOUS: 'off' },
      'Invalid configuration: SQLITE_SYNCHRONOUS must be full, group or normal (got "off")',
    ],
    [
      { TIMEZONE: 'Mars/Olympus' },
      'Invalid configuration: TIMEZONE must be an IANA time zone such as Asia/Shanghai (got "Mars/Olympus")',
    ],
    [
      { MONGODB_URI: 'postgres://x' },
      'Invalid configuration: MONGODB_URI must start with mongodb:// or mongodb+srv:// (got "postgres://x")',
    ],
    [
      { AGENT_USERS: 'alice:short' },
      'Invalid configuration: AGENT_USERS must be name:password or name:password:supervisor entries, comma-separated, passwords of 8+ characters (got "alice:short")',
    ],
    [
      { AGENT_DISPLAY_NAMES: 'alice=Lin|小林|林' },
      'Invalid configuration: AGENT_DISPLAY_NAMES must be id=Name or id=English name|中文名 entries, comma-separated, each id once, names of 1-40 characters without , = | < > [ ] { } 【 】 (got "alice=Lin|小林|林")',
    ],
    [
      { AGENT_DISPLAY_NAMES: 'alice=Lin,alice=Wang' },
      'Invalid configuration: AGENT_DISPLAY_NAMES must be id=Name or id=English name|中文名 entries, comma-separated, each id once, names of 1-40 characters without , = | < > [ ] { } 【 】 (got "alice=Lin,alice=Wang")',
    ],
    [
      { AGENT_DISPLAY_NAMES: 'alice=<b>Lin</b>' },
      'Invalid configuration: AGENT_DISPLAY_NAMES must be id=Name or id=English name|中文名 entries, comma-separated, each id once, names of 1-40 characters without , = | < > [ ] { } 【 】 (got "alice=<b>Lin</b>")',
    ],
    [
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw' },
      'Invalid configuration: MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant',
    ],
    [
      { TEAMS_AGENTS_CHANNEL_ID: 'agents' },
      'Invalid configuration: TEAMS_AGENTS_CHANNEL_ID must be a Teams channel id such as 19:abc…@thread.tacv2 (got "agents")',
    ],
    [
      { SLA_TARGETS: 'high=15m/2h' },
      'Invalid configuration: SLA_TARGETS must give every priority as priority=first/resolution, e.g. high=15m/2h,medium=30m/24h,low=30m/48h (got "high=15m/2h")',
    ],
    [
      { CLAIM_SUPERVISOR_AMOUNT: 'a lot' },
      'Invalid configuration: CLAIM_SUPERVISOR_AMOUNT must be an amount such as 500 (got "a lot")',
    ],
    [
      { CLAIM_SUPERVISOR_AMOUNT: '-1' },
      'Invalid configuration: CLAIM_SUPERVISOR_AMOUNT must be an amount of 0 or more (0: every approval needs a supervisor) (got "-1")',
    ],
    [
      { DELIVERY_CHANGE_SUPERVISOR: 'address_other_city' },
      'Invalid configuration: DELIVERY_CHANGE_SUPERVISOR must be none or a comma-separated list of hold, redeliver, change_address, change_address_other_city, expedite (got "address_other_city")',
    ],
    [
      { DELIVERY_CHANGE_SUPERVISOR: 'none,expedite' },
      'Invalid configuration: DELIVERY_CHANGE_SUPERVISOR must be none or a comma-separated list of hold, redeliver, change_address, change_address_other_city, expedite (got "none,expedite")',
    ],
    [
      { PROGRESS_UPDATE_HOURS: 'daily' },
      'Invalid configuration: PROGRESS_UPDATE_HOURS must be a number of hours from 0 (off) to 720 (got "daily")',
    ],
    [
      { PROGRESS_UPDATE_HOURS: '-1' },
      'Invalid configuration: PROGRESS_UPDATE_HOURS must be a number of hours from 0 (off) to 720 (got "-1")',
    ],
    [
      { EMAIL_THREAD_SECRET: 'short' },
      'Invalid configuration: EMAIL_THREAD_SECRET must be at least 32 characters (got "short")',
    ],
    // Both text limits stop at 10,000 characters: the bot's readings are not linear in a message's length.
    [
      { EMAIL_MAX_TEXT_CHARS: '50000' },
      'Invalid configuration: EMAIL_MAX_TEXT_CHARS must be a whole number of characters from 100 to 10000 (got "50000")',
    ],
    [
      { WEBCHAT_MAX_MESSAGE_CHARS: '100000' },
      'Invalid configuration: WEBCHAT_MAX_MESSAGE_CHARS must be a whole number of characters from 1 to 10000 (got "100000")',
    ],
    [{ EMAIL_AUTH: 'dkim' }, 'Invalid configuration: EMAIL_AUTH must be verify, trust-header or off (got "dkim")'],
    [
      { EMAIL_AUTH: 'trust-header' },
      "Invalid configuration: EMAIL_AUTHSERV_ID is required when EMAIL_AUTH is trust-header (your MTA's authserv-id)",
    ],
    [
      { EMAIL_AUTH: 'trust-header', EMAIL_AUTHSERV_ID: 'mx.courier.example; dmarc=pass' },
      'Invalid configuration: EMAIL_AUTHSERV_ID must be the authserv-id your MTA writes in Authentication-Results, e.g. mx.courier.example (got "mx.courier.example; dmarc=pass")',
    ],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('tells customers to write to EMAIL_FROM only where inbound mail for its domain is accepted', () => {
    const address = (env: Record<string, string>) => loadConfig(env).email.customerAddress;
    expect(address({ EMAIL_DOMAINS: 'courier.example', EMAIL_FROM: 'Help@Courier.example' })).toBe(
      'help@courier.example',
    );
    expect(address({ EMAIL_DOMAINS: 'courier.example', EMAIL_FROM: 'Care <care@mail.example>' })).toBeUndefined();
    expect(address({ EMAIL_FROM: 'ParcelCare <support@courier.example>' })).toBeUndefined();
  });

  it('names LOG_LEVEL when it is not a pino level', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/^Invalid configuration: LOG_LEVEL .*\(got "loud"\)$/);
  });

  it('names BUSINESS_HOURS and what it could not read', () => {
    expect(() => loadConfig({ BUSINESS_HOURS: 'weekdays 9 to 5' })).toThrow(
      /^Invalid configuration: BUSINESS_HOURS is invalid: .*cannot read "weekdays 9 to 5".*\(got "weekdays 9 to 5"\)$/,
    );
  });

  it('treats an empty MONGODB_URI as unset', () => {
    expect(loadConfig({ MONGODB_URI: '' }).mongodbUri).toBeUndefined();
  });
});
