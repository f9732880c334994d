// A PostgreSQL 15 cluster of the test's own (initdb + pg_ctl in a temp directory, on a free port), for tests
// that stop the database: the shared server is never stopped. As root, the cluster runs as `postgres`
// (initdb refuses root).
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  port: number;
  /** the `postgres` database, user `sti` (trust authentication on loopback) */
  url: string;
  start(): Promise<void>;
  /** `immediate` is an outage as clients see it: every connection cut at once */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): Promise<void>;
}

export function privatePostgresAvailable(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function asOwner(command: string, args: string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await run('runuser', ['-u', 'postgres', '--', command, ...args], { timeout: 120_000 });
  else await run(command, args, { timeout: 120_000 });
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'sti-pg-'));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  await asOwner(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'sti', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const pgCtl = join(PG_BIN, 'pg_ctl');
  const instance: PrivatePostgres = {
    port,
    url: `postgres://sti@127.0.0.1:${port}/postgres`,
    start: () => asOwner(pgCtl, ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']),
    stop: (mode = 'fast') => asOwner(pgCtl, ['-D', data, '-m', mode, '-w', 'stop']),
    async destroy() {
      await instance.stop('immediate').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await instance.start();
  return instance;
}
