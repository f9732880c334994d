// Attachments: type checked by content, size limit, stored by SHA-256, served as bytes.

import { createHash } from 'node:crypto';
import { readdir, utimes, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfferView } from '../offers/offer.schema.js';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';

let t: TechmartTestApp;
let offer: OfferView;

beforeAll(async () => {
  t = await startTestTechmart();
  const created = await t.request<OfferView>({
    method: 'POST',
    url: '/api/techmart/v1/offers',
    principal: principals.business,
    body: offerBody(),
  });
  offer = created.body;
});
afterAll(async () => {
  await t?.close();
});

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR demo image bytes'),
]);

function multipart(fileName: string, content: Buffer, contentType: string, fields: Record<string, string> = {}) {
  const boundary = '----techmart-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
  );
  parts.push(content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('attachments', () => {
  it('stores an image with its SHA-256 as an edit of the offer, and serves it back', async () => {
    const upload = multipart('ảnh máy sấy.png', PNG, 'image/png', { revision: '1' });
    const response = await t.request<{
      id: string;
      sha256: string;
      mediaType: string;
      sizeBytes: number;
      fileName: string;
    }>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/attachments`,
      principal: principals.business,
      ...upload,
    });
    expect(response.status, response.text).toBe(201);
    expect(response.body).toMatchObject({
      mediaType: 'image/png',
      sizeBytes: PNG.length,
      fileName: 'ảnh máy sấy.png',
      sha256: createHash('sha256').update(PNG).digest('hex'),
    });
    const after = await t.request<OfferView>({
      url: `/api/techmart/v1/offers/${offer.id}`,
      principal: principals.business,
    });
    expect(after.body.revision).toBe(2);
    expect(after.body.attachments.map((a) => a.id)).toEqual([response.body.id]);
    const updated = (await t.events(offer.id)).at(-1);
    expect(updated?.type).toBe('sti.techmart.v1.OfferUpdated');

    const downloadUrl = `/api/techmart/v1/offers/${offer.id}/attachments/${response.body.id}`;
    const download = await t.handle.app.inject({
      url: downloadUrl,
      headers: (await import('@sti/platform/testing')).principalHeaders(principals.business, { url: downloadUrl }),
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    // Not published: the public cannot fetch it.
    const anonymous = await t.request({ url: `/api/techmart/v1/offers/${offer.id}/attachments/${response.body.id}` });
    expect(anonymous.status).toBe(404);
  });

  it('refuses a script disguised as a PDF (415) and files above 10 MB (413)', async () => {
    const fake = multipart('bang-gia.pdf', Buffer.from('<script>alert(1)</script>'), 'application/pdf');
    const refused = await t.request<{ code: string }>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/attachments`,
      principal: principals.business,
      ...fake,
    });
    expect(refused.status).toBe(415);
    const big = multipart(
      'lon.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 1)]),
      'application/pdf',
    );
    const tooLarge = await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/attachments`,
      principal: principals.business,
      ...big,
    });
    expect(tooLarge.status).toBe(413);
    expect(await t.count('attachments')).toBe(1);
  });

  it('refuses uploads by another organisation (403) and anonymous ones (401) without writing a byte', async () => {
    const before = await filesOnDisk();
    // Content no earlier test stored: had it been written, a new file would show up.
    const upload = multipart('a.png', Buffer.concat([PNG, Buffer.from('uninvited')]), 'image/png');
    const forbidden = await t.request<{ code: string }>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/attachments`,
      principal: principals.otherBusiness,
      ...upload,
    });
    expect(forbidden.status, forbidden.text).toBe(403);
    expect(forbidden.body.code).toBe('forbidden');
    expect(
      (await t.request({ method: 'POST', url: `/api/techmart/v1/offers/${offer.id}/attachments`, ...upload })).status,
    ).toBe(401);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('answers 404 for a listing that does not exist, without writing a byte', async () => {
    const before = await filesOnDisk();
    const upload = multipart('b.png', Buffer.concat([PNG, Buffer.from('nowhere to go')]), 'image/png');
    const missing = await t.request({
      method: 'POST',
      url: '/api/techmart/v1/offers/01920000-0000-7000-8000-00000000dead/attachments',
      principal: principals.business,
      ...upload,
    });
    expect(missing.status, missing.text).toBe(404);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('leaves nothing behind when an upload is too large or refused by type', async () => {
    const before = await filesOnDisk();
    const big = multipart('lon.png', Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024 + 1, 7)]), 'image/png');
    const tooLarge = await t.request<{ code: string }>({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/attachments`,
      principal: principals.business,
      ...big,
    });
    expect(tooLarge.status).toBe(413);
    const fake = multipart('x.pdf', Buffer.from('#!/bin/sh\nrm -rf /'), 'application/pdf');
    const refused = await t.request({
      method: 'POST',
      url: `/api/techmart/v1/offers/${offer.id}/attachments`,
      principal: principals.business,
      ...fake,
    });
    expect(refused.status).toBe(415);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('sweeps stale temporary files and stored files no attachment refers to, keeping referenced ones', async () => {
    const root = join(t.dataDir, 'attachments');
    const orphan = createHash('sha256').update('orphan').digest('hex');
    await mkdir(join(root, orphan.slice(0, 2)), { recursive: true });
    await writeFile(join(root, orphan.slice(0, 2), orphan), 'orphan');
    await mkdir(join(root, 'tmp'), { recursive: true });
    await writeFile(join(root, 'tmp', 'interrupted.upload'), 'half a file');
    const referenced = await filesOnDisk();
    // Fresh files may belong to an upload in flight: the sweep leaves them alone.
    expect(await t.handle.services.attachments.sweep()).toEqual({ temporary: 0, orphans: 0 });
    const anHourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const path of referenced) await utimes(join(root, path), anHourAgo, anHourAgo);
    expect(await t.handle.services.attachments.sweep()).toEqual({ temporary: 1, orphans: 1 });
    const left = await filesOnDisk();
    expect(left).not.toContain(join(orphan.slice(0, 2), orphan));
    expect(left).toContain(join(PNG_SHA.slice(0, 2), PNG_SHA));
    expect(left.filter((path) => path.startsWith('tmp'))).toEqual([]);
  });

  it('shows the photos of a need and of an expert profile in their views, as on offers', async () => {
    const need = await t.request<{ id: string; revision: number; attachments: unknown[] }>({
      method: 'POST',
      url: '/api/techmart/v1/needs',
      principal: principals.business,
      body: {
        title: 'Cần công nghệ sấy xoài giữ màu, giảm chi phí điện',
        problem: 'Cơ sở đang sấy xoài bằng tủ sấy điện trở, chi phí điện chiếm gần 30% giá thành.',
        sectorCode: 'agri-processing',
        locality: { provinceCode: '87', communeCode: '30268' },
        contact: { name: 'Trần Thị Bích', phone: '0918 245 377' },
      },
    });
    const expert = await t.request<{ id: string; revision: number; attachments: unknown[] }>({
      method: 'POST',
      url: '/api/techmart/v1/experts',
      principal: principals.researcher,
      body: {
        fullName: 'Lê Minh Châu',
        fieldCodes: ['agri-processing'],
        results: [],
        availableForConsulting: true,
        biography: 'Hai mươi năm nghiên cứu công nghệ sau thu hoạch.',
        locality: { provinceCode: '87', communeCode: '30268' },
        contact: { name: 'PGS.TS. Lê Minh Châu' },
      },
    });
    for (const [collection, created, principal] of [
      ['needs', need, principals.business],
      ['experts', expert, principals.researcher],
    ] as const) {
      expect(created.status, created.text).toBe(201);
      expect(created.body.attachments).toEqual([]);
      const uploaded = await t.request<{ id: string }>({
        method: 'POST',
        url: `/api/techmart/v1/${collection}/${created.body.id}/attachments`,
        principal,
        ...multipart(`${collection}.png`, Buffer.concat([PNG, Buffer.from(collection)]), 'image/png'),
      });
      expect(uploaded.status, uploaded.text).toBe(201);
      const read = await t.request<{ attachments: { id: string; fileName: string; mediaType: string }[] }>({
        url: `/api/techmart/v1/${collection}/${created.body.id}`,
        principal,
      });
      expect(read.body.attachments).toEqual([
        expect.objectContaining({ id: uploaded.body.id, fileName: `${collection}.png`, mediaType: 'image/png' }),
      ]);
    }
  });
});

const PNG_SHA = createHash('sha256').update(PNG).digest('hex');

/** Every file under the attachments directory, relative, sorted (temporary ones included). */
async function filesOnDisk(): Promise<string[]> {
  const root = join(t.dataDir, 'attachments');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}
