// Adds up every Vitest JSON report in the workspace into the closing line CI reads:
// "N passed, N failed[, N skipped]". Exits 1 when any test failed or a suite could not run.
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
const failedTotal = failed + brokenSuites;
console.log(`${passed} passed, ${failedTotal} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedTotal > 0 || reports.length === 0 ? 1 : 0);
