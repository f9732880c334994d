import { defineConfig } from 'vitest/config';

// Browser tests against a running platform (E2E_BASE_URL, default http://127.0.0.1:8080),
// driving Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with playwright-core.
// Screenshots of every step go to test-results/, the JSON report to reports/e2e.json.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e-spec.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'reports/e2e.json' }]],
  },
});
