import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store';
import type { NewDeliveryChange } from '../../src/tracking';

const CLI = path.join(__dirname, '../../dist/cli.js');
const T0 = '2026-11-23T02:00:00.000Z';

const request = (overrides: Partial<NewDeliveryChange>): NewDeliveryChange => ({
  requestKey: 'conv-1:1',
  trackingNumber: 'SF1402837465921',
  kind: 'hold',
  details: { place: 'convenience_store', placeName: '7-11' },
  words: 'keep it at the 7-11',
  customerId: 'c1',
  conversationId: 'conv-1',
  channel: 'webchat',
  locale: 'en',
  createdAt: T0,
  ...overrides,
});

/** `node dist/cli.js changes` on a real database file, as an operator runs it. */
describe('parcelcare changes (the built CLI on a real SQLite file)', () => {
  let dataDir: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'changes', ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, TIMEZONE: 'Asia/Hong_Kong' },
    });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-cli-changes-'));
    const store = await openStore({ dataDir, timeZone: 'Asia/Hong_Kong' });
    try {
      const held = (await store.deliveryChanges.create(request({}))).request;
      await store.deliveryChanges.create(
        request({
          requestKey: 'conv-2:1',
          trackingNumber: 'YT6865635515058',
          kind: 'redeliver',
          details: { date: '2026-11-24', after: '18:00' },
          createdAt: '2026-11-23T03:30:00.000Z',
        }),
      );
      await store.deliveryChanges.decide(held.id, 'declined', {
        by: 'alice',
        at: '2026-11-23T04:00:00.000Z',
        note: 'no 7-11 near the address',
      });
    } finally {
      await store.close();
    }
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('lists every request newest first, in the courier’s zone, with what is asked and who decided', () => {
    const all = run();
    expect(all.status).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('2026-11-23 11:30'); // 03:30 UTC in Hong Kong
    expect(lines[0]).toContain('requested · YT6865635515058 · redeliver:');
    expect(lines[1]).toContain('declined · SF1402837465921 · hold:');
    expect(lines[1]).toContain('7-11');
    expect(lines[1]).toContain('declined by alice 2026-11-23 12:00: no 7-11 near the address');
  });

  it('filters by status and parcel; --json prints the stored requests', () => {
    const waiting = run('--status', 'requested');
    expect(waiting.stdout.trim().split('\n')).toHaveLength(1);
    expect(waiting.stdout).toContain('YT6865635515058');
    const parcel = run('--parcel', 'sf1402837465921', '--json');
    const [only, ...rest] = parcel.stdout.trim().split('\n');
    expect(rest).toEqual([]);
    expect(JSON.parse(only as string)).toMatchObject({ trackingNumber: 'SF1402837465921', status: 'declined' });
    expect(run('--status', 'confirmed').stdout).toBe('no change requests\n');
  });

  it('refuses a status or limit it does not know, with the reason, and lists nothing', () => {
    const wrong = run('--status', 'pending');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--status is one of requested, confirmed, declined, withdrawn');
    expect(wrong.stdout).toBe('');
    expect(run('--limit', '0').status).toBe(2);
  });
});
