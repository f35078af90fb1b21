import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with a fresh profile and no background traffic (see PLATFORM.md).
 * @param options.bypassCSP let the test inject scripts (axe-core) into pages our Content-Security-Policy guards.
 */
export async function launchChromium(
  locale: string,
  httpCredentials?: { username: string; password: string },
  options: { bypassCSP?: boolean } = {},
): Promise<{ context: BrowserContext; cspViolations: string[]; close: () => Promise<void> }> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'parcelcare-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    ...(httpCredentials ? { httpCredentials } : {}),
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
    viewport: { width: 390, height: 844 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const cspViolations = await watchCspViolations(context);
  return {
    context,
    cspViolations,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Types a message into Web Chat's send box and sends it, as a customer would. */
export async function sayInWebChat(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

/** Waits until the page shows `text` (the newest occurrence), e.g. a bot or agent message. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).last().waitFor({ timeout: 30_000 });
}

/** Where `UPDATE_SCREENSHOTS=1 npm test` writes the README's pictures of the real pages. */
const DOCS = path.join(__dirname, '../../docs');

/** Saves the visible page as `docs/NAME.png` when UPDATE_SCREENSHOTS=1; ordinary runs leave the tree untouched. */
export async function screenshotForReadme(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  // Web Chat scrolls its transcript with an animation: wait until it rests on the newest message.
  await page.waitForFunction(`(() => {
    const transcript = document.querySelector('.webchat__basic-transcript__scrollable');
    return !transcript || transcript.scrollTop + transcript.clientHeight >= transcript.scrollHeight - 1;
  })()`);
  await page.screenshot({ path: path.join(DOCS, `${name}.png`) });
}

/**
 * The natural widths of the images matching `selector` once they have loaded: 0 for one that failed (a 404,
 * an unreadable SVG). Icons are SVG files served with the page, so they show without an emoji font.
 */
export async function loadedImageWidths(page: Page, selector: string): Promise<number[]> {
  const images = page.locator(selector);
  await images.first().waitFor({ timeout: 30_000 });
  // Runs in the page (a string, since the tests' TypeScript has no DOM types).
  return (await page.evaluate(`Promise.all(
    Array.from(document.querySelectorAll(${JSON.stringify(selector)})).map((img) =>
      img.complete ? img.naturalWidth : new Promise((done) => {
        img.addEventListener('load', () => done(img.naturalWidth));
        img.addEventListener('error', () => done(0));
      }),
    ),
  )`)) as number[];
}

/**
 * Everything the Content-Security-Policy blocked on any page of the context: the DOM's
 * `securitypolicyviolation` events and Chromium's console reports, as "directive: blocked URI" lines.
 */
async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__parcelcareCspViolation', (_source, line: string) => {
    violations.push(line);
  });
  // A string, not a function: the test's TypeScript has no DOM types.
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    window.__parcelcareCspViolation(event.effectiveDirective + ': ' + (event.blockedURI || 'inline') +
      ' (' + event.sourceFile + ':' + event.lineNumber + ')');
  });`);
  const watchPage = (page: Page): void => {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return violations;
}

/** Opens an agent page as an agent would: redirected to the sign-in page, signs in, and lands back on it. */
export async function signInAndOpen(
  page: Page,
  url: string,
  account: { name: string; password: string },
): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/agent\/login\?next=/);
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url);
}
