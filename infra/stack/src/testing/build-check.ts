// The distributed tests run the services' built entry points (dist/main.js), as `stack:up` and the
// container images do. CI builds before testing (scripts/verify.sh). Without a build the suite stops
// at once with the command that fixes it; a build older than its sources (a local edit since) is
// reported loudly (mtimes alone cannot prove it stale: turbo skips rebuilding unchanged content).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../stack.definition.ts';

const PACKAGES = [
  { name: '@sti/contracts', dir: 'proto', sources: 'gen' },
  { name: '@sti/platform', dir: 'packages/platform', sources: 'src' },
  { name: '@sti/techmart', dir: 'services/techmart', sources: 'src' },
  { name: '@sti/search', dir: 'services/search', sources: 'src' },
  { name: '@sti/gateway', dir: 'gateway', sources: 'src' },
];

const isTestFile = (path: string) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(path) || path.includes('/testing/');

function newest(dir: string, include: (path: string) => boolean): number {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (include(path)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

export function assertBuilt(): void {
  const missing: string[] = [];
  const older: string[] = [];
  for (const pkg of PACKAGES) {
    const root = join(REPO_ROOT, pkg.dir);
    const built = newest(join(root, 'dist'), (path) => path.endsWith('.js'));
    const source = newest(join(root, pkg.sources), (path) => path.endsWith('.ts') && !isTestFile(path));
    if (built === 0) missing.push(pkg.name);
    else if (source > built) older.push(pkg.name);
  }
  if (missing.length > 0) {
    throw new Error(
      `The distributed tests start the built services; not built: ${missing.join(', ')}. Run \`npx turbo run build\` first.`,
    );
  }
  if (older.length > 0) {
    console.warn(
      `\n*** dist/ of ${older.join(', ')} is older than the sources: the distributed tests may run old code ` +
        '(npx turbo run build) ***\n',
    );
  }
}
