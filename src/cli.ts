#!/usr/bin/env node
import path from 'node:path';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { checkBeforeWriting, StartupError } from './startup-checks';
import { StoreError } from './store/errors';

// Each command loads its modules when it runs (import() is require() here): the server's dependency tree
// (botbuilder, the store drivers, the channels) takes a second or more to load, which `classify` or `help`
// should not pay.

type Command = (args: string[]) => Promise<number>;

const USAGE = `Usage: parcelcare <command> [options]

Commands:
  serve                 run the bot and its web, SMS, email and agent endpoints (default)
  classify [--now ISO]  read messages from stdin, one per line; print the NLU's JSON for each
  eval FILE.tsv [--summary] [--mode combined|rules|model]
                        NLU accuracy on a labelled TSV (columns text, label, optional lang): overall, per
                        label, per language, per confidence bucket, then the misses; --summary prints
                        figures only, never a text (for blind sets); --mode measures rules or model alone
  check                 full integrity check of the embedded database (read-only; safe while serving)
  import-shipments FILE load shipments and scan events from CSV or JSON lines into the store
  report --week [--out FILE]
                        the weekly service report: KPIs against the week before, hot spots, missed
                        deadlines (Markdown; HTML when FILE ends in .html)
  changes [--status S] [--parcel NUMBER] [--limit N] [--json]
                        customers' change-delivery requests, newest first (status: requested,
                        confirmed, declined, withdrawn); --json prints each as stored, one per line
  teams-package [--out FILE]
                        build the Teams app zip (manifest + icons) for MicrosoftAppId and PUBLIC_URL
  help                  show this help`;

async function serve(args: string[]): Promise<number> {
  parseArgs({ args, options: {}, allowPositionals: false });
  const config = loadConfig();
  const logger = createLogger(config.log);
  // startParcelCare checks this too; here it fails in a moment instead of after loading the whole bot.
  checkBeforeWriting(config);
  const { startParcelCare } = await import('./index');
  const app = await startParcelCare(config, logger);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, 'shutting down');
      const timer = setTimeout(() => {
        logger.error('shutdown took too long; exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs);
      timer.unref();
      app.close().then(resolve, (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}

async function teamsPackage(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string', default: 'dist/teams/parcelcare-teams.zip' } },
    allowPositionals: false,
  });
  const config = loadConfig();
  const appId = process.env.MicrosoftAppId?.trim() ?? '';
  const { TeamsPackageError, writeTeamsPackage } = await import('./channels/teams/teams.manifest');
  try {
    const file = writeTeamsPackage(
      { appId, courierName: config.courierName, publicUrl: config.publicUrl },
      path.resolve(values.out),
    );
    process.stdout.write(`${file}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof TeamsPackageError)) throw err;
    process.stderr.write(`parcelcare: ${err.message}\n`);
    return 1;
  }
}

const commands: Record<string, Command> = {
  'teams-package': teamsPackage,
  report: async (args) => (await import('./cli/report-command')).reportCommand(args, loadConfig()),
  serve,
  classify: async (args) => (await import('./cli/nlu-commands')).classifyCommand(args, loadConfig()),
  eval: async (args) => (await import('./cli/nlu-commands')).evalCommand(args, loadConfig()),
  changes: async (args) => (await import('./cli/changes-command')).changesCommand(args, loadConfig()),
  check: async (args) => (await import('./cli/check-command')).checkCommand(args, loadConfig()),
  'import-shipments': async (args) => (await import('./cli/import-command')).importShipmentsCommand(args, loadConfig()),
  help: async () => {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  },
};

/** Runs one CLI command; start-up problems end with one line on stderr and a non-zero exit code. */
export async function main(argv: string[]): Promise<number> {
  // .env is optional; real environment variables win over it. `quiet` keeps stdout clean for pipes.
  dotenv.config({ quiet: true });
  const [name = 'serve', ...rest] = argv;
  const command = commands[name];
  if (!command) {
    process.stderr.write(`parcelcare: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof StoreError || err instanceof StartupError) {
      process.stderr.write(`parcelcare: ${err.message}\n`);
      return 1;
    }
    // Any argument node:util's parseArgs refuses (an unknown option, a stray positional, a missing value) is
    // the caller's mistake: one line, not a stack.
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS_')) {
      process.stderr.write(`parcelcare: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`parcelcare: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`parcelcare: ${String(err)}\n`);
      process.exit(1);
    },
  );
}
