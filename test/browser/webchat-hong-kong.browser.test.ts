import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startParcelCare, type RunningParcelCare } from '../../src/index';
import { seriousAxeViolations } from './axe';
import { launchChromium, sayInWebChat, waitForText } from './chromium';

jest.setTimeout(150_000);

/**
 * A Hong Kong customer in the real Web Chat bundle (browser announcing zh-HK), writing Cantonese: prices come
 * from Hong Kong's table and are worked out (#17 P7), a follow-up keeps the route, an unclear message is
 * answered with buttons that work when clicked, and a person is offered, never forced.
 */
describe('a Hong Kong customer in Web Chat (real bundle, headless Chromium, zh-HK)', () => {
  let dataDir: string;
  let app: RunningParcelCare;
  let browser: Awaited<ReturnType<typeof launchChromium>>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-browser-hk-'));
    app = await startParcelCare(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, MARKETS: 'CN,TW,HK' }),
      pino({ level: 'silent' }),
    );
    browser = await launchChromium('zh-HK', undefined, { bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('gets a worked-out Hong Kong price on two lines, a follow-up on the same weight, and buttons that answer', async () => {
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor();

    await sayInWebChat(page, '我想由沙田寄3公斤去荃灣，要幾錢？');
    // HK$30 for the first kg, two more started kg at HK$8.
    await waitForText(page, '沙田 → 荃灣，3 公斤：HK$30（首重 1 公斤） + 2 × HK$8');
    const quote = page.locator('.webchat__bubble__content', { hasText: '沙田 → 荃灣' }).last();
    expect(await quote.innerText()).toContain('= HK$46');
    // The sum and the note under it stay two lines in the bubble.
    expect(await quote.locator('br').count()).toBeGreaterThanOrEqual(1);
    expect(await quote.innerText()).toMatch(/HK\$46。\n按實際重量/); // (the Cantonese note line since d668b1c)

    await sayInWebChat(page, '咁寄去深圳呢');
    // The Mainland zone on the same 3 kg: HK$45 for the first 0.5 kg, five more 0.5 kg steps at HK$12.
    await waitForText(page, '沙田 → 深圳，3 公斤：HK$45（首重 0.5 公斤） + 5 × HK$12');
    const mainland = page.locator('.webchat__bubble__content', { hasText: '沙田 → 深圳' }).last();
    expect(await mainland.innerText()).toContain('= HK$105');

    // Something the bot cannot read: it asks, with what it can do as buttons (in Cantonese), and a person among them.
    await sayInWebChat(page, '幫幫手');
    const track = page.getByRole('button', { name: '查件', exact: true }).filter({ visible: true }).last();
    await track.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: '轉真人客服', exact: true }).count()).toBeGreaterThan(0);
    await track.click();
    await waitForText(page, '唔該send個運單號嚟');

    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.getByText(/Send failed|發送失敗|发送失败/).count()).toBe(0);
    // Nothing was filed: asking is not a complaint, and the person was offered, not forced. (The one ticket is the
    // demo's lost parcel's claim, opened at start: README, Demo parcels.)
    const tickets = await app.store.tickets.find({});
    expect(tickets.map((t) => [t.trackingNumbers, t.claim?.openedBy])).toEqual([[['782828807290222'], 'system']]);
  });
});
