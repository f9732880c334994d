// One database and one login role per service, created by the same init script the compose file
// mounts into the postgres container (infra/postgres/init/10-service-databases.sh).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type DatabaseLogin, REPO_ROOT } from './stack.definition.ts';

const run = promisify(execFile);

export const POSTGRES_INIT_SCRIPT = join(REPO_ROOT, 'infra/postgres/init/10-service-databases.sh');
export const DEFAULT_PG_ADMIN_URL = 'postgres://sti:sti@127.0.0.1:5432/postgres';

export function pgAdminUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.PG_ADMIN_URL || DEFAULT_PG_ADMIN_URL;
}

/** `<NAME>_DB_PASSWORD`, the variable the init script reads for a database (`ip-support` → `IP_SUPPORT_…`). */
export function passwordVariable(database: string): string {
  return `${database.toUpperCase().replace(/-/g, '_')}_DB_PASSWORD`;
}

/** Runs the init script against the server of `adminUrl` (a superuser or CREATEROLE+CREATEDB login). */
export async function provisionDatabases(logins: DatabaseLogin[], adminUrl = pgAdminUrl()): Promise<string> {
  const url = new URL(adminUrl);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: url.pathname.slice(1) || 'postgres',
    SERVICE_DATABASES: logins.map((login) => login.name).join(' '),
  };
  for (const login of logins) env[passwordVariable(login.name)] = login.password;
  const { stderr } = await run('bash', [POSTGRES_INIT_SCRIPT], { env, timeout: 60_000 });
  return stderr;
}

/** Drops the databases and their roles (tests). */
export async function dropDatabases(names: string[], adminUrl = pgAdminUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const name of names) {
      const id = client.escapeIdentifier(name);
      await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS ${id}`);
    }
  } finally {
    await client.end();
  }
}
