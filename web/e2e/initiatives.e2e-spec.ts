// Initiatives (sáng kiến), the whole journey in the portal: the officer and secretary `thuky` sets up a
// campaign (details, the rubric with its validation, the council: chair `chutich`, three reviewers) and
// opens it; an author submits an initiative (the shares' live feedback, the form's own errors), `thuky` screens it against the legal
// gates and assigns it automatically, the three reviewers it went to score it blind (no author name,
// unit or file name anywhere on their pages), the council closes the round and drafts the decision, the
// chair `chutich` approves it, the author downloads the certificate, and an anonymous visitor verifies
// it by code (the QR code's URL) and by typing the code. axe on every new page; screenshots at 1280 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, openWorkLink, screenshotAs, signIn } from './browser.ts';

let browser: Browser;
const stamp = Date.now().toString(36);
const TITLE = `Số hoá sổ theo dõi tiêm chủng tại trạm y tế ${stamp}`;
const AUTHOR_1 = 'Lê Thị Hồng Nhung';
const AUTHOR_2 = 'Phạm Quốc Vinh';
const UNIT = `Trạm Y tế xã Tân Thuận ${stamp}`;
const CAMPAIGN = `Đợt xét sáng kiến thử nghiệm ${stamp}`;
const FILE_NAME = `Báo cáo hiệu quả – ${AUTHOR_1}.pdf`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const REVIEWERS = ['phanbien', 'phanbien2', 'phanbien3'];
const REVIEWER_NAMES: Record<string, string> = {
  phanbien: 'TS. Võ Thanh Giang',
  phanbien2: 'BSCKII. Trần Minh Khoa',
  phanbien3: 'ThS. Lê Thị Ngọc Hân',
};
/** The demo people (gateway/src/identity/demo-users.ts, the same ids in Keycloak's realm). */
const COUNCIL = [
  { id: '01920000-0000-7000-8000-000000000014', name: 'Lâm Văn Phúc', role: 'Chủ tịch hội đồng' },
  { id: '01920000-0000-7000-8000-000000000013', name: 'Nguyễn Thị Thu Trang', role: 'Thư ký hội đồng' },
  { id: '01920000-0000-7000-8000-000000000006', name: 'TS. Võ Thanh Giang', role: 'Thành viên chấm' },
  { id: '01920000-0000-7000-8000-000000000011', name: 'BSCKII. Trần Minh Khoa', role: 'Thành viên chấm' },
  { id: '01920000-0000-7000-8000-000000000012', name: 'ThS. Lê Thị Ngọc Hân', role: 'Thành viên chấm' },
];
const SECRETARY = process.env.E2E_INI_SECRETARY ?? 'thuky';

/** What the journey learns on the way: the campaign, the submission, who reviews it, the certificate. */
const journey = { campaignId: '', submissionId: '', reviewers: [] as string[], code: '' };

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

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function campaignLink(p: Page, step: string): Promise<void> {
  return p.goto(`/sang-kien/dot/${encodeURIComponent(journey.campaignId)}/${step}`).then(() => undefined);
}

describe(`initiatives at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets the secretary set up a campaign: details, a rubric checked as it is edited, the council; and open it', async () => {
    const { ctx, p } = await signedIn(SECRETARY);
    await openWorkLink(p, 'Hội đồng sáng kiến');
    await h1(p, 'Hội đồng sáng kiến');
    await noAxe(p, 'my councils');
    await p.getByRole('link', { name: 'Tạo đợt xét mới' }).click();
    await h1(p, 'Tạo đợt xét công nhận sáng kiến');
    await p.getByRole('button', { name: 'Tạo đợt xét' }).click();
    await p.getByText('Tên đợt xét gồm 5–300 ký tự.').waitFor();
    await noAxe(p, 'new campaign with errors');
    await p.getByLabel('Tên đợt xét').fill(CAMPAIGN);
    await p.getByLabel('Mã tỉnh hoặc mã xã').fill('87');
    await p.getByLabel('Ngày bắt đầu nhận hồ sơ').fill(day(-1));
    await p.getByLabel('Ngày kết thúc nhận hồ sơ').fill(day(30));
    await p.getByLabel('Ngưỡng điểm công nhận').fill('50');
    await p.getByRole('button', { name: 'Tạo đợt xét' }).click();
    await p.waitForURL(/\/sang-kien\/dot\/[^/]+\/thiet-lap$/);
    journey.campaignId = decodeURIComponent(new URL(p.url()).pathname.split('/')[3] ?? '');
    await h1(p, `Thiết lập: ${CAMPAIGN}`);

    // the rubric: weights that do not add up are refused on the spot, then fixed
    const weight = p.getByLabel('Trọng số', { exact: true }).first();
    const original = await weight.inputValue();
    await weight.fill(String(Number(original) + 5));
    await p.getByText(/^Tổng trọng số: 105\/100/).waitFor();
    await p.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
    await p.getByText(/Bộ tiêu chí còn \d+ lỗi/).waitFor();
    await p.getByText('Tổng trọng số các tiêu chí là 105, phải bằng 100.').waitFor();
    await noAxe(p, 'rubric with errors');
    await weight.fill(original);
    await p.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
    await p.getByText('Đã lưu bộ tiêu chí.').waitFor();

    // the council: one chair, one secretary, three reviewers
    for (const [i, m] of COUNCIL.entries()) {
      if (i > 0) await p.getByRole('button', { name: 'Thêm thành viên' }).click();
      await p.getByLabel(`Mã người dùng của thành viên ${i + 1}`).fill(m.id);
      await p.getByLabel(`Họ tên thành viên ${i + 1}`).fill(m.name);
      await p.getByLabel(`Vai trò của thành viên ${i + 1}`).selectOption({ label: m.role });
    }
    await p.getByRole('button', { name: 'Lưu hội đồng' }).click();
    await p.getByText('Đã lưu hội đồng.').waitFor();
    await screenshotAs(p, 'initiatives-setup-1280');
    await noAxe(p, 'campaign setup');
    await p.getByRole('button', { name: 'Mở đợt nhận hồ sơ' }).click();
    await p.getByText('Đã mở đợt xét.').waitFor();
    await ctx.close();
  });

  it('lets an author submit an initiative, with live feedback on the shares and the form’s own errors', async () => {
    const { ctx, p } = await signedIn('doanhnghiep');
    await p
      .getByRole('banner')
      .getByRole('button', { name: /^Tài khoản: / })
      .click();
    await p.getByRole('banner').getByRole('link', { name: 'Sáng kiến của tôi' }).click();
    await h1(p, 'Sáng kiến của tôi');
    await noAxe(p, 'my initiatives');
    await p.getByRole('link', { name: 'Nộp sáng kiến mới' }).click();
    await h1(p, 'Nộp sáng kiến');

    // the form's own rules, on the fields, before anything is sent
    await p.getByRole('button', { name: 'Nộp sáng kiến', exact: true }).click();
    await p.getByRole('alert').getByText('Chưa lưu được').waitFor();
    await expect.poll(() => p.getByLabel('Tên sáng kiến').getAttribute('aria-invalid')).toBe('true');
    await p.getByText('Tên sáng kiến gồm 5–300 ký tự.').waitFor();
    await noAxe(p, 'submission form with errors');

    const campaign = p.getByLabel('Đợt xét công nhận');
    const options = await campaign
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(options.length).toBeGreaterThan(0);
    journey.campaignId = options[0] ?? '';
    await campaign.selectOption(journey.campaignId);
    await p.getByLabel('Tên sáng kiến').fill(TITLE);
    await p.getByLabel('Họ tên tác giả 1').fill(AUTHOR_1);
    await p.getByLabel('Tỷ lệ đóng góp (%) của tác giả 1').fill('60');
    await p.getByRole('button', { name: 'Thêm tác giả' }).click();
    await p.getByLabel('Họ tên tác giả 2').fill(AUTHOR_2);
    await p.getByLabel('Tỷ lệ đóng góp (%) của tác giả 2').fill('30');
    await p.getByText('Tổng tỷ lệ đóng góp: 90%. Còn thiếu 10%.').waitFor();
    await p.getByLabel('Tỷ lệ đóng góp (%) của tác giả 2').fill('50');
    await p.getByText('Tổng tỷ lệ đóng góp: 110%. Vượt quá 10%.').waitFor();
    await p.getByLabel('Tỷ lệ đóng góp (%) của tác giả 2').fill('40');
    await p.getByText('Tổng tỷ lệ đóng góp: 100%. Hợp lệ.').waitFor();
    await p.getByLabel('Đơn vị áp dụng').fill(UNIT);
    const field = p.getByLabel(/^Lĩnh vực/);
    const fields = await field
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await field.selectOption(fields[0] ?? '');
    await p
      .getByLabel(/^Tình trạng giải pháp đã biết/)
      .fill('Sổ tiêm chủng giấy dễ thất lạc, nhân viên mất nhiều giờ tra cứu mỗi tuần.');
    await p
      .getByLabel(/^Nội dung giải pháp/)
      .fill(`Nhập sổ tiêm chủng vào bảng tính dùng chung, nhắc lịch tiêm qua tin nhắn. Người thực hiện: ${AUTHOR_1}.`);
    await p.getByLabel(/^Tính mới/).fill('Lần đầu tiên trạm y tế tự động nhắc lịch tiêm cho phụ huynh.');
    await p.getByLabel(/^Nơi đã áp dụng/).fill('Trạm y tế xã và hai điểm tiêm lưu động');
    await p.getByLabel('Ngày áp dụng lần đầu').fill('2025-03-01');
    await p.getByLabel('Lợi ích kinh tế ước tính (đồng)').fill('45.000.000');
    await p.getByText('Hiển thị: 45.000.000').waitFor();
    await p
      .getByLabel(/^Hiệu quả đạt được/)
      .fill('Giảm 80% thời gian tra cứu, tỷ lệ tiêm đúng lịch tăng từ 85% lên 97%.');
    await p.getByRole('checkbox', { name: /"Nội dung giải pháp" có thông tin cho biết tác giả/ }).check();
    await screenshotAs(p, 'initiatives-submit-1280');
    await noAxe(p, 'submission form filled');
    // a draft first, then a document (named after the author: reviewers must never see that name)
    await p.getByRole('button', { name: 'Lưu nháp' }).click();
    await h1(p, TITLE);
    journey.submissionId = decodeURIComponent(new URL(p.url()).pathname.split('/').at(-1) ?? '');
    await p.getByText('Đã lưu bản nháp.').waitFor();
    await p
      .getByLabel('Đính kèm tài liệu')
      .setInputFiles({ name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await p.getByText('virus.exe: loại tệp không được nhận.', { exact: false }).waitFor();
    await p
      .getByLabel('Đính kèm tài liệu')
      .setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: PDF });
    await p.getByRole('button', { name: FILE_NAME, exact: true }).waitFor();
    await noAxe(p, 'draft with a document');
    await p.getByRole('button', { name: 'Nộp sáng kiến', exact: true }).click();
    await p.getByText('Đã nộp sáng kiến.').waitFor();
    // sent: the document stays, it can no longer be removed
    await p.getByRole('button', { name: FILE_NAME, exact: true }).waitFor();
    expect(await p.getByRole('button', { name: `Xoá tài liệu ${FILE_NAME}` }).count()).toBe(0);
    await noAxe(p, 'submission detail');
    await ctx.close();
  });

  it('lets the secretary screen it against the legal gates and assign it automatically', async () => {
    const { ctx, p } = await signedIn(SECRETARY);
    await openWorkLink(p, 'Hội đồng sáng kiến');
    await h1(p, 'Hội đồng sáng kiến');
    await p.getByRole('heading', { name: CAMPAIGN }).waitFor();
    await campaignLink(p, 'so-loai');
    await h1(p, 'Xét điều kiện công nhận');
    await p.getByRole('button', { name: TITLE }).click();
    await p.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    // the secretary sees who the authors are; the similar records come from the repository
    await p.getByText(AUTHOR_1, { exact: false }).first().waitFor();
    await p.getByRole('heading', { name: 'Sáng kiến tương tự trong kho' }).waitFor();
    // nothing is sent before every gate is answered
    await p.getByRole('button', { name: 'Ghi kết quả xét' }).click();
    await p.getByText('Hãy trả lời mọi điều kiện').waitFor();
    await noAxe(p, 'screening with errors');
    const gates = p.locator('fieldset.ini-gate');
    const n = await gates.count();
    expect(n).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < n; i++) await gates.nth(i).getByRole('radio', { name: 'Đạt', exact: true }).check();
    await p.getByText('Đạt mọi điều kiện: hồ sơ sẽ được chuyển cho hội đồng chấm.').waitFor();
    await screenshotAs(p, 'initiatives-screening-1280');
    await p.getByRole('button', { name: 'Chuyển hội đồng chấm' }).click();
    await p.getByText(`Đã chuyển "${TITLE}" cho hội đồng chấm.`).waitFor();

    await p
      .getByRole('navigation', { name: 'Các bước của đợt xét' })
      .getByRole('link', { name: 'Phân công chấm' })
      .click();
    await h1(p, 'Phân công chấm');
    await p.getByRole('button', { name: 'Phân công tự động' }).click();
    await p.getByText(/^Đã phân công (tự động )?\d+ lượt chấm/).waitFor();
    const row = p.getByRole('row').filter({ has: p.getByRole('rowheader', { name: TITLE }) });
    await row.waitFor();
    await expect.poll(() => row.locator('li').count()).toBe(3);
    journey.reviewers = (await row.locator('li').allTextContents()).map((t) => t.split(' — ')[0]?.trim() ?? '');
    await screenshotAs(p, 'initiatives-board-1280');
    await noAxe(p, 'assignment board');
    await ctx.close();
  });

  it('lets three reviewers score it blind: no author name, unit or file name on their pages', async () => {
    const scored: string[] = [];
    for (const username of REVIEWERS) {
      const { ctx, p } = await signedIn(username);
      if (!journey.reviewers.some((name) => name === REVIEWER_NAMES[username])) {
        await ctx.close();
        continue;
      }
      // the bell says there is work, in words, and leads to the assignments
      await p
        .getByRole('banner')
        .getByRole('button', { name: /^Thông báo/ })
        .click();
      await p
        .getByRole('link', { name: new RegExp(`^Bạn được phân công chấm \\d+ hồ sơ sáng kiến \\(${CAMPAIGN}\\)`) })
        .click();
      await h1(p, 'Chấm sáng kiến');
      const link = p.getByRole('link', { name: TITLE });
      await noAxe(p, `${username}: assignments`);
      await link.click();
      await h1(p, TITLE);
      await p.getByRole('heading', { name: 'Phiếu chấm' }).waitFor();
      const text = (await p.locator('body').innerText()).normalize('NFC');
      for (const secret of [AUTHOR_1, AUTHOR_2, UNIT, FILE_NAME, 'Báo cáo hiệu quả', 'Công ty TNHH Nông sản Sông Hậu'])
        expect(text, `${username} sees ${secret}`).not.toContain(secret);
      // the document is there by number, and downloads under a neutral name
      const download = p.waitForEvent('download');
      await p.getByRole('button', { name: 'Tài liệu 1' }).click();
      expect((await download).suggestedFilename()).toBe('tai-lieu-1.pdf');
      await noAxe(p, `${username}: blind scoring form`);

      const boxes = p.getByLabel(/^Điểm "/);
      const count = await boxes.count();
      expect(count).toBeGreaterThan(0);
      // a draft first (one criterion), then the final sheet with every criterion
      await boxes.nth(0).fill('20');
      await p.getByRole('button', { name: 'Lưu nháp' }).click();
      await p.getByText('Đã lưu nháp phiếu chấm.').waitFor();
      for (let i = 0; i < count; i++) {
        const max = await boxes.nth(i).locator('xpath=ancestor::fieldset').locator('legend').innerText();
        const top = Number(/đến (\d+(?:[.,]\d+)?) điểm/.exec(max)?.[1]?.replace(',', '.') ?? '10');
        await boxes.nth(i).fill(String(Math.round(top * (0.7 + 0.1 * scored.length))));
      }
      await screenshotAs(p, `initiatives-scoring-${username}`);
      await p.getByRole('button', { name: 'Nộp phiếu chính thức' }).click();
      await p.getByRole('button', { name: 'Xác nhận nộp phiếu' }).click();
      await p.getByText('Đã nộp phiếu chấm chính thức.').waitFor();
      scored.push(username);
      await ctx.close();
    }
    expect(scored).toHaveLength(3);
  });

  it('lets the council close the round and the secretary draft the decision', async () => {
    const { ctx, p } = await signedIn(SECRETARY);
    await campaignLink(p, 'ket-qua');
    await h1(p, 'Kết quả chấm');
    const row = p.getByRole('row').filter({ has: p.getByRole('rowheader', { name: TITLE }) });
    await row.getByText('3/3 phiếu').waitFor();
    await noAxe(p, 'results');
    await p.getByRole('button', { name: 'Kết thúc vòng chấm' }).click();
    await p.getByText('Đã kết thúc vòng chấm.').waitFor();
    await p.getByLabel('Số quyết định').fill(`${stamp.slice(-4)}/QĐ-SKHCN`);
    await p.getByRole('button', { name: 'Lập dự thảo quyết định' }).click();
    await p.getByText('Đã lập dự thảo quyết định.').waitFor();
    await p.getByRole('listitem').filter({ hasText: TITLE }).waitFor();
    await screenshotAs(p, 'initiatives-decision-draft-1280');
    await noAxe(p, 'decision draft');
    await ctx.close();
  });

  it('lets the chair approve the decision', async () => {
    const { ctx, p } = await signedIn('chutich');
    await openWorkLink(p, 'Hội đồng sáng kiến');
    await h1(p, 'Hội đồng sáng kiến');
    await campaignLink(p, 'ket-qua');
    await h1(p, 'Kết quả chấm');
    await p.getByRole('button', { name: 'Phê duyệt quyết định' }).click();
    await p.getByText('Đã phê duyệt quyết định.').waitFor();
    await screenshotAs(p, 'initiatives-approved-1280');
    await ctx.close();
  });

  it('lets the author download the certificate', async () => {
    const { ctx, p } = await signedIn('doanhnghiep');
    await p.goto(`/sang-kien/cua-toi/${encodeURIComponent(journey.submissionId)}`);
    await h1(p, TITLE);
    await p.getByText('Được công nhận').first().waitFor();
    const codeLink = p.locator('a[href^="/xac-minh/"]');
    journey.code = (await codeLink.innerText()).trim();
    expect(journey.code.length).toBeGreaterThan(3);
    const download = p.waitForEvent('download');
    await p.getByRole('button', { name: 'Tải giấy chứng nhận (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(path ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
    await noAxe(p, 'recognised submission');
    await ctx.close();
  });

  it('lets an anonymous visitor verify the certificate from its QR URL and by typing the code', async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto(`/xac-minh/${encodeURIComponent(journey.code)}`);
    await h1(p, 'Xác minh giấy chứng nhận sáng kiến');
    await p
      .getByRole('heading', { level: 2, name: `Giấy chứng nhận ${journey.code} là thật và còn hiệu lực.` })
      .waitFor();
    await p.getByText(TITLE).waitFor();
    await p.getByText(`${AUTHOR_1} — 60%`).waitFor();
    await noAxe(p, 'verification: valid');
    await screenshotAs(p, 'initiatives-verify-valid-1280');

    // typed, with spaces around it; then a tampered code says it is unknown
    await p.goto('/xac-minh');
    await p.getByLabel('Mã giấy chứng nhận').fill(`  ${journey.code} `);
    await p.getByRole('button', { name: 'Xác minh' }).click();
    await p.getByRole('heading', { level: 2, name: /là thật và còn hiệu lực/ }).waitFor();
    const tampered = `${journey.code.slice(0, -1)}${journey.code.endsWith('A') ? 'B' : 'A'}`;
    await p.getByLabel('Mã giấy chứng nhận').fill(tampered);
    await p.getByRole('button', { name: 'Xác minh' }).click();
    await p.getByRole('heading', { level: 2, name: `Không có giấy chứng nhận nào mang mã ${tampered}.` }).waitFor();
    await noAxe(p, 'verification: unknown');
    await ctx.close();
  });

  it('offers the public repository search with facets, and the verification form, axe-clean', async () => {
    const ctx = await context();
    const p = await ctx.newPage();
    await p.goto('/');
    await p.getByRole('contentinfo').getByRole('link', { name: 'Kho sáng kiến' }).click();
    await h1(p, 'Kho sáng kiến');
    await p
      .getByRole('status')
      .filter({ hasText: /sáng kiến$/ })
      .waitFor();
    await noAxe(p, 'repository search');
    await screenshotAs(p, 'initiatives-repository-1280');
    await p.getByRole('contentinfo').getByRole('link', { name: 'Xác minh giấy chứng nhận' }).click();
    await h1(p, 'Xác minh giấy chứng nhận sáng kiến');
    await p.getByLabel('Mã giấy chứng nhận').fill('<script>');
    await p.getByRole('button', { name: 'Xác minh' }).click();
    await p.getByText('Mã không đúng định dạng.').waitFor();
    await noAxe(p, 'verification form with an error');
    await ctx.close();
  });
});
