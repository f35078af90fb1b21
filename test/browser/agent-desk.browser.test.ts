import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { DEMO_TRACKING } from '../../src/tracking';
import {
  launchChromium,
  signInAndOpen,
  loadedImageWidths,
  sayInWebChat,
  screenshotForReadme,
  waitForText,
} from './chromium';
import { WebChatCustomer } from '../support/directline-client';

/**
 * Every button on the page that is shown, checked in the page: scrolled into view, it lies wholly inside the
 * viewport, and what is drawn at its centre and near its corners is the button itself (nothing covers it).
 * Returns the labels checked and a line per problem. A string: the tests' TypeScript has no DOM types.
 */
const CHECK_BUTTONS = `(() => {
  const problems = [];
  const labels = [];
  if (document.documentElement.scrollWidth > window.innerWidth)
    problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
  const buttons = Array.from(document.querySelectorAll('button, [role=button], .ac-pushButton'))
    .filter((b) => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden');
  for (const button of buttons) {
    const label = (button.getAttribute('aria-label') || button.textContent || '').trim();
    labels.push(label);
    button.scrollIntoView({ block: 'center', inline: 'center' });
    const r = button.getBoundingClientRect();
    if (r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight)
      problems.push(label + ' is outside the viewport: ' + JSON.stringify([r.left, r.top, r.right, r.bottom]));
    for (let box = button.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (box.scrollLeft > 0) problems.push(label + ' needs ' + box.className + ' scrolled sideways to be seen');
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const b = box.getBoundingClientRect();
      if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1)
        problems.push(label + ' is cut off by ' + box.tagName + '.' + box.className);
    }
    const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 3, r.top + 3], [r.right - 3, r.bottom - 3]];
    for (const [x, y] of points) {
      const top = document.elementFromPoint(x, y);
      if (!top || !(button === top || button.contains(top)))
        problems.push(label + ' is covered at ' + Math.round(x) + ',' + Math.round(y) + ' by ' + (top ? top.outerHTML.slice(0, 80) : 'nothing'));
    }
  }
  for (const [i, a] of buttons.entries())
    for (const b of buttons.slice(i + 1)) {
      if (a.contains(b) || b.contains(a)) continue;
      const p = a.getBoundingClientRect();
      const q = b.getBoundingClientRect();
      if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
        problems.push((a.textContent || '').trim() + ' overlaps ' + (b.textContent || '').trim());
    }
  return { labels, problems };
})()`;

jest.setTimeout(180_000);

describe('agent page and customer Web Chat side by side in headless Chromium', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-agent-browser-'));
    app = await startParcelCare(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        AGENT_USERS: 'lead:lead-password:supervisor,alice:alice-pass-1',
        AGENT_DISPLAY_NAMES: 'lead=Lin|小林',
        SURVEY_DELAY_MINUTES: '0',
      }),
      pino({ level: 'silent' }),
    );
    browser = await launchChromium('zh-CN');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('complaint → queue with context → accept and reply → customer sees it → resolve → survey → closed', async () => {
    const customer = await browser.context.newPage();
    await customer.goto(app.url);
    await waitForText(customer, '我是快递客服助手');
    await sayInWebChat(customer, `我要找人工客服，快递 ${DEMO_TRACKING.delayed} 晚了三天还没到`);
    await waitForText(customer, '已为您转接人工，工单号 C-');
    const number = /C-\d{8}-\d{4}/.exec(
      await customer.getByText('已为您转接人工', { exact: false }).last().innerText(),
    )?.[0] as string;

    const agent = await browser.context.newPage();
    await agent.setViewportSize({ width: 1280, height: 900 });
    // The agent signs in on the sign-in page (a session cookie); the customer's page never asks.
    await signInAndOpen(agent, `${app.url}/agent`, { name: 'lead', password: 'lead-password' });
    await agent.locator(`#queue li[data-ticket="${number}"]`).click();
    // The ticket opens with the same context as the Teams card: parcel, last scans, the customer's words.
    await waitForText(agent, `Complaint ${number}`);
    await waitForText(agent, `Parcel ${DEMO_TRACKING.delayed}`);
    await waitForText(agent, '北京转运中心');
    await waitForText(agent, '晚了三天还没到');

    await agent.getByRole('button', { name: 'Accept' }).click();
    await waitForText(customer, `客服小林 已接手您的工单 ${number}`);

    await agent.locator('#reply-text').fill('您好，包裹明天上午派送，非常抱歉。');
    await agent.getByRole('button', { name: 'Send' }).click();
    await waitForText(customer, '【客服小林】您好，包裹明天上午派送，非常抱歉。');
    await sayInWebChat(customer, '好的，谢谢你');
    await waitForText(agent, '好的，谢谢你');
    // Transcript times are written in the courier's zone like the card's deadlines, not the browser's.
    expect(await agent.locator('#messages time').last().innerText()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(await agent.locator('#zone').innerText()).toBe('Asia/Shanghai');
    expect(await agent.locator('#shown-as').innerText()).toBe('Agent Lin / 客服小林');
    // Nowhere on the page — notices, queue, card, transcript — is a time written as a raw ISO instant.
    expect(await agent.locator('#notices time').count()).toBeGreaterThan(0);
    for (const written of await agent.locator('#notices time, #queue time').allInnerTexts())
      expect(written).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(await agent.locator('body').innerText()).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    const [logoWidth] = await loadedImageWidths(agent, '.bar img');
    expect(logoWidth).toBeGreaterThan(0);
    await screenshotForReadme(agent, 'agent-desk');

    await agent.getByRole('button', { name: 'Resolve' }).first().click();
    await agent.getByLabel('Message to the customer').fill('已安排明天上午派送并致歉');
    await agent.getByLabel('Internal note').fill('内部：转运中心积压，已报运输组');
    await agent.getByLabel('transport').check();
    await agent.getByRole('button', { name: 'Resolve' }).last().click();
    await waitForText(customer, `您的工单 ${number} 已处理完毕：已安排明天上午派送并致歉`);
    await agent.locator(`#queue li[data-ticket="${number}"]`).waitFor({ state: 'detached', timeout: 30_000 });

    await app.runFollowUps();
    await waitForText(customer, `请为工单 ${number} 的处理打分`);
    await sayInWebChat(customer, '满意');
    await waitForText(customer, `工单 ${number} 已结案`);
    expect(await customer.getByText(/Send failed|发送失败/).count()).toBe(0);
    // The pages work under our Content-Security-Policy: nothing they need was blocked.
    expect(browser.cspViolations).toEqual([]);

    expect(await app.store.tickets.getByNumber(number)).toMatchObject({
      status: 'closed',
      assignee: 'lead',
      responsibleParty: ['transport'],
      satisfaction: { satisfied: true },
    });

    // Signing out ends the session: the page sends the agent back to sign in.
    await agent.getByRole('button', { name: 'Sign out' }).click();
    await agent.waitForURL(/\/agent\/login/);
    await agent.goto(`${app.url}/agent`);
    await agent.waitForURL(/\/agent\/login\?next=/);
  });

  it.each([1280, 1400, 1920])(
    'shows every button whole and uncovered at %i px, with the ticket that has the most actions',
    async (width) => {
      const number = await ticketAwaitingApprovalInQueue();
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${app.url}/agent`);
      // Signed in once for all widths (the session cookie stays in the browser).
      if (page.url().includes('/agent/login'))
        await signInAndOpen(page, `${app.url}/agent`, { name: 'lead', password: 'lead-password' });
      await page.locator(`#queue li[data-ticket="${number}"]`).click();
      await waitForText(page, `Complaint ${number}`);
      await page.getByRole('button', { name: 'Escalate' }).waitFor();

      if (process.env.LAYOUT_SHOTS) await page.screenshot({ path: `${process.env.LAYOUT_SHOTS}/agent-${width}.png` });
      const closed = (await page.evaluate(CHECK_BUTTONS)) as { labels: string[]; problems: string[] };
      expect(closed.problems).toEqual([]);
      expect(closed.labels).toEqual(
        expect.arrayContaining([
          '退出 Sign out',
          '接单 Accept',
          '批准结案 Approve resolution',
          '告知客户进展 Update the customer',
          '结案 Resolve',
          '转交 Transfer',
          '升级 Escalate',
          '发送 Send',
        ]),
      );
      // The resolve form open: its own button too.
      await page.getByRole('button', { name: 'Resolve' }).first().click();
      await page.getByLabel('Internal note').waitFor();
      const open = (await page.evaluate(CHECK_BUTTONS)) as { labels: string[]; problems: string[] };
      expect(open.problems).toEqual([]);
      expect(open.labels.filter((l) => l === '结案 Resolve')).toHaveLength(2);
      await page.close();
    },
  );

  /**
   * A ticket showing all five card buttons to a supervisor: a long complaint handed off, accepted by alice, a
   * resolution proposed (high priority: it waits for approval), then handed back to the queue.
   */
  let awaitingApproval: string | undefined;
  async function ticketAwaitingApprovalInQueue(): Promise<string> {
    if (awaitingApproval) return awaitingApproval;
    const customer = await WebChatCustomer.start(app.url);
    await customer.ask(
      `我要找人工客服，快递 ${DEMO_TRACKING.delayed} 晚了三天还没到，${'我已经打了很多次电话都没有人处理，'.repeat(12)}`,
    );
    const [ticket] = await app.store.tickets.find({ status: ['pending_agent'] });
    const number = ticket?.number as string;
    const act = (verb: string, data: object = {}) =>
      request(app.url)
        .post(`/agent/api/tickets/${number}/actions`)
        .auth('alice', 'alice-pass-1')
        .send({ verb, data })
        .expect(200);
    await act('accept');
    await act('resolve', { note: '内部：站点积压', customerMessage: '已安排明天派送', responsibleParty: 'station' });
    await act('transfer', { note: '下班，交回队列' });
    awaitingApproval = number;
    return number;
  }
});
