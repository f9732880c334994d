// Test support: Techmart on a fresh PostgreSQL database (PG_ADMIN_URL), seed off, quiet logs.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { contractRegistry } from '@sti/contracts';
import type { EventTransport, Principal } from '@sti/platform';
import {
  createTestDatabase,
  injectRequest,
  type InjectOptions,
  type InjectResult,
  TEST_AUTH_SECRET,
} from '@sti/platform/testing';
import { pino } from 'pino';
import { DEMO_ORGANISATION_IDS, DEMO_USER_IDS } from '../seed/demo-organisations.js';
import { startTechmart, type TechmartHandle } from '../start-techmart.js';

export interface TechmartTestApp {
  handle: TechmartHandle;
  /** the service's data directory (attachments under `attachments/`) */
  dataDir: string;
  request<T = unknown>(options: InjectOptions): Promise<InjectResult<T>>;
  /** outbox rows of one aggregate, oldest first, decoded */
  events(aggregateId: string): Promise<{ type: string; topic: string; message: Record<string, unknown> }[]>;
  count(table: 'offers' | 'needs' | 'experts' | 'outbox' | 'attachments'): Promise<number>;
  close(): Promise<void>;
}

export async function startTestTechmart(
  options: {
    seed?: 'off' | 'await';
    communeOfficerModeration?: 'commune' | 'none';
    /** publishes the outbox and runs Techmart's own consumers (matching) on it */
    transport?: EventTransport;
    /** a fake clock (expiry tests move it) */
    clock?: () => Date;
  } = {},
): Promise<TechmartTestApp> {
  const database = await createTestDatabase('techmart');
  const dataDir = await mkdtemp(join(tmpdir(), 'techmart-test-'));
  const handle = await startTechmart({
    databaseUrl: database.url,
    dataDir,
    internalAuthSecret: TEST_AUTH_SECRET,
    listen: false,
    seed: options.seed ?? 'off',
    communeOfficerModeration: options.communeOfficerModeration,
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    // tests sweep expiry by hand
    expirySweepIntervalMs: 0,
    logger: pino({ level: 'silent' }),
    shutdownHooks: false,
    defaultMetrics: false,
  });
  const sql = handle.database.sql;
  return {
    handle,
    dataDir,
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
    count: async (table) => {
      const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      return row?.n ?? 0;
    },
    close: async () => {
      await handle.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Principals as the gateway would sign them for the demo users. */
export const principals = {
  business: {
    userId: DEMO_USER_IDS.doanhnghiep,
    displayName: 'Nguyễn Văn An',
    roles: ['business'],
    organisationId: DEMO_ORGANISATION_IDS.songHau,
    organisationName: 'Công ty TNHH Nông sản Sông Hậu',
  },
  otherBusiness: {
    userId: DEMO_USER_IDS.doanhnghiep2,
    displayName: 'Trần Thị Bích',
    roles: ['business'],
    organisationId: DEMO_ORGANISATION_IDS.caoLanh,
    organisationName: 'Hợp tác xã Xoài Cao Lãnh',
  },
  researcher: {
    userId: DEMO_USER_IDS.nhakhoahoc,
    displayName: 'PGS.TS. Lê Minh Châu',
    roles: ['researcher'],
    organisationId: DEMO_ORGANISATION_IDS.agriInstitute,
    organisationName: 'Viện Nghiên cứu Nông nghiệp',
  },
  officer: {
    userId: DEMO_USER_IDS.canbo,
    displayName: 'Phạm Quốc Dũng',
    roles: ['officer'],
    organisationId: DEMO_ORGANISATION_IDS.department,
    organisationName: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
    localityCode: '87',
  },
  /** a second Department officer (separation of duties: one takes in, another moderates) */
  otherOfficer: {
    userId: '01920000-0000-7000-8000-000000000008',
    displayName: 'Lê Thị Hoa',
    roles: ['officer'],
    organisationId: DEMO_ORGANISATION_IDS.department,
    organisationName: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
    localityCode: '87',
  },
  /** the commune officer of Xã Mỹ Hiệp (demo user `canbo.xa`) */
  communeOfficer: {
    userId: '01920000-0000-7000-8000-000000000005',
    displayName: 'Huỳnh Thị Em',
    roles: ['officer'],
    organisationId: DEMO_ORGANISATION_IDS.communeMyHiep,
    organisationName: 'UBND xã Mỹ Hiệp',
    localityCode: '30268',
  },
  admin: {
    userId: '01920000-0000-7000-8000-000000000007',
    displayName: 'Đặng Hoàng Hải',
    roles: ['admin'],
    organisationId: DEMO_ORGANISATION_IDS.department,
    organisationName: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
    localityCode: '87',
  },
} satisfies Record<string, Principal>;

/** A valid offer body; override what a test is about. */
export function offerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'technology',
    title: 'Máy sấy nông sản năng lượng mặt trời',
    summary: 'Máy sấy kết hợp bộ thu nhiệt mặt trời, tiết kiệm 40–60% điện năng khi sấy xoài và lúa.',
    description: 'Buồng sấy inox 304, công suất 300–500 kg/mẻ.',
    sectorCode: 'agri-processing',
    keywords: ['máy sấy', 'năng lượng mặt trời'],
    trl: 8,
    ipStatus: 'utility_solution',
    transferModes: ['licence', 'turnkey'],
    price: { amountVnd: '185000000' },
    locality: { provinceCode: '87', communeCode: '30223' },
    contact: { name: 'Nguyễn Văn An', email: 'an@songhau.example.vn', phone: '0277 3861 245' },
    ...overrides,
  };
}
