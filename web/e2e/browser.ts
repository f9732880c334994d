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

/** Opens the phone drawer when the header shows the burger instead of the menus. */
export async function openDrawerIfNarrow(page: Page): Promise<boolean> {
  const burger = page.getByRole('banner').getByRole('button', { name: /^(Trình đơn|Menu)$/ });
  if (!(await burger.isVisible())) return false;
  if ((await burger.getAttribute('aria-expanded')) !== 'true') await burger.click();
  return true;
}

/**
 * Sign in through the OpenID provider's login form (the embedded provider or Keycloak):
 * click the portal's sign-in button (in the phone drawer on narrow screens), fill the provider's
 * form, come back to the portal signed in (the notifications bell shows at every width).
 */
export async function signIn(page: Page, username: string): Promise<void> {
  await openDrawerIfNarrow(page);
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
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Thông báo|Notifications)/ })
    .waitFor();
}

/** Follows a link of the "work" menu (officer, reviewer, administrator tasks), or of the phone drawer. */
export async function openWorkLink(page: Page, name: string): Promise<void> {
  if (await openDrawerIfNarrow(page)) {
    await page.locator('#site-drawer').getByRole('link', { name, exact: true }).click();
    return;
  }
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Công việc|Work)$/ })
    .click();
  await page
    .getByRole('navigation', { name: /^(Công việc|Work)$/ })
    .getByRole('link', { name, exact: true })
    .click();
}

/** Signs out from the user menu (or the phone drawer). */
export async function signOut(page: Page): Promise<void> {
  if (!(await openDrawerIfNarrow(page)))
    await page
      .getByRole('banner')
      .getByRole('button', { name: /^(Tài khoản|Account): / })
      .click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^(Đăng xuất|Sign out)$/ })
    .click();
}
