// The shell every module uses: a header that holds six roles' menus on one line at every width,
// a session that survives a new tab and a reload, the signed-out message, a real no-access page,
// the notifications bell, and the reviewer's and administrator's homes. Desktop and 390 px phone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, openDrawerIfNarrow, screenshotAs, signIn } from './browser.ts';

const WIDTHS = [320, 390, 768, 1280, 1600];
let browser: Browser;

async function context(width: number, height = 900): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width, height },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true, // for axe only; the portal's own CSP is checked by the journey
  });
  ctx.setDefaultTimeout(15_000);
  return ctx;
}

/** Horizontal overflow of the document, and the header's height against one line of it. */
async function layout(p: Page): Promise<{ overflow: number; headerLines: number; wide: string[] }> {
  return p.evaluate(() => {
    const doc = document.documentElement;
    const inner = document.querySelector('.header-inner');
    const brand = document.querySelector('.brand');
    const h = inner?.getBoundingClientRect().height ?? 0;
    const line = brand?.getBoundingClientRect().height ?? 1;
    // the elements that stick out on the right, for the failure message
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { overflow: doc.scrollWidth - doc.clientWidth, headerLines: Math.round(h / Math.max(line, 1)), wide };
  });
}

async function expectFits(p: Page, what: string): Promise<void> {
  const l = await layout(p);
  expect(l.overflow, `${what}: horizontal overflow (${l.wide.join(', ')})`).toBeLessThanOrEqual(0);
  expect(l.headerLines, `${what}: the header wraps`).toBeLessThanOrEqual(1);
}

describe(`the portal shell at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no horizontal overflow and a one-line header at 320–1600 px, for visitors and every role', async () => {
    const pages: Record<string, string[]> = {
      '': ['/', '/search?q=may+say'],
      doanhnghiep: ['/my/listings', '/my/offers/new'],
      nhakhoahoc: ['/my/listings?type=experts'],
      canbo: ['/moderation', '/intake/needs/new'],
      phanbien: ['/review'],
      quantri: ['/admin'],
    };
    for (const [user, paths] of Object.entries(pages)) {
      const ctx = await context(1280);
      const p = await ctx.newPage();
      await p.goto('/');
      if (user) await signIn(p, user);
      for (const width of WIDTHS) {
        await p.setViewportSize({ width, height: 900 });
        for (const path of paths) {
          await p.goto(path);
          await p.getByRole('heading', { level: 1 }).first().waitFor();
          await expectFits(p, `${user || 'visitor'} ${path} @${width}`);
        }
        await screenshotAs(p, `shell-${user || 'visitor'}-${width}`);
      }
      await ctx.close();
    }
  });

  it('keeps the officer’s tasks in a work menu and the account in a user menu; a drawer on phones', async () => {
    for (const width of [1280, 390]) {
      const ctx = await context(width);
      const p = await ctx.newPage();
      await p.goto('/');
      await signIn(p, 'canbo');
      const banner = p.getByRole('banner');
      if (await openDrawerIfNarrow(p)) {
        const drawer = p.locator('#site-drawer');
        await drawer.getByRole('link', { name: 'Kiểm duyệt tin' }).waitFor();
        await drawer.getByRole('link', { name: 'Tiếp nhận nhu cầu' }).waitFor();
        await drawer.getByRole('button', { name: 'Đăng xuất' }).waitFor();
        await expectFits(p, `drawer @${width}`);
        expect(await axe(p), `drawer @${width}`).toEqual([]);
        await screenshotAs(p, `shell-drawer-${width}`);
      } else {
        await banner.getByRole('button', { name: 'Công việc' }).click();
        const work = p.getByRole('navigation', { name: 'Công việc' });
        // Every service adds its officer tasks to this menu; the ones below must always be there.
        expect(await work.getByRole('link').allTextContents()).toEqual(
          expect.arrayContaining([
            'Kiểm duyệt tin',
            'Tiếp nhận nhu cầu',
            'Nhu cầu đã tiếp nhận',
            'Kết nối cung – cầu',
            'Tài khoản chờ xác minh',
            'Chỉ tiêu và báo cáo',
            'Hội đồng sáng kiến',
          ]),
        );
        expect(await axe(p), 'work menu open').toEqual([]);
        await p.keyboard.press('Escape');
        await work.waitFor({ state: 'detached' });
        await banner.getByRole('button', { name: /^Tài khoản: / }).click();
        await banner.getByText('Vai trò: Cán bộ quản lý').waitFor();
        await banner.getByRole('button', { name: 'Đăng xuất' }).waitFor();
        expect(await axe(p), 'user menu open').toEqual([]);
        await screenshotAs(p, `shell-menus-${width}`);
      }
      await ctx.close();
    }
  });

  it('keeps the session in a new tab and after a reload, and says so after signing out', async () => {
    const ctx = await context(1280);
    const p = await ctx.newPage();
    await p.goto('/');
    await signIn(p, 'doanhnghiep');
    const tab = await ctx.newPage();
    await tab.goto('/my/listings');
    await tab.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await tab.reload();
    await tab.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await tab
      .getByRole('banner')
      .getByRole('button', { name: /^Thông báo/ })
      .waitFor();
    // signing out in one tab signs out the other too
    await tab
      .getByRole('banner')
      .getByRole('button', { name: /^Tài khoản: / })
      .click();
    await tab.getByRole('banner').getByRole('button', { name: 'Đăng xuất' }).click();
    await tab.getByRole('status').filter({ hasText: 'Bạn đã đăng xuất.' }).waitFor();
    await screenshotAs(tab, 'shell-signed-out');
    await p.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await p.goto('/my/listings');
    await p.getByRole('heading', { level: 1, name: 'Cần đăng nhập' }).waitFor();
    await ctx.close();
  });

  it('shows a real no-access page: why, and the way back', async () => {
    const ctx = await context(390, 844);
    const p = await ctx.newPage();
    await p.goto('/');
    await signIn(p, 'doanhnghiep');
    await p.goto('/moderation');
    await p.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await p.getByText('Trang này dành cho: Cán bộ quản lý.').waitFor();
    await p.getByText(/có vai trò: Doanh nghiệp/).waitFor();
    expect(await axe(p), 'no access').toEqual([]);
    await expectFits(p, 'no access @390');
    await screenshotAs(p, 'shell-no-access-390');
    await p.getByRole('link', { name: 'Về trang chủ' }).click();
    await p.getByRole('heading', { level: 1, name: /Tìm công nghệ/ }).waitFor();
    await ctx.close();
  });

  it('tells the reviewer and the administrator plainly what their home will hold', async () => {
    for (const [user, path, heading, soon] of [
      ['phanbien', '/review', 'Phản biện', /hồ sơ được giao phản biện/],
      ['quantri', '/admin', 'Quản trị hệ thống', /quản lý người dùng và tổ chức/],
    ] as const) {
      const ctx = await context(1280);
      const p = await ctx.newPage();
      await p.goto('/');
      await signIn(p, user);
      await p.getByRole('banner').getByRole('button', { name: 'Công việc' }).click();
      await p.getByRole('navigation', { name: 'Công việc' }).getByRole('link', { name: heading }).click();
      await p.waitForURL((u) => u.pathname === path);
      await p.getByRole('heading', { level: 1, name: heading }).waitFor();
      await p.getByText(soon).waitFor();
      expect(await axe(p), `${path}`).toEqual([]);
      await screenshotAs(p, `shell-home-${user}`);
      await ctx.close();
    }
  });

  it("rings the bell for a business: the count and the list come from its listings' decisions and its initiatives", async () => {
    const ctx = await context(390, 844);
    const p = await ctx.newPage();
    await p.goto('/');
    await signIn(p, 'doanhnghiep');
    const bell = p.getByRole('banner').getByRole('button', { name: /^Thông báo/ });
    await bell.click();
    await p.getByRole('heading', { name: 'Thông báo' }).waitFor();
    await p.getByText('Thông báo về các tin của bạn và về sáng kiến', { exact: false }).waitFor();
    await p.locator('.notif-list li').first().or(p.getByText('Chưa có thông báo nào.')).waitFor();
    await expectFits(p, 'bell open @390');
    expect(await axe(p), 'bell open').toEqual([]);
    await screenshotAs(p, 'shell-bell-390');
    // opening the list marks everything read: the count is gone
    await p.keyboard.press('Escape');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Thông báo');
    await ctx.close();
  });
});
