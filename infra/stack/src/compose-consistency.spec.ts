// docker-compose.yml cannot run on these machines (no Docker engine), so it is kept correct by
// construction: it must describe the stack `npm run stack:up` runs for real (stack.definition.ts and
// the infra scripts) — the same services, images and versions, ports, variables and values.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceConfigFields } from '@sti/platform';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { pgAdminUrl, passwordVariable } from './databases.ts';
import {
  type ProcessSpec,
  REPO_ROOT,
  resolveStackSettings,
  SERVICE_DATABASES,
  STACK_ENTRY_POINTS,
  STACK_PORTS,
  STACK_SERVERS,
  STACK_SERVICES,
  type StackService,
  stackProcesses,
} from './stack.definition.ts';

interface ComposeService {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  user?: string;
  profiles?: string[];
}

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const composeText = read('docker-compose.yml');
const compose = parse(composeText, { merge: true }) as { services: Record<string, ComposeService> };
// Services behind a profile (`--profile demo`) are opt-in extras, not part of the stack both run.
const services = Object.fromEntries(
  Object.entries(compose.services).filter(([, service]) => !service.profiles),
) as Record<string, ComposeService>;
const optional = Object.fromEntries(
  Object.entries(compose.services).filter(([, service]) => service.profiles),
) as Record<string, ComposeService>;
const dockerfile = read('Dockerfile');

/** Compose's `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}` against `env`. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g,
    (_, name: string, op?: string, arg?: string) => {
      const set = env[name];
      if (op === ':-') return set ? set : (arg ?? '');
      if (op === '-') return set ?? arg ?? '';
      if (op === ':?' && !set) throw new Error(`${name} is required: ${arg}`);
      return set ?? '';
    },
  );
}

function referencedVariables(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''));
}

/** `VAR=` and commented-out `# VAR=` lines of .env.example. */
function envExampleVariables(): Set<string> {
  return new Set([...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] ?? ''));
}

/** The environment variables a function reads. */
function variablesRead(work: (env: NodeJS.ProcessEnv) => void): Set<string> {
  const seen = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_, name) => {
      if (typeof name === 'string') seen.add(name);
      // a value for the secret, so nothing is generated into the real data directory
      return name === 'INTERNAL_AUTH_SECRET' || name === 'STACK_DATA_DIR'
        ? '/tmp/unused-0123456789abcdef0123456789'
        : undefined;
    },
  });
  work(env);
  return seen;
}

/** Lines of one Dockerfile stage (`FROM … AS name` up to the next FROM). */
function dockerStage(name: string): string[] {
  const lines = dockerfile.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^FROM \\S+ AS ${name}$`).test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('FROM '));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** A value as the same process sees it without Docker: compose service host names → 127.0.0.1. */
function withLoopbackHosts(value: string): string {
  const names = Object.keys(services).join('|');
  return value.replace(new RegExp(`(^|//|@)(${names}):(\\d+)`, 'g'), '$1127.0.0.1:$3');
}

// Variables whose values are file system paths: container paths there, data-dir paths here.
const PATH_VARIABLES = new Set(['DATA_DIR', 'SEARCH_DATA_DIR', 'WEB_DIST']);

// Distinct values for every variable either side reads, so that a value taken from the wrong
// variable (or hard-coded) shows up as a difference.
const SAMPLE_ENV: Record<string, string> = {
  INTERNAL_AUTH_SECRET: 'sample-internal-auth-secret-0123456789abcdef',
  LOG_LEVEL: 'debug',
  TECHMART_DB_PASSWORD: 'techmart-pw',
  SEARCH_DB_PASSWORD: 'search-pw',
  INITIATIVES_DB_PASSWORD: 'initiatives-pw',
  INCUBATION_DB_PASSWORD: 'incubation-pw',
  INSIGHTS_DB_PASSWORD: 'insights-pw',
  POSTGRES_PASSWORD: 'postgres-pw',
  KC_BOOTSTRAP_ADMIN_PASSWORD: 'keycloak-pw',
  MEILI_MASTER_KEY: 'meili-master-key-0123456789',
  MEILI_URL: `http://127.0.0.1:${STACK_PORTS.meilisearch}`,
  KAFKA_GROUP_PREFIX: 'sample.',
  SEED_DEMO_DATA: 'false',
  STACK_DATA_DIR: '/tmp/stack-sample',
};

describe('docker-compose.yml and the no-Docker stack describe the same stack', () => {
  const nodeServices = Object.keys(services).filter((name) => services[name]?.build);
  const specs = stackProcesses(resolveStackSettings(SAMPLE_ENV));
  const specOf = (service: StackService): ProcessSpec => {
    const spec = specs.find((s) => s.name === service);
    if (!spec) throw new Error(`no process ${service}`);
    return spec;
  };

  it('has the same services: the servers the infra scripts start, Meilisearch, and each Node process', () => {
    expect(nodeServices.sort()).toEqual([...STACK_SERVICES].sort());
    expect(Object.keys(services).sort()).toEqual([...STACK_SERVERS, 'meilisearch', ...STACK_SERVICES].sort());
    for (const script of STACK_SERVERS) expect(existsSync(join(REPO_ROOT, 'infra/scripts', `${script}.sh`))).toBe(true);
  });

  it('runs the same entry point of each Node process, on the same port, as a non-root user with a health check', () => {
    const runtime = dockerStage('runtime');
    expect(runtime.some((line) => line.startsWith('HEALTHCHECK'))).toBe(true);
    expect(runtime.join('\n')).toContain("'/ready'");
    for (const service of STACK_SERVICES) {
      const composed = services[service];
      const port = STACK_PORTS[service];
      expect(composed?.build).toEqual({ context: '.', target: service });
      const stage = dockerStage(service);
      expect(stage[0], `Dockerfile stage ${service}`).toBe(`FROM runtime AS ${service}`);
      expect(stage).toContain(`CMD ["node", "${STACK_ENTRY_POINTS[service]}"]`);
      expect(stage).toContain(`EXPOSE ${port}`);
      expect(stage).toContain('USER node');
      expect(stage.some((line) => line.startsWith('ENV ') && line.includes(`PORT=${port}`))).toBe(true);
      expect(String(composed?.environment?.PORT)).toBe(String(port));
      expect(specOf(service).port).toBe(port);
      expect(specOf(service).main).toBe(STACK_ENTRY_POINTS[service]);
      expect(composed?.user).toBeUndefined(); // the image's USER node stays in force
    }
  });

  it('publishes only the gateway and Keycloak, on loopback, on the ports stack:up uses', () => {
    const published = Object.fromEntries(
      Object.entries(services).flatMap(([name, s]) => (s.ports ? [[name, s.ports]] : [])),
    );
    expect(published).toEqual({
      gateway: [`127.0.0.1:${STACK_PORTS.gateway}:${STACK_PORTS.gateway}`],
      keycloak: [`127.0.0.1:${STACK_PORTS.keycloak}:${STACK_PORTS.keycloak}`],
    });
  });

  it('gives each Node process the same variables with the same values (up to host names and paths)', () => {
    for (const service of STACK_SERVICES) {
      const spec = specOf(service);
      const composed = Object.fromEntries(
        Object.entries(services[service]?.environment ?? {}).map(([name, value]) => [
          name,
          interpolate(String(value), SAMPLE_ENV),
        ]),
      );
      expect(Object.keys(composed).sort(), `${service}: variable names`).toEqual(Object.keys(spec.env).sort());
      for (const [name, value] of Object.entries(spec.env)) {
        const there = composed[name] ?? '';
        if (name === 'HOST') {
          // inside a container the process listens on every interface; here on loopback only
          expect([there, value]).toEqual(['0.0.0.0', '127.0.0.1']);
        } else if (PATH_VARIABLES.has(name)) {
          expect(there.startsWith('/') && value?.startsWith('/'), `${service} ${name}`).toBe(true);
        } else {
          expect(withLoopbackHosts(there), `${service} ${name}`).toBe(value);
        }
      }
    }
  });

  it('sets only variables the processes read', () => {
    const sources: Record<StackService, string[]> = {
      techmart: ['services/techmart/src/main.ts'],
      search: ['services/search/src/main.ts', 'services/search/src/search.config.ts'],
      initiatives: ['services/initiatives/src/main.ts'],
      incubation: ['services/incubation/src/main.ts'],
      insights: ['services/insights/src/main.ts'],
      gateway: ['gateway/src/config/gateway-config.ts'],
    };
    const common = Object.keys(serviceConfigFields);
    for (const service of STACK_SERVICES) {
      const text = sources[service].map(read).join('\n');
      for (const name of Object.keys(services[service]?.environment ?? {})) {
        const known = (service !== 'gateway' && common.includes(name)) || new RegExp(`\\b${name}:`).test(text);
        expect(known, `${service} reads ${name}`).toBe(true);
      }
    }
  });

  it('runs the servers in the versions and with the settings of the infra scripts', () => {
    const kafkaVersion = /<kafka\.version>(.+)<\/kafka\.version>/.exec(read('infra/kafka/pom.xml'))?.[1];
    const keycloakVersion = /^KC_VERSION=(\S+)/m.exec(read('infra/scripts/keycloak.sh'))?.[1];
    const postgresVersion = /^VER=(\d+)/m.exec(read('infra/scripts/postgres.sh'))?.[1];
    expect(services.kafka?.image).toBe(`apache/kafka:${kafkaVersion}`);
    expect(services.keycloak?.image).toBe(`quay.io/keycloak/keycloak:${keycloakVersion}`);
    expect(services.postgres?.image).toMatch(new RegExp(`^postgres:${postgresVersion}(-|$)`));

    // Kafka: the broker settings kafka.sh writes (all but listeners, paths and the test tuning)
    const properties = Object.fromEntries(
      [...read('infra/scripts/kafka.sh').matchAll(/^([a-z][a-z0-9.]+)=(.*)$/gm)].map((m) => [m[1], m[2]]),
    );
    const environment = services.kafka?.environment ?? {};
    const semantic = [
      'process.roles',
      'controller.listener.names',
      'inter.broker.listener.name',
      'listener.security.protocol.map',
      'num.partitions',
      'default.replication.factor',
      'min.insync.replicas',
      'offsets.topic.replication.factor',
      'transaction.state.log.replication.factor',
      'transaction.state.log.min.isr',
      'auto.create.topics.enable',
      'delete.topic.enable',
      'group.initial.rebalance.delay.ms',
    ];
    for (const key of semantic) {
      expect(properties[key], `kafka.sh sets ${key}`).toBeDefined();
      expect(String(environment[`KAFKA_${key.toUpperCase().replace(/\./g, '_')}`]), key).toBe(properties[key]);
    }
    expect(String(environment.KAFKA_LISTENERS)).toContain(`PLAINTEXT://:${STACK_PORTS.kafka}`);
    expect(String(environment.KAFKA_ADVERTISED_LISTENERS)).toBe(`PLAINTEXT://kafka:${STACK_PORTS.kafka}`);

    // Keycloak: start-dev with the realm folder imported, on the same port as keycloak.sh
    expect(services.keycloak?.command).toEqual(['start-dev', '--import-realm', `--http-port=${STACK_PORTS.keycloak}`]);
    expect(read('infra/scripts/keycloak.sh')).toMatch(/start-dev .*--http-port "\$PORT" "\$\{IMPORT\[@\]\}"/);
    expect(services.keycloak?.volumes).toContain('./infra/keycloak/realm:/opt/keycloak/data/import:ro');
    expect(readdirSync(join(REPO_ROOT, 'infra/keycloak/realm')).some((f) => f.endsWith('.json'))).toBe(true);

    // PostgreSQL: the init script stack:up runs, one database and role per service
    const postgres = services.postgres;
    expect(postgres?.volumes).toContain('./infra/postgres/init:/docker-entrypoint-initdb.d:ro');
    expect(String(postgres?.environment?.SERVICE_DATABASES).split(/[ ,]+/)).toEqual([...SERVICE_DATABASES]);
    for (const name of SERVICE_DATABASES) {
      expect(postgres?.environment?.[passwordVariable(name)]).toBe(
        `\${${passwordVariable(name)}:?set ${passwordVariable(name)} in .env}`,
      );
    }
    expect(new URL(pgAdminUrl({})).port).toBe(String(STACK_PORTS.postgres));

    // Meilisearch on the port the search service is given
    expect(services.meilisearch?.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${STACK_PORTS.meilisearch}/health`);
    expect(services.search?.environment?.MEILI_URL).toBe(`http://meilisearch:${STACK_PORTS.meilisearch}`);
  });

  it('starts each Node process after what it needs is healthy', () => {
    expect(Object.keys(services.techmart?.depends_on ?? {}).sort()).toEqual(['kafka', 'postgres']);
    expect(Object.keys(services.search?.depends_on ?? {}).sort()).toEqual(['kafka', 'meilisearch', 'postgres']);
    expect(Object.keys(services.initiatives?.depends_on ?? {}).sort()).toEqual(['kafka', 'postgres']);
    expect(Object.keys(services.incubation?.depends_on ?? {}).sort()).toEqual(['kafka', 'postgres']);
    expect(Object.keys(services.gateway?.depends_on ?? {}).sort()).toEqual([
      'incubation',
      'initiatives',
      'insights',
      'keycloak',
      'search',
      'techmart',
    ]);
    expect(Object.keys(services.insights?.depends_on ?? {}).sort()).toEqual(['kafka', 'postgres']);
    for (const service of Object.values(services)) {
      for (const dependency of Object.values(service.depends_on ?? {}))
        expect(dependency.condition).toBe('service_healthy');
    }
    for (const name of [...STACK_SERVERS, 'meilisearch']) expect(services[name]?.healthcheck, name).toBeDefined();
  });

  it('explains every variable in .env.example, and .env.example has nothing either side ignores', () => {
    const documented = envExampleVariables();
    const composeUses = referencedVariables(composeText);
    for (const name of composeUses) expect(documented.has(name), `.env.example explains ${name}`).toBe(true);
    const stackReads = new Set([
      ...variablesRead((env) => resolveStackSettings(env)),
      ...variablesRead((env) => pgAdminUrl(env)),
    ]);
    for (const name of documented) {
      expect(composeUses.has(name) || stackReads.has(name), `${name} is used by compose or stack:up`).toBe(true);
    }
    // and every variable stack:up reads is explained there too
    for (const name of stackReads) expect(documented.has(name), `.env.example explains ${name}`).toBe(true);
  });

  it('imports demo accounts and seeds the demo catalogue only on request (DEMO=true, --profile demo)', () => {
    expect(Object.keys(optional)).toEqual(['keycloak-demo-users']);
    expect(optional['keycloak-demo-users']?.profiles).toEqual(['demo']);
    expect(optional['keycloak-demo-users']?.image).toBe(services.keycloak?.image);
    expect(optional['keycloak-demo-users']?.volumes).toEqual(['./infra/keycloak/demo:/demo:ro']);
    const realmFiles = readdirSync(join(REPO_ROOT, 'infra/keycloak/realm')).filter((f) => f.endsWith('.json'));
    for (const file of realmFiles) {
      expect(JSON.parse(read(`infra/keycloak/realm/${file}`)).users, `${file} holds no users`).toBeUndefined();
    }
    const seed = String(services.techmart?.environment?.SEED_DEMO_DATA);
    expect(interpolate(seed, {})).toBe('false');
    expect(interpolate(seed, { DEMO: 'true' })).toBe('true');
  });

  it('installs every workspace in the image build (npm ci needs each package.json)', () => {
    const deps = dockerStage('deps').join('\n');
    const root = JSON.parse(read('package.json')) as { workspaces: string[] };
    for (const pattern of root.workspaces) {
      const dirs = pattern.endsWith('/*')
        ? readdirSync(join(REPO_ROOT, pattern.slice(0, -2))).map((d) => `${pattern.slice(0, -2)}/${d}`)
        : [pattern];
      for (const dir of dirs.filter((d) => existsSync(join(REPO_ROOT, d, 'package.json')))) {
        expect(deps, `Dockerfile copies ${dir}/package.json`).toContain(`COPY ${dir}/package.json ${dir}/`);
      }
    }
    expect(read('.dockerignore')).toMatch(/^\*\*\/node_modules$/m);
    expect(read('.dockerignore')).toMatch(/^\.env$/m);
  });
});
