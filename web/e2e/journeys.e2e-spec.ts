// Issue 9's journeys, each in the browser at desktop and 390 px phone widths, with screenshots:
// facets (OR within a facet, removable chips, never a raw code, also when reference data fails),
// search details (scroll to top, loading state on a tab switch, out-of-range page, back to results,
// no-results help), phone layouts (my listings as cards, price and contact before the description),
// and the home page (live figures, latest listings, entry points per audience).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, screenshotAs, signIn } from './browser.ts';

let browser: Browser;
const contexts: BrowserContext[] = [];

async function open(width = 1280, height = 900): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width, height },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true, // for axe only
  });
  ctx.setDefaultTimeout(15_000);
  contexts.push(ctx);
  return ctx.newPage();
}

const countText = (p: Page) =>
  p
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /\d+ kết quả/ });

async function total(p: Page): Promise<number> {
  await countText(p).waitFor();
  const text = (await countText(p).textContent()) ?? '';
  return Number((/([\d.]+) kết quả/.exec(text)?.[1] ?? '0').replace(/\./g, ''));
}

/** A code as the APIs send it: "agri-processing", "87", "granted_patent". */
const RAW_CODE = /^([a-z]+([-_][a-z]+)*|\d+)$/;

async function facetLabels(p: Page, group: string): Promise<string[]> {
  const labels = p.getByRole('group', { name: group }).locator('label > span:first-child');
  return (await labels.allTextContents()).map((s) => s.trim());
}

describe(`journeys at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => {});
    await browser?.close();
  });

  it('facets: several values of a facet combine with OR, the others stay visible, chips remove them', async () => {
    for (const width of [1280, 390]) {
      const p = await open(width);
      await p.goto('/search?q=&type=offer');
      const all = await total(p);
      const filters = p.getByRole('complementary').locator('details');
      if ((await filters.getAttribute('open')) === null) await p.getByText('Bộ lọc', { exact: true }).click();
      const sectors = p.getByRole('group', { name: 'Lĩnh vực' }).getByRole('checkbox');
      const before = await sectors.count();
      expect(before).toBeGreaterThan(2);
      // controlled by the URL: click, then wait for the navigation (check() expects a synchronous change)
      await sectors.nth(0).click();
      await p.waitForURL(/sector=/);
      // the count follows the URL once the answer arrives (the old one stays while it loads)
      await expect.poll(() => total(p)).toBeLessThan(all);
      const one = await total(p);
      // the other sectors stay listed with their counts
      await expect.poll(() => sectors.count()).toBeGreaterThanOrEqual(before);
      await sectors.nth(1).click();
      await p.waitForURL((u) => u.searchParams.getAll('sector').length === 2);
      // OR within the facet: more results than with one sector, never more than without the filter
      await expect.poll(() => total(p)).toBeGreaterThan(one);
      const two = await total(p);
      expect(two).toBeLessThanOrEqual(all);
      for (const label of await facetLabels(p, 'Lĩnh vực')) expect(label).not.toMatch(RAW_CODE);
      for (const label of await facetLabels(p, 'Địa phương')) expect(label).not.toMatch(RAW_CODE);

      const chips = p.getByRole('list', { name: 'Bộ lọc đang áp dụng' }).getByRole('button');
      expect(await chips.count()).toBe(2);
      for (const name of await chips.allTextContents()) expect(name.replace('×', '').trim()).not.toMatch(RAW_CODE);
      expect(await axe(p), `facets @${width}`).toEqual([]);
      await screenshotAs(p, `journey-facets-${width}`);
      await chips.first().click();
      await p.waitForURL((u) => u.searchParams.getAll('sector').length === 1);
      await expect.poll(() => total(p)).toBeLessThan(two);
    }
  });

  it('facets: never a raw code while the reference data fails to load', async () => {
    const p = await open();
    await p.route('**/api/techmart/v1/reference/**', (route) => route.abort());
    await p.goto('/search?q=&type=offer');
    await total(p);
    await p.getByText('Chưa tải được tên lĩnh vực và địa phương.').waitFor({ timeout: 30_000 });
    for (const group of ['Lĩnh vực', 'Địa phương', 'Phương thức chuyển giao', 'Tình trạng sở hữu trí tuệ'])
      for (const label of await facetLabels(p, group)) expect(label, group).not.toMatch(RAW_CODE);
    await screenshotAs(p, 'journey-facets-reference-failed');
  });

  it('search: a new page starts at the top; a tab switch shows a loading state, not the old tab', async () => {
    const p = await open(390, 844);
    await p.goto('/search?q=&type=offer');
    await total(p);
    await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await p.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau' }).click();
    await p.waitForURL(/page=2/);
    await countText(p).filter({ hasText: 'Trang 2/' }).waitFor();
    expect(await p.evaluate(() => window.scrollY)).toBe(0);

    // slow the search API down so the loading state can be seen
    await p.route('**/api/search/v1/search?**', async (route) => {
      await new Promise((r) => setTimeout(r, 1200));
      await route.continue();
    });
    await p.getByRole('navigation', { name: 'Loại tin' }).getByRole('link', { name: 'Nhu cầu' }).click();
    await p.getByRole('main').getByRole('status').filter({ hasText: 'Đang tìm…' }).first().waitFor();
    expect(await p.locator('.hit-list').count()).toBe(0);
    await screenshotAs(p, 'journey-search-tab-loading-390');
    await total(p);
    await p.unroute('**/api/search/v1/search?**');
  });

  it('search: an out-of-range page says so and leads to the last page', async () => {
    const p = await open();
    await p.goto('/search?q=&type=offer&page=400');
    await p.getByText('Trang 400 không có kết quả.', { exact: false }).waitFor();
    expect(await p.getByText(/\d+ kết quả/).count()).toBe(0);
    await screenshotAs(p, 'journey-search-out-of-range');
    await p.getByRole('link', { name: /Đến trang cuối/ }).click();
    await p.locator('.hit-list').waitFor();
    expect(Number(new URL(p.url()).searchParams.get('page'))).toBeLessThan(400);
  });

  it('search: "Back to results" returns to the page, filters and tab the user came from', async () => {
    const p = await open();
    await p.goto('/search?q=may&type=offer&sort=newest&page=2');
    await total(p);
    const from = new URL(p.url());
    await p.locator('.hit-title a').first().click();
    await p.getByRole('heading', { level: 1 }).waitFor();
    await p.getByRole('link', { name: /Quay lại kết quả/ }).click();
    await p.waitForURL((u) => u.pathname === '/search');
    expect(new URL(p.url()).search).toBe(from.search);
    await countText(p).filter({ hasText: 'Trang 2/' }).waitFor();
  });

  it('search: no results suggests removing a filter, other words, another tab or posting a need', async () => {
    const p = await open(390, 844);
    await p.goto('/search?q=zqxjv+khongcogi&type=offer');
    await p.getByRole('heading', { name: 'Không tìm thấy kết quả phù hợp' }).waitFor();
    await p.getByText('Thử từ khoá khác').waitFor();
    await p.getByRole('button', { name: 'Đăng nhu cầu công nghệ' }).waitFor();
    expect(await axe(p), 'no results').toEqual([]);
    await screenshotAs(p, 'journey-search-no-results-390');
  });

  it('phone: my listings are cards with the whole title and every action on screen', async () => {
    const p = await open(390, 844);
    await p.goto('/');
    await signIn(p, 'doanhnghiep');
    await p.goto('/my/listings');
    await p.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    const title = p.locator('.cell-title').first();
    await title.waitFor();
    const box = await title.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    for (const action of await p.locator('.cell-actions').first().locator('a, button').all()) {
      const b = await action.boundingBox();
      expect((b?.x ?? 0) + (b?.width ?? 0)).toBeLessThanOrEqual(390);
    }
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axe(p), 'my listings @390').toEqual([]);
    await screenshotAs(p, 'journey-my-listings-390');
  });

  it('phone: the price and the contact come before the long description', async () => {
    const p = await open(390, 844);
    await p.goto('/search?q=may+say+nong+san&type=offer');
    await p.locator('.hit-title a').first().click();
    await p.getByRole('heading', { level: 1 }).waitFor();
    const price = await p.getByText('Giá tham khảo', { exact: true }).boundingBox();
    const contact = await p.getByRole('heading', { name: 'Liên hệ' }).boundingBox();
    const description = await p.getByRole('heading', { name: 'Mô tả' }).boundingBox();
    expect(price?.y ?? 1e9).toBeLessThan(description?.y ?? 0);
    expect(contact?.y ?? 1e9).toBeLessThan(description?.y ?? 0);
    await screenshotAs(p, 'journey-offer-detail-390');
  });

  it('home: live figures per listing type, the latest listings and a way in for each audience', async () => {
    for (const width of [1280, 390]) {
      const p = await open(width);
      await p.goto('/');
      const figures = p.getByRole('region', { name: 'Trên sàn hôm nay' });
      await figures.getByText(/^[\d.]+ công nghệ$/).waitFor();
      const offers = Number(((await figures.getByText(/^[\d.]+ công nghệ$/).textContent()) ?? '').replace(/\D/g, ''));
      expect(offers).toBeGreaterThan(0);
      await figures.getByText(/^[\d.]+ nhu cầu$/).waitFor();
      const latest = p.getByRole('region', { name: 'Tin mới công bố' }).getByRole('listitem');
      await latest.first().waitFor();
      expect(await latest.count()).toBeGreaterThan(0);
      for (const audience of ['Doanh nghiệp, hợp tác xã', 'Nhà khoa học, viện, trường', 'Cán bộ xã, phường'])
        await p.getByRole('heading', { name: audience }).waitFor();
      expect(await axe(p), `home @${width}`).toEqual([]);
      await screenshotAs(p, `journey-home-${width}`);
    }
  });
});
