import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CLI = path.join(__dirname, '../../dist/cli.js');
const DEVSET = path.join(__dirname, '../fixtures/nlu/devset.tsv');

function run(args: string[], input?: string) {
  const { MONGODB_URI: _m, ...env } = process.env;
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env, timeout: 30000 });
}

describe('parcelcare classify', () => {
  it('prints one JSON object per input line, in order, and nothing else on stdout', () => {
    const lines = ['你好', '快递晚了5天，单号SF1402837465921，明天下午之前给我答复', '', 'thanks bye'];
    const result = run(['classify', '--now', '2026-11-23T10:00:00+08:00'], `${lines.join('\n')}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(4);
    const parsed = out.map((line) => JSON.parse(line) as { intent: string; category?: string });
    expect(parsed.map((p) => p.intent)).toEqual(['greeting', 'complaint', 'other', 'thanks']);
    expect(parsed[1]).toEqual({
      intent: 'complaint',
      category: 'delay',
      confidence: expect.any(Number),
      alternatives: expect.any(Array),
      locale: 'zh-CN',
      entities: {
        trackingNumbers: [{ number: 'SF1402837465921', carrier: 'sf' }],
        invalidTracking: [],
        phones: [],
        emails: [],
        amounts: [],
        dates: [{ text: '明天下午', start: '2026-11-24T12:00:00+08:00' }],
        demand: null,
      },
      signals: { anger: 0, urgent: false, escalationThreat: null, minor: false, severe: true, daysLate: 5 },
    });
  });

  it('refuses a --now that is not a date', () => {
    const result = run(['classify', '--now', 'yesterday'], 'hi\n');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--now must be an ISO date-time/);
  });
});

describe('parcelcare eval', () => {
  it('answers a message given as an argument (classify reads stdin) with one line, not a stack', () => {
    const result = run(['classify', 'where is my parcel']);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^parcelcare: .*does not take positional arguments/);
  });

  it('prints accuracy overall, per label and per language, then the misses', () => {
    const result = run(['eval', DEVSET]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/devset\.tsv: accuracy \d+\.\d% \(\d+\/544\)/);
    expect(result.stdout).toMatch(/per label \(recall\):\n {2}change_delivery +\d+\.\d%/);
    expect(result.stdout).toMatch(/per language:\n {2}en +\d+\.\d% +\d+\/\d+\n {2}zh-CN/);
    expect(result.stdout).toMatch(/misses \(\d+\):/);
  });

  it('says what is wrong with a file it cannot use', () => {
    const missing = run(['eval', '/nonexistent.tsv']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\.tsv/);
  });
});

describe('parcelcare import-shipments', () => {
  it('loads CSV and JSON lines into the store and reports lines it skipped', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-import-'));
    const { MONGODB_URI: _mongo, ...inherited } = process.env;
    const env = { ...inherited, DATA_DIR: dataDir, DEMO_DATA: 'false' };
    const csv = spawnSync(
      process.execPath,
      [CLI, 'import-shipments', path.join(__dirname, '../../examples/shipments.csv')],
      { encoding: 'utf8', env },
    );
    expect(csv.status).toBe(0);
    expect(csv.stdout).toBe('imported 1 shipment, 2 scan events, 3 new anomalies; 0 lines skipped\n');
    const bad = path.join(dataDir, 'bad.jsonl');
    fs.writeFileSync(
      bad,
      `${fs.readFileSync(path.join(__dirname, '../../examples/shipments.jsonl'), 'utf8')}{broken\n`,
    );
    const jsonl = spawnSync(process.execPath, [CLI, 'import-shipments', bad], { encoding: 'utf8', env });
    expect(jsonl.status).toBe(0);
    expect(jsonl.stderr).toBe(`${bad}:2: not valid JSON\n`);
    expect(jsonl.stdout).toBe('imported 1 shipment, 1 scan event, 2 new anomalies; 1 line skipped\n');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
