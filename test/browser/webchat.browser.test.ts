import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { DEMO_TRACKING } from '../../src/tracking';
import { launchChromium, loadedImageWidths, sayInWebChat, screenshotForReadme, waitForText } from './chromium';

jest.setTimeout(120_000);

describe('the customer page: real Web Chat bundle in headless Chromium against our Direct Line', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-browser-'));
    app = await startParcelCare(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }),
      pino({ level: 'silent' }),
    );
    browser = await launchChromium('zh-CN');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('asks for a demo parcel, complains that it is late, gets a ticket number and asks for its status', async () => {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await waitForText(page, '我是快递客服助手');
    // The header logo and the bot's avatar are SVG files shipped with the page, not emoji.
    const icons = await loadedImageWidths(page, '.brand img.logo, img[src$="/static/icons/bot-avatar.svg"]');
    expect(icons.length).toBeGreaterThanOrEqual(2);
    expect(icons.every((width) => width > 0)).toBe(true);
    expect(await page.locator('.brand').innerText()).not.toMatch(/\p{Extended_Pictographic}/u);

    await sayInWebChat(page, `我的快递 ${DEMO_TRACKING.delayed} 到哪了`);
    await waitForText(page, `${DEMO_TRACKING.delayed}（广州 → 北京）`);
    await waitForText(page, '需要为您登记投诉吗');

    await sayInWebChat(page, '快递晚了这么久，我要投诉');
    await waitForText(page, '您希望我们怎么处理');
    await page.getByRole('button', { name: '赔偿', exact: true }).filter({ visible: true }).first().click();
    await waitForText(page, '联系电话或邮箱');
    await sayInWebChat(page, '13812345678');
    await waitForText(page, '确认提交吗');
    await page.getByRole('button', { name: '提交', exact: true }).filter({ visible: true }).first().click();
    await waitForText(page, '投诉已登记，工单号 C-');

    const filed = await page.getByText('投诉已登记，工单号', { exact: false }).last().innerText();
    const number = /C-\d{8}-\d{4}/.exec(filed)?.[0];
    expect(number).toBeDefined();

    await sayInWebChat(page, `${number} 现在什么进度`);
    // High priority: a person takes over, and the bot says the ticket waits for them.
    await waitForText(page, `您的工单 ${number} 正在等待客服接单`);

    // Every message the customer sent was confirmed by the server's echo (no "Send failed").
    expect(await page.getByText(/Send failed|发送失败/).count()).toBe(0);
    // The page works under our Content-Security-Policy: nothing it needs was blocked.
    expect(browser.cspViolations).toEqual([]);
    await screenshotForReadme(page, 'customer-chat');

    const ticket = await app.store.tickets.getByNumber(number as string);
    expect(ticket).toMatchObject({
      category: 'delay',
      priority: 'high',
      demand: 'compensation',
      trackingNumbers: [DEMO_TRACKING.delayed],
    });
  });

  it('shows the length as the customer types, and answers an over-long message in the chat with what to do', async () => {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await waitForText(page, '我是快递客服助手');
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    const counter = page.locator('#message-length');
    const announcement = page.locator('#message-length-announcement');
    expect(await counter.isVisible()).toBe(false);

    await box.fill('我的快递晚了');
    expect(await counter.innerText()).toBe('6 / 2,000');
    expect(await announcement.textContent()).toBe('');
    // Near the limit screen readers hear how much is left, once; over it, by how much it is over.
    await box.fill('快'.repeat(1850));
    expect(await counter.innerText()).toBe('1,850 / 2,000');
    expect(await announcement.textContent()).toBe('还可输入 150 个字符');
    const rant = `快递 ${DEMO_TRACKING.delayed} 三天没动了，${'你们客服电话一直打不通，到底有没有人管？'.repeat(100)}`;
    await box.fill(rant);
    expect(await counter.innerText()).toBe(`${rant.length.toLocaleString('en-US')} / 2,000 — 太长了，请分几条发送`);
    expect(await announcement.textContent()).toBe(
      `超出上限 ${(rant.length - 2000).toLocaleString('en-US')} 个字符，请分几条发送`,
    );

    // Sent anyway: Web Chat shows it as sent (no "Send failed"), the bot says what to do, and the text is back in
    // the send box to be split.
    await box.press('Enter');
    await waitForText(
      page,
      `您的消息共 ${rant.length.toLocaleString('en-US')} 个字符，超过了单条消息 2,000 个字符的上限`,
    );
    expect(await box.inputValue()).toBe(rant);
    expect(await page.getByText(/Send failed|发送失败/).count()).toBe(0);
    // The rest of the conversation is unaffected.
    await box.fill('');
    expect(await counter.isVisible()).toBe(false);
    await sayInWebChat(page, `${DEMO_TRACKING.delayed} 到哪了`);
    await waitForText(page, `${DEMO_TRACKING.delayed}（广州 → 北京）`);
    expect(await box.inputValue()).toBe('');
    expect(browser.cspViolations).toEqual([]);
  });
});
