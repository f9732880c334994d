// The listing journeys of issue 9 in Debian's Chromium, against a running platform at E2E_BASE_URL:
// a business saves a half-filled draft, completes it (price typed "1,2 tỷ"), submits, withdraws it to
// add a photo, and submits again; the officer finds it in the filtered queue, sees the photo on the
// detail page and publishes it there after a confirmation; at 390 px the queue and a commune officer's
// intakes are usable. Axe checks on each page these journeys add. Steps run in order.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { BASE_URL, forbidDialogs, launch, screenshot, signIn } from './browser.ts';

const TOKEN = `Zelvorandic${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const TITLE = `Máy ép viên phân hữu cơ ${TOKEN}`;
// a 1×1 PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let browser: Browser;
const contexts: BrowserContext[] = [];
const dialogs: string[] = [];
let business: Page;
let officer: Page;

async function open(width = 1280): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width, height: width < 500 ? 844 : 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true,
  });
  ctx.setDefaultTimeout(15_000);
  contexts.push(ctx);
  const page = await ctx.newPage();
  forbidDialogs(page, dialogs);
  return page;
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe (WCAG 2.1 A/AA, serious and critical) on the page's main content: the pages these journeys
 * add. The shared header is checked by the accessibility spec.
 */
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

async function noHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe(`listing journeys at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => {});
    await browser?.close();
  });

  it('a business saves a half-filled draft and finds it in "Tin của tôi"', async () => {
    business = await open();
    await business.goto('/');
    await signIn(business, 'doanhnghiep');
    await business.goto('/my/offers/new');
    // contact pre-filled from the account; plain-language help for TRL
    expect(await business.getByLabel('Người liên hệ').inputValue()).not.toBe('');
    await business.getByText(/^Giải thích: Mức sẵn sàng công nghệ/).click();
    await business.getByText(/Ví dụ: máy sấy đã chạy ổn định/).waitFor();
    await business.getByLabel('Tiêu đề').fill(TITLE);
    await business.getByRole('button', { name: 'Lưu nháp' }).click();
    await business.waitForURL(/\/my\/listings/);
    const drafts = business.getByRole('region', { name: 'Bản nháp' });
    await drafts.getByText(TITLE).waitFor();
    await drafts
      .getByText(/mục cần hoàn thiện/)
      .first()
      .waitFor();
    await screenshot(business, 'journeys-draft-listed');
    expect(await axe(business), 'my listings with drafts').toEqual([]);
  });

  it('the business completes the draft with a price typed in words and submits it', async () => {
    await business
      .getByRole('region', { name: 'Bản nháp' })
      .getByRole('link', { name: `Tiếp tục: ${TITLE}` })
      .click();
    expect(await business.getByLabel('Tiêu đề').inputValue()).toBe(TITLE);
    await business
      .getByLabel('Tóm tắt')
      .fill('Dây chuyền ép viên phân hữu cơ từ phụ phẩm nông nghiệp, công suất 2 tấn/giờ.');
    await business.getByLabel('Lĩnh vực').selectOption({ index: 1 });
    await business.getByLabel('Mức sẵn sàng công nghệ (TRL)').selectOption('7');
    await business.getByLabel('Tình trạng sở hữu trí tuệ').selectOption({ index: 1 });
    await business.getByRole('checkbox', { name: 'Li-xăng' }).check();
    await business.getByRole('radio', { name: 'Giá tham khảo (đồng)' }).check();
    await business.getByLabel('Số tiền (VND)').fill('1,2 tỷ');
    await business.getByText('Hiểu là: 1.200.000.000 đồng (1,2 tỷ)').waitFor();
    await business.getByLabel('Tỉnh/thành phố').selectOption({ index: 1 });
    await business.getByLabel('Người liên hệ').fill('Nguyễn Văn An');
    await screenshot(business, 'journeys-draft-completed');
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await business.waitForURL(/\/my\/listings/);
    const row = business.getByRole('row').filter({ has: business.getByRole('rowheader', { name: TITLE }) });
    await row.getByText('Chờ duyệt').waitFor();
  });

  it('the business withdraws the submission, adds a photo and submits again', async () => {
    const row = business.getByRole('row').filter({ has: business.getByRole('rowheader', { name: TITLE }) });
    await row.getByRole('button', { name: `Rút lại để sửa: “${TITLE}”` }).click();
    await business.getByRole('status').getByText(`Đã rút lại “${TITLE}”`).waitFor();
    await row.getByRole('link', { name: `Sửa: ${TITLE}` }).click();
    await business.getByRole('group', { name: 'Hình ảnh và tài liệu' }).waitFor();
    // a file of the wrong type is refused before upload
    await business.getByLabel('chọn tệp').setInputFiles({ name: 'video.mp4', mimeType: 'video/mp4', buffer: PNG });
    await business
      .getByRole('alert')
      .getByText(/video\.mp4: loại tệp không được nhận/)
      .waitFor();
    await business
      .getByLabel('chọn tệp')
      .setInputFiles({ name: 'may-ep-vien.png', mimeType: 'image/png', buffer: PNG });
    await business.getByRole('img', { name: `Ảnh 1 của ${TITLE}` }).waitFor();
    await screenshot(business, 'journeys-photo-uploaded');
    expect(await axe(business), 'offer form with attachments').toEqual([]);
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await business.waitForURL(/\/my\/listings/);
  });

  it('the officer filters the queue, opens the listing, sees the photo and publishes it after confirming', async () => {
    officer = await open();
    await officer.goto('/');
    await signIn(officer, 'canbo');
    await officer.goto(`/moderation?q=${TOKEN}`);
    await officer.getByText('1 tin đang chờ duyệt').waitFor();
    const item = officer.getByRole('article', { name: TITLE });
    await item.getByText('Gửi hôm nay').waitFor();
    await item.getByText(/công suất 2 tấn\/giờ/).waitFor();
    await screenshot(officer, 'journeys-queue-filtered');
    expect(await axe(officer), 'moderation queue').toEqual([]);
    await item.getByRole('link', { name: TITLE }).click();
    await officer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await officer.getByRole('img', { name: `Ảnh 1 của ${TITLE}` }).waitFor();
    const panel = officer.getByRole('region', { name: 'Kiểm duyệt' });
    await panel.getByRole('button', { name: `Duyệt đăng “${TITLE}”` }).click();
    await panel.getByText(`Công bố “${TITLE}” cho mọi người xem?`).waitFor();
    await screenshot(officer, 'journeys-confirm-publish');
    await panel.getByRole('button', { name: `Xác nhận công bố “${TITLE}”` }).click();
    const done = panel.getByRole('status').getByText(`Đã công bố “${TITLE}”.`);
    await done.waitFor();
    // the message takes the focus where the buttons were
    expect(await officer.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Đã công bố');
    expect(await axe(officer), 'detail page with moderation panel').toEqual([]);
  });

  it('at 390 px the queue filters and a commune officer’s intakes fit the screen', async () => {
    const phone = await open(390);
    await phone.goto('/');
    await signIn(phone, 'canbo');
    await phone.goto('/moderation?resubmitted=1');
    await phone.getByLabel('Chỉ tin gửi lại sau khi bị trả lại').waitFor();
    expect(await phone.getByLabel('Chỉ tin gửi lại sau khi bị trả lại').isChecked()).toBe(true);
    await phone.getByText(/tin đang chờ duyệt/).waitFor();
    await noHorizontalOverflow(phone);
    await screenshot(phone, 'journeys-queue-390');
    expect(await axe(phone), 'moderation queue @390').toEqual([]);

    const commune = await open(390);
    await commune.goto('/');
    await signIn(commune, 'canbo.xa');
    await commune.goto('/my/intakes');
    await commune.getByRole('heading', { level: 1, name: 'Nhu cầu đã tiếp nhận' }).waitFor();
    await commune.getByRole('main').locator('.intake-list, .empty').first().waitFor();
    await noHorizontalOverflow(commune);
    await screenshot(commune, 'journeys-intakes-390');
    expect(await axe(commune), 'intakes @390').toEqual([]);
    await commune.getByRole('link', { name: 'Tiếp nhận nhu cầu mới' }).click();
    // the officer's own commune is pre-selected
    await commune.getByLabel('Tỉnh/thành phố').waitFor();
    await expect.poll(() => commune.getByLabel('Tỉnh/thành phố').inputValue()).not.toBe('');
    await screenshot(commune, 'journeys-intake-form-390');
  });

  it('no JavaScript dialog fired', () => {
    expect(dialogs).toEqual([]);
  });
});
