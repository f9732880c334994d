// The command itself, embedded mode: a stopped platform's DATA_DIR (PGlite databases and the embedded
// index, as the host lays them out) with a damaged projection and index; the command restores exactly
// the published set from Techmart's outbox history.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendToOutbox, createInProcessTransport, EVENTS_TABLES_SQL, openDatabase } from '@sti/platform';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSearchProjector } from '../projection/search-projector.js';
import { SEARCH_MIGRATIONS_DIR } from '../search-service.js';
import { GenerationalEmbeddedEngine } from './generational-embedded-engine.js';
import { BOGUS_ID, bogusDocument, corruptProjectionTable, techmartHistory } from './testing/techmart-history.js';

const cli = fileURLToPath(new URL('./rebuild-index.cli.ts', import.meta.url));
let dataDir: string;
const history = techmartHistory();

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@sti/source', '--import', 'tsx', cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '', NODE_NO_WARNINGS: '1', LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'search-rebuild-cli-'));
  // what `npm start` leaves behind: techmart's outbox history, search's projection and index
  const techmart = await openDatabase(`pglite://${join(dataDir, 'techmart', 'db')}`);
  await techmart.sql.query(EVENTS_TABLES_SQL);
  await techmart.sql.transaction((tx) => appendToOutbox(tx, history.events));
  const search = await openDatabase(`pglite://${join(dataDir, 'search', 'db')}`, {
    migrationsDir: SEARCH_MIGRATIONS_DIR,
  });
  const transport = createInProcessTransport({ outboxes: [techmart.sql] });
  const projector = createSearchProjector({ db: search.sql, transport, fromBeginning: true });
  await projector.start();
  for (let i = 0; i < 200; i++) {
    const rows = await search.sql.query('SELECT 1 FROM search_document WHERE NOT deleted');
    if (rows.length === history.expected.size) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await projector.stop();
  // damage: the table, and an index holding a listing no event ever published
  await corruptProjectionTable(search.sql);
  const index = await GenerationalEmbeddedEngine.open({ dataDir: join(dataDir, 'search') });
  await index.ensureIndex();
  await index.upsert([bogusDocument()]);
  await index.close();
  await search.close();
  await techmart.close();
});

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it('refuses to run while the platform holds the databases', async () => {
  const pid = join(dataDir, 'techmart', 'db', 'postmaster.pid');
  await writeFile(pid, '-42\n');
  try {
    const result = await runCli(['--embedded', '--data-dir', dataDir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stop the platform');
  } finally {
    await rm(pid, { force: true });
  }
});

it('rebuilds the table and the embedded index from the outbox history', async () => {
  const result = await runCli(['--embedded', '--data-dir', dataDir]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('search index rebuilt from the event history');
  expect(result.stdout).toContain(`searchable listings: ${history.expected.size} (expert 1, need 1, offer 5)`);
  expect(result.stdout).toContain('archived tombstones: 2');

  const index = await GenerationalEmbeddedEngine.open({ dataDir: join(dataDir, 'search') });
  try {
    expect(index.generation).toBe(1);
    const all = await index.search({ limit: 100 });
    expect(new Map(all.hits.map((h) => [h.id, h.title]))).toEqual(history.expected);
    for (const id of [...history.absent, BOGUS_ID]) expect(all.hits.some((h) => h.id === id)).toBe(false);
    expect((await index.search({ q: 'may say nong san the he 2' })).total).toBe(1);
  } finally {
    await index.close();
  }
});
