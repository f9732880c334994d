// Needs and expert profiles in Debian's Chromium, against a running platform at E2E_BASE_URL:
// a business posts a technology need; a commune officer records one on behalf of a co-operative;
// the Department officer publishes both; search finds them and the intake shows who entered it for
// whom; a researcher edits (or creates) their expert profile and submits it. Steps run in order.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, forbidDialogs, launch, newContext, openWorkLink, screenshot, signIn, watchCsp } from './browser.ts';

// a 1×1 PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

// A made-up word (letters only, so every tokenizer keeps it whole) makes the new listings easy to find.
const TOKEN = `Quorvendal${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;
const NEED_TITLE = `Cần dây chuyền đóng gói xoài sấy dẻo ${TOKEN}`;
const INTAKE_TITLE = `Cần máy bóc vỏ sen tự động ${TOKEN}`;
const COOPERATIVE = `Hợp tác xã Sen Mỹ Hiệp ${TOKEN}`;
const COMMUNE_OFFICER = 'Huỳnh Thị Em';

let browser: Browser;
const contexts: BrowserContext[] = [];
const dialogs: string[] = [];
const cspViolations: string[] = [];
let officer: Page;

async function open(): Promise<Page> {
  const ctx = await newContext(browser);
  contexts.push(ctx);
  const page = await ctx.newPage();
  forbidDialogs(page, dialogs);
  watchCsp(page, cspViolations);
  return page;
}

function myRow(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
}

/** Wait for a list entry, pressing "Xem thêm" (load more) while the list has more pages. */
async function reveal(page: Page, entry: ReturnType<Page['getByRole']>): Promise<void> {
  const more = page.getByRole('button', { name: 'Xem thêm' });
  // the seeded queue is long and oldest first: allow for several pages
  const deadline = Date.now() + 30_000;
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

async function myTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Loại tin của tôi' }).getByRole('link', { name }).click();
  await page.waitForURL(/type=/);
}

/** The need form's fields other than the title (shared by the business's form and the officer's intake). */
async function fillNeed(page: Page, title: string, problem: string): Promise<void> {
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Mô tả vấn đề cần giải quyết').fill(problem);
  await page.getByLabel('Lĩnh vực').selectOption({ index: 1 });
  await page.getByLabel('Mức sẵn sàng công nghệ mong muốn').selectOption('6');
  await page.getByLabel('Từ khoá').fill('đóng gói, tự động hoá');
  await page.getByLabel('Ngân sách tối thiểu (VND)').fill('200000000');
  await page.getByLabel('Ngân sách tối đa (VND)').fill('500.000.000');
  await page.getByLabel('Thời hạn mong muốn').fill('2027-06-30');
  await page.getByLabel('Tỉnh/thành phố').selectOption({ index: 1 });
  await page.getByLabel('Người liên hệ').fill('Trần Văn Bình');
  await page.getByLabel('Điện thoại').fill('0277 3851 999');
}

describe(`needs and expert profiles at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    for (const ctx of contexts) await ctx.close().catch(() => {});
    await browser?.close();
  });

  it('a business trips the need form’s validation, then posts and submits a need', async () => {
    const business = await open();
    await business.goto('/');
    await signIn(business, 'doanhnghiep');
    await business.goto('/my/listings');
    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    // businesses manage offers and needs; expert profiles are a researcher's
    expect(
      await business.getByRole('navigation', { name: 'Loại tin của tôi' }).getByRole('link').allTextContents(),
    ).toEqual(['Công nghệ, thiết bị', 'Nhu cầu công nghệ']);
    await myTab(business, 'Nhu cầu công nghệ');
    await business.getByRole('link', { name: 'Đăng nhu cầu mới' }).click();
    await business.getByRole('heading', { level: 1, name: 'Đăng nhu cầu công nghệ' }).waitFor();

    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    const summary = business.getByRole('alert');
    await summary.getByText('Vui lòng sửa các lỗi sau:').waitFor();
    await summary.getByText('Vui lòng nhập Tiêu đề.').waitFor();
    await summary.getByText('Vui lòng nhập Mô tả vấn đề cần giải quyết.').waitFor();
    expect(await business.getByLabel('Mô tả vấn đề cần giải quyết').getAttribute('aria-invalid')).toBe('true');
    // the budget range is checked in order, as the server does
    await business.getByLabel('Ngân sách tối thiểu (VND)').fill('900000000');
    await business.getByLabel('Ngân sách tối đa (VND)').fill('100000000');
    await business.getByText('Ngân sách tối đa phải lớn hơn hoặc bằng mức tối thiểu.').first().waitFor();
    await screenshot(business, 'need-form-errors');

    await fillNeed(
      business,
      NEED_TITLE,
      'Cơ sở sấy xoài dẻo cần dây chuyền đóng gói hút chân không 500 túi/giờ, giữ màu và hạn dùng 6 tháng.',
    );
    await business.getByText('Hiển thị: 500.000.000 ₫').waitFor();
    await screenshot(business, 'need-form-filled');
    await business.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();

    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await business.getByRole('status').getByText(`Đã gửi “${NEED_TITLE}” để kiểm duyệt.`).waitFor();
    expect(new URL(business.url()).searchParams.get('type')).toBe('needs');
    await business.getByLabel('Lọc theo trạng thái').selectOption({ label: 'Chờ duyệt' });
    await reveal(business, myRow(business, NEED_TITLE));
    await myRow(business, NEED_TITLE).getByText('Chờ duyệt').waitFor();
    await screenshot(business, 'my-needs-submitted');
  });

  it('a business adds a photo to a saved need and sees it in the need’s gallery', async () => {
    const title = `Cần máy dán nhãn chai nước mắm ${TOKEN}`;
    const business = await open();
    await business.goto('/');
    await signIn(business, 'doanhnghiep');
    await business.goto('/my/needs/new');
    await business.getByRole('heading', { level: 1, name: 'Đăng nhu cầu công nghệ' }).waitFor();
    await fillNeed(
      business,
      title,
      'Cơ sở nước mắm cần máy dán nhãn chai thủy tinh 300 chai/giờ, nhãn giấy và nhãn decal.',
    );
    await business.getByRole('button', { name: 'Lưu nháp' }).click();
    await business.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    await reveal(business, myRow(business, title));
    await myRow(business, title)
      .getByRole('link', { name: `Sửa: ${title}` })
      .click();
    await business.getByRole('group', { name: 'Hình ảnh và tài liệu' }).waitFor();
    await business.getByLabel('chọn tệp').setInputFiles({ name: 'nhan-chai.png', mimeType: 'image/png', buffer: PNG });
    await business.getByRole('img', { name: `Ảnh 1 của ${title}` }).waitFor();
    const id = /\/my\/needs\/([^/]+)\/edit/.exec(business.url())?.[1] ?? '';
    await business.goto(`/needs/${id}`);
    await business.getByRole('heading', { level: 1, name: title }).waitFor();
    await business.getByRole('img', { name: `Ảnh 1 của ${title}` }).waitFor();
    await screenshot(business, 'need-gallery');
  });

  it('a commune officer records a need on behalf of a co-operative', async () => {
    const commune = await open();
    await commune.goto('/');
    await signIn(commune, 'canbo.xa');
    await openWorkLink(commune, 'Tiếp nhận nhu cầu');
    await commune.getByRole('heading', { level: 1, name: 'Tiếp nhận nhu cầu công nghệ' }).waitFor();
    // the commune officer's own commune is chosen already (from the account's locality)
    await expect.poll(() => commune.getByLabel('Xã/phường').inputValue()).not.toBe('');
    expect(await commune.getByLabel('Tỉnh/thành phố').inputValue()).not.toBe('');

    // the organisation is required
    await fillNeed(commune, INTAKE_TITLE, 'Hợp tác xã trồng sen cần máy bóc vỏ và tách tim sen tự động, 50 kg/giờ.');
    await commune.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await commune.getByRole('alert').getByText('Vui lòng nhập Tên doanh nghiệp / hợp tác xã.').waitFor();
    // a name not found on the exchange is taken in as a new organisation
    await commune.getByLabel('Tên doanh nghiệp / hợp tác xã').fill(COOPERATIVE);
    await screenshot(commune, 'intake-form');
    await commune.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();

    await commune.getByRole('heading', { level: 1, name: INTAKE_TITLE }).waitFor();
    await commune.getByRole('status').getByText(`Đã ghi nhận nhu cầu “${INTAKE_TITLE}” và gửi kiểm duyệt.`).waitFor();
    await commune.getByText(`Cán bộ ${COMMUNE_OFFICER} nhập thay cho ${COOPERATIVE}`).waitFor();
    await commune.getByRole('main').getByText('Chờ duyệt').first().waitFor();
    await screenshot(commune, 'intake-recorded');
  });

  it('the Department officer publishes both needs from the queue', async () => {
    officer = await open();
    await officer.goto('/');
    await signIn(officer, 'canbo');
    await officer.goto('/moderation?type=need');
    await officer.getByRole('heading', { level: 1, name: 'Hàng chờ kiểm duyệt' }).waitFor();
    for (const title of [NEED_TITLE, INTAKE_TITLE]) {
      const item = officer.getByRole('article', { name: title });
      await reveal(officer, item);
      if (title === INTAKE_TITLE) await screenshot(officer, 'moderation-needs');
      await item.getByRole('button', { name: 'Duyệt đăng' }).click();
      await item.getByRole('button', { name: 'Xác nhận công bố' }).click();
      await officer.getByRole('status').getByText(`Đã công bố “${title}”.`).waitFor();
    }
  });

  it('search finds both needs and the intake’s page says who entered it for whom', async () => {
    const deadline = Date.now() + 5000;
    let titles: string[] = [];
    while (Date.now() < deadline) {
      const res = await officer.request.get(`${BASE_URL}/api/search/v1/search?q=${TOKEN.toLowerCase()}&type=need`);
      if (res.ok()) titles = ((await res.json()) as { hits: { title: string }[] }).hits.map((h) => h.title);
      if (titles.includes(NEED_TITLE) && titles.includes(INTAKE_TITLE)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(titles).toEqual(expect.arrayContaining([NEED_TITLE, INTAKE_TITLE]));

    const visitor = await open();
    await visitor.goto(`/search?q=${encodeURIComponent(TOKEN.toLowerCase())}`);
    await visitor.getByRole('navigation', { name: 'Loại tin' }).getByRole('link', { name: 'Nhu cầu' }).click();
    await visitor.getByRole('link', { name: NEED_TITLE }).waitFor();
    await screenshot(visitor, 'search-needs');
    await visitor.getByRole('link', { name: INTAKE_TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: INTAKE_TITLE }).waitFor();
    await visitor.getByText(`Cán bộ ${COMMUNE_OFFICER} nhập thay cho ${COOPERATIVE}`).waitFor();
    const requester = visitor
      .locator('.fact')
      .filter({ has: visitor.getByText('Đơn vị có nhu cầu', { exact: true }) })
      .locator('dd');
    expect(await requester.textContent()).toBe(COOPERATIVE);
    await screenshot(visitor, 'intake-need-public');

    await visitor.goBack();
    await visitor.getByRole('link', { name: NEED_TITLE }).click();
    await visitor.getByRole('heading', { level: 1, name: NEED_TITLE }).waitFor();
    expect(await visitor.getByText(/nhập thay cho/).count()).toBe(0);
    await screenshot(visitor, 'need-public');
  });

  it('a researcher edits (or creates) their expert profile and submits it', async () => {
    const researcher = await open();
    await researcher.goto('/');
    await signIn(researcher, 'nhakhoahoc');
    await researcher.goto('/my/listings');
    await myTab(researcher, 'Hồ sơ chuyên gia');
    await researcher.getByRole('main').locator('table, .empty').first().waitFor();
    // their own profile if the institute lists it, else the first of the institute's editable ones
    const own = researcher.getByRole('link', { name: /^Sửa: .*Lê Minh Châu/ });
    const edit = (await own.count()) > 0 ? own.first() : researcher.getByRole('link', { name: /^Sửa: / }).first();
    if ((await edit.count()) > 0) {
      await edit.click();
      await researcher.getByRole('heading', { level: 1, name: 'Sửa hồ sơ chuyên gia' }).waitFor();
    } else {
      await researcher.getByRole('link', { name: 'Tạo hồ sơ chuyên gia' }).click();
      await researcher.getByRole('heading', { level: 1, name: 'Tạo hồ sơ chuyên gia' }).waitFor();
      await researcher.getByLabel('Họ và tên').fill('Lê Minh Châu');
      await researcher.getByLabel('Học hàm, học vị').fill('PGS.TS.');
      await researcher.getByLabel('Tỉnh/thành phố').selectOption({ index: 1 });
      await researcher.getByLabel('Người liên hệ').fill('Lê Minh Châu');
    }
    const fields = researcher.getByRole('group', { name: /Lĩnh vực chuyên môn/ }).getByRole('checkbox');
    await fields.first().waitFor();
    if (
      (await researcher
        .getByRole('group', { name: /Lĩnh vực chuyên môn/ })
        .locator('input:checked')
        .count()) === 0
    )
      await fields.first().check();

    // a result with a year out of range is refused on the client
    await researcher.getByRole('button', { name: 'Thêm kết quả' }).click();
    const n = await researcher.getByRole('button', { name: /^Xoá kết quả \d+$/ }).count();
    await researcher.getByLabel(`Tên kết quả ${n}`).fill(`Quy trình sấy lạnh trái cây ${TOKEN}`);
    await researcher.getByLabel(`Năm (kết quả ${n})`).fill('1900');
    await researcher.getByLabel(`Loại (kết quả ${n})`).selectOption({ label: 'Công nghệ đã chuyển giao' });
    await researcher.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await researcher
      .getByRole('alert')
      .getByText(new RegExp(`Kết quả ${n}: nhập tên`))
      .waitFor();
    await researcher.getByLabel(`Năm (kết quả ${n})`).fill('2024');
    await researcher.getByLabel('Từ khoá').fill(`sấy lạnh, ${TOKEN.toLowerCase()}`);
    await screenshot(researcher, 'expert-form');
    await researcher.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();

    await researcher.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    const submitted = researcher.getByRole('status').getByText(/^Đã gửi “.+” để kiểm duyệt\.$/);
    await submitted.waitFor();
    const flash = (await submitted.textContent()) ?? '';
    expect(new URL(researcher.url()).searchParams.get('type')).toBe('experts');
    await researcher.getByLabel('Lọc theo trạng thái').selectOption({ label: 'Chờ duyệt' });
    const name = /“(.+)”/.exec(flash)?.[1] ?? '';
    expect(name).not.toBe('');
    const row = myRow(researcher, name).first();
    await reveal(researcher, row);
    await row.getByText('Chờ duyệt').waitFor();
    await screenshot(researcher, 'my-experts-submitted');

    expect(dialogs).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
