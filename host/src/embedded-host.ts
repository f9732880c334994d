// Embedded mode: the gateway, every service and the built portal in one Node process on one port.
// Services listen on ephemeral loopback ports and the gateway proxies to them, so the request path is
// the distributed one; events go through each service's outbox and the in-process transport.
import { join } from 'node:path';
import { createGateway, describeDemoUsers, type GatewayApp, gatewayConfig } from '@sti/gateway';
import { type IncubationHandle, startIncubation } from '@sti/incubation';
import { type InitiativesHandle, startInitiatives } from '@sti/initiatives';
import { createInProcessTransport, createLogger, type Logger } from '@sti/platform';
import { type InsightsHandle, startInsights } from '@sti/insights';
import { createSearchEngine, type RunningSearchService, startSearchService } from '@sti/search';
import { startTechmart, type TechmartHandle } from '@sti/techmart';
import type { HostConfig } from './host.config.js';

export interface EmbeddedPlatform {
  url: string;
  gateway: GatewayApp;
  techmart: TechmartHandle;
  initiatives: InitiativesHandle;
  incubation: IncubationHandle;
  search: RunningSearchService;
  insights: InsightsHandle;
  stop(): Promise<void>;
}

export async function startEmbeddedPlatform(config: HostConfig, logger?: Logger): Promise<EmbeddedPlatform> {
  const log = logger ?? createLogger({ service: 'host', level: config.logLevel });
  const pglite = (name: string) => `pglite://${join(config.dataDir, name, 'db')}`;
  const transport = createInProcessTransport();

  // Consumers subscribe before producers publish, so the first start's seed events reach search.
  const engine = await createSearchEngine(
    { dataDir: join(config.dataDir, 'search') },
    log.child({ service: 'search' }),
  );
  const search = await startSearchService({
    databaseUrl: pglite('search'),
    engine,
    transport,
    internalAuthSecret: config.internalAuthSecret,
    logger: log.child({ service: 'search' }),
    shutdownHooks: false,
  });
  // Insights is a pure consumer too: its own database, every producer's events from the transport.
  const insights = await startInsights({
    databaseUrl: pglite('insights'),
    transport,
    internalAuthSecret: config.internalAuthSecret,
    logger: log.child({ service: 'insights' }),
    shutdownHooks: false,
    defaultMetrics: false,
  });

  const techmart = await startTechmart({
    databaseUrl: pglite('techmart'),
    dataDir: join(config.dataDir, 'techmart'),
    internalAuthSecret: config.internalAuthSecret,
    transport,
    port: 0,
    seed: config.seedDemoData ? 'background' : 'off',
    logger: log.child({ service: 'techmart' }),
    shutdownHooks: false,
    defaultMetrics: false,
  });
  // Rebuilding search from history replays Techmart's retained outbox.
  transport.attachOutbox(techmart.database.sql);

  const initiatives = await startInitiatives({
    databaseUrl: pglite('initiatives'),
    dataDir: join(config.dataDir, 'initiatives'),
    internalAuthSecret: config.internalAuthSecret,
    transport,
    port: 0,
    seed: config.seedDemoData ? 'background' : 'off',
    logger: log.child({ service: 'initiatives' }),
    shutdownHooks: false,
    defaultMetrics: false,
  });
  // Search rebuilds the public repository from the initiatives outbox the same way.
  transport.attachOutbox(initiatives.database.sql);

  const incubation = await startIncubation({
    databaseUrl: pglite('incubation'),
    dataDir: join(config.dataDir, 'incubation'),
    internalAuthSecret: config.internalAuthSecret,
    transport,
    port: 0,
    seed: config.seedDemoData ? 'background' : 'off',
    logger: log.child({ service: 'incubation' }),
    shutdownHooks: false,
    defaultMetrics: false,
  });
  // Search rebuilds the startup directory from the incubation outbox the same way.
  transport.attachOutbox(incubation.database.sql);

  const gateway = await createGateway(
    gatewayConfig({
      host: config.host,
      port: config.port,
      publicUrl: config.publicUrl,
      logLevel: config.logLevel,
      internalAuthSecret: config.internalAuthSecret,
      auth: {
        mode: 'embedded',
        dataDir: join(config.dataDir, 'gateway'),
        demo: config.demo,
        initialAdminPassword: config.initialAdminPassword,
      },
      upstreams: {
        techmart: techmart.url,
        initiatives: initiatives.url,
        incubation: incubation.url,
        search: search.url,
        insights: insights.url,
      },
      webDist: config.webDist,
    }),
    { logger: log.child({ service: 'gateway' }) },
  );
  await gateway.listen({ host: config.host, port: config.port });
  const url = config.publicUrl ?? `http://${config.host}:${config.port}`;

  let stopped = false;
  return {
    url,
    gateway,
    techmart,
    initiatives,
    incubation,
    search,
    insights,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Front door first, then producers (the relay finishes its batch), then consumers.
      await gateway.close();
      await techmart.close();
      await initiatives.close();
      await incubation.close();
      await search.stop();
      await insights.close();
    },
  };
}

export function startupBanner(url: string, options: { demo: boolean }): string {
  const accounts = options.demo
    ? [
        '  Tài khoản demo / demo users (DEMO=true; DEMO=false for a real install):',
        describeDemoUsers()
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n'),
      ]
    : [
        '  Đăng nhập bằng tài khoản quản trị đã in khi khởi động lần đầu (hoặc INITIAL_ADMIN_PASSWORD).',
        '  Sign in as the administrator printed at the first start (or INITIAL_ADMIN_PASSWORD).',
      ];
  return [
    '',
    `  Sàn KH&CN — nền tảng đã sẵn sàng / the platform is ready: ${url}`,
    `  API docs: ${url}/api/docs`,
    '',
    ...accounts,
    '',
  ].join('\n');
}
