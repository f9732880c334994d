import { type DynamicModule, type INestApplication, Module, type Type } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import type { Logger } from 'pino';
import type { LogLevel } from '../config/config-fields.js';
import { ProblemExceptionFilter } from '../http/problem/problem-exception.filter.js';
import { buildOpenApiDocument, openApiPath } from '../http/validation/openapi-document.js';
import { createLogger } from '../logging/logger.js';
import { PinoNestLogger } from '../logging/nest-logger.js';
import { createServiceMetrics, type ServiceMetrics } from '../observability/metrics.js';
import { registerObservability } from '../observability/observability.routes.js';
import { ReadinessRegistry } from '../observability/readiness.registry.js';
import { registerRequestContext } from '../observability/request-context.hooks.js';
import { PrincipalGuard } from './auth/auth.guard.js';
import { registerBodyParsers } from './json-body.parser.js';

/** DI tokens for what createServiceApp provides to every module of the service (global). */
export const SERVICE_LOGGER = Symbol('SERVICE_LOGGER');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_METRICS = Symbol('SERVICE_METRICS');
export const SERVICE_NAME = Symbol('SERVICE_NAME');

/** The configuration createServiceApp reads (a service's loaded config object satisfies it). */
export interface ServiceAppConfig {
  INTERNAL_AUTH_SECRET: string;
  HOST?: string;
  PORT?: number;
  LOG_LEVEL?: LogLevel;
}

export interface CreateServiceAppOptions {
  /** service name: routes live under `/api/<name>`, the document at `/api/<name>/openapi.json` */
  name: string;
  module: Type<unknown> | DynamicModule;
  config: ServiceAppConfig;
  /** largest accepted request body; default 1 MiB */
  bodyLimitBytes?: number;
  /** OpenAPI info; title defaults to the name, version to 1.0.0 */
  openApi?: { title?: string; version?: string; description?: string } | false;
  logger?: Logger;
  readiness?: ReadinessRegistry;
  /** Node default metrics (event loop, heap…); on by default */
  defaultMetrics?: boolean;
  /** SIGTERM/SIGINT → graceful app.close(); on by default (embedded hosts may turn it off) */
  shutdownHooks?: boolean;
  /** register Fastify plugins (multipart, …) before the app initialises */
  configureFastify?: (fastify: FastifyInstance) => Promise<void> | void;
  /** extra providers made global to the service's modules */
  providers?: DynamicModule['providers'];
}

export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

@Module({})
class ServicePlatformModule {}

/**
 * A ready-to-listen (initialised) Nest application on Fastify with everything the platform promises:
 * JSON logs with trace ids, problem+json errors, zod validation, the principal guard, /health /ready
 * /metrics, the OpenAPI document and graceful shutdown. Call listenServiceApp to bind it.
 */
export async function createServiceApp(options: CreateServiceAppOptions): Promise<NestFastifyApplication> {
  const { name, config } = options;
  const logger = options.logger ?? createLogger({ service: name, level: config.LOG_LEVEL ?? 'info' });
  const readiness = options.readiness ?? new ReadinessRegistry();
  const metrics: ServiceMetrics = createServiceMetrics(name, { defaultMetrics: options.defaultMetrics });
  const prefix = `/api/${name}`;

  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const adapter = new FastifyAdapter({ bodyLimit, logger: false });
  const fastify = adapter.getInstance() as unknown as FastifyInstance;
  registerBodyParsers(adapter, bodyLimit);
  registerRequestContext(fastify);
  registerObservability(fastify, { service: name, readiness, metrics, logger });
  await options.configureFastify?.(fastify);

  const platformModule: DynamicModule = {
    module: ServicePlatformModule,
    global: true,
    providers: [
      { provide: ReadinessRegistry, useValue: readiness },
      { provide: SERVICE_LOGGER, useValue: logger },
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: SERVICE_METRICS, useValue: metrics },
      { provide: SERVICE_NAME, useValue: name },
      ...(options.providers ?? []),
    ],
    exports: [
      ReadinessRegistry,
      SERVICE_LOGGER,
      SERVICE_CONFIG,
      SERVICE_METRICS,
      SERVICE_NAME,
      ...(options.providers ?? []).map((provider) =>
        typeof provider === 'function' ? provider : (provider as { provide: string | symbol | Type }).provide,
      ),
    ],
  };
  @Module({ imports: [platformModule, options.module] })
  class ServiceRootModule {}

  const app = await NestFactory.create<NestFastifyApplication>(ServiceRootModule, adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.setGlobalPrefix(prefix.slice(1));
  app.useGlobalFilters(new ProblemExceptionFilter(logger));
  app.useGlobalPipes(new ZodValidationPipe());
  const reflector = app.get(Reflector);
  app.useGlobalGuards(new PrincipalGuard(config.INTERNAL_AUTH_SECRET, reflector, name));
  app.useGlobalInterceptors(new ZodSerializerInterceptor(reflector));
  if (options.shutdownHooks !== false) app.enableShutdownHooks();

  let document: unknown;
  if (options.openApi !== false) {
    fastify.get(openApiPath(prefix), async () => document);
  }
  await app.init();
  if (options.openApi !== false) {
    document = buildOpenApiDocument(app as INestApplication, {
      title: options.openApi?.title ?? `${name} API`,
      version: options.openApi?.version ?? '1.0.0',
      description: options.openApi?.description,
      basePath: prefix,
    });
  }
  return app;
}

/** Binds the app to HOST (127.0.0.1 unless configured) and PORT; resolves to the address. */
export async function listenServiceApp(
  app: NestFastifyApplication,
  config: { HOST?: string; PORT?: number },
): Promise<string> {
  await app.listen({ port: config.PORT ?? 0, host: config.HOST ?? '127.0.0.1' });
  return app.getUrl();
}
