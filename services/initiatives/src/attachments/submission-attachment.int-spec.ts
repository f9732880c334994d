// Attachments on real PostgreSQL: the author adds files to a draft (checked by content, size and
// name), downloads them; strangers and staff cannot change them; once sent they are frozen; an
// assigned reviewer of a blind campaign sees and downloads them without their file names.
import { foldVietnamese } from '@sti/review';
import type { Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyJson, openCampaign, principals, screenToReview, submissionBody } from '../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../testing/initiatives-test-app.js';

const base = '/api/initiatives/v1';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const NAMED = 'Bản vẽ – Nguyễn Thị Hoa.pdf';
const stranger: Principal = {
  userId: '01920000-0000-7000-8000-0000000000f9',
  displayName: 'Người lạ',
  roles: ['business'],
  organisationId: '01920000-0000-7000-8000-0000000001f9',
};

function multipart(fileName: string, content: Buffer) {
  const boundary = '----initiatives-attachment-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('submission attachments', () => {
  let app: InitiativesTestApp;
  let campaignId: string;
  let submissionId: string;
  let attachmentId: string;

  const upload = (principal: Principal | undefined, fileName: string, content: Buffer, id = submissionId) =>
    app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions/${id}/attachments`,
      ...multipart(fileName, content),
      ...(principal ? { principal } : {}),
    });
  const get = (principal: Principal, url: string) => app.request<AnyJson>({ url: `${base}${url}`, principal });

  beforeAll(async () => {
    app = await startTestInitiatives();
    campaignId = await openCampaign(app);
    const created = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/submissions`,
      principal: principals.author,
      body: submissionBody(campaignId),
    });
    submissionId = created.body.id;
  });
  afterAll(() => app?.close());

  it('lets the author attach a PDF to the draft and download it under its name', async () => {
    const res = await upload(principals.author, NAMED, PDF);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ fileName: NAMED, mediaType: 'application/pdf', sizeBytes: PDF.length });
    attachmentId = res.body.id;
    const view = await get(principals.author, `/submissions/${submissionId}`);
    expect(view.body.attachments).toEqual([res.body]);
    const file = await get(principals.author, `/submissions/${submissionId}/attachments/${attachmentId}`);
    expect(file.status).toBe(200);
    expect(file.text).toBe(PDF.toString());
    expect(file.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(NAMED)}`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    // a draft is the author's alone: the campaign's staff do not see it yet
    expect((await get(principals.secretary, `/submissions/${submissionId}/attachments/${attachmentId}`)).status).toBe(
      404,
    );
  });

  it('refuses hostile files: a script named .pdf, an empty file, more than 10 MB; strips a path from the name', async () => {
    const fake = await upload(principals.author, 'ke-hoach.pdf', Buffer.from('<script>alert(1)</script>'));
    expect(fake.status).toBe(415);
    expect(fake.body.code).toBe('unsupported_media_type');
    expect((await upload(principals.author, 'rong.pdf', Buffer.alloc(0))).status).toBe(400);
    const big = await upload(principals.author, 'lon.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    const pathy = await upload(principals.author, '../../etc/passwd.pdf', PDF);
    expect(pathy.status).toBe(201);
    expect(pathy.body.fileName).toBe('passwd.pdf');
    const del = await app.request({
      method: 'DELETE',
      url: `${base}/submissions/${submissionId}/attachments/${pathy.body.id}`,
      principal: principals.author,
    });
    expect(del.status).toBe(204);
    const view = await get(principals.author, `/submissions/${submissionId}`);
    expect(view.body.attachments.map((a: AnyJson) => a.id)).toEqual([attachmentId]);
  });

  it('keeps strangers, staff and anonymous callers from changing or reading them', async () => {
    expect((await upload(undefined, 'x.pdf', PDF)).status).toBe(401);
    expect((await upload(stranger, 'x.pdf', PDF)).status).toBe(404);
    expect((await upload(principals.secretary, 'x.pdf', PDF)).status).toBe(404);
    expect((await get(stranger, `/submissions/${submissionId}/attachments/${attachmentId}`)).status).toBe(404);
    expect((await get(principals.reviewer1, `/submissions/${submissionId}/attachments/${attachmentId}`)).status).toBe(
      404,
    );
  });

  it('freezes the files once the submission is sent; the staff read them from then on', async () => {
    const sent = await app.request({
      method: 'POST',
      url: `${base}/submissions/${submissionId}/submit`,
      principal: principals.author,
    });
    expect(sent.status).toBe(200);
    const late = await upload(principals.author, 'bo-sung.pdf', PDF);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('submission_not_editable');
    // the secretary now reads the files, and still cannot change them
    expect((await get(principals.secretary, `/submissions/${submissionId}/attachments/${attachmentId}`)).status).toBe(
      200,
    );
    expect((await upload(principals.secretary, 'x.pdf', PDF)).status).toBe(403);
  });

  it('gives an assigned reviewer of a blind campaign the files by number, never by name', async () => {
    await screenToReview(app, submissionId);
    const auto = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/campaigns/${campaignId}/assignments/auto`,
      principal: principals.secretary,
    });
    expect(auto.status).toBe(200);
    const reviewers = auto.body.board.submissions[0].reviewers as AnyJson[];
    const mine = reviewers.find((r) => r.reviewerUserId === principals.reviewer1.userId);
    expect(mine).toBeDefined();
    const detail = await get(principals.reviewer1, `/assignments/${mine?.assignmentId}`);
    expect(detail.body.submission.attachments).toEqual([
      { id: attachmentId, number: 1, fileName: null, mediaType: 'application/pdf', sizeBytes: PDF.length },
    ]);
    expect(foldVietnamese(JSON.stringify(detail.body))).not.toContain(foldVietnamese('Bản vẽ'));
    const file = await get(principals.reviewer1, `/assignments/${mine?.assignmentId}/attachments/${attachmentId}`);
    expect(file.status).toBe(200);
    expect(file.text).toBe(PDF.toString());
    expect(file.headers['content-disposition']).toBe("attachment; filename*=UTF-8''tai-lieu-1.pdf");
    // another reviewer's assignment is not a way in
    const other = reviewers.find((r) => r.reviewerUserId !== principals.reviewer1.userId);
    expect(
      (await get(principals.reviewer1, `/assignments/${other?.assignmentId}/attachments/${attachmentId}`)).status,
    ).toBe(404);
  });
});
