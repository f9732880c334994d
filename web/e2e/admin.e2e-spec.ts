// The administration module: the demo admin `quantri` creates an account (the form's own and the
// server's errors on their fields), resets its password (the temporary password shown once, after a
// confirmation), and finds both in the audit log (filtered, exported as CSV); a business registers
// through the embedded provider's form and the officer `canbo` verifies it from "Tài khoản chờ xác minh";
// the admin adds two organisations, merges the duplicate (the confirmation says what moves) and deactivates one.
// axe on every admin page; screenshots at 1280 and 390 px.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, openDrawerIfNarrow, openWorkLink, screenshotAs, signIn } from './browser.ts';

let browser: Browser;
const stamp = Date.now().toString(36);
const newUser = `e2e.${stamp}`;
const registrant = `dk.${stamp}`;

async function context(width: number, height = 900): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width, height },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true, // for axe only
    acceptDownloads: true,
  });
  ctx.setDefaultTimeout(20_000);
  return ctx;
}

async function overflow(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function adminNav(p: Page, name: string): Promise<void> {
  await p.getByRole('navigation', { name: 'Quản trị' }).getByRole('link', { name, exact: true }).click();
  await p.getByRole('heading', { level: 1, name }).waitFor();
}

describe(`administration at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the admin create an account, reset its password and find both in the audit log', async () => {
    const ctx = await context(1280);
    const p = await ctx.newPage();
    await p.goto('/');
    await signIn(p, 'quantri');
    await openWorkLink(p, 'Quản trị hệ thống');
    await p.getByRole('heading', { level: 1, name: 'Quản trị hệ thống' }).waitFor();
    expect(await axe(p), 'admin home').toEqual([]);
    await screenshotAs(p, 'admin-home-1280');

    await adminNav(p, 'Tài khoản');
    await p.locator('[data-username="quantri"]').waitFor();
    expect(await axe(p), 'accounts').toEqual([]);

    // the form's own rules, on the fields, before anything is sent
    await p.getByRole('button', { name: 'Tạo tài khoản' }).first().click();
    const dialog = p.getByRole('dialog', { name: 'Tạo tài khoản mới' });
    await dialog.getByLabel('Tên đăng nhập').fill('Có Dấu');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect.poll(() => dialog.getByLabel('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Tên đăng nhập gồm 3–40 ký tự').waitFor();
    await dialog.getByText('Nhập họ và tên').waitFor();
    expect(await axe(p), 'create form with errors').toEqual([]);

    await dialog.getByLabel('Tên đăng nhập').fill(newUser);
    await dialog.getByLabel('Họ và tên').fill('Người Thử Nghiệm');
    await dialog.getByLabel('Thư điện tử').fill(`${stamp}@example.vn`);
    await dialog.getByRole('checkbox', { name: 'Doanh nghiệp' }).check();
    await screenshotAs(p, 'admin-user-create-1280');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();

    const secret = p.getByRole('dialog', { name: `Mật khẩu tạm của ${newUser}` });
    await secret.getByText('chỉ hiển thị một lần').waitFor();
    const first = (await secret.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(first.length).toBeGreaterThanOrEqual(12);
    await screenshotAs(p, 'admin-user-temporary-password-1280');
    await secret.getByRole('button', { name: 'Tôi đã chép, đóng lại' }).click();
    await p.getByText(`Đã tạo tài khoản ${newUser}.`).waitFor();
    await p.locator(`[data-username="${newUser}"]`).waitFor();

    // the server's refusal (a taken username) lands on the username field
    await p.getByRole('button', { name: 'Tạo tài khoản' }).first().click();
    await dialog.getByLabel('Tên đăng nhập').fill(newUser);
    await dialog.getByLabel('Họ và tên').fill('Trùng tên đăng nhập');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.locator('.field-error').getByText('Tên đăng nhập này đã được dùng.').waitFor();
    await dialog.getByRole('button', { name: 'Huỷ' }).click();

    // reset: confirmed first, then a new temporary password, once
    await p.getByLabel('Tên đăng nhập, họ tên, email hoặc tổ chức').fill(newUser);
    await p.getByRole('button', { name: 'Tìm', exact: true }).click();
    await p.getByText('1 mục').waitFor();
    await p.getByRole('button', { name: `Đặt lại mật khẩu: ${newUser}` }).click();
    const confirm = p.getByRole('dialog', { name: 'Đặt lại mật khẩu' });
    await confirm.getByText(/Mật khẩu hiện tại sẽ hết hiệu lực/).waitFor();
    expect(await axe(p), 'reset confirmation').toEqual([]);
    await confirm.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    const second = (await secret.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(second.length).toBeGreaterThanOrEqual(12);
    expect(second).not.toBe(first);
    await secret.getByRole('button', { name: 'Tôi đã chép, đóng lại' }).click();
    await expect.poll(() => p.getByTestId('temporary-password').count()).toBe(0);

    // the audit log: both actions, by quantri, on the new account; filtered; exported
    await adminNav(p, 'Nhật ký');
    const created = p.locator('[data-action="account.created"]').filter({ hasText: newUser });
    const reset = p.locator('[data-action="password.reset-by-admin"]').filter({ hasText: newUser });
    await created.waitFor();
    await reset.waitFor();
    // the gateway's log names the acting admin by display name (quantri is Đặng Hoàng Hải)
    await expect.poll(() => created.textContent()).toContain('Đặng Hoàng Hải');
    expect(await axe(p), 'audit log').toEqual([]);
    await p.getByLabel('Thao tác').fill('reset');
    await expect.poll(() => created.count()).toBe(0);
    await reset.waitFor();
    const download = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Xuất CSV' }).click();
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(csv).toContain('password.reset-by-admin');
    expect(csv).toContain(newUser);
    expect(csv).not.toContain('account.created');
    await screenshotAs(p, 'admin-audit-1280');

    // phone width: stacked cards, nothing off-screen
    await p.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/admin', '/admin/users', '/admin/audit', '/admin/organisations', '/admin/reference']) {
      await p.goto(path);
      await p.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => p.locator('.loading').count()).toBe(0);
      expect(await overflow(p), `overflow ${path} @390`).toBeLessThanOrEqual(0);
      expect(await axe(p), `${path} @390`).toEqual([]);
      await screenshotAs(p, `admin-${path.split('/').at(-1)}-390`);
    }
    await p.setViewportSize({ width: 1280, height: 900 });
    for (const path of ['/admin/organisations', '/admin/reference']) {
      await p.goto(path);
      await p.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => p.locator('.loading').count()).toBe(0);
      expect(await axe(p), `${path} @1280`).toEqual([]);
      await screenshotAs(p, `admin-${path.split('/').at(-1)}-1280`);
    }
    await ctx.close();
  });

  it('lets the admin add organisations, merge a duplicate (saying what moves) and deactivate one', async () => {
    const ctx = await context(1280);
    const p = await ctx.newPage();
    await p.goto('/');
    await signIn(p, 'quantri');
    await p.goto('/admin/organisations');
    await p.getByRole('heading', { level: 1, name: 'Tổ chức' }).waitFor();
    const keep = `HTX Trùng Tên ${stamp}`;
    const duplicate = `HTX Trung Ten ${stamp} (bản trùng)`;
    for (const name of [keep, duplicate]) {
      await p.getByLabel('Tên tổ chức').fill(name);
      await p.getByRole('button', { name: 'Thêm tổ chức' }).click();
      await p.getByText(`Đã thêm tổ chức ${name}.`).waitFor();
    }
    await p.getByLabel('Tìm theo tên').fill(stamp);
    await p.getByRole('button', { name: 'Tìm', exact: true }).click();
    await p.locator(`[data-organisation="${duplicate}"]`).waitFor();
    await p.locator(`[data-organisation="${keep}"]`).waitFor();
    expect(await axe(p), 'organisations').toEqual([]);

    await p.getByRole('button', { name: `Hợp nhất vào… ${duplicate}` }).click();
    const merge = p.getByRole('dialog', { name: /^Hợp nhất/ });
    await merge.getByRole('searchbox', { name: 'Chọn tổ chức giữ lại' }).fill(stamp);
    await merge.getByRole('button', { name: keep }).click();
    await merge.getByText(`Mọi tin đăng của “${duplicate}” sẽ chuyển sang “${keep}”`).waitFor();
    await merge.getByText(/Không thể hoàn tác/).waitFor();
    expect(await axe(p), 'merge confirmation').toEqual([]);
    await screenshotAs(p, 'admin-organisations-merge-1280');
    await merge.getByRole('button', { name: 'Hợp nhất', exact: true }).click();
    await p.getByText(`Đã hợp nhất ${duplicate} vào ${keep}.`).waitFor();
    await expect.poll(() => p.locator(`[data-organisation="${duplicate}"]`).count()).toBe(0);

    await p.getByRole('button', { name: `Ngừng hoạt động: ${keep}` }).click();
    const deactivate = p.getByRole('dialog', { name: 'Ngừng hoạt động' });
    await deactivate.getByText(/không sở hữu được tin đăng mới/).waitFor();
    await deactivate.getByRole('button', { name: 'Ngừng hoạt động' }).click();
    await p.getByText(`Đã ngừng hoạt động tổ chức ${keep}.`).waitFor();

    await p.goto('/admin/audit');
    await p.locator('[data-action="organisation.merge"]').filter({ hasText: stamp }).first().waitFor();
    await p.goto('/admin/reference');
    await p.getByRole('heading', { level: 2, name: 'Lĩnh vực' }).waitFor();
    await expect.poll(() => p.locator('.loading').count()).toBe(0);
    expect(await axe(p), 'reference data').toEqual([]);
    await screenshotAs(p, 'admin-reference-data-1280');
    await ctx.close();
  });

  it('lets an officer verify a business that registered itself', async () => {
    // a business registers through the embedded provider's form
    const business = await context(390, 844);
    const b = await business.newPage();
    await b.goto('/');
    await openDrawerIfNarrow(b);
    await b.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
    await b.waitForURL((u) => u.pathname.startsWith('/realms/'));
    await b.getByRole('link', { name: /Đăng ký tài khoản doanh nghiệp/ }).click();
    await b.locator('input[name="organisation_name"]').fill(`HTX Thử nghiệm ${stamp}`);
    await b.locator('input[name="display_name"]').fill('Trần Thị Đăng Ký');
    await b.locator('input[name="email"]').fill(`dk-${stamp}@example.vn`);
    await b.locator('input[name="username"]').fill(registrant);
    await b.locator('input[name="password"]').fill('Mat-khau-2026!dk');
    await b.locator('input[name="password_confirm"]').fill('Mat-khau-2026!dk');
    await b
      .locator('form')
      .getByRole('button', { name: /Đăng ký và đăng nhập/ })
      .click();
    await b.waitForURL(
      (u) =>
        u.toString().startsWith(BASE_URL) && !u.pathname.startsWith('/realms/') && !u.pathname.startsWith('/auth/'),
    );
    await business.close();

    const ctx = await context(390, 844);
    const p = await ctx.newPage();
    await p.goto('/');
    await signIn(p, 'canbo');
    await openWorkLink(p, 'Tài khoản chờ xác minh');
    await p.getByRole('heading', { level: 1, name: 'Tài khoản chờ xác minh' }).waitFor();
    const card = p.locator(`[data-username="${registrant}"]`);
    await card.getByText(`HTX Thử nghiệm ${stamp}`).waitFor();
    expect(await overflow(p), 'pending @390').toBeLessThanOrEqual(0);
    expect(await axe(p), 'pending accounts').toEqual([]);
    await screenshotAs(p, 'admin-pending-390');
    await card.getByRole('button', { name: `Xác minh: ${registrant}` }).click();
    const confirm = p.getByRole('dialog', { name: 'Xác minh' });
    await confirm.getByText(`HTX Thử nghiệm ${stamp}`).waitFor();
    await confirm.getByRole('button', { name: 'Xác minh' }).click();
    await p.getByText(`Đã xác minh tài khoản ${registrant}.`).waitFor();
    await expect.poll(() => card.count()).toBe(0);
    await screenshotAs(p, 'admin-pending-verified-390');

    // the officer reaches nothing else of the administration
    await p.goto('/admin/users');
    await p.getByRole('heading', { level: 1 }).waitFor();
    expect(await p.locator('[data-username]').count()).toBe(0);
    await ctx.close();

    // and the admin's audit log records who verified whom
    const admin = await context(1280);
    const a = await admin.newPage();
    await a.goto('/');
    await signIn(a, 'quantri');
    await a.goto('/admin/audit');
    await a
      .locator('[data-action="account.verified"]')
      .filter({ hasText: registrant })
      .filter({ hasText: 'Phạm Quốc Dũng' }) // canbo
      .waitFor();
    await admin.close();
  });
});
