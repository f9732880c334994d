// IP-registration support, the whole journey in the portal: the co-operative `doanhnghiep2` (HTX Xoài Cao
// Lãnh) asks for help with a collective mark for its OCOP mango; another business cannot see the request;
// the officer `canbo` takes and accepts it; the co-operative uploads the mandatory documents (a file of
// the wrong type is refused before upload, a declaration without the required digital signature is
// flagged); the officer accepts each item (the flagged one only with an explicit acknowledgement), the
// dossier is complete; the officer records the filing and the milestones up to the grant; the subsidy
// claim opens for the co-operative, which completes and submits it; the officer approves it and records
// the payment, and the budget gauge moves (committed, then paid). axe on every page; screenshots at 1280 px.
import { deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, forbidDialogs, launch, openWorkLink, screenshotAs, signIn } from './browser.ts';

let browser: Browser;
const stamp = Date.now().toString(36);
const SUBJECT = `Xoài cát Hoà Lộc Cao Lãnh ${stamp}`;
const MARKUP = '<img src=x onerror=alert(1)>';
const DESCRIPTION = `Hợp tác xã cần đăng ký nhãn hiệu tập thể cho xoài cát của 42 thành viên. ${MARKUP}`;
const COOPERATIVE = 'doanhnghiep2';
const OTHER_BUSINESS = 'doanhnghiep';
const OFFICER = 'canbo';
const BASE = '/so-huu-tri-tue';

/** What the journey learns on the way. */
const journey = { requestId: '', claimUrl: '', programme: '' };
const dialogs: string[] = [];

async function signedIn(username: string): Promise<{ ctx: BrowserContext; p: Page }> {
  const ctx = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    bypassCSP: true, // for axe only
  });
  ctx.setDefaultTimeout(20_000);
  const p = await ctx.newPage();
  forbidDialogs(p, dialogs);
  await p.goto('/');
  await signIn(p, username);
  return { ctx, p };
}

async function h1(p: Page, name: string | RegExp): Promise<void> {
  await p.getByRole('heading', { level: 1, name }).waitFor();
  await expect.poll(() => p.locator('.loading').count(), { timeout: 20_000 }).toBe(0);
}

async function noAxe(p: Page, what: string): Promise<void> {
  expect(await axe(p), what).toEqual([]);
}

/** A small valid one-page PDF (header, objects, cross-reference table), unsigned. */
function pdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length + 37} >>\nstream\nBT /F1 14 Tf 72 760 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A small PNG of one colour (the mark's specimen). */
function png(r: number, g: number, b: number, size = 16): Buffer {
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
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const vndOf = async (l: Locator): Promise<bigint> => BigInt(((await l.textContent()) ?? '').replace(/\D/g, '') || '0');

/** The gauge of this year's budget of the claim's programme: its committed and paid figures. */
async function gauge(p: Page, programme: string): Promise<{ committed: bigint; paid: bigint }> {
  const card = p.locator(`.ip-gauge[data-programme="${programme}"][data-year="${new Date().getFullYear()}"]`);
  await card.waitFor();
  return {
    committed: await vndOf(card.getByTestId('budget-committed')),
    paid: await vndOf(card.getByTestId('budget-paid')),
  };
}

describe(`IP-registration support at ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    expect(dialogs, 'no script from user text ever ran').toEqual([]);
  });

  it('lets a co-operative ask for a collective mark for its OCOP product', async () => {
    const { ctx, p } = await signedIn(COOPERATIVE);
    await p
      .getByRole('banner')
      .getByRole('button', { name: /^Tài khoản: / })
      .click();
    await p.getByRole('banner').getByRole('link', { name: 'Yêu cầu hỗ trợ SHTT' }).click();
    await h1(p, 'Yêu cầu hỗ trợ sở hữu trí tuệ');
    await noAxe(p, 'my requests');
    await p.getByRole('link', { name: 'Gửi yêu cầu mới' }).click();
    await h1(p, 'Gửi yêu cầu hỗ trợ sở hữu trí tuệ');

    // the form's own rules, before anything is sent
    await p.getByRole('button', { name: 'Gửi yêu cầu', exact: true }).click();
    await p.getByText('Hãy chọn loại quyền.').waitFor();
    await expect
      .poll(() => p.getByLabel('Tên đối tượng (sản phẩm, công nghệ…)').getAttribute('aria-invalid'))
      .toBe('true');
    await noAxe(p, 'new request with errors');

    await p.getByLabel('Loại quyền cần đăng ký').selectOption({ label: 'Nhãn hiệu tập thể' });
    await p.getByLabel('Loại đối tượng').selectOption({ label: 'Sản phẩm OCOP' });
    await p.getByLabel('Tên đối tượng (sản phẩm, công nghệ…)').fill(SUBJECT);
    await p.getByLabel('Mô tả nhu cầu').fill(DESCRIPTION);
    await p.getByRole('button', { name: 'Gửi yêu cầu', exact: true }).click();

    await h1(p, SUBJECT);
    journey.requestId = decodeURIComponent(new URL(p.url()).pathname.split('/').at(-1) ?? '');
    expect(journey.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await p.getByText('Đã gửi yêu cầu. Cán bộ Sở sẽ xem xét và phản hồi.').waitFor();
    await p.locator('.badge', { hasText: 'Đã gửi' }).first().waitFor();
    // markup in the description is shown as text
    await p.getByText(MARKUP, { exact: false }).waitFor();
    await screenshotAs(p, 'ip-support-request-1280');
    await noAxe(p, 'request detail (business)');
    await ctx.close();
  });

  it('does not show the request to another business', async () => {
    const { ctx, p } = await signedIn(OTHER_BUSINESS);
    await p.goto(`${BASE}/yeu-cau`);
    await h1(p, 'Yêu cầu hỗ trợ sở hữu trí tuệ');
    expect(await p.getByText(SUBJECT).count()).toBe(0);
    await p.goto(`${BASE}/yeu-cau/${encodeURIComponent(journey.requestId)}`);
    await p.getByRole('alert').waitFor();
    expect(await p.getByText(SUBJECT).count()).toBe(0);
    expect(await p.getByText(DESCRIPTION.slice(0, 40)).count()).toBe(0);
    await ctx.close();
  });

  it('lets the officer take the request from the triage queue and accept it', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await openWorkLink(p, 'Hỗ trợ sở hữu trí tuệ');
    await h1(p, 'Tiếp nhận yêu cầu hỗ trợ SHTT');
    await noAxe(p, 'triage queue');
    await p.getByRole('link', { name: SUBJECT }).click();
    await h1(p, SUBJECT);
    await p.getByRole('button', { name: 'Tôi nhận xử lý' }).click();
    await p.getByText('Đã phân công cán bộ phụ trách.').waitFor();
    await p.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await p.getByText('Đã tiếp nhận yêu cầu; hồ sơ đã được lập.').waitFor();
    await p.getByRole('heading', { level: 2, name: 'Hồ sơ đăng ký' }).waitFor();
    await p.locator('li.ip-item').first().waitFor();
    await noAxe(p, 'request detail (officer, accepted)');
    await ctx.close();
  });

  it('lets the co-operative upload the mandatory documents, checked before upload and by signature after', async () => {
    const { ctx, p } = await signedIn(COOPERATIVE);
    await p.goto(`${BASE}/yeu-cau/${encodeURIComponent(journey.requestId)}`);
    await h1(p, SUBJECT);
    const mandatory = p.locator('li.ip-item').filter({ hasText: 'bắt buộc' });
    await mandatory.first().waitFor();
    const count = await mandatory.count();
    expect(count).toBeGreaterThanOrEqual(3);

    // a program renamed .pdf? no: a file of another type is refused before anything is sent
    const first = mandatory.first();
    await first
      .getByLabel(/^Tải lên: /)
      .setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await first.getByText('“setup.exe” không phải tệp PDF, PNG, JPEG hoặc WebP.').waitFor();

    for (let i = 0; i < count; i++) {
      const item = mandatory.nth(i);
      const title = ((await item.getByRole('heading', { level: 3 }).textContent()) ?? '').trim();
      const specimen = /Mẫu nhãn hiệu/.test(title);
      const file = specimen
        ? { name: `mau-nhan-${i}.png`, mimeType: 'image/png', buffer: png(230, 160, 20) }
        : { name: `tai-lieu-${i}.pdf`, mimeType: 'application/pdf', buffer: pdf(`HTX Xoai Cao Lanh ${stamp} ${i}`) };
      await item.getByLabel(/^Tải lên: /).setInputFiles(file);
      await item.getByText(`Đã tải lên “${file.name}”.`).waitFor();
      await item.getByText(file.name, { exact: true }).waitFor();
      await item.getByText(/^SHA-256:/).waitFor();
    }
    // the declaration needs a digital signature: an unsigned one is flagged, not silently accepted
    const declaration = mandatory.filter({ hasText: 'Tờ khai' }).first();
    await declaration.getByText('Thiếu chữ ký số bắt buộc').waitFor();
    await screenshotAs(p, 'ip-support-dossier-1280');
    await noAxe(p, 'dossier with uploads');
    await ctx.close();
  });

  it('lets the officer accept every item (a flagged signature only with an acknowledgement): the dossier is complete', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await openWorkLink(p, 'Hỗ trợ sở hữu trí tuệ');
    await p
      .getByRole('navigation', { name: 'Các mục hỗ trợ sở hữu trí tuệ' })
      .getByRole('link', { name: 'Hồ sơ cần kiểm tra' })
      .click();
    await h1(p, 'Hồ sơ cần kiểm tra');
    await noAxe(p, 'dossiers to check');
    await p.getByRole('link', { name: SUBJECT }).click();
    await h1(p, SUBJECT);
    const toCheck = p.locator('li.ip-item').filter({ has: p.getByRole('button', { name: /^Đạt: / }) });
    await toCheck.first().waitFor();
    let guard = 20;
    while ((await toCheck.count()) > 0 && guard-- > 0) {
      const item = toCheck.first();
      const left = await toCheck.count();
      const ack = item.getByRole('checkbox', { name: /Tôi đã xem cảnh báo chữ ký số/ });
      if (await ack.count()) {
        // accepting a flagged signature without saying why is refused on the spot
        await item.getByRole('button', { name: /^Đạt: / }).click();
        await item.getByText(/Chữ ký số bị cảnh báo/).waitFor();
        await ack.check();
        await item.getByLabel(/^Nhận xét về/).fill('Đã đối chiếu bản giấy có chữ ký và con dấu của HTX.');
      }
      await item.getByRole('button', { name: /^Đạt: / }).click();
      await expect.poll(() => toCheck.count(), { timeout: 20_000 }).toBeLessThan(left);
    }
    await p.getByText('Hồ sơ đầy đủ: mọi tài liệu bắt buộc đã đạt.').waitFor();
    await p.locator('.badge', { hasText: 'Hồ sơ đầy đủ' }).first().waitFor();
    await noAxe(p, 'complete dossier');
    await ctx.close();
  });

  it('lets the officer record the filing and the milestones up to the grant', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await p.goto(`${BASE}/yeu-cau/${encodeURIComponent(journey.requestId)}`);
    await h1(p, SUBJECT);
    await p.getByLabel('Số đơn').fill(`4-2026-${stamp}`);
    await p.getByRole('button', { name: 'Ghi nhận đã nộp đơn' }).click();
    await p.getByRole('heading', { level: 3, name: 'Các mốc xử lý đơn' }).waitFor();
    await noAxe(p, 'filing recorded');

    // the national procedure in order; the service offers only the milestones that may come next
    const ORDER = ['Chấp nhận đơn hợp lệ', 'Công bố đơn', 'Cấp văn bằng bảo hộ'];
    for (let step = 0; step < 6; step++) {
      const kind = p.getByLabel('Loại mốc');
      if ((await kind.count()) === 0) break;
      const options = await kind.locator('option').allInnerTexts();
      const next = options.includes('Cấp văn bằng bảo hộ')
        ? 'Cấp văn bằng bảo hộ'
        : (ORDER.find((o) => options.includes(o)) ?? options[0] ?? '');
      await kind.selectOption({ label: next });
      if (next === 'Cấp văn bằng bảo hộ') await p.getByLabel('Số văn bằng bảo hộ').fill(`NHTT-${stamp}`);
      await p.getByRole('button', { name: 'Ghi nhận mốc' }).click();
      // after the grant nothing may follow: the form goes, the state says it
      if (next === 'Cấp văn bằng bảo hộ') break;
      await p.getByText(`Đã ghi nhận: ${next}.`).waitFor();
    }
    await p.locator('.badge', { hasText: 'Đã cấp văn bằng' }).first().waitFor();
    await screenshotAs(p, 'ip-support-granted-1280');
    await noAxe(p, 'granted');
    await ctx.close();
  });

  it('opens the subsidy claim for the co-operative, which completes and submits it', async () => {
    const { ctx, p } = await signedIn(COOPERATIVE);
    await p.goto(`${BASE}/yeu-cau`);
    await h1(p, 'Yêu cầu hỗ trợ sở hữu trí tuệ');
    await p
      .getByRole('navigation', { name: 'Các mục hỗ trợ sở hữu trí tuệ' })
      .getByRole('link', { name: 'Hỗ trợ chi phí' })
      .click();
    await h1(p, 'Hỗ trợ chi phí đăng ký');
    // the grant reaches the subsidy part as an event: the claim appears shortly after
    const link = p.getByRole('link', { name: new RegExp(stamp) });
    await expect
      .poll(
        async () => {
          if ((await link.count()) > 0) return true;
          await p.reload();
          await h1(p, 'Hỗ trợ chi phí đăng ký');
          return (await link.count()) > 0;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    await noAxe(p, 'my claims');
    await link.first().click();
    await h1(p, /^Hỗ trợ chi phí: /);
    journey.claimUrl = new URL(p.url()).pathname;
    journey.programme = (await p.getByTestId('claim-programme').getAttribute('data-programme')) ?? '';
    const cost = p.getByLabel('Chi phí có chứng từ (đồng)');
    if (await cost.count()) {
      await p.getByLabel('Loại tổ chức đề nghị').selectOption({ label: 'Hợp tác xã' });
      await cost.fill('2.650.000');
      await p.getByRole('button', { name: 'Lưu', exact: true }).click();
      await p.getByText('Đã lưu.').waitFor();
    }
    await p.getByLabel('Tải lên chứng từ').setInputFiles({
      name: 'bien-lai-phi.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(`Bien lai phi ${stamp}`),
    });
    await p.getByText('Đã tải lên “bien-lai-phi.pdf”.').waitFor();
    await p.locator('.ip-docs').getByText('bien-lai-phi.pdf').waitFor();
    await noAxe(p, 'claim being completed');
    await p.getByRole('button', { name: 'Gửi hồ sơ đề nghị hỗ trợ' }).click();
    await p.getByText('Đã gửi hồ sơ đề nghị hỗ trợ.').waitFor();
    await p.locator('.badge', { hasText: 'Chờ xét duyệt' }).first().waitFor();
    await ctx.close();
  });

  it('lets the officer approve and pay the claim, and the budget gauge moves', async () => {
    const { ctx, p } = await signedIn(OFFICER);
    await openWorkLink(p, 'Hỗ trợ sở hữu trí tuệ');
    await p
      .getByRole('navigation', { name: 'Các mục hỗ trợ sở hữu trí tuệ' })
      .getByRole('link', { name: 'Duyệt hỗ trợ chi phí' })
      .click();
    await h1(p, 'Duyệt hỗ trợ chi phí');
    const before = await gauge(p, journey.programme);
    await screenshotAs(p, 'ip-support-subsidy-queue-1280');
    await noAxe(p, 'subsidy queue');
    await p.goto(journey.claimUrl);
    await h1(p, /^Hỗ trợ chi phí: /);
    await p.getByRole('button', { name: 'Duyệt hỗ trợ' }).click();
    await p.getByText('Đã duyệt hỗ trợ; số tiền đã được cam kết trong ngân sách.').waitFor();
    const amount = await vndOf(p.getByTestId('claim-amount'));
    expect(amount).toBeGreaterThan(0n);
    await expect
      .poll(async () => (await gauge(p, journey.programme)).committed, { timeout: 20_000 })
      .toBe(before.committed + amount);
    await noAxe(p, 'claim approved');

    await p.getByLabel('Số chứng từ chi').fill(`UNC-${stamp}`);
    await p.getByRole('button', { name: 'Ghi nhận đã chi' }).click();
    await p.getByText('Đã ghi nhận chi trả.').waitFor();
    await p.locator('.badge', { hasText: 'Đã chi trả' }).first().waitFor();
    await expect
      .poll(async () => (await gauge(p, journey.programme)).paid, { timeout: 20_000 })
      .toBe(before.paid + amount);
    expect((await gauge(p, journey.programme)).committed).toBe(before.committed);
    await screenshotAs(p, 'ip-support-paid-1280');
    await ctx.close();
  });

  it('shows the other IP-support pages accessibly: deadlines, OCOP readiness, the officer lists and the rule tables', async () => {
    const business = await signedIn(COOPERATIVE);
    const b = business.p;
    await b.goto(`${BASE}/thoi-han`);
    await h1(b, 'Lịch thời hạn');
    await noAxe(b, 'deadlines (business)');
    await b.goto(`${BASE}/ocop`);
    await h1(b, 'Sản phẩm OCOP: mức sẵn sàng');
    await noAxe(b, 'OCOP products');
    const product = b.locator('table.ip-ocop-table tbody th a').first();
    if (await product.count()) {
      const name = ((await product.textContent()) ?? '').trim();
      await product.click();
      await h1(b, name);
      await noAxe(b, 'OCOP product');
    }
    await business.ctx.close();

    const officer = await signedIn(OFFICER);
    const o = officer.p;
    await o.goto(`${BASE}/den-han`);
    await h1(o, 'Thời hạn đến trong 30 ngày tới');
    await noAxe(o, 'due in 30 days');
    await o.goto(`${BASE}/ocop-tien-do`);
    await h1(o, 'Tiến độ sản phẩm OCOP');
    await noAxe(o, 'OCOP pipeline');
    await officer.ctx.close();

    const admin = await signedIn('quantri');
    await openWorkLink(admin.p, 'Danh mục SHTT');
    await h1(admin.p, 'Danh mục hỗ trợ sở hữu trí tuệ');
    await screenshotAs(admin.p, 'ip-support-admin-1280');
    await noAxe(admin.p, 'IP rule tables');
    await admin.ctx.close();
  });
});
