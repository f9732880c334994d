// `/metrics` and `/ready` on the public entry. Metrics name routes, upstreams and error counts: they
// answer only a scraper holding METRICS_TOKEN, or, without a token configured, a direct loopback caller
// (not one relayed by a proxy). Readiness stays open for load balancers and container health checks,
// rate-limited like the API, and says which checks failed without their errors (internal URLs).
import { timingSafeEqual } from 'node:crypto';
import { problem } from '@sti/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface OperationalEndpointOptions {
  metricsToken?: string;
}

export function protectOperationalEndpoints(app: FastifyInstance, options: OperationalEndpointOptions): void {
  const expected = options.metricsToken ? Buffer.from(`Bearer ${options.metricsToken}`) : undefined;

  app.addHook('onRequest', (request, _reply, done) => {
    if (pathOf(request.url) !== '/metrics') {
      done();
      return;
    }
    if (expected) {
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length === expected.length && timingSafeEqual(given, expected)) done();
      else done(problem('unauthenticated', { detail: 'metrics need the METRICS_TOKEN bearer token' }));
      return;
    }
    if (directLoopback(request)) done();
    else done(problem('forbidden', { detail: 'metrics are served to loopback callers only (or set METRICS_TOKEN)' }));
  });

  app.addHook('onSend', async (request, _reply, payload) => {
    if (pathOf(request.url) !== '/ready' || typeof payload !== 'string') return payload;
    try {
      const body = JSON.parse(payload) as { status: string; service: string; checks?: { name: string; ok: boolean }[] };
      return JSON.stringify({
        status: body.status,
        service: body.service,
        checks: (body.checks ?? []).map(({ name, ok }) => ({ name, ok })),
      });
    } catch {
      return payload;
    }
  });
}

/** A caller on this machine, with no proxy in between (a proxy on loopback would relay anyone). */
function directLoopback(request: FastifyRequest): boolean {
  const headers = request.headers;
  if (headers['x-forwarded-for'] !== undefined || headers.forwarded !== undefined || headers['x-real-ip'] !== undefined)
    return false;
  return LOOPBACK.has(request.socket.remoteAddress ?? '');
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
