// Shared Vitest settings for every workspace package.
// - resolves sibling packages to their TypeScript sources (the "@sti/source" export condition),
// - compiles with SWC so NestJS decorator metadata exists in tests as it does in the tsc build,
// - writes a JSON report that scripts/test-summary.mjs adds up into one closing line.
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defaultServerConditions, type UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';

export interface PackageTestOptions {
  /** extra glob patterns on top of *.spec.ts and *.int-spec.ts */
  include?: string[];
  /** per-test timeout; integration tests against real servers need more than the default */
  testTimeout?: number;
  /** files run once before the whole suite (migrations, servers) */
  globalSetup?: string[];
  setupFiles?: string[];
  /** run files one at a time (suites sharing one broker or database) */
  serial?: boolean;
  /** the suite needs real PostgreSQL and Kafka (found, or started with Testcontainers; see the setup file) */
  realServers?: boolean;
}

const TEST_SERVERS_SETUP = fileURLToPath(
  new URL('./packages/platform/src/testing/test-servers.global-setup.ts', import.meta.url),
);

export function definePackageTestConfig(options: PackageTestOptions = {}): UserConfig {
  const conditions = ['@sti/source', ...defaultServerConditions];
  return defineConfig({
    plugins: [
      swc.vite({
        jsc: {
          target: 'es2023',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
      }),
    ],
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: conditions } },
    test: {
      include: [
        'src/**/*.spec.ts',
        'src/**/*.int-spec.ts',
        'test/**/*.spec.ts',
        'test/**/*.int-spec.ts',
        ...(options.include ?? []),
      ],
      exclude: ['**/node_modules/**', '**/dist/**', '**/*.e2e-spec.ts'],
      testTimeout: options.testTimeout ?? 30_000,
      hookTimeout: 120_000,
      globalSetup: [...(options.realServers ? [TEST_SERVERS_SETUP] : []), ...(options.globalSetup ?? [])],
      setupFiles: options.setupFiles,
      fileParallelism: !options.serial,
      reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    },
  }) as UserConfig;
}
