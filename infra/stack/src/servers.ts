// The servers the infra scripts run without Docker: PostgreSQL (Debian), Kafka (Maven Central jars),
// Keycloak (its Maven Central distribution, start-dev with the realm imported).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, type StackServer } from './stack.definition.ts';

export function serverScript(server: StackServer): string {
  return join(REPO_ROOT, 'infra/scripts', `${server}.sh`);
}

export interface ScriptResult {
  code: number;
  output: string;
}

/** Runs `infra/scripts/<server>.sh <command>`; progress lines go to `onOutput` as they come. */
export function runServerScript(
  server: StackServer,
  command: 'start' | 'stop' | 'status' | 'restart',
  options: { env?: NodeJS.ProcessEnv; onOutput?: (text: string) => void; timeoutMs?: number } = {},
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [serverScript(server), command], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${server}.sh ${command} did not finish in ${(options.timeoutMs ?? 0) / 1000}s:\n${output}`));
    }, options.timeoutMs ?? 900_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** The environment the scripts read for the stack's ports. */
export function serverEnv(settings: { kafkaBrokers: string; keycloakUrl: string }): NodeJS.ProcessEnv {
  return {
    KAFKA_PORT: new URL(`kafka://${settings.kafkaBrokers.split(',')[0]}`).port,
    KEYCLOAK_PORT: new URL(settings.keycloakUrl).port,
  };
}

export async function serverRunning(server: StackServer, env: NodeJS.ProcessEnv): Promise<boolean> {
  return (await runServerScript(server, 'status', { env, timeoutMs: 30_000 })).code === 0;
}

export async function startServer(
  server: StackServer,
  env: NodeJS.ProcessEnv,
  onOutput?: (text: string) => void,
): Promise<void> {
  const result = await runServerScript(server, 'start', { env, onOutput });
  if (result.code !== 0) throw new Error(`${server} did not start:\n${result.output.trim()}`);
}

export async function stopServer(
  server: StackServer,
  env: NodeJS.ProcessEnv,
  onOutput?: (text: string) => void,
): Promise<void> {
  const result = await runServerScript(server, 'stop', { env, onOutput, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`${server} did not stop:\n${result.output.trim()}`);
}
