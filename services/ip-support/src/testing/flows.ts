// Steps many tests share: a request accepted by an officer, a dossier completed through the API.
import { expect } from 'vitest';
import type { DossierView } from '../dossiers/dossier.schema.js';
import type { CreateRequestInput, RequestView } from '../requests/request.schema.js';
import { principals } from './fixtures.js';
import type { IpSupportTestApp } from './ip-support-test-app.js';
import { fakePdf, multipart } from './multipart.js';

const API = '/api/ip-support/v1';

export async function acceptedRequest(
  t: IpSupportTestApp,
  body: Partial<CreateRequestInput> = {},
  requester = principals.cooperative,
): Promise<RequestView> {
  const created = await t.request<RequestView>({
    method: 'POST',
    url: `${API}/requests`,
    principal: requester,
    body: {
      right: 'collective_mark',
      subjectKind: 'ocop_product',
      subjectTitle: 'Xoài cát Hòa Lộc Cao Lãnh',
      description: 'Nhãn hiệu tập thể cho xoài của hợp tác xã.',
      niceClasses: [31],
      ...body,
    },
  });
  expect(created.status).toBe(201);
  const accepted = await t.request<RequestView>({
    method: 'POST',
    url: `${API}/requests/${created.body.id}/accept`,
    principal: principals.officer,
    body: {},
  });
  expect(accepted.status).toBe(200);
  return accepted.body;
}

/** Uploads and accepts every mandatory item (flagged signatures acknowledged). */
export async function completeDossier(t: IpSupportTestApp, requestId: string, requester = principals.cooperative) {
  const dossier = (
    await t.request<DossierView>({ url: `${API}/requests/${requestId}/dossier`, principal: principals.officer })
  ).body;
  for (const item of dossier.items.filter((i) => i.mandatory)) {
    const up = await t.request({
      method: 'POST',
      url: `${API}/requests/${requestId}/dossier/items/${item.code}/documents`,
      principal: requester,
      ...multipart(`${item.code}.pdf`, fakePdf(item.code)),
    });
    expect(up.status, item.code).toBe(201);
    const review = await t.request({
      method: 'POST',
      url: `${API}/requests/${requestId}/dossier/items/${item.code}/review`,
      principal: principals.officer,
      body: item.signatureRequired
        ? { verdict: 'accepted', acceptFlaggedSignature: true, note: 'Đã đối chiếu bản gốc.' }
        : { verdict: 'accepted' },
    });
    expect(review.status, item.code).toBe(200);
  }
}
