import { AsyncResource } from 'node:async_hooks';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isValidTraceId, newTraceId, runWithTrace, traceIdFromTraceparent } from '../logging/trace-context.js';

declare module 'fastify' {
  interface FastifyRequest {
    traceId: string;
    requestId: string;
  }
}

const resourceKey = Symbol('traceResource');

/**
 * Gives every request a trace id (from `traceparent`, else from `x-request-id`, else new), echoes
 * `x-request-id`, and runs the rest of the request inside runWithTrace so every log line carries it.
 */
export function registerRequestContext(fastify: FastifyInstance): void {
  fastify.decorateRequest('traceId', '');
  fastify.decorateRequest('requestId', '');

  fastify.addHook('onRequest', (request, reply, done) => {
    const { traceId, requestId } = resolveRequestIds(request.headers);
    request.traceId = traceId;
    request.requestId = requestId;
    reply.header('x-request-id', requestId);
    runWithTrace(traceId, () => {
      // Body parsing leaves the async context; the resource carries it into the later hooks and handler.
      (request as unknown as Record<symbol, AsyncResource>)[resourceKey] = new AsyncResource('sti-request');
      done();
    });
  });

  fastify.addHook('preValidation', (request: FastifyRequest, _reply: FastifyReply, done) => {
    const resource = (request as unknown as Record<symbol, AsyncResource | undefined>)[resourceKey];
    if (resource) resource.runInAsyncScope(done, request.raw);
    else done();
  });
}

export function resolveRequestIds(headers: Record<string, string | string[] | undefined>): {
  traceId: string;
  requestId: string;
} {
  const incomingRequestId = sanitiseRequestId(first(headers['x-request-id']));
  const fromRequestId = incomingRequestId?.replace(/-/g, '').toLowerCase();
  const traceId =
    traceIdFromTraceparent(first(headers.traceparent)) ??
    (fromRequestId && isValidTraceId(fromRequestId) ? fromRequestId : undefined) ??
    newTraceId();
  return { traceId, requestId: incomingRequestId ?? traceId };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sanitiseRequestId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return /^[\w.:-]{1,128}$/.test(trimmed) ? trimmed : undefined;
}
