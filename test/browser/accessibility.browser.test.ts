import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { DEMO_TRACKING } from '../../src/tracking';
import { seriousAxeViolations } from './axe';
import { launchChromium, sayInWebChat, signInAndOpen, waitForText } from './chromium';

jest.setTimeout(180_000);

const LEAD = { name: 'lead', password: 'lead-password' };

describe('accessibility: axe-core WCAG 2 A/AA rules on every page, in headless Chromium', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let customer: Page;
  let ticketNumber: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-a11y-'));
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        AGENT_USERS: `${LEAD.name}:${LEAD.password}:supervisor`,
      }),
      pino({ level: 'silent' }),
    );
    // axe is injected as a script, which the pages' Content-Security-Policy would refuse (the other browser
    // tests check that policy).
    browser = await launchChromium('zh-CN', undefined, { bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the customer web chat, with a conversation in it (a parcel answer, buttons, a hand-off)', async () => {
    customer = await browser.context.newPage();
    await customer.goto(app.url);
    await waitForText(customer, '我是快递客服助手');
    await sayInWebChat(customer, `我的快递 ${DEMO_TRACKING.delayed} 到哪了`);
    await waitForText(customer, '需要为您登记投诉吗');
    // The answer is written one fact per line; Web Chat's Markdown would run the lines together.
    const answer = customer.locator('.webchat__bubble__content', { hasText: '（广州 → 北京）' }).last();
    expect(await answer.locator('br').count()).toBeGreaterThanOrEqual(2);
    expect((await answer.innerText()).split('\n').filter((line) => line.trim()).length).toBeGreaterThanOrEqual(3);
    // The customer's own line break stays too (and reaches the agent: see below).
    await sayInWebChat(customer, `我要找人工客服\n快递 ${DEMO_TRACKING.delayed} 晚了三天还没到`);
    await waitForText(customer, '已为您转接人工，工单号 C-');
    ticketNumber = /C-\d{8}-\d{4}/.exec(
      await customer.getByText('已为您转接人工', { exact: false }).last().innerText(),
    )?.[0] as string;
    expect(await seriousAxeViolations(customer)).toEqual([]);
    // The length counter under the send box, in its warning colours.
    const box = customer.locator('[data-id="webchat-sendbox-input"]');
    for (const length of [1900, 2100]) {
      await box.fill('长'.repeat(length));
      await customer.locator('#message-length').waitFor();
      expect(await seriousAxeViolations(customer)).toEqual([]);
    }
    await box.fill('');
  });

  it('the agent sign-in page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/agent/login`);
    await page.getByLabel('Name').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('the agent page with a ticket open', async () => {
    const agent = await browser.context.newPage();
    await agent.setViewportSize({ width: 1280, height: 900 });
    await signInAndOpen(agent, `${app.url}/agent`, LEAD);
    await agent.locator(`#queue li[data-ticket="${ticketNumber}"]`).click();
    await waitForText(agent, `Complaint ${ticketNumber}`);
    await waitForText(agent, '晚了三天还没到');
    // The customer's line break is kept in the transcript and in the ticket card's quote of their words.
    expect(await agent.locator('#messages li.in', { hasText: '晚了三天还没到' }).last().innerText()).toMatch(
      /我要找人工客服\n快递/,
    );
    expect(await agent.locator('#card', { hasText: '晚了三天还没到' }).innerText()).toMatch(/我要找人工客服\n快递/);
    expect(await seriousAxeViolations(agent)).toEqual([]);
  });

  it('the supervisor dashboard', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    // Signed in on the agent page already: the session cookie opens the dashboard.
    await page.goto(`${app.url}/dashboard`);
    // A locator wait: a string given to waitForFunction is polled with eval, which the page's CSP blocks.
    await page.locator('[data-kpi="Tickets"] .value', { hasText: /^\d+$/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
