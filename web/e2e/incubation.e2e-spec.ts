// Startup incubation, the whole journey in the portal: the officer `canbo` creates an idea contest and
// opens its commune round; the business `doanhnghiep` (no startup yet) creates its startup and applies;
// the officer sets a jury of three reviewers, starts judging and assigns at random; each juror scores
// the application with the scoring form shared with initiative reviewers and writes feedback; the
// officer publishes the results and the applicant reads every juror's feedback. The applicant then
// applies to the programme whose call is open, the officer starts the selection and forms a cohort with
// it; the startup reports a month's KPIs and sees them in the chart's table, books a mentor's free slot
// and asks for an introduction to an investor. axe on every new page; unique titles (one shared host).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, openWorkLink, screenshotAs, signIn } from './browser.ts';

let browser: Browser;
const stamp = Date.now().toString(36);
const CONTEST = `Ý tưởng khởi nghiệp sáng tạo thử nghiệm ${stamp}`;
const STARTUP = `Nông trại số Tân Thuận ${stamp}`;
const IDEA = `Cảm biến độ mặn cho ao tôm ${stamp}`;
const COHORT = `Khoá thử nghiệm ${stamp}`;
const APPLICANT = 'doanhnghiep';
const OFFICER = 'canbo';
/** The demo reviewers (gateway/src/identity/demo-users.ts, the same ids in Keycloak's realm). */
const JURY = [
  { username: 'phanbien', id: '01920000-0000-7000-8000-000000000006', name: 'TS. Võ Thanh Giang' },
  { username: 'phanbien2', id: '01920000-0000-7000-8000-000000000011', name: 'BSCKII. Trần Minh Khoa' },
  { username: 'phanbien3', id: '01920000-0000-7000-8000-000000000012', name: 'ThS. Lê Thị Ngọc Hân' },
];
const FEEDBACK = (i: number) =>
  `Giám khảo ${i + 1}: ý tưởng rõ ràng, cần số liệu thử nghiệm tại ao nuôi thật trước khi mở rộng. ${stamp}`;

const journey = { roundId: '' };

async function context(width = 1280): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true, // for axe only
    acceptDownloads: true,
  });
  ctx.setDefaultTimeout(20_000);
  return ctx;
}

async function signedIn(username: string): Promise<{ ctx: BrowserContext; p: Page }> {
  const ctx = await context();
  const p = await ctx.newPage();
  await p.goto('/');
  await signIn(p, username);
  return { ctx, p };
}

async function h1(p: Page, name: string | RegExp): Promise<void> {
  await p.getByRole('heading', { level: 1, name }).waitFor();
  await expect.poll(() => p.locator('.loading').count()).toBe(0);
}

async function noAxe(p: Page, what: string): Promise<void> {
  expect(await axe(p), what).toEqual([]);
}

/** Today in Asia/Ho_Chi_Minh, plus some days, as YYYY-MM-DD. */
const day = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

async function openMine(p: Page): Promise<void> {
  await p
    .getByRole('banner')
    .getByRole('button', { name: /^Tài khoản: / })
    .click();
  await p.getByRole('banner').getByRole('link', { name: 'Khởi nghiệp của tôi' }).click();
  await h1(p, 'Hồ sơ dự thi và phản hồi');
}

async function section(p: Page, name: string, heading: string | RegExp): Promise<void> {
  await p.getByRole('navigation', { name: 'Các mục của khởi nghiệp' }).getByRole('link', { name }).click();
  await h1(p, heading);
}

describe(`incubation at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the officer create an idea contest and open its commune round', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await openWorkLink(p, 'Quản lý khởi nghiệp');
    await h1(p, 'Quản lý cuộc thi khởi nghiệp');
    await noAxe(p, 'contests');
    await p.getByRole('link', { name: 'Tạo cuộc thi ý tưởng khởi nghiệp' }).click();
    await h1(p, 'Tạo cuộc thi ý tưởng khởi nghiệp');
    await p.getByRole('button', { name: 'Tạo cuộc thi' }).click();
    await p.getByText('Tên cuộc thi gồm 5–300 ký tự.').waitFor();
    await noAxe(p, 'new contest with errors');
    await p.getByLabel('Tên cuộc thi').fill(CONTEST);
    await p.getByLabel('Mã xã tổ chức vòng xã').fill('30268');
    await p.getByLabel('Ngày mở nhận hồ sơ').first().fill(day(-1));
    await p.getByLabel('Ngày đóng nhận hồ sơ').first().fill(day(30));
    await p.getByRole('button', { name: 'Tạo cuộc thi' }).click();
    await h1(p, 'Quản lý cuộc thi khởi nghiệp');
    await p.getByText('Đã tạo cuộc thi.', { exact: false }).waitFor();
    const contest = p.getByRole('region', { name: CONTEST });
    await contest.getByRole('link', { name: /^Quản lý Vòng cấp xã/ }).click();
    await h1(p, new RegExp(CONTEST));
    journey.roundId = decodeURIComponent(new URL(p.url()).pathname.split('/').at(-1) ?? '');
    await p.getByRole('button', { name: 'Mở nhận hồ sơ' }).click();
    await p.getByText('Đang nhận hồ sơ').first().waitFor();
    await noAxe(p, 'round');
    await ctx.close();
  });

  it('lets a business create its startup and apply to the round', async () => {
    const { ctx, p } = await signedIn(APPLICANT);
    await openMine(p);
    await noAxe(p, 'my applications');
    await section(p, 'Hồ sơ khởi nghiệp', 'Hồ sơ khởi nghiệp');
    await p.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await p.getByText('Tên gồm 2–200 ký tự.').waitFor();
    await noAxe(p, 'startup form with errors');
    await p.getByLabel('Tên khởi nghiệp').fill(STARTUP);
    await p.getByLabel('Giai đoạn').selectOption('prototype');
    await p.getByLabel('Lĩnh vực').selectOption('aquaculture');
    await p.getByLabel('Mức độ sẵn sàng công nghệ (TRL 1–9)').fill('4');
    await p.getByLabel('Mã xã, phường').fill('30268');
    await p
      .getByLabel('Giới thiệu ngắn')
      .fill('Cảm biến giá rẻ đo độ mặn và oxy hoà tan, cảnh báo qua điện thoại cho hộ nuôi tôm.');
    await p.getByRole('button', { name: 'Tạo hồ sơ' }).click();
    await p.getByText('Đã lưu hồ sơ khởi nghiệp.').waitFor();
    await p.getByRole('heading', { name: 'Công khai hồ sơ' }).waitFor();

    await section(p, 'Hồ sơ dự thi và phản hồi', 'Hồ sơ dự thi và phản hồi');
    await p.getByRole('link', { name: `Nộp hồ sơ vào Vòng cấp xã — ${CONTEST}` }).click();
    await h1(p, /^Nộp hồ sơ dự thi/);
    await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await p.getByText('Tên ý tưởng gồm 5–200 ký tự.').waitFor();
    await noAxe(p, 'application form with errors');
    await p.getByLabel('Tên ý tưởng, dự án').fill(IDEA);
    await p.getByLabel(/^Vấn đề ý tưởng giải quyết/).fill('Tôm chết hàng loạt khi độ mặn thay đổi đột ngột.');
    await p.getByLabel(/^Giải pháp và tính mới/).fill('Cảm biến rẻ, gửi cảnh báo sớm qua Zalo.');
    await p.getByLabel(/^Thị trường và khách hàng/).fill('12.000 hộ nuôi tôm trong tỉnh.');
    await screenshotAs(p, 'incubation-apply-1280');
    await p.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await h1(p, 'Hồ sơ dự thi và phản hồi');
    await p.getByText('Đã nộp hồ sơ dự thi.').waitFor();
    await p.getByRole('heading', { name: IDEA }).waitFor();
    await ctx.close();
  });

  it('lets the officer set a jury of three, start judging and assign at random', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await p.goto(`/khoi-nghiep/quan-ly/vong/${encodeURIComponent(journey.roundId)}`);
    await h1(p, new RegExp(CONTEST));
    await p.getByRole('cell', { name: STARTUP }).waitFor();
    for (const [i, j] of JURY.entries()) {
      await p.getByLabel(`Mã người dùng của giám khảo ${i + 1}`).fill(j.id);
      await p.getByLabel(`Họ tên giám khảo ${i + 1}`).fill(j.name);
    }
    await p.getByRole('button', { name: 'Lưu ban giám khảo' }).click();
    await p.getByText('Đã lưu ban giám khảo.').waitFor();
    await p.getByRole('button', { name: 'Chuyển sang chấm' }).click();
    await p.getByText('Đã cập nhật vòng thi.').waitFor();
    await p.getByRole('button', { name: 'Phân công chấm ngẫu nhiên, cân bằng' }).click();
    await p.getByText('Đã phân công chấm.').waitFor();
    await noAxe(p, 'round in judging');
    await ctx.close();
  });

  it('lets each juror score it with the shared form and write feedback to the applicant', async () => {
    for (const [i, j] of JURY.entries()) {
      const { ctx, p } = await signedIn(j.username);
      await openWorkLink(p, 'Chấm thi khởi nghiệp');
      await h1(p, 'Chấm thi khởi nghiệp');
      if (i === 0) await noAxe(p, 'jury assignments');
      await p.getByRole('link', { name: IDEA }).click();
      await h1(p, IDEA);
      // no contact data of the team on the juror's page
      await expect.poll(() => p.getByText('doanhnghiep').count()).toBe(0);
      const boxes = p.locator('input.score-box');
      const n = await boxes.count();
      expect(n).toBeGreaterThan(0);
      for (let k = 0; k < n; k += 1) {
        const box = boxes.nth(k);
        const legend = (await box.locator('xpath=ancestor::fieldset[1]/legend').textContent()) ?? '';
        const max = Number(/đến (\d+(?:[.,]\d+)?) điểm/.exec(legend)?.[1]?.replace(',', '.') ?? '0');
        await box.fill(String(Math.max(0, Math.floor(max * (0.6 + 0.1 * i)))));
      }
      await p.getByLabel('Nhận xét gửi người dự thi').fill(FEEDBACK(i));
      if (i === 0) {
        await screenshotAs(p, 'incubation-jury-score-1280');
        await noAxe(p, 'jury scoring');
      }
      await p.getByRole('button', { name: 'Nộp phiếu chính thức' }).click();
      await p.getByRole('button', { name: 'Xác nhận nộp phiếu' }).click();
      await p.getByText('Đã nộp phiếu chấm chính thức.').waitFor();
      await ctx.close();
    }
  });

  it('lets the officer publish the results, and the applicant read every juror’s feedback', async () => {
    const officer = await signedIn(OFFICER);
    await officer.p.goto(`/khoi-nghiep/quan-ly/vong/${encodeURIComponent(journey.roundId)}`);
    await h1(officer.p, new RegExp(CONTEST));
    await officer.p.getByRole('button', { name: 'Công bố kết quả' }).click();
    await officer.p.getByText('Đã cập nhật vòng thi.').waitFor();
    await officer.ctx.close();

    const { ctx, p } = await signedIn(APPLICANT);
    await openMine(p);
    const card = p.getByRole('article', { name: IDEA });
    for (const [i] of JURY.entries()) await card.getByText(FEEDBACK(i)).waitFor();
    await card.getByText(/Điểm [\d.,]+ · hạng 1/).waitFor();
    await screenshotAs(p, 'incubation-feedback-1280');
    await noAxe(p, 'feedback');

    // the programme whose call is open: apply
    const call = p
      .getByRole('region', { name: 'Các vòng thi đang nhận hồ sơ' })
      .getByRole('button', { name: /^Đăng ký / })
      .first();
    await call.click();
    await p
      .getByLabel('Vì sao đội của bạn muốn tham gia chương trình')
      .fill('Chúng tôi cần cố vấn về thương mại hoá và kết nối với hợp tác xã nuôi tôm.');
    await p.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await p.getByText('Đã gửi đăng ký chương trình ươm tạo.').waitFor();
    await ctx.close();
  });

  it('lets the officer select the startup into a new cohort on the pipeline board', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await openWorkLink(p, 'Quản lý khởi nghiệp');
    await p
      .getByRole('navigation', { name: 'Các mục quản lý khởi nghiệp' })
      .getByRole('link', { name: 'Chương trình ươm tạo' })
      .click();
    await h1(p, 'Chương trình ươm tạo');
    await noAxe(p, 'programmes');
    // the programme the applicant applied to is the one still taking applications
    await p
      .getByRole('listitem')
      .filter({ hasText: 'Đang nhận hồ sơ' })
      .getByRole('link', { name: /^Bảng tiến trình/ })
      .first()
      .click();
    await h1(p, /^Bảng tiến trình/);
    await p.getByRole('button', { name: 'Đóng nhận hồ sơ, bắt đầu tuyển chọn' }).click();
    await p.getByText('Đã chuyển sang tuyển chọn.').waitFor();
    await p.getByRole('checkbox', { name: `Chọn ${STARTUP} vào khoá` }).check();
    await p.getByLabel('Tên khoá').fill(COHORT);
    await p.getByLabel('Ngày bắt đầu').fill(day(1));
    await p.getByLabel('Ngày kết thúc').fill(day(180));
    await screenshotAs(p, 'incubation-board-1280');
    await noAxe(p, 'pipeline board');
    await p.getByRole('button', { name: 'Lập khoá' }).click();
    await p.getByText(`Đã lập khoá ${COHORT}`, { exact: false }).waitFor();
    await p
      .getByRole('region', { name: /^Đã chọn vào khoá/ })
      .getByText(STARTUP)
      .waitFor();
    await ctx.close();
  });

  it('lets the startup report a month’s KPIs and see them in the chart, book a mentor and ask for an introduction', async () => {
    const { ctx, p } = await signedIn(APPLICANT);
    await openMine(p);
    const programmes = p.getByRole('table', { name: 'Hồ sơ đăng ký chương trình ươm tạo' });
    await programmes.getByText('Được chọn vào khoá ươm tạo').waitFor();

    await section(p, 'Chỉ số hằng tháng', 'Chỉ số hằng tháng');
    await p.getByText('Chưa có báo cáo tháng nào.').waitFor();
    await p.getByLabel('Doanh thu (đồng)').fill('mười triệu');
    await p.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await p.getByText('Nhập số tiền bằng chữ số, ví dụ 45.000.000.').first().waitFor();
    await noAxe(p, 'kpi form with errors');
    await p.getByLabel('Doanh thu (đồng)').fill('45.000.000');
    await p.getByLabel('Người dùng, khách hàng').fill('120');
    await p.getByLabel('Việc làm tạo ra').fill('3');
    await p.getByLabel('Vốn huy động (đồng)').fill('0');
    await p.getByLabel('Đơn sở hữu trí tuệ đã nộp').fill('1');
    await p.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await p.getByText(/^Đã ghi nhận chỉ số tháng/).waitFor();
    await expect.poll(() => p.getByTestId('kpi-chart').getAttribute('data-points')).toBe('1');
    await expect.poll(() => p.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const table = p.getByRole('table', { name: `Chỉ số theo tháng — ${STARTUP}` });
    await table.getByRole('cell', { name: '45 triệu đồng' }).waitFor();
    await screenshotAs(p, 'incubation-kpis-1280');
    await noAxe(p, 'kpis');

    await section(p, 'Cố vấn', 'Cố vấn');
    await p.getByRole('button', { name: 'Khung giờ trống' }).first().click();
    const slot = p.getByRole('list', { name: 'Khung giờ trống' }).getByRole('button').first();
    const slotName = ((await slot.textContent()) ?? '').replace(/^Đặt lịch /, '');
    await slot.click();
    await p.getByLabel('Nội dung muốn trao đổi').fill('Định giá sản phẩm cảm biến cho hộ nuôi nhỏ');
    await noAxe(p, 'booking form');
    await p.getByRole('button', { name: 'Xác nhận đặt lịch' }).click();
    await p
      .getByText(new RegExp(`^Đã đặt lịch với .+ lúc ${slotName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`))
      .waitFor();
    await p
      .getByRole('table', { name: 'Lịch gặp của tôi' })
      .getByText('Định giá sản phẩm cảm biến cho hộ nuôi nhỏ')
      .waitFor();

    await section(p, 'Nhà đầu tư', 'Nhà đầu tư');
    const ask = p.getByRole('button', { name: /^Đề nghị giới thiệu với / }).first();
    const investor = ((await ask.textContent()) ?? '').replace(/^Đề nghị giới thiệu với /, '');
    await ask.click();
    await p
      .getByLabel('Lời nhắn cho nhà đầu tư')
      .fill('Chúng tôi gọi vốn 2 tỷ đồng để sản xuất 500 bộ cảm biến đầu tiên.');
    await p.getByLabel('Số điện thoại').fill('0912 345 678');
    await noAxe(p, 'introduction form');
    await p.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await p.getByText(`Đã gửi đề nghị giới thiệu với ${investor}.`).waitFor();
    const mine = p.getByRole('table', { name: 'Đề nghị giới thiệu của tôi' });
    const row = mine.getByRole('row').filter({ hasText: investor });
    await row.getByText('Đã gửi, chờ cán bộ').first().waitFor();
    await row.getByText('Thông tin liên hệ được ẩn cho đến khi hai bên đồng ý.').first().waitFor();
    await screenshotAs(p, 'incubation-investors-1280');

    await section(p, 'Cột mốc', 'Cột mốc');
    await noAxe(p, 'milestones');
    await section(p, 'Lộ trình doanh nghiệp KH&CN', 'Lộ trình doanh nghiệp khoa học và công nghệ');
    const st = p.getByRole('region', { name: 'Doanh nghiệp khoa học và công nghệ' });
    const registered = st.getByRole('row', { name: /^Được thành lập và hoạt động theo Luật Doanh nghiệp/ });
    await registered.getByText('Chưa đủ số liệu').waitFor();
    await p.getByRole('checkbox', { name: 'Đã đăng ký thành lập doanh nghiệp' }).check();
    await p.getByLabel('Tổng doanh thu (đồng)').fill('500.000.000');
    await p.getByLabel('Doanh thu từ sản phẩm KH&CN (đồng)').fill('300.000.000');
    await p.getByRole('button', { name: 'Lưu số liệu' }).click();
    await p.getByText('Đã lưu số liệu, danh sách điều kiện đã được đánh giá lại.').waitFor();
    await registered.getByText('Đạt', { exact: true }).waitFor();
    await screenshotAs(p, 'incubation-readiness-1280');
    await noAxe(p, 'readiness');
    await ctx.close();
  });

  it('shows the officer the cohort KPI dashboard, introductions and the readiness pipeline, all readable as tables', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await p.goto('/khoi-nghiep/quan-ly/chuong-trinh');
    await h1(p, 'Chương trình ươm tạo');
    await p
      .getByRole('link', { name: /^Bảng chỉ số của / })
      .first()
      .click();
    await h1(p, /^Chỉ số khoá/);
    await p.getByRole('table', { name: 'Tổng chỉ số của khoá theo tháng' }).getByRole('row').nth(1).waitFor();
    await expect.poll(() => p.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    const download = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Tải bảng tính (XLSX)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshotAs(p, 'incubation-cohort-1280');
    await noAxe(p, 'cohort dashboard');

    await p
      .getByRole('navigation', { name: 'Các mục quản lý khởi nghiệp' })
      .getByRole('link', { name: 'Đề nghị giới thiệu' })
      .click();
    await h1(p, 'Đề nghị giới thiệu nhà đầu tư');
    await p.getByText(`${STARTUP} → `, { exact: false }).first().waitFor();
    await noAxe(p, 'introductions');
    await p
      .getByRole('navigation', { name: 'Các mục quản lý khởi nghiệp' })
      .getByRole('link', { name: 'Tiến độ doanh nghiệp KH&CN' })
      .click();
    await h1(p, 'Tiến độ doanh nghiệp KH&CN của tỉnh');
    await p.getByRole('row', { name: /^Doanh nghiệp khoa học và công nghệ/ }).waitFor();
    await noAxe(p, 'readiness pipeline');
    await ctx.close();
  });

  it('shows anyone the startup directory and the published contest results', async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto('/khoi-nghiep');
    await h1(p, 'Danh bạ khởi nghiệp');
    await p.locator('.inc-cards > li').first().waitFor();
    await noAxe(p, 'directory');
    await p.getByRole('link', { name: 'Xem kết quả các cuộc thi' }).click();
    await h1(p, 'Kết quả cuộc thi khởi nghiệp');
    await p.getByRole('link', { name: new RegExp(CONTEST) }).click();
    await h1(p, /^Kết quả /);
    await p.getByRole('row', { name: new RegExp(IDEA) }).waitFor();
    await noAxe(p, 'results');
    await ctx.close();
  });
});
