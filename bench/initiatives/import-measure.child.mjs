// The measured side of import.bench.ts: the built initiatives service on a fresh PostgreSQL database,
// the file uploaded twice over HTTP, resident memory sampled every 10 ms. Plain JavaScript so no
// TypeScript loader runs in this process; it reports to its parent over IPC.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, principalHeaders, TEST_AUTH_SECRET } from '@sti/platform/testing';
import { pino } from 'pino';
import { startInitiatives } from '../../services/initiatives/dist/start-initiatives.js';

const path = process.argv[2];
const database = await createTestDatabase('bench_import');
const dataDir = await mkdtemp(join(tmpdir(), 'bench-import-'));
const handle = await startInitiatives({
  databaseUrl: database.url,
  dataDir,
  internalAuthSecret: TEST_AUTH_SECRET,
  host: '127.0.0.1',
  port: 0,
  seed: 'off',
  logger: pino({ level: 'silent' }),
  shutdownHooks: false,
  defaultMetrics: false,
});
try {
  const { port } = handle.app.getHttpServer().address();
  const file = await readFile(path);
  const boundary = '----bench-import';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kho.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const url = '/api/initiatives/v1/repository/imports';
  const officer = { userId: 'bench-officer', displayName: 'Cán bộ', roles: ['officer'], organisationId: 'org' };
  const upload = async () => {
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}${url}`, {
      method: 'POST',
      headers: {
        ...principalHeaders(officer, { method: 'POST', url }),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
    });
    const report = await res.json();
    if (res.status !== 200) throw new Error(`import answered ${res.status}: ${JSON.stringify(report)}`);
    return { seconds: (performance.now() - started) / 1000, report };
  };
  global.gc?.();
  const before = process.memoryUsage();
  let rssPeak = before.rss;
  let heapPeak = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 10);
  const first = await upload();
  global.gc?.();
  const heapRetained = process.memoryUsage().heapUsed;
  const again = await upload();
  clearInterval(sampler);
  const mb = (bytes) => bytes / 2 ** 20;
  process.send?.({
    first: { seconds: first.seconds, created: first.report.created, rejected: first.report.rejected },
    again: { seconds: again.seconds, unchanged: again.report.unchanged },
    rssBeforeMb: mb(before.rss),
    rssPeakMb: mb(rssPeak),
    heapBeforeMb: mb(before.heapUsed),
    heapPeakMb: mb(heapPeak),
    heapRetainedMb: mb(heapRetained),
  });
} finally {
  await handle.close();
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
}
