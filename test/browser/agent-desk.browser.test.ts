import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
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
        AGENT_USERS: 'lead:lead-password:supervisor',
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
    await waitForText(customer, `客服 lead 已接手您的工单 ${number}`);

    await agent.locator('#reply-text').fill('您好，包裹明天上午派送，非常抱歉。');
    await agent.getByRole('button', { name: 'Send' }).click();
    await waitForText(customer, '【客服 lead】您好，包裹明天上午派送，非常抱歉。');
    await sayInWebChat(customer, '好的，谢谢你');
    await waitForText(agent, '好的，谢谢你');
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
});
