import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { eventMetrics } from '../events/event.metrics.js';
import { createServiceMetrics } from './metrics.js';
import { registerObservability } from './observability.routes.js';
import { ReadinessRegistry } from './readiness.registry.js';
import { resolveRequestIds } from './request-context.hooks.js';

describe('ReadinessRegistry', () => {
  it('is ready when every check passes and names the failing ones', async () => {
    const registry = new ReadinessRegistry();
    registry.register('database', async () => {});
    const remove = registry.registerReadinessCheck('transport', () => {
      throw new Error('broker unreachable');
    });
    registry.register('slow', () => new Promise((resolve) => setTimeout(resolve, 500)), { timeoutMs: 20 });
    const report = await registry.run();
    expect(report.ready).toBe(false);
    expect(report.checks.filter((c) => !c.ok).map((c) => [c.name, c.error])).toEqual([
      ['transport', 'broker unreachable'],
      ['slow', 'timed out after 20 ms'],
    ]);
    remove();
    registry.register('slow', () => true);
    expect((await registry.run()).ready).toBe(true);
    expect(registry.names()).toEqual(['database', 'slow']);
  });
});

describe('resolveRequestIds', () => {
  it('prefers traceparent, then an x-request-id usable as trace id, else a new id', () => {
    expect(
      resolveRequestIds({
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        'x-request-id': 'abc',
      }),
    ).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', requestId: 'abc' });
    expect(resolveRequestIds({ 'x-request-id': '0191D1A8-3C3A-7CC1-8B8F-2A0C7D4E5F60' })).toEqual({
      traceId: '0191d1a83c3a7cc18b8f2a0c7d4e5f60',
      requestId: '0191D1A8-3C3A-7CC1-8B8F-2A0C7D4E5F60',
    });
    const fresh = resolveRequestIds({ 'x-request-id': 'bad id with spaces <script>' });
    expect(fresh.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh.requestId).toBe(fresh.traceId);
  });
});

describe('/metrics', () => {
  it("serves the app's HTTP metrics and the event backbone's sti_* metrics together", async () => {
    const app = Fastify();
    registerObservability(app, {
      service: 'demo',
      readiness: new ReadinessRegistry(),
      metrics: createServiceMetrics('demo', { defaultMetrics: false }),
    });
    eventMetrics().published.inc({ outbox: 'demo' }, 3);
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('http_request_duration_seconds');
    expect(response.body).toMatch(/sti_outbox_published_total\{[^}]*outbox="demo"[^}]*\} 3/);
    await app.close();
  });
});
