// Issue 9's "done" journey in Debian's Chromium, against a running platform at E2E_BASE_URL: a business
// that has never used the portal registers on the embedded provider's page, opens "Đăng thiết bị",
// fills the machine in (price typed "150 triệu"; TRL and IP status left empty, as a used machine may), saves it, uploads two photos and submits; the
// provincial officer `canbo` sees it comes from an unverified business and publishes it from the
// moderation queue after a confirmation; the business sees it published (status and notification);
// an anonymous visitor finds it in search and sees its photo gallery. Desktop and 390 px, axe on each page.
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, forbidDialogs, launch, openDrawerIfNarrow, screenshotAs, signIn } from './browser.ts';

const stamp = Date.now().toString(36);
const TOKEN = `Quorvalent${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const TITLE = `Máy sấy nông sản đã qua sử dụng ${TOKEN}`;
const ORGANISATION = `HTX Sấy Lạnh ${stamp}`;
const USERNAME = `hoptac.${stamp}`;
const PASSWORD = 'Mat-khau-2026!ht';

/** A small solid-colour PNG, built here so the photos are real images of distinct content. */
function png(r: number, g: number, b: number, size = 8): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let browser: Browser;
const contexts: BrowserContext[] = [];
const dialogs: string[] = [];
let business: Page;
let listingPath = '';

async function open(width = 1280): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width, height: width < 500 ? 844 : 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true, // for axe only
  });
  ctx.setDefaultTimeout(20_000);
  contexts.push(ctx);
  const page = await ctx.newPage();
  forbidDialogs(page, dialogs);
  return page;
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe (WCAG 2.1 A/AA, serious and critical) on the page's main content. */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: unknown,
          opts: unknown,
        ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
      };
    };
    const result = await w.axe.run(
      { include: [['main']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The same page at 390 px in a fresh context signed in as `username` (or anonymous), checked and kept. */
async function atPhone(path: string, name: string, username?: string, password?: string): Promise<void> {
  const phone = await open(390);
  await phone.goto('/');
  if (username) await signInWith(phone, username, password);
  await phone.goto(path);
  await phone.getByRole('heading', { level: 1 }).waitFor();
  expect(await overflow(phone), `${name} @390`).toBeLessThanOrEqual(0);
  expect(await axe(phone), `${name} @390`).toEqual([]);
  await screenshotAs(phone, `first-business-${name}-390`);
}

async function signInWith(page: Page, username: string, password?: string): Promise<void> {
  if (!password) return signIn(page, username);
  await openDrawerIfNarrow(page);
  await page.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => u.pathname.startsWith('/realms/'));
  await page.getByLabel(/tên đăng nhập/i).fill(username);
  await page.getByLabel(/mật khẩu/i).fill(password);
  await page.getByRole('button', { name: /đăng nhập/i }).click();
  await page.waitForURL((u) => u.toString().startsWith(BASE_URL) && !/^\/(realms|auth)\//.test(u.pathname));
  await page
    .getByRole('banner')
    .getByRole('button', { name: /^Thông báo/ })
    .waitFor();
}

describe(`a first-time business lists a machine with photos at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => {});
    await browser?.close();
  });

  it('registers on the embedded login page and comes back signed in', async () => {
    business = await open();
    await business.goto('/');
    await business.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).click();
    await business.waitForURL((u) => u.pathname.startsWith('/realms/'));
    await business.getByRole('link', { name: /Đăng ký tài khoản doanh nghiệp/ }).click();
    await business.locator('input[name="organisation_name"]').fill(ORGANISATION);
    await business.locator('input[name="display_name"]').fill('Lê Văn Sấy');
    await business.locator('input[name="email"]').fill(`say-${stamp}@example.vn`);
    await business.locator('input[name="username"]').fill(USERNAME);
    await business.locator('input[name="password"]').fill(PASSWORD);
    await business.locator('input[name="password_confirm"]').fill(PASSWORD);
    await screenshotAs(business, 'first-business-register-1280');
    await business
      .locator('form')
      .getByRole('button', { name: /Đăng ký và đăng nhập/ })
      .click();
    await business.waitForURL((u) => u.toString().startsWith(BASE_URL) && !/^\/(realms|auth)\//.test(u.pathname));
    await business
      .getByRole('banner')
      .getByRole('button', { name: /^Thông báo/ })
      .waitFor();
  });

  it('opens "Đăng thiết bị", fills the machine in with a price in words and saves it', async () => {
    await business.goto('/my/listings');
    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    expect(await axe(business), 'my listings, empty').toEqual([]);
    await business.getByRole('link', { name: 'Đăng thiết bị' }).click();
    await business.getByRole('heading', { level: 1, name: 'Đăng thiết bị' }).waitFor();
    expect(await business.getByRole('radio', { name: 'Thiết bị' }).isChecked()).toBe(true);
    await business.getByLabel('Tình trạng thiết bị').selectOption('used_good');
    await business.getByLabel('Số lượng').fill('1');
    await business.getByRole('button', { name: 'Thêm thông số' }).click();
    await business.getByLabel('Tên thông số 1').fill('Công suất sấy');
    await business.getByLabel('Giá trị thông số 1').fill('500 kg/mẻ');
    await business.getByLabel('Tiêu đề').fill(TITLE);
    await business
      .getByLabel('Tóm tắt')
      .fill('Máy sấy lạnh nông sản, đã chạy hai vụ, còn tốt, bán do chuyển sang dây chuyền lớn hơn.');
    await business.getByLabel('Lĩnh vực').selectOption({ index: 1 });
    // a used machine: readiness level and IP status may stay empty, and the form says so
    await business
      .getByText(/Máy đã qua sử dụng: mức sẵn sàng công nghệ và tình trạng sở hữu trí tuệ không bắt buộc/)
      .waitFor();
    expect(await business.getByLabel('Mức sẵn sàng công nghệ (TRL)').getAttribute('aria-required')).toBeNull();
    expect(await business.getByLabel('Tình trạng sở hữu trí tuệ').getAttribute('aria-required')).toBeNull();
    await business.getByRole('checkbox', { name: 'Chuyển nhượng' }).check();
    await business.getByRole('radio', { name: 'Giá tham khảo (đồng)' }).check();
    await business.getByLabel('Số tiền (VND)').fill('150 triệu');
    await business.getByText('Hiểu là: 150.000.000 đồng (150 triệu)').waitFor();
    await business.getByLabel('Tỉnh/thành phố').selectOption({ index: 1 });
    // contact pre-filled from the new account
    expect(await business.getByLabel('Người liên hệ').inputValue()).toBe('Lê Văn Sấy');
    expect(await axe(business), 'equipment form').toEqual([]);
    await screenshotAs(business, 'first-business-equipment-form-1280');
    await business.getByRole('button', { name: 'Lưu nháp' }).click();
    // a complete listing is saved as a draft listing, so its photos can be added straight away
    await business.waitForURL(/\/my\/offers\/[^/]+\/edit/);
    listingPath = new URL(business.url()).pathname.replace(/^\/my\/offers\/([^/]+)\/edit$/, '/equipment/$1');
  });

  it('uploads two photos and submits', async () => {
    const chooser = business.getByLabel('chọn tệp');
    await chooser.setInputFiles({ name: 'may-say-truoc.png', mimeType: 'image/png', buffer: png(200, 40, 40) });
    await business.getByRole('img', { name: `Ảnh 1 của ${TITLE}` }).waitFor();
    await chooser.setInputFiles({ name: 'may-say-ben.png', mimeType: 'image/png', buffer: png(40, 120, 200) });
    await business.getByRole('img', { name: `Ảnh 2 của ${TITLE}` }).waitFor();
    expect(await axe(business), 'equipment form with photos').toEqual([]);
    await screenshotAs(business, 'first-business-photos-1280');
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await business.waitForURL(/\/my\/listings/);
    const row = business.getByRole('row').filter({ has: business.getByRole('rowheader', { name: TITLE }) });
    await row.getByText('Chờ duyệt').waitFor();
    await screenshotAs(business, 'first-business-submitted-1280');
    await atPhone('/my/listings', 'my-listings', USERNAME, PASSWORD);
  });

  it('the provincial officer sees an unverified business in the queue and publishes after confirming', async () => {
    const officer = await open();
    await officer.goto('/');
    await signIn(officer, 'canbo');
    await officer.goto(`/moderation?q=${TOKEN}`);
    await officer.getByText('1 tin đang chờ duyệt').waitFor();
    const item = officer.getByRole('article', { name: TITLE });
    await item.getByText(ORGANISATION).waitFor();
    await item.getByText('Chưa xác minh').waitFor();
    expect(await axe(officer), 'moderation queue').toEqual([]);
    await screenshotAs(officer, 'first-business-queue-1280');
    await atPhone(`/moderation?q=${TOKEN}`, 'queue', 'canbo');
    await item.getByRole('button', { name: `Duyệt đăng “${TITLE}”` }).click();
    await item.getByText(`Công bố “${TITLE}” cho mọi người xem?`).waitFor();
    await screenshotAs(officer, 'first-business-confirm-1280');
    await item.getByRole('button', { name: `Xác nhận công bố “${TITLE}”` }).click();
    await officer.getByText(`Đã công bố “${TITLE}”.`).waitFor();
  });

  it('the business sees the machine published and the notification', async () => {
    await business.goto('/my/listings');
    const row = business.getByRole('row').filter({ has: business.getByRole('rowheader', { name: TITLE }) });
    await row.getByText('Đã công bố').waitFor();
    const bell = business.getByRole('banner').getByRole('button', { name: /^Thông báo/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/chưa đọc/);
    await bell.click();
    await business.getByText(`Tin “${TITLE}” đã được công bố`).waitFor();
    await screenshotAs(business, 'first-business-notified-1280');
  });

  it('an anonymous visitor finds it in search and sees its photo gallery', async () => {
    const visitor = await open();
    await expect
      .poll(
        async () => {
          await visitor.goto(`/search?q=${TOKEN}`);
          await visitor.getByRole('heading', { level: 1 }).waitFor();
          return visitor.getByRole('main').getByRole('link', { name: TITLE }).count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    const card = visitor.getByRole('main').getByRole('listitem').filter({ hasText: TITLE });
    await card.getByText(/150\.000\.000/).waitFor();
    expect(await axe(visitor), 'search').toEqual([]);
    await screenshotAs(visitor, 'first-business-search-1280');
    await visitor.getByRole('main').getByRole('link', { name: TITLE }).first().click();
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe(listingPath);
    await visitor.getByRole('img', { name: `Ảnh 1 của ${TITLE}` }).waitFor();
    await visitor.getByRole('img', { name: `Ảnh 2 của ${TITLE}` }).waitFor();
    expect(await axe(visitor), 'detail with gallery').toEqual([]);
    await screenshotAs(visitor, 'first-business-detail-1280');
    await atPhone(`/search?q=${TOKEN}`, 'search');
    await atPhone(listingPath, 'detail');
  });

  it('no JavaScript dialog fired', () => {
    expect(dialogs).toEqual([]);
  });
});
