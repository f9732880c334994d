// Fail closed, except for `npm start`: demo accounts and data only when DEMO=true, which the host's
// start sets by default so a newcomer meets the README's demo users.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '@sti/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startupBanner } from './embedded-host.js';
import { hostStartEnv, loadHostConfig } from './host.config.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sti-host-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('host configuration', () => {
  it('is not in demo mode unless asked', () => {
    const config = loadHostConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ demo: false, seedDemoData: false });
  });

  it('npm start runs in demo mode by default, and DEMO=false turns it off', () => {
    expect(loadHostConfig(hostStartEnv({ DATA_DIR: dir }))).toMatchObject({ demo: true, seedDemoData: true });
    expect(loadHostConfig(hostStartEnv({ DATA_DIR: dir, DEMO: 'false' }))).toMatchObject({ demo: false });
  });

  it('prints the demo accounts and their password only in demo mode', () => {
    expect(startupBanner('http://127.0.0.1:8080', { demo: true })).toContain(DEMO_PASSWORD);
    const plain = startupBanner('http://127.0.0.1:8080', { demo: false });
    expect(plain).not.toContain(DEMO_PASSWORD);
    expect(plain).not.toContain('quantri');
    expect(plain).toContain('INITIAL_ADMIN_PASSWORD');
  });
});
