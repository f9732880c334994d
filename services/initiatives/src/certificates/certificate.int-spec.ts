// Certificates on real PostgreSQL: issued in the approval transaction with the public repository
// record and its event; the PDF for the authors and the council only (Vietnamese text, QR to the
// verification page); public verification (valid, tampered, revoked); revocation by the chair.
import jsQRModule from 'jsqr';
import { principalHeaders } from '@sti/platform/testing';
import { extractImages, extractText, getDocumentProxy } from 'unpdf';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyJson, openCampaign, principals, submitInitiative } from '../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../testing/initiatives-test-app.js';
import type { IssuedCertificate } from './certificate.service.js';

const base = '/api/initiatives/v1';
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

// pdf.js needs ArrayBuffer.prototype.transferToFixedLength (Node ≥ 21) to decode images
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
proto.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};

describe('certificates', () => {
  let app: InitiativesTestApp;
  let issued: IssuedCertificate;
  let submissionId: string;
  let campaignId: string;

  beforeAll(async () => {
    app = await startTestInitiatives();
    campaignId = await openCampaign(app);
    submissionId = await submitInitiative(app, campaignId);
    const { prisma } = app.handle.database;
    const { services } = app.handle;
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    const submission = await prisma.submission.findUniqueOrThrow({
      where: { id: submissionId },
      include: { authors: { orderBy: { position: 'asc' } } },
    });
    // what ini-core's approval does for each recognised submission, in its transaction
    issued = await prisma.$transaction(async (tx) => {
      const decision = await tx.decision.create({
        data: {
          id: uuidv7(),
          campaignId,
          kind: 'initial',
          number: '125/QĐ-SKHCN',
          decidedOn: new Date('2026-11-20T00:00:00Z'),
          status: 'approved',
          entries: [],
          draftedBy: principals.secretary.userId,
        },
      });
      const input = {
        campaign,
        submission,
        decisionId: decision.id,
        decisionNumber: decision.number,
        decisionDate: '2026-11-20',
      };
      const first = await services.certificates.issue(tx, input);
      // issuing twice for the same decision returns the same certificate
      expect(await services.certificates.issue(tx, input)).toEqual(first);
      return first;
    });
  });
  afterAll(() => app?.close());

  const pdf = (principal?: (typeof principals)[keyof typeof principals], code = issued.code) =>
    app.handle.app.inject({
      method: 'GET',
      url: `${base}/certificates/${code}.pdf`,
      headers: principal ? headersFor(principal, `${base}/certificates/${code}.pdf`) : {},
    });
  // the same signed identity headers injectRequest sends (raw inject: the PDF body is binary)
  const headersFor = (principal: (typeof principals)[keyof typeof principals], url: string) =>
    principalHeaders(principal, { method: 'GET', url });

  it('publishes the recognised initiative to the repository with its certificate code', async () => {
    const record = await app.handle.database.prisma.repositoryRecord.findUniqueOrThrow({
      where: { id: issued.repositoryRecordId },
    });
    expect(record).toMatchObject({
      origin: 'campaign',
      sourceUnit: campaignId,
      externalId: submissionId,
      certificateCode: issued.code,
      decisionNumber: '125/QĐ-SKHCN',
      year: 2026,
      status: 'published',
    });
    const events = await app.events(record.id);
    expect(events.map((e) => e.type)).toEqual(['sti.initiatives.v1.RecordPublished']);
    expect(events[0]?.message.record).toMatchObject({ certificateCode: issued.code, origin: 1 });
    expect(issued.verificationUrl).toBe(`http://localhost:3000/xac-minh/${issued.code}`);
  });

  it('gives the PDF to an author and the council, in Vietnamese, with a QR code of the verification URL', async () => {
    const res = await pdf(principals.author);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const document = await getDocumentProxy(new Uint8Array(res.rawPayload));
    const { text } = await extractText(document, { mergePages: true });
    const flat = text.normalize('NFC').replace(/\s+/g, ' ');
    expect(flat).toContain('Ứng dụng bản đồ tư duy số trong dạy học môn Lịch sử lớp 11');
    expect(flat).toContain('Nguyễn Thị Hoa (70%)');
    expect(flat).toContain('Trương Văn Bình (30%)');
    expect(flat).toContain('Quyết định số 125/QĐ-SKHCN ngày 20 tháng 11 năm 2026');
    const images = await extractImages(await getDocumentProxy(new Uint8Array(res.rawPayload)), 1);
    const decoded = images.map((image) => {
      const rgba = new Uint8ClampedArray(image.width * image.height * 4);
      for (let p = 0; p < image.width * image.height; p++) {
        for (let c = 0; c < 3; c++)
          rgba[p * 4 + c] = image.data[p * image.channels + (image.channels === 1 ? 0 : c)] ?? 0;
        rgba[p * 4 + 3] = 255;
      }
      return jsQR(rgba, image.width, image.height)?.data;
    });
    expect(decoded).toEqual([issued.verificationUrl]);

    expect((await pdf(principals.reviewer1)).statusCode).toBe(200); // council member
    expect((await pdf(principals.admin)).statusCode).toBe(200);
    expect((await pdf(principals.otherOfficer)).statusCode).toBe(403);
    expect((await pdf()).statusCode).toBe(401);
  });

  it('verifies the code publicly with what the certificate says and nothing private', async () => {
    const res = await app.request<AnyJson>({ url: `${base}/verify/${issued.code.toLowerCase().replaceAll('-', ' ')}` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'valid',
      code: issued.code,
      title: 'Ứng dụng bản đồ tư duy số trong dạy học môn Lịch sử lớp 11',
      authors: [
        { name: 'Nguyễn Thị Hoa', sharePercent: 70 },
        { name: 'Trương Văn Bình', sharePercent: 30 },
      ],
      organisationName: expect.any(String),
      unitName: 'Tổ Sử – Địa, Trường THPT Thống Linh',
      decisionNumber: '125/QĐ-SKHCN',
      decisionDate: '2026-11-20',
      revokedOn: null,
    });
    expect(res.text).not.toMatch(/@|0912|0277|hoa\.nguyen/);
  });

  it('says unknown for a tampered code, with a typo hint when the checksum fails', async () => {
    const chars = issued.code.split('');
    chars[2] = chars[2] === 'A' ? 'B' : 'A';
    const typo = await app.request<AnyJson>({ url: `${base}/verify/${chars.join('')}` });
    expect(typo.body).toEqual({ status: 'unknown', code: chars.join(''), hint: 'typo' });
    const made = await app.request<AnyJson>({ url: `${base}/verify/ABCDE-FGHJK-MNPQR` });
    expect(made.body).toMatchObject({ status: 'unknown' });
    expect(made.body.title).toBeUndefined();
    expect((await pdf(principals.author, chars.join(''))).statusCode).toBe(404);
  });

  it('lets the chair revoke, not the secretary; verification then says revoked and the record is withdrawn', async () => {
    const url = `${base}/certificates/${issued.code}/revoke`;
    const bySecretary = await app.request({
      method: 'POST',
      url,
      principal: principals.secretary,
      body: { reason: 'Trùng sáng kiến đã công nhận' },
    });
    expect(bySecretary.status).toBe(403);
    const byChair = await app.request<AnyJson>({
      method: 'POST',
      url,
      principal: principals.chair,
      body: { reason: 'Trùng sáng kiến đã công nhận năm 2024' },
    });
    expect(byChair.status).toBe(200);
    expect(byChair.body).toMatchObject({ status: 'revoked', code: issued.code });
    const again = await app.request<AnyJson>({
      method: 'POST',
      url,
      principal: principals.chair,
      body: { reason: 'Lần nữa cho chắc' },
    });
    expect(again.status).toBe(409);

    const verify = await app.request<AnyJson>({ url: `${base}/verify/${issued.code}` });
    expect(verify.body).toMatchObject({ status: 'revoked', revokedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(verify.text).not.toContain('Trùng sáng kiến');

    const record = await app.handle.database.prisma.repositoryRecord.findUniqueOrThrow({
      where: { id: issued.repositoryRecordId },
    });
    expect(record).toMatchObject({ status: 'withdrawn', revision: 2 });
    const events = await app.events(record.id);
    expect(events.map((e) => e.type)).toEqual([
      'sti.initiatives.v1.RecordPublished',
      'sti.initiatives.v1.RecordWithdrawn',
    ]);
    expect(events[1]?.message).toMatchObject({ recordId: record.id, revision: 2, reason: 'certificate_revoked' });

    // the PDF still downloads for the record, stamped as revoked
    const revokedPdf = await pdf(principals.author);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(revokedPdf.rawPayload)), {
      mergePages: true,
    });
    expect(text.normalize('NFC')).toContain('ĐÃ THU HỒI');
  });
});
