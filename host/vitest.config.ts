import { definePackageTestConfig } from '../vitest.shared.ts';

// Each file starts the whole embedded platform; one at a time keeps a 2-core CI machine responsive.
export default definePackageTestConfig({ serial: true, testTimeout: 60_000 });
