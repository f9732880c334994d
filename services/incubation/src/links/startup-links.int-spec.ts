// A Techmart offer of the startup's organisation shows on the startup's profile, from Techmart's events
// only; archiving it marks the link; a redelivered event changes nothing twice.
import { create } from '@bufbuild/protobuf';
import { OfferArchivedSchema, OfferPublishedSchema } from '@sti/contracts';
import { createInProcessTransport, event } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStartup, founder, officer } from '../testing/fixtures.js';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';

const API = '/api/incubation/v1';

describe('startup links from other services’ events', () => {
  let app: IncubationTestApp;
  const transport = createInProcessTransport();
  const team = founder('Đội có công nghệ');
  let startupId: string;
  let position = 0;

  const publish = async (e: ReturnType<typeof event>) => {
    position += 1;
    await transport.publish([{ ...e, position: String(position) }]);
  };
  const links = async () =>
    (
      await app.request<{ items: { kind: string; externalId: string; title: string; status: string }[] }>({
        url: `${API}/startups/${startupId}/links`,
        principal: team,
      })
    ).body.items;

  beforeAll(async () => {
    app = await startTestIncubation({ transport });
    startupId = await createStartup(app, team);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await transport.close();
  });

  it('links a published offer of the startup’s organisation and marks it archived later', async () => {
    const offerId = '01920000-0000-7000-8000-00000000c0fe';
    const published = event(
      OfferPublishedSchema,
      create(OfferPublishedSchema, {
        offer: {
          id: offerId,
          title: 'Bộ điều khiển tưới nhỏ giọt qua điện thoại',
          owner: { id: team.organisationId, name: 'x' },
        },
      }),
      { topic: 'techmart.offer.v1', aggregateType: 'techmart.offer', aggregateId: offerId },
    );
    await publish(published);
    await publish(published); // redelivered
    const other = event(
      OfferPublishedSchema,
      {
        offer: {
          id: '01920000-0000-7000-8000-00000000beef',
          title: 'Của tổ chức khác',
          owner: { id: officer.organisationId, name: 'y' },
        },
      },
      { topic: 'techmart.offer.v1', aggregateType: 'techmart.offer', aggregateId: 'other' },
    );
    await publish(other);
    await expect
      .poll(links, { timeout: 10_000 })
      .toEqual([expect.objectContaining({ kind: 'techmart_offer', externalId: offerId, status: 'published' })]);
    await publish(
      event(
        OfferArchivedSchema,
        { offerId, revision: 3 },
        { topic: 'techmart.offer.v1', aggregateType: 'techmart.offer', aggregateId: offerId },
      ),
    );
    await expect.poll(async () => (await links())[0]?.status, { timeout: 10_000 }).toBe('archived');
  });
});
