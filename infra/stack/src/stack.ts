// Starting and stopping the stack's processes: what `stack:up` / `stack:down` do after the servers
// are up, and what the distributed tests do with their own ports and databases.
import { connect } from 'node:net';
import { provisionDatabases } from './databases.ts';
import { type StartedProcess, spawnProcess, stopProcess, waitReady } from './processes.ts';
import { type ProcessSpec, type StackSettings, stackProcesses } from './stack.definition.ts';

export interface StartProcessesOptions {
  /** the CLI detaches its children (they outlive it); tests keep them attached */
  detached: boolean;
  /** where `<name>.log` files go */
  logDir: string;
  /** PostgreSQL login that may create roles and databases (PG_ADMIN_URL) */
  adminUrl?: string;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (used: boolean) => {
      socket.destroy();
      resolve(used);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Creates the services' databases and roles (idempotent), then starts the services (in parallel) and
 * the gateway (last: its readiness checks the services and Keycloak), each waited for until `/ready`.
 * On failure everything started so far is stopped again.
 */
export async function startStackProcesses(
  settings: StackSettings,
  options: StartProcessesOptions,
): Promise<StartedProcess[]> {
  const log = options.log ?? (() => {});
  const specs = stackProcesses(settings);
  for (const spec of specs) {
    if (await portInUse(spec.port)) throw new Error(`127.0.0.1:${spec.port} (${spec.name}) is already in use`);
  }
  await provisionDatabases(Object.values(settings.databases), options.adminUrl);
  log(
    `databases ready: ${Object.values(settings.databases)
      .map((d) => d.name)
      .join(', ')}`,
  );

  const started: StartedProcess[] = [];
  const launch = async (group: ProcessSpec[]) => {
    const procs = group.map((spec) => spawnProcess(spec, { logDir: options.logDir, detached: options.detached }));
    started.push(...procs);
    await Promise.all(
      procs.map(async (proc) => {
        await waitReady(proc, options.readyTimeoutMs);
        log(`${proc.name} ready at ${proc.url} (pid ${proc.pid}, log ${proc.log})`);
      }),
    );
  };
  try {
    await launch(specs.filter((spec) => spec.service !== 'gateway'));
    await launch(specs.filter((spec) => spec.service === 'gateway'));
  } catch (error) {
    await stopStackProcesses(started);
    throw error;
  }
  return started;
}

/** Stops in reverse start order: the gateway first, so nothing new arrives while services drain. */
export async function stopStackProcesses(processes: Pick<StartedProcess, 'pid' | 'main' | 'service'>[]): Promise<void> {
  await Promise.all(processes.filter((p) => p.service === 'gateway').map((p) => stopProcess(p)));
  await Promise.all(processes.filter((p) => p.service !== 'gateway').map((p) => stopProcess(p)));
}
