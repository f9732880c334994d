// Embedded mode end to end: PGlite on disk, the in-process transport, the relay publishing
// Techmart's events, and a restart that keeps the data and does not seed twice.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { OfferCreatedSchema } from '@sti/contracts';
import { createInProcessTransport, type TransportMessage } from '@sti/platform';
import { injectRequest, TEST_AUTH_SECRET } from '@sti/platform/testing';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { offerBody, principals } from './testing/techmart-test-app.js';
import { startTechmart } from './start-techmart.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('startTechmart (embedded: PGlite + in-process transport)', () => {
  it('publishes the outbox to the transport and survives a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'techmart-embedded-'));
    dirs.push(dataDir);
    const options = {
      databaseUrl: `pglite://${join(dataDir, 'db')}`,
      dataDir,
      internalAuthSecret: TEST_AUTH_SECRET,
      listen: false,
      seed: 'off' as const,
      logger: pino({ level: 'silent' }),
      shutdownHooks: false,
      defaultMetrics: false,
    };
    const transport = createInProcessTransport();
    const received: TransportMessage[] = [];
    let delivered: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      delivered = resolve;
    });
    await transport.subscribe({
      group: 'test-consumer',
      topics: ['techmart.offer.v1'],
      onBatch: async (messages) => {
        received.push(...messages);
        delivered();
      },
    });

    const first = await startTechmart({ ...options, transport });
    const created = await injectRequest<{ id: string }>(first.app, {
      method: 'POST',
      url: '/api/techmart/v1/offers',
      principal: principals.business,
      body: offerBody(),
    });
    expect(created.status, created.text).toBe(201);
    await arrived;
    expect(received[0]?.key).toBe(created.body.id);
    expect(received[0]?.headers.ce_type).toBe('sti.techmart.v1.OfferCreated');
    expect(fromBinary(OfferCreatedSchema, received[0]?.value ?? new Uint8Array()).offer?.title).toBe(
      'Máy sấy nông sản năng lượng mặt trời',
    );
    await first.close();

    const second = await startTechmart(options);
    const mine = await injectRequest<{ items: { id: string }[] }>(second.app, {
      url: '/api/techmart/v1/my/offers',
      principal: principals.business,
    });
    expect(mine.body.items.map((o) => o.id)).toEqual([created.body.id]);
    await second.close();
    await transport.close();
  }, 180_000);
});
