import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { evaluate, Nlu, parseLabelledTsv, type Evaluation } from '../nlu';

/** `parcelcare classify [--now ISO]`: one message per stdin line, one JSON object per stdout line, in order. */
export async function classifyCommand(args: string[], config: Config): Promise<number> {
  const { values } = parseArgs({ args, options: { now: { type: 'string' } } });
  const now = values.now ? new Date(values.now) : undefined;
  if (now && Number.isNaN(now.getTime())) {
    process.stderr.write(`parcelcare classify: --now must be an ISO date-time such as 2026-11-23T10:00:00+08:00\n`);
    return 2;
  }
  const nlu = new Nlu({ defaultRegion: config.defaultPhoneRegion, timeZone: config.timeZone });
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const ok = process.stdout.write(`${JSON.stringify(nlu.analyze(line, now ?? new Date()))}\n`);
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return 0;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Human-readable report: overall, per label, per language, then every miss. */
export function formatEvaluation(file: string, result: Evaluation): string {
  const lines = [
    `${file}: accuracy ${pct(result.accuracy)} (${result.correct}/${result.total})`,
    '',
    'per label (recall):',
  ];
  for (const [label, r] of Object.entries(result.byLabel).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${label.padEnd(28)} ${pct(r.recall).padStart(6)}  ${r.correct}/${r.total}`);
  }
  lines.push('', 'per language:');
  for (const [lang, r] of Object.entries(result.byLang).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${lang.padEnd(28)} ${pct(r.accuracy).padStart(6)}  ${r.correct}/${r.total}`);
  }
  lines.push('', `misses (${result.misses.length}):`);
  for (const miss of result.misses)
    lines.push(`  expected ${miss.expected}, got ${miss.got}${miss.lang ? ` [${miss.lang}]` : ''}: ${miss.text}`);
  return `${lines.join('\n')}\n`;
}

/** `parcelcare eval FILE.tsv`: accuracy of the NLU on a labelled file (columns text, label, optional lang). */
export async function evalCommand(args: string[], config: Config): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) {
    process.stderr.write('parcelcare eval: give a TSV file with columns text, label and optionally lang\n');
    return 2;
  }
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`parcelcare eval: cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const nlu = new Nlu({ defaultRegion: config.defaultPhoneRegion, timeZone: config.timeZone });
  process.stdout.write(formatEvaluation(file, evaluate(nlu, parseLabelledTsv(content))));
  return 0;
}
