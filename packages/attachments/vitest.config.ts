import { definePackageTestConfig } from '../../vitest.shared.ts';

// Files on a temporary directory: no servers.
export default definePackageTestConfig();
