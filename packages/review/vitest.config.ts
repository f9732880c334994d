import { definePackageTestConfig } from '../../vitest.shared.ts';

// Pure domain code: no servers.
export default definePackageTestConfig();
