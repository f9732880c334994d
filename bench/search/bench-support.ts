// Helpers shared by the search and gateway benchmarks: percentiles, the machine line, and replacing a
// script's own section of docs/benchmarks.md (between its HTML comment markers).
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';

export const BENCH_FILE = new URL('../../docs/benchmarks.md', import.meta.url);

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    mean: sorted.length ? sum / sorted.length : 0,
  };
}

export const loadAverage = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/** Cores, CPU model, memory, Node; the load average at start and end says how busy the shared machine was. */
export function machineLine(loadAtStart: string): string {
  const cpu = cpus();
  return [
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory,`,
    `Node ${process.version}, ${process.platform}/${process.arch};`,
    `load average (1 / 5 / 15 min) ${loadAtStart} at start, ${loadAverage()} at end`,
    '— the machine is shared with other work, so wall-clock figures include waiting for a core.',
  ].join(' ');
}

export async function writeSection(name: string, body: string): Promise<void> {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  let current = '';
  try {
    current = await readFile(BENCH_FILE, 'utf8');
  } catch {
    current = '# Benchmarks\n';
  }
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(BENCH_FILE, next);
  console.log(`wrote the ${name} section of ${BENCH_FILE.pathname}`);
}

export const fmt = (x: number, digits = 2) => x.toFixed(digits);
