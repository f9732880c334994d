// Test support: the incubation service on a fresh PostgreSQL database (PG_ADMIN_URL), seed off,
// quiet logs, a clock tests can move.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { contractRegistry } from '@sti/contracts';
import {
  createTestDatabase,
  type InjectOptions,
  type InjectResult,
  injectRequest,
  TEST_AUTH_SECRET,
} from '@sti/platform/testing';
import { pino } from 'pino';
import { type IncubationHandle, startIncubation } from '../start-incubation.js';

export interface IncubationTestApp {
  handle: IncubationHandle;
  request<T = unknown>(options: InjectOptions): Promise<InjectResult<T>>;
  /** outbox rows of one aggregate, oldest first, decoded */
  events(aggregateId: string): Promise<{ type: string; topic: string; message: Record<string, unknown> }[]>;
  /** moves the service's clock */
  setNow(date: Date): void;
  close(): Promise<void>;
}

export async function startTestIncubation(
  options: { seed?: 'off' | 'await' | 'background'; now?: Date } = {},
): Promise<IncubationTestApp> {
  const database = await createTestDatabase('incubation');
  const dataDir = await mkdtemp(join(tmpdir(), 'incubation-test-'));
  let now: Date | undefined = options.now;
  const handle = await startIncubation({
    databaseUrl: database.url,
    dataDir,
    internalAuthSecret: TEST_AUTH_SECRET,
    listen: false,
    seed: options.seed ?? 'off',
    logger: pino({ level: 'silent' }),
    shutdownHooks: false,
    defaultMetrics: false,
    clock: () => now ?? new Date(),
  });
  const sql = handle.database.sql;
  return {
    handle,
    request: (request) => injectRequest(handle.app, request),
    events: async (aggregateId) => {
      const rows = await sql.query<{ type: string; topic: string; payload: Uint8Array }>(
        'SELECT type, topic, payload FROM outbox WHERE aggregate_id = $1 ORDER BY position',
        [aggregateId],
      );
      return rows.map((row) => {
        const schema = contractRegistry.getMessage(row.type);
        if (!schema) throw new Error(`unknown event type ${row.type}`);
        return {
          type: row.type,
          topic: row.topic,
          message: fromBinary(schema, row.payload) as unknown as Record<string, unknown>,
        };
      });
    },
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await handle.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
