// Automated WCAG 2.1 A/AA checks (axe-core) of the main pages, plus keyboard basics.
// Runs against E2E_BASE_URL like the journey; injects axe-core with CSP bypassed for the check only.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, screenshotAs, signIn } from './browser.ts';

let browser: Browser;

async function page(width = 1280): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true,
  });
  ctx.setDefaultTimeout(15_000);
  return ctx.newPage();
}

describe(`accessibility of ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('public pages have no serious WCAG 2.1 AA violations, desktop and mobile', async () => {
    for (const width of [1280, 390]) {
      const p = await page(width);
      await p.goto('/');
      await p.getByRole('heading', { level: 1 }).waitFor();
      expect(await axe(p), `home @${width}`).toEqual([]);

      await p.goto('/search?q=may+say+nong+san');
      await p
        .getByRole('status')
        .filter({ hasText: /\d+ kết quả/ })
        .waitFor();
      expect(await axe(p), `search @${width}`).toEqual([]);
      if (width < 500) await screenshotAs(p, 'a11y-mobile-search');

      await p.getByRole('link', { name: 'Máy sấy nông sản năng lượng mặt trời' }).first().click();
      await p.getByRole('heading', { level: 1, name: 'Máy sấy nông sản năng lượng mặt trời' }).waitFor();
      expect(await axe(p), `offer detail @${width}`).toEqual([]);
      await p.context().close();
    }
  });

  it('the skip link is the first tab stop and moves focus to the main content', async () => {
    const p = await page();
    await p.goto('/search?q=may');
    await p
      .getByRole('status')
      .filter({ hasText: /\d+ kết quả/ })
      .waitFor();
    await p.keyboard.press('Tab');
    const skip = p.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('main');
    // facets are native checkboxes: Space toggles one and the URL follows
    const first = p.getByRole('group', { name: 'Lĩnh vực' }).getByRole('checkbox').first();
    await first.focus();
    await p.keyboard.press('Space');
    await p.waitForURL(/sector=/);
    await p.context().close();
  });

  it('signed-in pages have no serious violations (offer, need and expert forms with errors, my listings, moderation)', async () => {
    const b = await page();
    await b.goto('/');
    await signIn(b, 'doanhnghiep');
    await b.goto('/my/listings');
    await b.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await b.getByRole('table').or(b.getByText('Bạn chưa có tin nào.')).first().waitFor();
    expect(await axe(b), 'my listings').toEqual([]);
    await b.goto('/my/offers/new');
    await b.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await b.getByRole('alert').first().waitFor();
    expect(await axe(b), 'offer form with errors').toEqual([]);
    await b.goto('/my/needs/new');
    await b.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await b.getByRole('alert').first().waitFor();
    expect(await axe(b), 'need form with errors').toEqual([]);
    await b.context().close();

    const r = await page();
    await r.goto('/');
    await signIn(r, 'nhakhoahoc');
    await r.goto('/my/experts/new');
    await r.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await r.getByRole('alert').first().waitFor();
    expect(await axe(r), 'expert form with errors').toEqual([]);
    await r.context().close();

    const o = await page();
    await o.goto('/');
    await signIn(o, 'canbo');
    await o.goto('/moderation');
    await o.getByRole('heading', { level: 1, name: 'Hàng chờ kiểm duyệt' }).waitFor();
    await o.getByRole('article').or(o.getByText('Không có tin nào đang chờ duyệt.')).first().waitFor();
    expect(await axe(o), 'moderation').toEqual([]);
    await o.context().close();
  });
});
