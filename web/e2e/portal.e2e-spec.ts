// End-to-end journey of the portal in Debian's Chromium, against a running platform at E2E_BASE_URL.
// Locators are accessible ones (role + name, label), so the run doubles as an accessibility check.
// The steps depend on each other and run in order.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  forbidDialogs,
  launch,
  newContext,
  openWorkLink,
  screenshot,
  signIn,
  signOut,
  watchCsp,
} from './browser.ts';

const SEEDED_OFFER = 'Máy sấy nông sản năng lượng mặt trời';
const SEEDED_NEED = 'Cần công nghệ sấy xoài giữ màu, giảm chi phí điện';
const SEEDED_EXPERT = 'Đinh Văn Khải';
// A made-up word (letters only, so every tokenizer keeps it whole) makes the new offer easy to find.
const TOKEN = `Zentrovik${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const TITLE = `Máy ép viên phân hữu cơ ${TOKEN}`;
const XSS_TITLE = `<script>alert(1)</script> Thiết bị thử nghiệm ${TOKEN}`;
// Markup in every other free-text field of the form, each shown as text on the public page.
const XSS_FIELDS = {
  summary: `<img src=x onerror="alert('tóm tắt')"> Thiết bị thử nghiệm hiển thị mã HTML trong mọi trường.`,
  description: `<iframe src="javascript:alert('mô tả')"></iframe> Mô tả có <b>thẻ in đậm</b> và <a href="javascript:alert(3)">liên kết</a>.`,
  keyword: '<svg onload=alert(4)>',
  contact: '<script>alert("liên hệ")</script> Nguyễn Văn An',
};
const REASON = 'Tóm tắt còn quá chung chung: vui lòng nêu công suất và chi phí vận hành.';

let browser: Browser;
const contexts: BrowserContext[] = [];
const dialogs: string[] = [];
const cspViolations: string[] = [];
// Requests the portal made to its own origin that failed: a portal reading an endpoint the real platform lacks.
const failedRequests: string[] = [];
let business: Page;
let officer: Page;

async function open(width = 1280): Promise<Page> {
  const ctx = await newContext(browser, { width });
  contexts.push(ctx);
  const page = await ctx.newPage();
  forbidDialogs(page, dialogs);
  watchCsp(page, cspViolations);
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(BASE_URL))
      failedRequests.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return page;
}

function queueItem(page: Page, title: string) {
  return page.getByRole('article', { name: title });
}

function myRow(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
}

/** Wait for a list entry, pressing "Xem thêm" (load more) while the list has more pages. */
async function reveal(page: Page, entry: ReturnType<Page['getByRole']>): Promise<void> {
  const more = page.getByRole('button', { name: 'Xem thêm' });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    await page
      .getByRole('main')
      .getByRole('status')
      .or(page.getByRole('main').locator('ol, table, .empty'))
      .first()
      .waitFor();
    if ((await entry.count()) > 0) return;
    if ((await more.count()) > 0 && (await more.isEnabled())) await more.click();
    else await page.waitForTimeout(200);
  }
  await entry.first().waitFor({ timeout: 1 });
}

/** My listings, narrowed to one status so a busy organisation's list stays short. */
async function myListingsWithStatus(page: Page, status: string): Promise<void> {
  await page.getByLabel('Lọc theo trạng thái').selectOption({ label: status });
}

/** Fill the offer form with valid data; the title and summary vary per test. */
async function fillOffer(page: Page, title: string, summary: string): Promise<void> {
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Tóm tắt').fill(summary);
  await page
    .getByLabel('Mô tả chi tiết')
    .fill('Dây chuyền ép viên phân bón từ phụ phẩm nông nghiệp (rơm, vỏ trấu, phân chuồng) đã qua ủ vi sinh.');
  await page.getByLabel('Lĩnh vực').selectOption({ index: 1 });
  await page.getByLabel('Mức sẵn sàng công nghệ (TRL)').selectOption('6');
  await page.getByLabel('Từ khoá').fill('phân hữu cơ, ép viên');
  await page.getByLabel('Tình trạng sở hữu trí tuệ').selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: 'Li-xăng' }).check();
  await page.getByRole('checkbox', { name: 'Tư vấn, đào tạo' }).check();
  await page.getByRole('radio', { name: 'Giá tham khảo (đồng)' }).check();
  await page.getByLabel('Số tiền (VND)').fill('250000000');
  await page.getByLabel('Tỉnh/thành phố').selectOption({ index: 1 });
  await page.getByLabel('Người liên hệ').fill('Nguyễn Văn An');
  await page.getByLabel('Thư điện tử').fill('an.nguyen@example.vn');
  await page.getByLabel('Điện thoại').fill('0277 3851 234');
}

describe(`portal at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => {});
    await browser?.close();
  });

  it('an anonymous visitor searches without diacritics and opens the seeded offer', async () => {
    const page = await open();
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' }).waitFor({ state: 'attached' });
    await screenshot(page, 'home');

    await page.getByRole('searchbox', { name: 'Từ khoá tìm kiếm' }).fill('may say nong san');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    await page.waitForURL(/\/search\?.*q=may/);
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ kết quả/ })
      .waitFor();
    const hit = page.getByRole('link', { name: SEEDED_OFFER });
    // the offer is a technology offer in the demo data; look in the other tabs if it is not
    for (const tab of ['Thiết bị', 'Nhu cầu', 'Chuyên gia']) {
      if ((await hit.count()) > 0) break;
      await page.getByRole('navigation', { name: 'Loại tin' }).getByRole('link', { name: tab }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /\d+ kết quả/ })
        .waitFor();
    }
    await hit.first().waitFor();
    // highlights come as ranges and are rendered as <mark> elements
    expect(await page.locator('.hit-title mark').count()).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Loại tin' }).waitFor();
    await screenshot(page, 'search-results');

    await hit.first().click();
    await page.getByRole('heading', { level: 1, name: SEEDED_OFFER }).waitFor();
    await screenshot(page, 'offer-detail');

    // English switch: persisted and reflected in <html lang>
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('link', { name: 'Back to results' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await page.getByRole('link', { name: /Quay lại kết quả/ }).waitFor();
  });

  it('a visitor finds a need and an expert profile without diacritics and reads their details', async () => {
    const page = await open();
    const fact = (label: string) =>
      page
        .locator('.fact')
        .filter({ has: page.getByText(label, { exact: true }) })
        .locator('dd');
    const results = async (q: string, tab: string) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      await page.getByRole('navigation', { name: 'Loại tin' }).getByRole('link', { name: tab }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /\d+ kết quả/ })
        .waitFor();
    };

    await results('say xoai giu mau', 'Nhu cầu');
    await page.getByRole('link', { name: SEEDED_NEED, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: SEEDED_NEED }).waitFor();
    // the budget comes as { minVnd, maxVnd } and is shown as a range (Intl puts a no-break space before ₫)
    expect((await fact('Ngân sách dự kiến').textContent())?.replace(/\s/g, ' ')).toBe('150.000.000 ₫ – 400.000.000 ₫');
    expect(await fact('Mức sẵn sàng mong muốn').count()).toBe(1);
    expect((await fact('Đơn vị có nhu cầu').textContent())?.trim()).toBeTruthy();
    await screenshot(page, 'need-detail');

    await results('dinh van khai', 'Chuyên gia');
    await page
      .getByRole('link', { name: new RegExp(SEEDED_EXPERT) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: new RegExp(SEEDED_EXPERT) }).waitFor();
    expect(await fact('Cơ quan công tác').textContent()).toBe('Viện Nghiên cứu Nông nghiệp');
    await page.getByText('Kết quả tiêu biểu').waitFor();
    await page.getByText(/Giải thưởng Khoa học Công nghệ Việt Nam/).waitFor();
    await screenshot(page, 'expert-detail');
  });

  it('a business signs in, tries an empty form, then creates and submits an offer', async () => {
    business = await open();
    await business.goto('/');
    await signIn(business, 'doanhnghiep');
    await business
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tin của tôi' })
      .click();
    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await business.getByRole('link', { name: 'Đăng công nghệ mới' }).click();
    await business.getByRole('heading', { level: 1, name: 'Đăng công nghệ / thiết bị' }).waitFor();

    // client-side validation mirrors the server's limits
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    const summary = business.getByRole('alert');
    await summary.getByText('Vui lòng sửa các lỗi sau:').waitFor();
    await summary.getByText('Vui lòng nhập Tiêu đề.').waitFor();
    expect(await business.getByLabel('Tiêu đề').getAttribute('aria-invalid')).toBe('true');
    await business.getByLabel('Tiêu đề').fill('Máy');
    await business.getByText('Tiêu đề phải có ít nhất 5 ký tự.').first().waitFor();
    await screenshot(business, 'offer-form-errors');

    await fillOffer(business, TITLE, 'Dây chuyền ép viên phân hữu cơ công suất nhỏ cho hợp tác xã.');
    await business.getByText(/Hiểu là: 250\.000\.000 đồng/).waitFor();
    await screenshot(business, 'offer-form-filled');
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();

    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await business.getByRole('status').getByText(`Đã gửi “${TITLE}” để kiểm duyệt.`).waitFor();
    await myListingsWithStatus(business, 'Chờ duyệt');
    await reveal(business, myRow(business, TITLE));
    await myRow(business, TITLE).getByText('Chờ duyệt').waitFor();
    await screenshot(business, 'my-listings-submitted');
  });

  it('an officer returns the offer with a reason', async () => {
    officer = await open();
    await officer.goto('/');
    await signIn(officer, 'canbo');
    await openWorkLink(officer, 'Kiểm duyệt tin');
    await officer.getByRole('heading', { level: 1, name: 'Hàng chờ kiểm duyệt' }).waitFor();
    const item = queueItem(officer, TITLE);
    await reveal(officer, item);
    await item.getByRole('button', { name: 'Trả lại' }).click();
    // a too-short reason is refused on the client
    await item.getByLabel('Lý do trả lại').fill('Ngắn');
    await item.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await item.getByText('Lý do trả lại phải có ít nhất 10 ký tự.').waitFor();
    await item.getByLabel('Lý do trả lại').fill(REASON);
    await screenshot(officer, 'moderation-return');
    await item.getByRole('button', { name: 'Xác nhận trả lại' }).click();
    await officer.getByRole('status').getByText(`Đã trả lại “${TITLE}”.`).waitFor();
    // the decided item keeps its place with the message, its buttons gone
    await item.getByRole('button', { name: 'Trả lại' }).waitFor({ state: 'detached' });
    await screenshot(officer, 'moderation-returned');
  });

  it('the business sees the reason, fixes the offer and resubmits', async () => {
    await business.goto('/');
    // the bell counts the decision and its list leads to the listing with the reason
    const bell = business.getByRole('banner').getByRole('button', { name: /^Thông báo, \d+ chưa đọc$/ });
    await bell.click();
    const notice = business.getByRole('listitem').filter({ hasText: `Tin “${TITLE}” được trả lại để chỉnh sửa` });
    await notice.getByText(REASON).waitFor();
    await screenshot(business, 'notifications-returned');
    await notice.getByRole('link').click();
    await business.waitForURL((u) => u.pathname === '/my/listings');
    await myListingsWithStatus(business, 'Bị trả lại');
    const row = myRow(business, TITLE);
    await reveal(business, row);
    await row.getByText('Bị trả lại').waitFor();
    await row.getByText(REASON).waitFor();
    await screenshot(business, 'my-listings-returned');
    await row.getByRole('link', { name: `Sửa: ${TITLE}` }).click();
    await business.getByRole('heading', { level: 1, name: 'Sửa tin' }).waitFor();
    await business.getByText(REASON).waitFor();
    await business
      .getByLabel('Tóm tắt')
      .fill('Dây chuyền ép viên phân hữu cơ công suất 1 tấn/giờ, chi phí vận hành khoảng 350.000 đồng/tấn.');
    await screenshot(business, 'offer-form-fix');
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await myListingsWithStatus(business, 'Chờ duyệt');
    await reveal(business, myRow(business, TITLE));
    await myRow(business, TITLE).getByText('Chờ duyệt').waitFor();
    await screenshot(business, 'my-listings-resubmitted');
  });

  it('the officer publishes it and search finds it within 2 s', async () => {
    await officer.reload();
    const item = queueItem(officer, TITLE);
    await reveal(officer, item);
    await item.getByRole('button', { name: 'Duyệt đăng' }).click();
    await item.getByRole('button', { name: 'Xác nhận công bố' }).click();
    await officer.getByRole('status').getByText(`Đã công bố “${TITLE}”.`).waitFor();
    const publishedAt = Date.now();

    // poll the search API for up to 2 s after the officer's publish returned
    let foundAfter = -1;
    while (Date.now() - publishedAt <= 2000) {
      const res = await officer.request.get(`${BASE_URL}/api/search/v1/search?q=${TOKEN.toLowerCase()}&type=offer`);
      if (res.ok()) {
        const body = (await res.json()) as { hits: { title: string }[] };
        if (body.hits.some((h) => h.title === TITLE)) {
          foundAfter = Date.now() - publishedAt;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(foundAfter, 'offer indexed within 2 s of publishing').toBeGreaterThanOrEqual(0);
    expect(foundAfter).toBeLessThanOrEqual(2000);
    // (the screenshot waits until the clock has stopped: a full-page capture can take a second)
    await screenshot(officer, 'moderation-published');

    const visitor = await open();
    await visitor.goto(`/search?q=${encodeURIComponent(TOKEN.toLowerCase())}`);
    await visitor.getByRole('link', { name: TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.getByText('250.000.000 ₫').waitFor();
    await screenshot(visitor, 'new-offer-public');
  });

  it('markup in the title and every other text field is shown literally and never runs', async () => {
    await business.goto('/my/offers/new');
    await business.getByRole('heading', { level: 1, name: 'Đăng công nghệ / thiết bị' }).waitFor();
    await fillOffer(business, XSS_TITLE, XSS_FIELDS.summary);
    await business.getByLabel('Mô tả chi tiết').fill(XSS_FIELDS.description);
    await business.getByLabel('Từ khoá').fill(`thiết bị thử nghiệm, ${XSS_FIELDS.keyword}`);
    await business.getByLabel('Người liên hệ').fill(XSS_FIELDS.contact);
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await myListingsWithStatus(business, 'Chờ duyệt');
    await reveal(business, business.getByRole('rowheader', { name: XSS_TITLE }));
    await screenshot(business, 'xss-my-listings');

    await officer.reload();
    const item = queueItem(officer, XSS_TITLE);
    await reveal(officer, item);
    await item.getByRole('heading', { name: XSS_TITLE }).waitFor();
    await screenshot(officer, 'xss-moderation');
    await item.getByRole('button', { name: 'Duyệt đăng' }).click();
    await item.getByRole('button', { name: 'Xác nhận công bố' }).click();
    await officer.getByRole('status').getByText(`Đã công bố “${XSS_TITLE}”.`).waitFor();

    const visitor = await open();
    const deadline = Date.now() + 5000;
    let link = visitor.getByRole('link', { name: XSS_TITLE });
    do {
      await visitor.goto(`/search?q=${encodeURIComponent(`thiet bi thu nghiem ${TOKEN.toLowerCase()}`)}`);
      await visitor
        .getByRole('status')
        .filter({ hasText: /kết quả/ })
        .waitFor();
      link = visitor.getByRole('link', { name: XSS_TITLE });
    } while ((await link.count()) === 0 && Date.now() < deadline);
    await link.waitFor();
    await screenshot(visitor, 'xss-search');
    await link.click();
    await visitor.getByRole('heading', { level: 1, name: XSS_TITLE }).waitFor();
    // every field's markup is on the page as text
    const main = visitor.getByRole('main');
    await main.getByText(XSS_FIELDS.summary, { exact: true }).waitFor();
    await main.getByText(XSS_FIELDS.description, { exact: true }).waitFor();
    await main.getByText(`thiết bị thử nghiệm, ${XSS_FIELDS.keyword}`, { exact: true }).waitFor();
    await main.getByText(XSS_FIELDS.contact, { exact: true }).waitFor();
    await screenshot(visitor, 'xss-detail');

    // …and none of it became an element
    const injected =
      '#root script, #root iframe, #root img[src="x"], #root [onerror], #root [onload], #root b, #root a[href^="javascript:"]';
    for (const p of [business, officer, visitor]) expect(await p.locator(injected).count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  it('the business signs out through the provider', async () => {
    await business.goto('/my/listings');
    await signOut(business);
    await business.waitForURL((u) => u.toString().startsWith(BASE_URL) && !u.pathname.startsWith('/realms/'));
    await business.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).waitFor();
    // the portal says so, and a reload does not bring the session back
    await business.getByRole('status').filter({ hasText: 'Bạn đã đăng xuất.' }).waitFor();
    await business.reload();
    await business.getByRole('banner').getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(
      await business
        .getByRole('navigation', { name: 'Điều hướng chính' })
        .getByRole('link', { name: 'Tin của tôi' })
        .count(),
    ).toBe(0);
    await screenshot(business, 'signed-out');
  });
});
