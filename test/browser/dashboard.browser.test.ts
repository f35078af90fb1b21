import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { loadWeek } from '../contract/metrics.contract';
import { loadProactiveWeek } from '../contract/proactive-metrics.contract';
import { TestClock } from '../support/test-clock';
import { launchChromium, loadedImageWidths, screenshotForReadme, signInAndOpen } from './chromium';

jest.setTimeout(120_000);

describe('supervisor dashboard in headless Chromium (Chart.js from node_modules)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-dashboard-'));
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        AGENT_USERS: 'carol:carol-pass-1:supervisor',
      }),
      pino({ level: 'silent' }),
      new TestClock(new Date('2026-11-23T02:00:00Z')),
    );
    await loadWeek(app.store);
    await loadProactiveWeek(app.store);
    browser = await launchChromium('en-US');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders the KPIs, six charts and the missed deadlines for the chosen week, and filters by channel', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    const failures: string[] = [];
    page.on('pageerror', (err) => failures.push(err.message));
    page.on('requestfailed', (req) => failures.push(req.url()));
    await signInAndOpen(page, `${app.url}/dashboard`, { name: 'carol', password: 'carol-pass-1' });
    await page.locator('#from').fill('2026-11-16');
    await page.locator('#to').fill('2026-11-22');
    await page.getByRole('button', { name: 'Show' }).click();

    const tile = (name: string) => page.locator(`[data-kpi="${name}"] .value`);
    // A locator wait, not waitForFunction with a string: Playwright polls such a string with eval, which the
    // page's Content-Security-Policy blocks whenever the first check is not already true.
    await page.locator('[data-kpi="Tickets"] .value', { hasText: /^5$/ }).waitFor();
    expect(await tile('Timely handling').innerText()).toBe('66.7%');
    expect(await tile('CSAT').innerText()).toBe('50.0%');
    expect(await tile('Bot containment').innerText()).toBe('20.0%');
    expect(await tile('NPS').innerText()).toBe('0');
    expect(await page.locator('[data-kpi="NPS"] .detail').innerText()).toBe(
      'promoters 1 · detractors 1 · of 2 answers',
    );
    expect(await tile('SLA breaches').innerText()).toBe('3');
    // The proactive week (test/contract/proactive-metrics.contract.ts).
    expect(await tile('Proactive notices').innerText()).toBe('40.0%');
    expect(await tile('Detection to notice').innerText()).toBe('4 min');
    expect(await tile('Claims within 15 min').innerText()).toBe('50.0%');
    expect(await tile('Asked after notice').innerText()).toBe('50.0%');
    expect(await page.locator('[data-kpi="Asked after notice"] .detail').innerText()).toBe(
      '2 of 4 tracking questions on anomalies · lower is better · 1 notified, never asked',
    );
    expect(await page.locator('#breached tr').count()).toBe(3);
    // Times in the courier's zone (Asia/Shanghai), not UTC.
    expect(await page.locator('#breached tr').nth(1).innerText()).toContain('2026-11-21 10:30');
    expect(await page.locator('[data-kpi="Tickets"] .detail').innerText()).toBe('2026-11-16 → 2026-11-22');
    // 16–19 Nov is the first half of the week, 20–22 the second: both of 北京转运中心's tickets are early.
    expect(await page.locator('#stations li').first().innerText()).toBe('北京转运中心 — 2 ▼ 2 → 0');
    expect(await page.locator('#stations li').nth(1).innerText()).toBe('上海浦东站 — 1 ▲ 0 → 1');

    // Each chart has drawn something: Chart.js is attached to the canvas and its pixels are not all blank.
    for (const id of ['trend', 'categories', 'breaches', 'nps', 'backlog', 'proactive']) {
      // Runs in the page (a string, since the tests' TypeScript has no DOM types).
      const drawn = (await page.evaluate(`(() => {
        const canvas = document.getElementById(${JSON.stringify(id)});
        const chart = window.Chart.getChart(canvas);
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted += 1;
        return { chart: Boolean(chart), painted };
      })()`)) as { chart: boolean; painted: number };
      expect(drawn.chart).toBe(true);
      expect(drawn.painted).toBeGreaterThan(500);
    }
    expect(await page.locator('#csv').getAttribute('href')).toBe(
      '/api/metrics/tickets.csv?from=2026-11-16&to=2026-11-22',
    );
    // The proactive chart per day, then per week: its periods and the deflection line (asked after notice, %).
    const proactiveChart = `(() => {
      const chart = window.Chart.getChart(document.getElementById('proactive'));
      return { labels: chart.data.labels, deflection: chart.data.datasets[2].data, p95: chart.data.datasets[4].data };
    })()`;
    expect(await page.evaluate(proactiveChart)).toEqual({
      labels: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'],
      deflection: [100, 50, null, null, 0, null, null],
      p95: [null, 4, 30, null, null, null, null],
    });
    await page.locator('#proactivePer').selectOption('week');
    expect(await page.evaluate(proactiveChart)).toEqual({ labels: ['2026-11-16'], deflection: [50], p95: [30] });
    expect(await page.locator('#proactiveCsv').getAttribute('href')).toBe(
      '/api/metrics/proactive.csv?from=2026-11-16&to=2026-11-22&per=week',
    );
    const [logoWidth] = await loadedImageWidths(page, '.bar img');
    expect(logoWidth).toBeGreaterThan(0);
    await screenshotForReadme(page, 'dashboard');

    await page.locator('#channel').selectOption('sms');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('[data-kpi="Tickets"] .value', { hasText: /^1$/ }).waitFor();
    expect(await tile('CSAT').innerText()).toBe('0.0%');
    expect(failures).toEqual([]);
    // The pages work under our Content-Security-Policy: nothing they need was blocked.
    expect(browser.cspViolations).toEqual([]);
  });

  it('shows the dates of the range it displays, default period included, and keeps them in the address', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (err) => failures.push(err.message));
    const dates = async () => [await page.locator('#from').inputValue(), await page.locator('#to').inputValue()];
    const ticketsDetail = page.locator('[data-kpi="Tickets"] .detail');

    // A link with a range: signing in comes back to it, and the form shows it.
    await signInAndOpen(page, `${app.url}/dashboard?from=2026-11-16&to=2026-11-22`, {
      name: 'carol',
      password: 'carol-pass-1',
    });
    await page.locator('[data-kpi="Tickets"] .value', { hasText: /^5$/ }).waitFor();
    expect(await dates()).toEqual(['2026-11-16', '2026-11-22']);

    // No range asked for: the default period (the last 30 days to now, 2026-11-23 10:00 in Shanghai) is shown, and
    // its dates are in the form, not left empty.
    await page.goto(`${app.url}/dashboard`);
    await ticketsDetail.filter({ hasText: '→' }).waitFor();
    expect(await ticketsDetail.innerText()).toBe('2026-10-24 → 2026-11-23');
    expect(await dates()).toEqual(['2026-10-24', '2026-11-23']);

    // A range chosen goes into the address; back returns to the default period and its dates.
    await page.locator('#from').fill('2026-11-20');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(`${app.url}/dashboard?from=2026-11-20&to=2026-11-23`);
    await ticketsDetail.filter({ hasText: '2026-11-20 → 2026-11-23' }).waitFor();
    await page.goBack();
    await page.waitForURL(`${app.url}/dashboard`);
    await ticketsDetail.filter({ hasText: '2026-10-24 → 2026-11-23' }).waitFor();
    expect(await dates()).toEqual(['2026-10-24', '2026-11-23']);
    expect(failures).toEqual([]);
    await page.close();
  });
});
