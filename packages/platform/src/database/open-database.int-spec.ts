import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '../testing/prisma-fixture/generated/client.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { type Database, openDatabase } from './open-database.js';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '../testing/prisma-fixture/migrations');
type Client = InstanceType<typeof PrismaClient>;

interface Target {
  name: string;
  url(): Promise<{ url: string; drop(): Promise<void> }>;
  viaFactory: boolean;
}

const targets: Target[] = [
  {
    name: 'PostgreSQL (adapter-pg)',
    viaFactory: false,
    url: async () => {
      const db: TestDatabase = await createTestDatabase('platform_open_db');
      return { url: db.url, drop: () => db.drop() };
    },
  },
  {
    name: 'PGlite (pglite-prisma-adapter)',
    viaFactory: true,
    url: async () => ({ url: 'pglite://memory', drop: async () => {} }),
  },
];

describe.each(targets)('openDatabase on $name', (target) => {
  let database: Database<Client>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const created = await target.url();
    drop = created.drop;
    database = target.viaFactory
      ? await openDatabase<Client>(created.url, {
          migrationsDir,
          prismaFactory: (adapter) => new PrismaClient({ adapter }),
        })
      : await openDatabase<Client>(created.url, { migrationsDir, prismaClient: PrismaClient });
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('applies the migrations and answers the readiness ping', async () => {
    expect(database.migrations?.applied).toEqual(['20250101000000_init']);
    await expect(database.ping()).resolves.toBeUndefined();
  });

  it('commits an interactive $transaction, visible to the SqlClient on the same connection pool', async () => {
    const result = await database.prisma.$transaction(async (tx) => {
      await tx.widget.create({ data: { id: 'w1', name: 'Máy sấy', quantity: 2 } });
      const updated = await tx.widget.update({ where: { id: 'w1' }, data: { quantity: { increment: 3 } } });
      return updated.quantity;
    });
    expect(result).toBe(5);
    expect(await database.sql.query('SELECT id, name, quantity FROM widget')).toEqual([
      { id: 'w1', name: 'Máy sấy', quantity: 5 },
    ]);
  });

  it('rolls back an interactive $transaction that throws', async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.widget.create({ data: { id: 'w2', name: 'Bơm nước' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await database.prisma.widget.findUnique({ where: { id: 'w2' } })).toBeNull();
    expect(await database.prisma.widget.count()).toBe(1);
  });

  it('sees rows written through the SqlClient in one transaction with Prisma reads after it', async () => {
    await database.sql.transaction(async (tx) => {
      await tx.query("INSERT INTO widget (id, name, quantity) VALUES ('w3', 'Lò sấy', 1)");
    });
    const widgets = await database.prisma.widget.findMany({ orderBy: { id: 'asc' } });
    expect(widgets.map((w) => w.id)).toEqual(['w1', 'w3']);
    expect(widgets[0]?.createdAt).toBeInstanceOf(Date);
  });
});

describe('openDatabase on a PGlite directory', () => {
  it('refuses a second instance on the same directory while the first is open', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'pglite-open-'));
    const first = await openDatabase(`pglite:${dir}`);
    try {
      await expect(openDatabase(`pglite://${dir}`)).rejects.toThrow(/already open in this process/);
    } finally {
      await first.close();
    }
    const again = await openDatabase(`pglite:${dir}`, { migrationsDir });
    expect(again.migrations?.applied).toEqual(['20250101000000_init']);
    await again.close();
    await rm(dir, { recursive: true, force: true });
  });
});
