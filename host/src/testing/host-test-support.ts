// Test support for the embedded host: a free loopback port, a throwaway data directory with a
// stand-in portal build, and a host configuration pointing at both.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HostConfig } from '../host.config.js';

export const TEST_SECRET = 'host-test-internal-auth-secret-0123456789';

/** A port nobody listens on right now (the OS picks it; the caller binds it straight away). */
export function freePort(): Promise<number> {
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

/** A fresh data directory and a minimal portal build (index.html) inside it. */
export async function tempHostDirs(prefix: string): Promise<{ dataDir: string; webDist: string }> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const dataDir = join(root, 'data');
  const webDist = join(root, 'web-dist');
  await mkdir(dataDir, { recursive: true });
  await mkdir(webDist, { recursive: true });
  await writeFile(
    join(webDist, 'index.html'),
    '<!doctype html><html lang="vi"><head><title>Sàn KH&amp;CN</title></head><body><div id="root"></div></body></html>',
  );
  return { dataDir, webDist };
}

export function hostConfig(options: {
  port: number;
  dataDir: string;
  webDist: string;
  seedDemoData: boolean;
  /** demo accounts; defaults to seedDemoData (tests may want the accounts without the catalogue) */
  demo?: boolean;
}): HostConfig {
  return {
    host: '127.0.0.1',
    port: options.port,
    publicUrl: undefined,
    logLevel: 'error',
    dataDir: options.dataDir,
    webDist: options.webDist,
    internalAuthSecret: TEST_SECRET,
    seedDemoData: options.seedDemoData,
    demo: options.demo ?? options.seedDemoData,
  };
}

/** GET a JSON document; throws on a non-2xx answer. */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Polls `probe` every `intervalMs` until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs, intervalMs = 250, what }: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
