import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 3978,
      host: '0.0.0.0',
      dataDir: './data',
      timeZone: 'Asia/Shanghai',
      log: { level: 'info', format: 'auto' },
      shutdownTimeoutMs: 10000,
      defaultPhoneRegion: 'CN',
      courierName: 'ParcelCare Express',
      demoData: true,
      publicUrl: 'http://localhost:3978',
      email: { domains: [], smtpHost: '0.0.0.0', smtpPort: 2525, maxBytes: 10 * 1_048_576 },
      webchat: { maxMessageChars: 2000, maxUploadBytes: 5 * 1_048_576, messagesPerMinute: 30 },
    });
  });

  it('reads every variable it knows', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/parcelcare',
        MONGODB_URI: 'mongodb://db:27017/parcelcare',
        TIMEZONE: 'Asia/Taipei',
        LOG_LEVEL: 'debug',
        LOG_FORMAT: 'json',
        SHUTDOWN_TIMEOUT_MS: '2000',
        DEFAULT_PHONE_REGION: 'tw',
        COURIER_NAME: '黑貓宅急便',
        DEMO_DATA: 'false',
        KNOWLEDGE_DIR: '/etc/parcelcare/knowledge',
        SHIPMENTS_API_KEY: 'k'.repeat(16),
        TRACKING_API_URL: 'https://tracking.example.com/v1/shipments',
        TRACKING_API_KEY: 'tk',
        WEBCHAT_SECRET: 's'.repeat(16),
        WEBCHAT_TOKEN_SECRET: 't'.repeat(32),
        WEBCHAT_MAX_MESSAGE_CHARS: '1000',
        WEBCHAT_MAX_UPLOAD_MB: '2',
        WEBCHAT_MESSAGES_PER_MINUTE: '10',
        PUBLIC_URL: 'https://bot.example.com/',
        TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
        TWILIO_AUTH_TOKEN: 'token',
        TWILIO_MESSAGING_SERVICE_SID: `MG${'b'.repeat(32)}`,
        EMAIL_DOMAINS: 'Courier.example, support.courier.example',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '25',
        EMAIL_MAX_MB: '5',
        SMTP_TLS_KEY: '/etc/tls/key.pem',
        SMTP_TLS_CERT: '/etc/tls/cert.pem',
        SMTP_URL: 'smtp://relay.courier.example:587',
        EMAIL_FROM: 'ParcelCare <support@courier.example>',
      }),
    ).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/parcelcare',
      mongodbUri: 'mongodb://db:27017/parcelcare',
      timeZone: 'Asia/Taipei',
      log: { level: 'debug', format: 'json' },
      shutdownTimeoutMs: 2000,
      defaultPhoneRegion: 'TW',
      courierName: '黑貓宅急便',
      demoData: false,
      knowledgeDir: '/etc/parcelcare/knowledge',
      shipmentsApiKey: 'k'.repeat(16),
      trackingApi: { url: 'https://tracking.example.com/v1/shipments', apiKey: 'tk' },
      publicUrl: 'https://bot.example.com',
      twilio: { accountSid: `AC${'a'.repeat(32)}`, authToken: 'token', messagingServiceSid: `MG${'b'.repeat(32)}` },
      email: {
        domains: ['courier.example', 'support.courier.example'],
        smtpHost: '127.0.0.1',
        smtpPort: 25,
        maxBytes: 5 * 1_048_576,
        tls: { keyFile: '/etc/tls/key.pem', certFile: '/etc/tls/cert.pem' },
        relayUrl: 'smtp://relay.courier.example:587',
        from: 'ParcelCare <support@courier.example>',
      },
      webchat: {
        secret: 's'.repeat(16),
        tokenSecret: 't'.repeat(32),
        maxMessageChars: 1000,
        maxUploadBytes: 2 * 1_048_576,
        messagesPerMinute: 10,
      },
    });
  });

  it.each([
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be between 0 and 65535 (got "70000")'],
    [
      { TIMEZONE: 'Mars/Olympus' },
      'Invalid configuration: TIMEZONE must be an IANA time zone such as Asia/Shanghai (got "Mars/Olympus")',
    ],
    [
      { MONGODB_URI: 'postgres://x' },
      'Invalid configuration: MONGODB_URI must start with mongodb:// or mongodb+srv:// (got "postgres://x")',
    ],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('names LOG_LEVEL when it is not a pino level', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/^Invalid configuration: LOG_LEVEL .*\(got "loud"\)$/);
  });

  it('treats an empty MONGODB_URI as unset', () => {
    expect(loadConfig({ MONGODB_URI: '' }).mongodbUri).toBeUndefined();
  });
});
