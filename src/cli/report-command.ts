import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { openStore } from '../store';
import { KpiService, lastWeeks, systemClock, weeklyReportHtml, weeklyReportMarkdown, type Clock } from '../tickets';

/**
 * `parcelcare report --week [--out FILE]`: the weekly service report for the last full week (Monday to
 * Sunday in TIMEZONE) against the week before. Markdown on stdout, or to FILE (HTML when it ends in .html).
 */
export async function reportCommand(args: string[], config: Config, clock: Clock = systemClock): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { week: { type: 'boolean', default: false }, out: { type: 'string' } },
    allowPositionals: false,
  });
  if (!values.week) {
    process.stderr.write('parcelcare report: say which report: --week (the last full week)\n');
    return 2;
  }
  const store = await openStore({ dataDir: config.dataDir, mongodbUri: config.mongodbUri, timeZone: config.timeZone });
  try {
    const weeks = lastWeeks(clock.now(), config.timeZone);
    const kpis = new KpiService(store.metrics, clock, config.timeZone);
    const input = {
      courierName: config.courierName,
      label: weeks.label,
      current: await kpis.kpis(weeks.current),
      previous: await kpis.kpis(weeks.previous),
      timeZone: config.timeZone,
    };
    const html = values.out !== undefined && /\.html?$/i.test(values.out);
    const report = html ? weeklyReportHtml(input) : weeklyReportMarkdown(input);
    if (values.out) {
      fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
      fs.writeFileSync(values.out, report);
      process.stdout.write(`${path.resolve(values.out)}\n`);
    } else process.stdout.write(report);
  } finally {
    await store.close();
  }
  return 0;
}
