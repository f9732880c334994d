import { register } from 'prom-client';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { ServiceMetrics } from './metrics.js';
import type { ReadinessRegistry } from './readiness.registry.js';

export interface ObservabilityOptions {
  service: string;
  readiness: ReadinessRegistry;
  metrics: ServiceMetrics;
  logger?: Logger;
}

const OPERATIONAL_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * `/health` (liveness), `/ready` (registered checks → 200 or 503), `/metrics` (Prometheus), registered
 * on Fastify directly so they stay outside `/api/<service>` and outside guards; plus the request
 * duration histogram and one access log line per request.
 */
export function registerObservability(fastify: FastifyInstance, options: ObservabilityOptions): void {
  const { readiness, metrics, logger, service } = options;
  const started = Date.now();

  fastify.get('/health', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok', service, uptimeSeconds: Math.round((Date.now() - started) / 1000) };
  });

  fastify.get('/ready', async (_request, reply) => {
    const report = await readiness.run();
    const failed = report.checks.filter((check) => !check.ok);
    if (failed.length > 0) logger?.warn({ failed }, 'readiness check failed');
    reply.header('cache-control', 'no-store').status(report.ready ? 200 : 503);
    return { status: report.ready ? 'ready' : 'not_ready', service, checks: report.checks };
  });

  // The event backbone records its sti_* metrics in prom-client's default registry (relays and consumers
  // live outside any one app); the app's own registry holds HTTP and process metrics. Serve both.
  fastify.get('/metrics', async (_request, reply) => {
    reply.header('content-type', metrics.registry.contentType);
    const [own, backbone] = await Promise.all([metrics.registry.metrics(), register.metrics()]);
    return backbone ? `${own}\n${backbone}` : own;
  });

  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? '(unmatched)';
    const seconds = reply.elapsedTime / 1000;
    metrics.httpRequestDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      seconds,
    );
    const fields = {
      method: request.method,
      url: request.url,
      route,
      statusCode: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      traceId: request.traceId,
      requestId: request.requestId,
    };
    if (OPERATIONAL_PATHS.has(route)) logger?.debug(fields, 'request completed');
    else logger?.info(fields, 'request completed');
  });
}
