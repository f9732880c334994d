import { z } from 'zod';
import { ConfigError, type ConfigIssue } from './config-error.js';

export type EnvSource = Record<string, string | undefined>;

/**
 * Parses environment variables with a zod object schema into a typed, frozen object.
 * Empty strings count as unset, so `PORT=` falls back to the default instead of failing as "".
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: EnvSource = process.env): Readonly<z.output<S>> {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const result = schema.safeParse(input);
  if (!result.success) throw new ConfigError(describeIssues(result.error, input));
  return Object.freeze(result.data) as Readonly<z.output<S>>;
}

/** Loads config or prints every problem and exits 1: a service must not start half-configured. */
export function bootConfig<S extends z.ZodObject>(schema: S, env: EnvSource = process.env): Readonly<z.output<S>> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

function describeIssues(error: z.ZodError, input: Record<string, string>): ConfigIssue[] {
  const byVariable = new Map<string, string>();
  for (const issue of error.issues) {
    const variable = String(issue.path[0] ?? '(root)');
    if (byVariable.has(variable)) continue;
    const raw = input[variable];
    byVariable.set(variable, raw === undefined ? 'required' : `${issue.message}, got ${JSON.stringify(raw)}`);
  }
  return [...byVariable].map(([variable, reason]) => ({ variable, reason }));
}
