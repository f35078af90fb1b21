import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import type { Config } from '../config';
import { evaluate, Nlu, parseLabelledTsv, type Evaluation, type NluMode } from '../nlu';

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

/**
 * Human-readable report: overall, per label, per language, per confidence bucket, then every miss — unless
 * `summary`, which prints figures only and never a message's text (for scoring sets that must stay unread).
 */
export function formatEvaluation(file: string, result: Evaluation, summary = false): string {
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
  lines.push('', 'per confidence (accuracy of the readings in each bucket; calibrated: accuracy ≈ mean confidence):');
  for (const b of result.byConfidence) {
    const range = `${b.from.toFixed(2)}–${b.to.toFixed(2)}`;
    const mean = b.total ? `mean confidence ${b.meanConfidence.toFixed(2)}` : '';
    lines.push(
      `  ${range.padEnd(28)} ${b.total ? pct(b.accuracy).padStart(6) : '     –'}  ${`${b.correct}/${b.total}`.padEnd(8)} ${mean}`,
    );
  }
  if (summary) {
    const confusions = new Map<string, number>();
    for (const miss of result.misses) {
      const key = `${miss.expected} → ${miss.got}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
    lines.push('', `confusions (${result.misses.length} misses, texts not shown):`);
    for (const [key, count] of [...confusions].sort((a, b) => b[1] - a[1]))
      lines.push(`  ${String(count).padStart(4)}  ${key}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('', `misses (${result.misses.length}):`);
  for (const miss of result.misses)
    lines.push(`  expected ${miss.expected}, got ${miss.got}${miss.lang ? ` [${miss.lang}]` : ''}: ${miss.text}`);
  return `${lines.join('\n')}\n`;
}

const MODES: NluMode[] = ['combined', 'rules', 'model'];

/**
 * `parcelcare eval FILE.tsv [--summary] [--mode combined|rules|model]`: accuracy of the NLU on a labelled file
 * (columns text, label, optional lang).
 */
export async function evalCommand(args: string[], config: Config): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { summary: { type: 'boolean' }, mode: { type: 'string' } },
    });
  } catch (err) {
    process.stderr.write(`parcelcare eval: ${(err as Error).message}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  const mode = (values.mode ?? 'combined') as NluMode;
  if (!MODES.includes(mode)) {
    process.stderr.write(`parcelcare eval: --mode must be one of ${MODES.join(', ')}\n`);
    return 2;
  }
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
  const nlu = new Nlu({ defaultRegion: config.defaultPhoneRegion, timeZone: config.timeZone, mode });
  let examples;
  try {
    examples = parseLabelledTsv(content);
  } catch (err) {
    process.stderr.write(`parcelcare eval: ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  process.stdout.write(formatEvaluation(file, evaluate(nlu, examples), values.summary === true));
  return 0;
}
