// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const ARTEFACTS = join(import.meta.dirname, '..', 'test-results');
export const PASSWORD = process.env.E2E_PASSWORD ?? 'demo123';

export async function launch(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  opts: { width?: number; height?: number } = {},
): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

let shot = 0;
/** Full-page screenshot, numbered in step order: test-results/NN-name.png */
export async function screenshot(page: Page, name: string): Promise<void> {
  shot += 1;
  await page.screenshot({ path: join(ARTEFACTS, `${String(shot).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/** Full-page screenshot without a step number: test-results/name.png */
export async function screenshotAs(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
}

/** Fail the test on any JavaScript dialog (alert/confirm/prompt): user text must never execute. */
export function forbidDialogs(page: Page, fired: string[]): void {
  page.on('dialog', (d) => {
    fired.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
}

/** Collect Content-Security-Policy violations reported by the portal's pages (not the provider's). */
export function watchCsp(page: Page, violations: string[]): void {
  page.on('console', (m) => {
    if (
      m.type() === 'error' &&
      /Content Security Policy/i.test(m.text()) &&
      !new URL(page.url()).pathname.startsWith('/realms/')
    )
      violations.push(`${page.url()}: ${m.text()}`);
  });
}

/**
 * Sign in through the OpenID provider's login form (the embedded provider or Keycloak):
 * click the portal's sign-in button, fill the provider's form, come back to the portal.
 */
export async function signIn(page: Page, username: string): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Đăng nhập|Sign in)$/ })
    .click();
  await page.waitForURL((u) => !u.toString().startsWith(`${BASE_URL}/`) || u.pathname.startsWith('/realms/'));
  await page.getByLabel(/tên đăng nhập|username/i).fill(username);
  await page.getByLabel(/mật khẩu|password/i).fill(PASSWORD);
  await page.getByRole('button', { name: /đăng nhập|sign in|log in/i }).click();
  await page.waitForURL(
    (u) =>
      u.toString().startsWith(BASE_URL) &&
      !u.pathname.startsWith('/auth/callback') &&
      !u.pathname.startsWith('/realms/'),
  );
  await page.getByRole('button', { name: /^(Đăng xuất|Sign out)$/ }).waitFor();
}
