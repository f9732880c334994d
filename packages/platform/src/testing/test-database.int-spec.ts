import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './test-database.js';

describe('createTestDatabase', () => {
  it('creates a uniquely named database and drops it even with connections open', async () => {
    const [a, b] = await Promise.all([createTestDatabase('platform-Helper'), createTestDatabase('platform-Helper')]);
    expect(a?.name).toMatch(/^platform_helper_[a-z0-9]+_[0-9a-f]{8}$/);
    expect(a?.name).not.toBe(b?.name);
    const client = new pg.Client({ connectionString: a?.url });
    client.on('error', () => {});
    await client.connect();
    expect((await client.query('SELECT current_database() AS db')).rows[0].db).toBe(a?.name);
    await a?.drop();
    await b?.drop();
    await client.end().catch(() => {});
    const check = await createTestDatabase('platform_helper_check');
    const admin = new pg.Client({ connectionString: check.url });
    await admin.connect();
    const left = await admin.query('SELECT datname FROM pg_database WHERE datname = ANY($1)', [[a?.name, b?.name]]);
    await admin.end();
    await check.drop();
    expect(left.rows).toEqual([]);
  });
});
