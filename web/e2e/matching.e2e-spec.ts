// Matching to a signed deal in the browser: the officer opens a commune's need on the workbench,
// reads the top suggestion's explanation and connects both sides; the business and the institute
// accept in their own browsers (contacts appear only then); the business records the signed
// contract; the officer's dashboard counts it. axe checks each new page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, openWorkLink, screenshot, signIn } from './browser.ts';

let browser: Browser;
const contexts: BrowserContext[] = [];

async function open(): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true, // for axe only
  });
  ctx.setDefaultTimeout(20_000);
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto('/');
  return page;
}

/** Needs of the demo business (Sông Hậu, xã 30223) whose best suggestion is the demo institute's. */
const CANDIDATES = [
  { need: 'Cần công nghệ sấy xoài giữ màu, giảm chi phí điện', supplier: 'Máy sấy nông sản năng lượng mặt trời' },
  {
    need: 'Cần quy trình nhân giống chuối già Nam Mỹ cấy mô cho vùng chuyển đổi',
    supplier: 'Nhân giống chuối cấy mô sạch bệnh',
  },
  { need: 'Cần quy trình bảo quản bưởi da xanh xuất khẩu châu Âu', supplier: 'TS. Châu Thị Ngọc Bích' },
];

async function counter(page: Page, key: string): Promise<number> {
  const dd = page.locator(`[data-counter="${key}"] dd`);
  await dd.waitFor();
  return Number(((await dd.textContent()) ?? '0').replace(/\D/g, ''));
}

async function connectionCard(page: Page, need: string, supplier: string) {
  await page.goto('/connections');
  const card = page.locator('li.connection').filter({ hasText: need }).filter({ hasText: supplier }).first();
  await card.waitFor();
  return card;
}

describe(`matching to a deal at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => {});
    await browser?.close();
  });

  it('goes from a commune’s need to a signed deal counted on the officer’s dashboard', async () => {
    const officer = await open();
    await signIn(officer, 'canbo');
    await openWorkLink(officer, 'Kết nối cung – cầu');
    await officer.getByRole('heading', { name: 'Bàn làm việc kết nối cung – cầu' }).waitFor();
    // The demo suggestions and connections are seeded after the listings: wait for them.
    for (let i = 0; i < 60 && (await counter(officer, 'connections')) === 0; i++) {
      await officer.waitForTimeout(2000);
      await officer.reload();
    }
    const dealsBefore = await counter(officer, 'deals-signed');
    const valueBefore = await counter(officer, 'deals-value');
    expect(await axe(officer)).toEqual([]);

    // A commune's needs, then the need itself.
    await officer.getByLabel('Xã/phường').selectOption('30223');
    await officer.getByRole('button', { name: 'Lọc' }).click();
    let chosen: (typeof CANDIDATES)[number] | undefined;
    for (const candidate of CANDIDATES) {
      await officer.goto('/matching');
      await officer.getByLabel('Xã/phường').selectOption('30223');
      await officer.getByRole('button', { name: 'Lọc' }).click();
      await officer.getByRole('link', { name: candidate.need, exact: true }).click();
      await officer.getByRole('heading', { level: 1, name: candidate.need }).waitFor();
      const card = officer.locator('li.suggestion').filter({ hasText: candidate.supplier }).first();
      await card.waitFor();
      if (await card.getByRole('button', { name: `Kết nối hai bên: ${candidate.supplier}` }).isVisible()) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) throw new Error('no demo need left to connect');
    const suggestion = officer.locator('li.suggestion').filter({ hasText: chosen.supplier }).first();
    const why = suggestion.getByRole('list', { name: `Vì sao gợi ý: ${chosen.supplier}` });
    await expect(why.textContent()).resolves.toMatch(/cùng lĩnh vực|lĩnh vực liên quan/);
    await expect(why.textContent()).resolves.toMatch(/nội dung khớp/);
    expect(await axe(officer)).toEqual([]);
    await screenshot(officer, 'matching-need-suggestions');

    await suggestion.getByRole('button', { name: `Kết nối hai bên: ${chosen.supplier}` }).click();
    const dialog = officer.getByRole('dialog', { name: 'Giới thiệu hai bên' });
    await dialog
      .getByLabel('Lời giới thiệu của cán bộ')
      .fill('Sở KH&CN xin giới thiệu hai bên trao đổi về nhu cầu này; đề nghị liên hệ trong tuần.');
    await dialog.getByRole('button', { name: 'Gửi lời giới thiệu' }).click();
    await officer.getByText('Đã gửi lời giới thiệu').waitFor();

    // The business answers first: no contacts yet.
    const business = await open();
    await signIn(business, 'doanhnghiep');
    // the bell tells the business, in the officer's words, and leads to its connections
    await business
      .getByRole('banner')
      .getByRole('button', { name: /^Thông báo/ })
      .click();
    await business
      .getByRole('link', { name: /^Cán bộ Sở giới thiệu kết nối về nhu cầu .*đề nghị liên hệ trong tuần\.$/ })
      .first()
      .click();
    await business.waitForURL(/\/connections$/);
    let card = await connectionCard(business, chosen.need, chosen.supplier);
    await expect(card.textContent()).resolves.toContain('Thông tin liên hệ được trao khi cả hai bên đồng ý.');
    expect(await card.locator('[data-contact]').count()).toBe(0);
    expect(await axe(business)).toEqual([]);
    await card.getByRole('button', { name: 'Đồng ý kết nối' }).click();
    await card.getByText('Bên có nhu cầu: đã đồng ý; nhà cung ứng: chưa trả lời').waitFor();
    expect(await card.locator('[data-contact]').count()).toBe(0);

    // The institute accepts: both sides now see each other's contacts.
    const institute = await open();
    await signIn(institute, 'nhakhoahoc');
    card = await connectionCard(institute, chosen.need, chosen.supplier);
    await card.getByRole('button', { name: 'Đồng ý kết nối' }).click();
    await card.locator('[data-state="accepted"]').waitFor();
    expect(await card.locator('[data-contact]').count()).toBe(2);
    await screenshot(institute, 'matching-connection-accepted');

    // The business records the signed contract.
    card = await connectionCard(business, chosen.need, chosen.supplier);
    expect(await card.locator('[data-contact]').count()).toBe(2);
    await card.getByRole('button', { name: 'Ghi nhận hợp đồng đã ký' }).click();
    const sign = business.getByRole('dialog', { name: 'Hợp đồng chuyển giao công nghệ' });
    await sign.getByLabel('Giá trị hợp đồng (đồng)').fill('350.000.000');
    await sign.getByLabel('Hình thức chuyển giao').selectOption('turnkey');
    await sign.getByLabel('Hợp đồng phải đăng ký với cơ quan có thẩm quyền').check();
    expect(await axe(business)).toEqual([]);
    await sign.getByRole('button', { name: 'Lưu hợp đồng' }).click();
    await card.locator('[data-state="signed"]').waitFor();
    await expect(card.locator('.deal').textContent()).resolves.toContain('350.000.000');
    await screenshot(business, 'matching-deal-signed');

    // The officer's dashboard counts it.
    await officer.goto('/matching');
    await officer.getByRole('heading', { name: 'Kết quả kết nối' }).waitFor();
    expect(await counter(officer, 'deals-signed')).toBe(dealsBefore + 1);
    expect(await counter(officer, 'deals-value')).toBe(valueBefore + 350_000_000);
  });
});
