// Adds up every Vitest JSON report in the workspace into the closing line CI reads:
// "N passed, N failed". Exits 1 when any test failed or a suite could not run.
// `--failed-checks=N` adds checks that are not tests (lint, typecheck, build) failed by the caller.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const skipDirs = new Set(['node_modules', '.git', 'dist', '.turbo', '.data']);
const reports = [];
(function walk(dir, depth) {
  if (depth > 4) return;
  for (const name of readdirSync(dir)) {
    if (skipDirs.has(name)) continue;
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    if (name === 'reports') {
      for (const file of readdirSync(path)) if (file.endsWith('.json')) reports.push(join(path, file));
    } else walk(path, depth + 1);
  }
})(root, 0);

let passed = 0;
let failed = 0;
let skipped = 0;
let brokenSuites = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // a suite that failed to load has no failed test but must still fail the run
  brokenSuites += (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
  ).length;
  console.log(`${file.replace(root, '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
if (!existsSync(root) || reports.length === 0) console.log('no test reports found');
// A package whose test task never wrote its report (crashed set-up, missing config) counts as a failure.
const expected = [];
for (const pattern of JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces) {
  const dirs = pattern.endsWith('/*')
    ? readdirSync(join(root, pattern.slice(0, -2))).map((d) => join(pattern.slice(0, -2), d))
    : [pattern];
  for (const dir of dirs) {
    const manifest = join(root, dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const scripts = JSON.parse(readFileSync(manifest, 'utf8')).scripts ?? {};
    if (scripts.test) expected.push(join(root, dir, 'reports', 'vitest.json'));
    if (scripts['test:e2e']) expected.push(join(root, dir, 'reports', 'e2e.json'));
  }
}
const missing = expected.filter((file) => !reports.includes(file));
for (const file of missing) console.log(`${file.replace(root, '')}: missing (the suite did not run)`);
const failedChecks = Number(process.argv.find((a) => a.startsWith('--failed-checks='))?.split('=')[1] ?? 0);
if (skipped) console.log(`${skipped} skipped`);
if (brokenSuites) console.log(`${brokenSuites} suite(s) failed to load`);
if (failedChecks) console.log(`${failedChecks} check(s) other than tests failed (see above)`);
const failedTotal = failed + brokenSuites + failedChecks + missing.length;
console.log(`${passed} passed, ${failedTotal} failed`);
process.exit(failedTotal > 0 || reports.length === 0 ? 1 : 0);
