import { definePackageTestConfig } from '../../vitest.shared.ts';

// The projection and rebuild suites run against real PostgreSQL (PG_ADMIN_URL) and Kafka (KAFKA_BROKERS).
export default definePackageTestConfig({ realServers: true, testTimeout: 120_000 });
