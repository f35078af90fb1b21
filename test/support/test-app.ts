import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { BotConnectorStandIn } from './bot-connector-stand-in';
import { CaptureSmtp } from './capture-smtp';
import { localSendersDns } from './dns-stand-in';
import type { DnsResolver } from '../../src/channels/email/sender-auth';
import { freePort } from './free-port';
import type { TestClock } from './test-clock';
import { TwilioStandIn } from './twilio-stand-in';

/** Twilio settings for a test: its stand-in of the Messages API is started and the app pointed at it. */
export interface TestTwilio {
  account: string;
  token: string;
  from: string;
}

/** Microsoft Teams settings for a test: a Bot Connector stand-in is started and the app pointed at it. */
export interface TestTeams {
  agentsChannel: string;
  supervisorsChannel: string;
}

export interface TestAppOptions {
  /** Names the temporary DATA_DIR, so a leftover one says which test made it. */
  name: string;
  /** Settings as in .env, on top of the defaults here (127.0.0.1, a free port, a fresh DATA_DIR). */
  env?: Record<string, string>;
  twilio?: TestTwilio;
  /**
   * Starts an SMTP server that captures what ParcelCare sends, and takes mail for courier.example. Senders' DNS
   * comes from `dnsResolver`, by default a local stand-in whose SPF lets 127.0.0.1 send for every domain.
   */
  email?: boolean;
  dnsResolver?: DnsResolver;
  teams?: TestTeams;
  clock?: TestClock;
}

/**
 * ParcelCare for an end-to-end test: a real server on 127.0.0.1 over a fresh SQLite file, beside local stand-ins of
 * the outside services it talks to (Twilio's Messages API, an SMTP relay, the Bot Connector) — the setup most e2e
 * suites share. `close()` stops all of it and removes the data.
 */
export class TestApp {
  private constructor(
    readonly app: RunningParcelCare,
    readonly publicUrl: string,
    readonly dataDir: string,
    private readonly stopStandIns: () => Promise<void>,
    private readonly twilioStandIn?: TwilioStandIn,
    private readonly smtpCapture?: CaptureSmtp,
    private readonly botConnector?: BotConnectorStandIn,
  ) {}

  static async start(options: TestAppOptions): Promise<TestApp> {
    const stops: Array<() => Promise<void>> = [];
    const stopStandIns = async () => {
      for (const stop of stops.reverse()) await stop();
    };
    const env: Record<string, string> = {};
    let twilioStandIn: TwilioStandIn | undefined;
    let smtpCapture: CaptureSmtp | undefined;
    let botConnector: BotConnectorStandIn | undefined;
    if (options.twilio) {
      const standIn = new TwilioStandIn(options.twilio.account);
      await standIn.start();
      stops.push(() => standIn.stop());
      twilioStandIn = standIn;
      Object.assign(env, {
        TWILIO_ACCOUNT_SID: options.twilio.account,
        TWILIO_AUTH_TOKEN: options.twilio.token,
        TWILIO_FROM: options.twilio.from,
        TWILIO_API_BASE_URL: standIn.url,
      });
    }
    if (options.email) {
      const capture = new CaptureSmtp();
      await capture.start();
      stops.push(() => capture.stop());
      smtpCapture = capture;
      Object.assign(env, {
        EMAIL_DOMAINS: 'courier.example',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '0',
        SMTP_URL: `smtp://127.0.0.1:${capture.port}`,
        EMAIL_FROM: 'ParcelCare <support@courier.example>',
      });
    }
    if (options.teams) {
      const connector = new BotConnectorStandIn();
      await connector.start();
      stops.push(() => connector.stop());
      botConnector = connector;
      Object.assign(env, {
        TEAMS_AGENTS_CHANNEL_ID: options.teams.agentsChannel,
        TEAMS_SUPERVISORS_CHANNEL_ID: options.teams.supervisorsChannel,
        TEAMS_SERVICE_URL: `${connector.url}/`,
      });
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `parcelcare-${options.name}-`));
    // The port is chosen first: Twilio signs the public URL, so it must name the port the app listens on.
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    try {
      const config = loadConfig({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        PUBLIC_URL: publicUrl,
        ...env,
        ...options.env,
      });
      const logger = pino({ level: 'silent' });
      const dnsResolver = options.dnsResolver ?? localSendersDns().resolve;
      const app = await startParcelCare(config, logger, options.clock, { dnsResolver });
      return new TestApp(app, publicUrl, dataDir, stopStandIns, twilioStandIn, smtpCapture, botConnector);
    } catch (err) {
      await stopStandIns();
      fs.rmSync(dataDir, { recursive: true, force: true });
      throw err;
    }
  }

  get url(): string {
    return this.app.url;
  }

  /** The Twilio Messages API stand-in (started only with the `twilio` option). */
  get twilio(): TwilioStandIn {
    return started(this.twilioStandIn, 'twilio');
  }

  /** What ParcelCare sent by SMTP (started only with the `email` option). */
  get smtp(): CaptureSmtp {
    return started(this.smtpCapture, 'email');
  }

  /** The Bot Connector stand-in Teams messages go to (started only with the `teams` option). */
  get connector(): BotConnectorStandIn {
    return started(this.botConnector, 'teams');
  }

  async close(): Promise<void> {
    try {
      await this.app.close();
    } finally {
      await this.stopStandIns();
      fs.rmSync(this.dataDir, { recursive: true, force: true });
    }
  }
}

function started<T>(standIn: T | undefined, option: string): T {
  if (!standIn) throw new Error(`start the TestApp with the "${option}" option to use this stand-in`);
  return standIn;
}
