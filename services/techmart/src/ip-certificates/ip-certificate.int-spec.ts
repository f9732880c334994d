// A protection title IP support grants for an offer shows on the offer, verified — only when the filing
// was made by the offer's own organisation; a redelivered event changes nothing twice.
import { CertificateGrantedSchema, IpRight, SubjectKind } from '@sti/contracts';
import { event, InProcessTransport, type Principal } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerBody, principals, startTestTechmart, type TechmartTestApp } from '../testing/techmart-test-app.js';
import { IP_FILING_TOPIC } from './ip-certificate.consumer.js';
import type { IpCertificateList } from './ip-certificate.schema.js';

const api = '/api/techmart/v1';
const transport = new InProcessTransport();
let t: TechmartTestApp;
let position = 0;

beforeAll(async () => {
  t = await startTestTechmart({ transport });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await transport.close();
});

async function publishedOffer(): Promise<string> {
  const created = await t.request<{ id: string }>({
    method: 'POST',
    url: `${api}/offers`,
    principal: principals.researcher,
    body: offerBody(),
  });
  expect(created.status, created.text).toBe(201);
  const id = created.body.id;
  await t.request({ method: 'POST', url: `${api}/offers/${id}/submit`, principal: principals.researcher });
  const published = await t.request({
    method: 'POST',
    url: `${api}/offers/${id}/publish`,
    principal: principals.officer,
  });
  expect(published.status, published.text).toBe(200);
  return id;
}

function granted(offerId: string, organisationId: string, filingId: string, number: string) {
  return event(
    CertificateGrantedSchema,
    {
      filing: {
        id: filingId,
        organisation: { id: organisationId, name: 'x' },
        right: IpRight.PATENT,
        subjectKind: SubjectKind.TECHMART_OFFER,
        subjectRefId: offerId,
      },
      certificateNumber: number,
      grantedOn: '2026-11-30',
      subjectTitle: 'Máy sấy nông sản',
    },
    { topic: IP_FILING_TOPIC, aggregateType: 'ipsupport.filing', aggregateId: filingId },
  );
}

const publish = async (e: ReturnType<typeof event>) => {
  position += 1;
  await transport.publish([{ ...e, position: String(position) }]);
};

const certificates = (offerId: string, principal?: Principal) =>
  t.request<IpCertificateList>({
    url: `${api}/offers/${offerId}/ip-certificates`,
    ...(principal ? { principal } : {}),
  });

async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('protection titles from IP support', () => {
  it('shows a title granted on the owner’s filing to anyone who reads the offer, once however often it is told', async () => {
    const offerId = await publishedOffer();
    const owner = principals.researcher.organisationId ?? '';
    const e = granted(offerId, owner, 'filing-1', '1-0034567');
    await publish(e);
    await publish(e); // redelivered
    await eventually(async () => (await certificates(offerId)).body.items.length > 0);
    const anonymous = await certificates(offerId);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.items).toEqual([
      { right: 'patent', certificateNumber: '1-0034567', grantedOn: '2026-11-30' },
    ]);
  });

  it('ignores a filing by another organisation naming someone else’s offer', async () => {
    const offerId = await publishedOffer();
    await publish(granted(offerId, principals.otherBusiness.organisationId ?? '', 'filing-2', '1-0099999'));
    // a later, legitimate title proves the consumer has moved past the foreign one
    await publish(granted(offerId, principals.researcher.organisationId ?? '', 'filing-3', '2-0001234'));
    await eventually(async () => (await certificates(offerId)).body.items.length > 0);
    expect((await certificates(offerId)).body.items.map((c) => c.certificateNumber)).toEqual(['2-0001234']);
  });

  it('answers 404 for an offer the caller may not read', async () => {
    const draft = await t.request<{ id: string }>({
      method: 'POST',
      url: `${api}/offers`,
      principal: principals.researcher,
      body: offerBody(),
    });
    expect((await certificates(draft.body.id)).status).toBe(404);
    expect((await certificates(draft.body.id, principals.researcher)).status).toBe(200);
  });
});
