// Insights in the browser: the officer `canbo` opens "Chỉ tiêu và báo cáo" from the work menu, reads
// the tiles (status in words next to the colour), opens an indicator, drills into a commune from the
// tile-grid map, and downloads the quarter's XLSX report. Anyone reads the open-data page.
// Screenshots of the dashboard and the map are kept in test-results/.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, newContext, openWorkLink, screenshotAs, signIn } from './browser.ts';

let browser: Browser;

describe(`insights at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an officer open the dashboard, drill into a commune and download the quarter’s XLSX', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto('/');
    await signIn(page, 'canbo');
    await openWorkLink(page, 'Chỉ tiêu và báo cáo');
    await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu KH&CN và đổi mới sáng tạo' }).waitFor();

    const listings = page.locator('[data-code="techmart.listings_published"]');
    await listings.waitFor();
    await expect(listings.locator('.insights-status').textContent()).resolves.toMatch(
      /Đạt tiến độ|Cần chú ý|Chậm tiến độ|Chưa giao chỉ tiêu/,
    );
    // an indicator whose events no service produces yet says so instead of showing 0…
    await expect(page.locator('[data-code="enterprise.innovating_firms"]').textContent()).resolves.toContain(
      'Chưa có nguồn dữ liệu',
    );
    // …while the deals Techmart's connections sign are counted
    await expect(page.locator('[data-code="techmart.deals_signed"]').textContent()).resolves.not.toContain(
      'Chưa có nguồn dữ liệu',
    );
    await screenshotAs(page, 'insights-dashboard');

    await listings.getByRole('link', { name: 'Tin đăng được công bố trên sàn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tin đăng được công bố trên sàn' }).waitFor();
    const map = page.getByRole('list', { name: 'Bản đồ ô xã/phường' });
    await map.getByRole('button').first().waitFor();
    await page.locator('table.insights-table tfoot').getByText('Tổng cộng toàn tỉnh').waitFor();
    await screenshotAs(page, 'insights-commune-map');

    const firstCommune = map.getByRole('button').first();
    const communeName = (await firstCommune.locator('.insights-tilemap-name').textContent())?.trim() ?? '';
    await firstCommune.click();
    await page.waitForURL(/\/insights\?.*commune=/);
    await page.locator('[data-code="techmart.listings_published"]').waitFor();
    await page.locator('.insights-scope').getByText(communeName).waitFor();

    await page.getByRole('link', { name: '← Về toàn tỉnh' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-chi-tieu-\d{4}-Q[1-4]\.xlsx$/);
    const file = await readFile((await download.path()) ?? '');
    expect(file.subarray(0, 2).toString()).toBe('PK'); // an Office Open XML (zip) workbook
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bản in (PDF)' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^bao-cao-chi-tieu-\d{4}-Q[1-4]\.pdf$/);
    expect((await readFile((await pdf.path()) ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.length).toBeGreaterThan(4000);
    await ctx.close();
  });

  it('shows the published indicators to anyone, with a CSV download', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.goto('/open-data');
    await page.getByRole('heading', { level: 1, name: 'Số liệu khoa học, công nghệ và đổi mới sáng tạo' }).waitFor();
    await page.locator('[data-code="initiatives.recognised"]').waitFor();
    expect(await page.locator('[data-code="techmart.needs_intake"]').count()).toBe(0);
    const csv = await page.request.get((await page.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')) ?? '');
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('techmart.listings_published');
    await ctx.close();
  });
});
