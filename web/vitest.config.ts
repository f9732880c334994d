import { defineConfig } from 'vitest/config';

// Unit tests of the portal's pure logic (formatting, highlights, URL state, form validation).
// The JSON report is summed up by scripts/test-summary.mjs like every other package's.
// Workspace packages resolve to their TypeScript sources (no build needed first), in the client
// and in the Node (ssr) environment the tests run in.
const conditions = ['@sti/source', 'module', 'browser', 'development|production'];
export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@sti/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'dev/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
