import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from '../config';
import pino from 'pino';
import { AnomalyWatch } from '../proactive';
import { openStore } from '../store';
import { parseShipments, summarize } from '../tracking';
import { englishCount } from '../english-count';

/**
 * `parcelcare import-shipments FILE`: loads shipments (CSV or JSON lines) into the store. A shipment that
 * exists is replaced; lines that cannot be read are reported and skipped.
 */
export async function importShipmentsCommand(args: string[], config: Config): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('parcelcare import-shipments: give a CSV or JSON-lines file\n');
    return 2;
  }
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`parcelcare import-shipments: cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const { shipments, problems } = parseShipments(content, new Date());
  for (const problem of problems) process.stderr.write(`${file}:${problem.line}: ${problem.error}\n`);
  const store = await openStore({ dataDir: config.dataDir, mongodbUri: config.mongodbUri, timeZone: config.timeZone });
  // Imported scans are looked at like pushed ones; the running server plans the notices of what is found.
  const watch = new AnomalyWatch({
    store,
    table: config.proactive.anomalyTable,
    timeZone: config.timeZone,
    now: () => new Date(),
    logger: pino({ level: 'silent' }),
  });
  let anomalies = 0;
  try {
    for (const shipment of shipments) {
      const stored = await store.shipments.upsert(shipment);
      anomalies += (await watch.scanned(summarize(stored), stored.events, 'import')).length;
    }
    await store.durable();
  } finally {
    await store.close();
  }
  process.stdout.write(
    `imported ${englishCount(shipments.length, 'shipment', 'shipments')}, ${englishCount(
      shipments.reduce((n, s) => n + s.events.length, 0),
      'scan event',
      'scan events',
    )}, ${englishCount(anomalies, 'new anomaly', 'new anomalies')}; ${englishCount(problems.length, 'line', 'lines')} skipped\n`,
  );
  return problems.length > 0 && shipments.length === 0 ? 1 : 0;
}
