import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServiceApp, injectRequest, principalHeaders, TEST_AUTH_SECRET } from '../testing/test-app.js';
import { signPrincipal, type Principal } from './auth/principal.js';
import type { FieldError } from '../http/problem/problem-error.js';
import type { ReadinessCheckResult } from '../observability/readiness.registry.js';
import { DemoModule, readinessState } from './test-fixtures/demo.module.js';

/** Parsed JSON bodies: assertions read members freely. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions walk parsed JSON of known shape
type Loose = any;

const officer: Principal = { userId: 'u-1', displayName: 'Nguyễn Văn A', roles: ['officer'], localityCode: '87' };
const business: Principal = { userId: 'u-2', displayName: 'Công ty B', roles: ['business'], organisationId: 'o-1' };

describe('createServiceApp', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestServiceApp({ name: 'demo', module: DemoModule, bodyLimitBytes: 2048 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('accepts a valid body and runs the handler inside the request trace', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await injectRequest<Record<string, unknown>>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets',
      body: { title: 'Máy sấy nông sản', trl: 7, contact: { email: 'a@b.vn' }, kind: 'equipment' },
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Máy sấy nông sản', keywords: [], traceId });
    expect(res.headers['x-request-id']).toBe(traceId);
  });

  it('answers an invalid body with 400 problem+json naming each field in vi and en', async () => {
    const res = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets',
      body: { title: 'abc', trl: 12, contact: { email: 'nope' }, kind: 'other' },
      headers: { 'x-request-id': 'req-123' },
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['x-request-id']).toBe('req-123');
    expect(res.body).toMatchObject({
      type: 'urn:sti:problem:validation_failed',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      code: 'validation_failed',
      instance: '/api/demo/v1/widgets',
    });
    expect(res.body.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(res.body.message.vi).toBeTruthy();
    expect(res.body.message.en).toBeTruthy();
    const byField = Object.fromEntries((res.body.errors as unknown as FieldError[]).map((e) => [e.field, e]));
    expect(Object.keys(byField).sort()).toEqual(['contact.email', 'kind', 'title', 'trl']);
    expect(byField.title).toEqual({
      field: 'title',
      code: 'too_small',
      message: { vi: 'Phải có ít nhất 5 ký tự.', en: 'Must be at least 5 characters.' },
    });
    expect(byField.trl?.message.en).toBe('Must be less than or equal to 9.');
    expect(byField['contact.email']?.code).toBe('invalid_format');
    expect(byField.kind?.message.vi).toContain('"technology"');
  });

  it('reports a missing field as required, and the title in English when preferred', async () => {
    const res = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets',
      body: { trl: 3, contact: { email: 'a@b.vn' }, kind: 'technology' },
      headers: { 'accept-language': 'en-US,en;q=0.9,vi;q=0.5' },
    });
    expect(res.status).toBe(400);
    expect(res.body.title).toBe('Validation failed');
    expect(res.body.errors).toEqual([
      { field: 'title', code: 'required', message: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' } },
    ]);
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const res = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets',
      body: { title: 'x'.repeat(5000), trl: 1, contact: { email: 'a@b.vn' }, kind: 'technology' },
    });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 413, code: 'payload_too_large', title: 'Dữ liệu quá lớn' });
  });

  it('answers malformed JSON with 400 and an unsupported content type with 415', async () => {
    const bad = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets',
      body: '{"title": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_json');
    const xml = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets',
      body: '<widget/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
    expect(xml.body.code).toBe('unsupported_media_type');
  });

  it('accepts an empty body sent as application/json on an action endpoint', async () => {
    for (const payload of ['', '  \n']) {
      for (const contentType of ['application/json', 'application/json; charset=utf-8']) {
        const res = await injectRequest<Loose>(app, {
          method: 'POST',
          url: '/api/demo/v1/widgets/w-1/submit',
          body: payload,
          headers: { 'content-type': contentType },
        });
        expect(res.status, `${contentType} ${JSON.stringify(payload)}`).toBe(200);
        expect(res.body).toEqual({ id: 'w-1', submitted: true, body: null });
      }
    }
    const withBody = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets/w-1/submit',
      body: { note: 'ok' },
    });
    expect(withBody.body).toEqual({ id: 'w-1', submitted: true, body: { note: 'ok' } });
    // an endpoint that needs a body still says which fields are missing, not "invalid JSON"
    const empty = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets',
      body: '',
      headers: { 'content-type': 'application/json' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('validation_failed');
    const poisoned = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets/w-1/submit',
      body: '{"__proto__": {"admin": true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(poisoned.status).toBe(400);
    const form = await injectRequest<Loose>(app, {
      method: 'POST',
      url: '/api/demo/v1/widgets/w-1/submit',
      body: 'note=ok',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.body).toEqual({ id: 'w-1', submitted: true, body: { note: 'ok' } });
  });

  it('answers an unknown error with 500 and leaks nothing', async () => {
    const res = await injectRequest<Loose>(app, { url: '/api/demo/v1/widgets/boom' });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ code: 'internal', status: 500, title: 'Lỗi hệ thống' });
    expect(res.text).not.toContain('hunter2');
    expect(res.text).not.toContain('stack');
    expect(res.text).not.toMatch(/at .*\.ts/);
  });

  it('maps Nest HttpExceptions, unknown routes and ProblemErrors with extensions', async () => {
    const missing = await injectRequest<Loose>(app, { url: '/api/demo/v1/widgets/missing/42' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'not_found', detail: 'widget 42' });
    const unknown = await injectRequest<Loose>(app, { url: '/api/demo/nothing-here' });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    const stale = await injectRequest<Loose>(app, { url: '/api/demo/v1/widgets/stale' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale_revision', currentRevision: 4 });
  });

  it('serves /health, /ready (503 naming the failed check) and /metrics outside the prefix', async () => {
    expect((await injectRequest(app, { url: '/health' })).status).toBe(200);
    const ready = await injectRequest<Loose>(app, { url: '/ready' });
    expect(ready.status).toBe(200);
    expect((ready.body.checks as unknown as ReadinessCheckResult[]).map((c) => c.name).sort()).toEqual([
      'database',
      'transport',
    ]);

    readinessState.failDatabase = true;
    try {
      const notReady = await injectRequest<Loose>(app, { url: '/ready' });
      expect(notReady.status).toBe(503);
      expect(notReady.body.status).toBe('not_ready');
      expect(notReady.body.checks).toContainEqual(
        expect.objectContaining({ name: 'database', ok: false, error: 'connection refused' }),
      );
    } finally {
      readinessState.failDatabase = false;
    }

    const metrics = await injectRequest(app, { url: '/metrics' });
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('http_request_duration_seconds_bucket');
    expect(metrics.text).toMatch(/route="\/api\/demo\/v1\/widgets",status_code="201"/);
  });

  it('serves the OpenAPI document built from the zod schema', async () => {
    const res = await injectRequest<Loose>(app, { url: '/api/demo/openapi.json' });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/demo/v1/widgets');
    const schema = res.body.components.schemas.WidgetInput;
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'trl', 'contact', 'kind']));
    expect(schema.properties.title).toMatchObject({ type: 'string', minLength: 5, maxLength: 200 });
    expect(schema.properties.kind.enum).toEqual(['technology', 'equipment']);
    const requestBody = res.body.paths['/api/demo/v1/widgets'].post.requestBody.content['application/json'].schema;
    expect(requestBody.$ref).toBe('#/components/schemas/WidgetInput');
  });

  describe('principal headers', () => {
    it('reads a signed principal', async () => {
      const res = await injectRequest<Principal>(app, { url: '/api/demo/v1/widgets/me', principal: officer });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(officer);
    });

    it('rejects a bad signature with 401 problem+json, even on a public route', async () => {
      for (const url of ['/api/demo/v1/widgets/me', '/api/demo/v1/widgets/public']) {
        const headers = signPrincipal(officer, 'another-secret-another-secret-0000', {
          audience: 'demo',
          method: 'GET',
          path: url,
        });
        const res = await injectRequest<Loose>(app, { url, headers: { ...headers } });
        expect(res.status).toBe(401);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('unauthenticated');
      }
    });

    it('rejects a principal without a signature and a tampered principal', async () => {
      const signed = principalHeaders(business, { url: '/api/demo/v1/widgets/me' });
      const unsigned = await injectRequest(app, {
        url: '/api/demo/v1/widgets/me',
        headers: { 'x-sti-principal': signed['x-sti-principal'] as string },
      });
      expect(unsigned.status).toBe(401);
      const forged = Buffer.from(JSON.stringify({ ...business, roles: ['admin'], exp: 9e9 })).toString('base64url');
      const tampered = await injectRequest(app, {
        url: '/api/demo/v1/widgets/me',
        headers: { 'x-sti-principal': forged, 'x-sti-principal-sig': signed['x-sti-principal-sig'] as string },
      });
      expect(tampered.status).toBe(401);
    });

    it('rejects an expired principal', async () => {
      const old = signPrincipal(
        officer,
        TEST_AUTH_SECRET,
        { audience: 'demo', method: 'GET', path: '/api/demo/v1/widgets/me' },
        { now: new Date(Date.now() - 3_600_000) },
      );
      const res = await injectRequest(app, { url: '/api/demo/v1/widgets/me', headers: { ...old } });
      expect(res.status).toBe(401);
    });

    it('refuses a captured pair replayed on another path, method or service', async () => {
      const captured = principalHeaders(officer, { url: '/api/demo/v1/widgets/public' });
      const fine = await injectRequest(app, { url: '/api/demo/v1/widgets/public', headers: captured });
      expect(fine.status).toBe(200);
      const otherPath = await injectRequest<Loose>(app, { url: '/api/demo/v1/widgets/me', headers: captured });
      expect(otherPath.status).toBe(401);
      expect(otherPath.body.detail).toContain('wrong_request');
      const otherMethod = await injectRequest(app, {
        method: 'POST',
        url: '/api/demo/v1/widgets',
        headers: principalHeaders(officer, { method: 'GET', url: '/api/demo/v1/widgets' }),
        body: {},
      });
      expect(otherMethod.status).toBe(401);
      const forOtherService = principalHeaders(officer, { url: '/api/techmart/v1/widgets/me' });
      const otherService = await injectRequest(app, { url: '/api/demo/v1/widgets/me', headers: forOtherService });
      expect(otherService.status).toBe(401);
    });

    it('answers anonymous 401 and the wrong role 403 on @Roles routes; optional user is undefined', async () => {
      expect((await injectRequest(app, { url: '/api/demo/v1/widgets/officers-only' })).status).toBe(401);
      const wrongRole = await injectRequest<Loose>(app, {
        url: '/api/demo/v1/widgets/officers-only',
        principal: business,
      });
      expect(wrongRole.status).toBe(403);
      expect(wrongRole.body.code).toBe('forbidden');
      expect((await injectRequest(app, { url: '/api/demo/v1/widgets/officers-only', principal: officer })).status).toBe(
        200,
      );
      expect((await injectRequest(app, { url: '/api/demo/v1/widgets/me' })).status).toBe(401);
      expect((await injectRequest(app, { url: '/api/demo/v1/widgets/public' })).body).toEqual({ anonymous: true });
    });
  });
});

describe('createServiceApp logging', () => {
  it('logs an unknown error once with the trace id the client got, and access lines carry it too', async () => {
    const { Writable } = await import('node:stream');
    const { createLogger } = await import('../logging/logger.js');
    const lines: Loose[] = [];
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        callback();
      },
    });
    const logger = createLogger({ service: 'demo', level: 'info', destination });
    const app = await createTestServiceApp({ name: 'demo', module: DemoModule, logger });
    try {
      const res = await injectRequest<Loose>(app, { url: '/api/demo/v1/widgets/boom' });
      await new Promise((resolve) => setImmediate(resolve));
      const errorLine = lines.find((line) => line.msg === 'unhandled error');
      expect(errorLine).toMatchObject({ level: 'error', service: 'demo', traceId: res.body.traceId });
      expect(errorLine?.err.stack).toContain('secret internal detail');
      const access = lines.find((line) => line.msg === 'request completed');
      expect(access).toMatchObject({ statusCode: 500, traceId: res.body.traceId, route: '/api/demo/v1/widgets/boom' });
    } finally {
      await app.close();
    }
  });
});

describe('createServiceApp in one process (embedded mode)', () => {
  it('keeps apps, readiness, metrics and global providers apart', async () => {
    const { SERVICE_NAME } = await import('./create-service-app.js');
    const { ReadinessRegistry } = await import('../observability/readiness.registry.js');
    const TOKEN = Symbol('TOKEN');
    const a = await createTestServiceApp({
      name: 'alpha',
      module: DemoModule,
      providers: [{ provide: TOKEN, useValue: 'from alpha' }],
    });
    const b = await createTestServiceApp({ name: 'beta', module: DemoModule, openApi: false });
    try {
      expect(a.get(TOKEN)).toBe('from alpha');
      expect(a.get(SERVICE_NAME)).toBe('alpha');
      expect(b.get(SERVICE_NAME)).toBe('beta');
      expect(a.get(ReadinessRegistry)).not.toBe(b.get(ReadinessRegistry));
      expect((await injectRequest(a, { url: '/api/alpha/openapi.json' })).status).toBe(200);
      expect((await injectRequest(b, { url: '/api/beta/openapi.json' })).status).toBe(404);
      await injectRequest(a, { url: '/api/alpha/v1/widgets/public' });
      const metricsB = await injectRequest(b, { url: '/metrics' });
      expect(metricsB.text).not.toContain('/api/alpha');
      expect(metricsB.text).toContain('service="beta"');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
