// Linking a request to a platform item: Techmart's OfferPublished and the repository's RecordPublished
// reach this service through the transport, and the requester's organisation sees its own items.
import { IpStatus, OfferPublishedSchema, RecordPublishedSchema } from '@sti/contracts';
import { createInProcessTransport, event } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestView } from '../requests/request.schema.js';
import { principals } from '../testing/fixtures.js';
import { type IpSupportTestApp, startTestIpSupport } from '../testing/ip-support-test-app.js';
import type { PlatformSubjectView } from './subject.schema.js';

const API = '/api/ip-support/v1';
const OFFER_ID = '01920000-0000-7000-8000-00000000e001';
const RECORD_ID = '01920000-0000-7000-8000-00000000e002';

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (ok(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return read();
}

describe('platform items from events', () => {
  let t: IpSupportTestApp;
  const transport = createInProcessTransport();

  beforeAll(async () => {
    t = await startTestIpSupport({ transport });
    const offer = event(
      OfferPublishedSchema,
      {
        offer: {
          id: OFFER_ID,
          title: 'Quy trình sấy xoài bằng năng lượng mặt trời',
          owner: { id: principals.cooperative.organisationId, name: principals.cooperative.organisationName },
          ipStatus: IpStatus.PENDING_APPLICATION,
        },
      },
      { topic: 'techmart.offer.v1', aggregateType: 'techmart.offer', aggregateId: OFFER_ID },
    );
    const record = event(
      RecordPublishedSchema,
      {
        record: {
          id: RECORD_ID,
          revision: 1,
          title: 'Cải tiến máy bóc vỏ hạt sen',
          organisation: { id: principals.business.organisationId, name: principals.business.organisationName },
        },
      },
      { topic: 'initiatives.repository.v1', aggregateType: 'initiatives.record', aggregateId: RECORD_ID },
    );
    await transport.publish([
      { ...offer, position: '1' },
      { ...record, position: '2' },
    ]);
  });
  afterAll(async () => {
    await t?.close();
    await transport.close();
  });

  it('shows each organisation its own items, and officers all of them', async () => {
    const coop = await until(
      async () =>
        (
          await t.request<{ items: PlatformSubjectView[] }>({
            url: `${API}/subjects`,
            principal: principals.cooperative,
          })
        ).body.items,
      (items) => items.length > 0,
    );
    expect(coop).toEqual([
      {
        id: OFFER_ID,
        kind: 'techmart_offer',
        title: 'Quy trình sấy xoài bằng năng lượng mặt trời',
        organisationId: principals.cooperative.organisationId,
        status: 'pending_application',
      },
    ]);
    const officer = await until(
      async () =>
        (await t.request<{ items: PlatformSubjectView[] }>({ url: `${API}/subjects`, principal: principals.officer }))
          .body.items,
      (items) => items.length === 2,
    );
    expect(officer.map((s) => s.kind).sort()).toEqual(['initiative', 'techmart_offer']);
  });

  it('shows the linked item on a request', async () => {
    const created = await t.request<RequestView>({
      method: 'POST',
      url: `${API}/requests`,
      principal: principals.cooperative,
      body: {
        right: 'utility_solution',
        subjectKind: 'techmart_offer',
        subjectRefId: OFFER_ID,
        subjectTitle: 'Máy sấy xoài năng lượng mặt trời',
        description: 'Bảo hộ giải pháp hữu ích cho máy sấy.',
        claimCount: 6,
      },
    });
    expect(created.body.linkedSubject).toMatchObject({ id: OFFER_ID, kind: 'techmart_offer' });
  });
});
