import { definePackageTestConfig } from '../../vitest.shared.ts';

// The repository against real PostgreSQL (PG_ADMIN_URL); e-mail to an SMTP server the test starts.
export default definePackageTestConfig({ realServers: true, testTimeout: 30_000 });
