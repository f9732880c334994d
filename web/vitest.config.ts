import { defineConfig } from 'vitest/config';

// Unit tests of the portal's pure logic (formatting, highlights, URL state, form validation).
// The JSON report is summed up by scripts/test-summary.mjs like every other package's.
export default defineConfig({
  resolve: { conditions: ['@sti/source', 'module', 'browser', 'development|production'] },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
