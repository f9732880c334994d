import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { pino } from 'pino';
import { type CreateServiceAppOptions, createServiceApp } from '../nest/create-service-app.js';
import { type Principal, signPrincipal } from '../nest/auth/principal.js';

/** The INTERNAL_AUTH_SECRET test apps use unless told otherwise. */
export const TEST_AUTH_SECRET = 'test-internal-auth-secret-0123456789abcdef';

export type TestServiceAppOptions = Omit<CreateServiceAppOptions, 'config'> & {
  config?: Partial<CreateServiceAppOptions['config']>;
};

/** createServiceApp with test defaults: silent logger, no default metrics, no signal handlers. */
export function createTestServiceApp(options: TestServiceAppOptions): Promise<NestFastifyApplication> {
  return createServiceApp({
    defaultMetrics: false,
    shutdownHooks: false,
    logger: pino({ level: 'silent' }),
    ...options,
    config: { INTERNAL_AUTH_SECRET: TEST_AUTH_SECRET, ...options.config },
  });
}

/** Signed identity headers as the gateway would send them for one request (`GET /api/techmart/v1/…`). */
export function principalHeaders(
  principal: Principal,
  request: { method?: string; url: string },
  secret = TEST_AUTH_SECRET,
): Record<string, string> {
  const audience = /^\/api\/([^/?]+)/.exec(request.url)?.[1] ?? '';
  return { ...signPrincipal(principal, secret, { audience, method: request.method ?? 'GET', path: request.url }) };
}

export interface InjectOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  url: string;
  /** an object is sent as JSON; a string or Buffer as is */
  body?: unknown;
  headers?: Record<string, string>;
  /** signs these identity headers with TEST_AUTH_SECRET */
  principal?: Principal;
}

export interface InjectResult<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** parsed JSON when the response is JSON, else the raw text */
  body: T;
  text: string;
}

/** Calls the app in-process (Fastify's inject, no socket). */
export async function injectRequest<T = unknown>(
  app: NestFastifyApplication,
  options: InjectOptions,
): Promise<InjectResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.principal) Object.assign(headers, principalHeaders(options.principal, options));
  let payload: string | Buffer | undefined;
  if (options.body !== undefined) {
    if (typeof options.body === 'string' || Buffer.isBuffer(options.body)) payload = options.body;
    else {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
  }
  const response = await app.inject({ method: options.method ?? 'GET', url: options.url, headers, payload });
  const contentType = String(response.headers['content-type'] ?? '');
  const body = (/json/.test(contentType) && response.body !== '' ? JSON.parse(response.body) : response.body) as T;
  return { status: response.statusCode, headers: response.headers, body, text: response.body };
}
