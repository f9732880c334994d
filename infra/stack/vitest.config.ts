import { definePackageTestConfig } from '../../vitest.shared.ts';

// Each distributed test file starts a stack of its own processes against the shared servers (and the
// broker-restart file a broker of its own): one file at a time keeps the 2-core CI machine responsive.
export default definePackageTestConfig({ serial: true, testTimeout: 180_000 });
