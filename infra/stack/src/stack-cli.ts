// The distributed stack without Docker:
//   npm run stack:up     [-- --no-build]        PostgreSQL, Kafka, Keycloak, then techmart, search, insights, gateway
//   npm run stack:down   [-- --keep-servers]    stops everything `up` started
//   node --import tsx infra/stack/src/stack-cli.ts status
//   node --import tsx infra/stack/src/stack-cli.ts lag [group…]   consumer lag per group, topic, partition
// Reads `.env` at the repository root when present (the variables of .env.example).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pgAdminUrl } from './databases.ts';
import { groupMembers, partitionLag, withKafkaAdmin } from './kafka-admin.ts';
import { httpOk, isRunning } from './processes.ts';
import { runServerScript, serverEnv, serverRunning, startServer, stopServer } from './servers.ts';
import { startStackProcesses, stopStackProcesses } from './stack.ts';
import {
  REPO_ROOT,
  resolveStackSettings,
  STACK_SERVERS,
  type StackServer,
  type StackState,
  stackDataDir,
  stackStateFile,
} from './stack.definition.ts';

const say = (line: string) => process.stdout.write(`[stack] ${line}\n`);

function prefixed(tag: string): (text: string) => void {
  return (text) => {
    for (const line of text.split('\n')) if (line.trim()) process.stderr.write(`  ${tag} | ${line}\n`);
  };
}

function readState(dataDir: string): StackState | undefined {
  const file = stackStateFile(dataDir);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as StackState;
}

function build(): Promise<void> {
  say('building techmart, search, insights, gateway and the portal (turbo; cached when unchanged)');
  const filters = ['@sti/techmart', '@sti/search', '@sti/incubation', '@sti/insights', '@sti/gateway', '@sti/web'].map(
    (f) => `--filter=${f}`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['turbo', 'run', 'build', '--output-logs=errors-only', ...filters], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`build failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

async function up(args: string[]): Promise<number> {
  const settings = resolveStackSettings();
  const existing = readState(settings.dataDir);
  if (existing?.processes.some((p) => isRunning(p))) {
    say(`already running (started ${existing.startedAt}); \`npm run stack:down\` first to restart`);
    return status();
  }
  mkdirSync(settings.dataDir, { recursive: true });
  const env = serverEnv(settings);

  const before = await Promise.all(STACK_SERVERS.map(async (s) => [s, await serverRunning(s, env)] as const));
  const toStart = before.filter(([, running]) => !running).map(([s]) => s);
  for (const [server, running] of before) if (running) say(`${server}: already running, left as it is`);
  if (toStart.length > 0) {
    const note = toStart.includes('keycloak') ? ' (the first Keycloak start downloads ~170 MB and takes minutes)' : '';
    say(`starting ${toStart.join(', ')}${note}`);
  }

  const startedServers: StackServer[] = [];
  const servers = Promise.allSettled(
    toStart.map(async (server) => {
      await startServer(server, env, prefixed(server));
      startedServers.push(server);
    }),
  );
  const building = args.includes('--no-build') ? Promise.resolve() : build();
  const [serverResults, buildResult] = await Promise.all([
    servers,
    building.then(
      () => null,
      (e: unknown) => e,
    ),
  ]);
  const failures = [
    ...serverResults.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : [])),
    ...(buildResult ? [buildResult] : []),
  ];

  let state: StackState | undefined;
  if (failures.length === 0) {
    try {
      const processes = await startStackProcesses(settings, {
        detached: true,
        logDir: join(settings.dataDir, 'logs'),
        adminUrl: pgAdminUrl(),
        log: say,
      });
      const gateway = processes.find((p) => p.service === 'gateway');
      state = {
        startedAt: new Date().toISOString(),
        dataDir: settings.dataDir,
        processes: processes.map(({ child: _child, ...recorded }) => recorded),
        startedServers,
        urls: {
          portal: gateway?.url ?? '',
          api: `${gateway?.url ?? ''}/api/docs`,
          keycloak: settings.keycloakUrl,
          kafka: settings.kafkaBrokers,
          postgres: `postgres://${settings.pgHost}:${settings.pgPort}`,
          ...Object.fromEntries(processes.map((p) => [p.name, p.url])),
        },
      };
      writeFileSync(stackStateFile(settings.dataDir), `${JSON.stringify(state, null, 2)}\n`);
    } catch (error) {
      failures.push(error);
    }
  }
  if (!state) {
    for (const failure of failures) process.stderr.write(`${failure instanceof Error ? failure.message : failure}\n`);
    if (startedServers.length > 0) {
      say(`stopping what this run started: ${startedServers.join(', ')}`);
      await stopServers(startedServers, env);
    }
    return 1;
  }
  say('the distributed stack is up:');
  for (const [name, url] of Object.entries(state.urls)) say(`  ${name.padEnd(9)} ${url}`);
  say(`search engine: ${settings.meiliUrl ? `Meilisearch at ${settings.meiliUrl}` : 'embedded (MEILI_URL not set)'}`);
  say(`sign in at ${state.urls.portal} with a demo user (doanhnghiep / demo123, canbo / demo123…)`);
  say(`logs: ${join(settings.dataDir, 'logs')}; stop with \`npm run stack:down\``);
  return 0;
}

async function stopServers(servers: StackServer[], env: NodeJS.ProcessEnv): Promise<void> {
  // Reverse dependency order: Keycloak, Kafka, then PostgreSQL.
  for (const server of [...STACK_SERVERS].reverse()) {
    if (!servers.includes(server)) continue;
    try {
      await stopServer(server, env, prefixed(server));
      say(`${server} stopped`);
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    }
  }
}

async function down(args: string[]): Promise<number> {
  const dataDir = stackDataDir();
  const state = readState(dataDir);
  if (!state) {
    say('nothing to stop (no stack state; `npm run stack:up` starts one)');
    return 0;
  }
  const running = state.processes.filter((p) => isRunning(p));
  if (running.length > 0) say(`stopping ${running.map((p) => `${p.name} (pid ${p.pid})`).join(', ')}`);
  await stopStackProcesses(state.processes);
  if (args.includes('--keep-servers')) {
    if (state.startedServers.length > 0) say(`left running: ${state.startedServers.join(', ')}`);
  } else {
    await stopServers(state.startedServers, serverEnv(resolveStackSettings()));
  }
  rmSync(stackStateFile(dataDir), { force: true });
  say('stopped');
  return 0;
}

async function status(): Promise<number> {
  const settings = resolveStackSettings();
  const env = serverEnv(settings);
  let allUp = true;
  for (const server of STACK_SERVERS) {
    const result = await runServerScript(server, 'status', { env, timeoutMs: 30_000 });
    allUp &&= result.code === 0;
    say(`${server.padEnd(9)} ${result.output.trim().split('\n').at(-1) ?? ''}`);
  }
  const state = readState(settings.dataDir);
  if (!state) {
    say('no Node processes started (npm run stack:up)');
    return 3;
  }
  for (const proc of state.processes) {
    const alive = isRunning(proc);
    const ready = alive && (await httpOk(`${proc.url}/ready`));
    allUp &&= ready;
    say(`${proc.name.padEnd(9)} ${ready ? 'ready' : alive ? 'NOT READY' : 'STOPPED'} ${proc.url} (pid ${proc.pid})`);
  }
  return allUp ? 0 : 1;
}

/** Consumer lag: what each group (default: every group) has not committed yet, per partition. */
async function lag(groups: string[]): Promise<number> {
  const brokers = process.env.KAFKA_BROKERS || resolveStackSettings().kafkaBrokers;
  return withKafkaAdmin(brokers, async (admin) => {
    const ids = groups.length > 0 ? groups : await admin.listGroups();
    for (const id of ids) {
      const [members, partitions] = await Promise.all([groupMembers(admin, id), partitionLag(admin, id)]);
      const total = partitions.reduce((sum, p) => sum + p.lag, 0);
      say(`${id}: ${members.state}, ${members.members.length} member(s), lag ${total}`);
      for (const p of partitions) {
        if (p.lag > 0 || groups.length > 0)
          say(`  ${p.topic}[${p.partition}] at ${p.committed} of ${p.end}: lag ${p.lag}`);
      }
    }
    return 0;
  });
}

const [command, ...args] = process.argv.slice(2);
const envFile = join(REPO_ROOT, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

const commands: Record<string, (args: string[]) => Promise<number>> = { up, down, status: () => status(), lag };
const handler = command ? commands[command] : undefined;
if (!handler) {
  process.stderr.write('usage: stack-cli.ts up [--no-build] | down [--keep-servers] | status | lag [group…]\n');
  process.exit(2);
}
handler(args).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
