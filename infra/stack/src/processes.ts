// Starting, probing and stopping the stack's Node processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ProcessSpec, REPO_ROOT, type RecordedProcess } from './stack.definition.ts';

/** Variables a child inherits from this process; everything else comes from its spec, as in compose. */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE'];

export interface StartedProcess extends RecordedProcess {
  /** the handle when this process spawned it (tests); absent for processes found from the state file */
  child?: ChildProcess;
}

export function processEnv(spec: ProcessSpec): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production' };
  for (const name of INHERITED) if (process.env[name] !== undefined) env[name] = process.env[name];
  for (const [name, value] of Object.entries(spec.env)) if (value !== undefined) env[name] = value;
  return env;
}

/**
 * Spawns `node <main>` with the spec's environment, output appended to `<logDir>/<name>.log`.
 * `detached`: its own session and process group, outliving the caller (the CLI); tests keep children attached.
 */
export function spawnProcess(spec: ProcessSpec, options: { logDir: string; detached: boolean }): StartedProcess {
  const entry = join(REPO_ROOT, spec.main);
  if (!existsSync(entry)) {
    throw new Error(`${spec.main} is missing: build first (npx turbo run build --filter=@sti/${spec.service})`);
  }
  const log = join(options.logDir, `${spec.name}.log`);
  mkdirSync(dirname(log), { recursive: true });
  const fd = openSync(log, 'a');
  try {
    const child = spawn(process.execPath, [entry], {
      cwd: REPO_ROOT,
      env: processEnv(spec),
      detached: options.detached,
      stdio: ['ignore', fd, fd],
    });
    if (child.pid === undefined) throw new Error(`could not start ${spec.name}`);
    if (options.detached) child.unref();
    return {
      name: spec.name,
      service: spec.service,
      main: entry,
      port: spec.port,
      url: `http://127.0.0.1:${spec.port}`,
      pid: child.pid,
      log,
      child,
    };
  } finally {
    closeSync(fd);
  }
}

/** Alive, not a zombie, and still running our entry point (pids are reused). */
export function isRunning(proc: Pick<RecordedProcess, 'pid' | 'main'>): boolean {
  try {
    const stat = readFileSync(`/proc/${proc.pid}/stat`, 'utf8');
    if (/^\d+ \(.*\) Z/.test(stat)) return false;
    return readFileSync(`/proc/${proc.pid}/cmdline`, 'utf8').split('\0').includes(proc.main);
  } catch {
    return false;
  }
}

export async function httpOk(url: string, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export function logTail(file: string, lines = 25): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Waits until `<url>/ready` answers 200; fails early when the process exits. */
export async function waitReady(proc: StartedProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(proc)) {
      throw new Error(`${proc.name} exited before it was ready; last lines of ${proc.log}:\n${logTail(proc.log)}`);
    }
    if (await httpOk(`${proc.url}/ready`)) return;
    await sleep(250);
  }
  throw new Error(
    `${proc.name} not ready after ${timeoutMs / 1000}s; last lines of ${proc.log}:\n${logTail(proc.log)}`,
  );
}

/** SIGTERM (graceful: consumers commit and leave their group), then SIGKILL after `graceMs`. */
export async function stopProcess(proc: Pick<RecordedProcess, 'pid' | 'main'>, graceMs = 20_000): Promise<void> {
  if (!isRunning(proc)) return;
  process.kill(proc.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isRunning(proc)) return;
    await sleep(100);
  }
  killProcess(proc);
  while (isRunning(proc)) await sleep(50);
}

/** SIGKILL: no shutdown at all, as a crash or an OOM kill would leave it. */
export function killProcess(proc: Pick<RecordedProcess, 'pid' | 'main'>): void {
  if (!isRunning(proc)) return;
  try {
    process.kill(proc.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
