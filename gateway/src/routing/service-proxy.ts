// `/api/<service>/*` → the service's base URL, same path and query, over keep-alive connections
// (undici pool via @fastify/reply-from). Bodies are streamed, not parsed: the gateway only counts
// their bytes. The upstream sees the signed principal, request id and W3C traceparent.
import { randomFillSync } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import replyFrom from '@fastify/reply-from';
import { problem, ProblemError, signPrincipal } from '@sti/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { SERVICE_NAMES, type ServiceName } from '../config/gateway-config.js';

export interface ServiceProxyOptions {
  upstreams: Partial<Record<ServiceName, string>>;
  internalAuthSecret: string;
  bodyLimitBytes: number;
  uploadBodyLimitBytes: number;
  timeoutMs: number;
}

const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const STRIPPED_REQUEST_HEADERS = ['x-sti-principal', 'x-sti-principal-sig', 'authorization'];

/** Register inside its own plugin scope: it replaces the content-type parsers with a byte counter. */
export async function serviceProxy(app: FastifyInstance, options: ServiceProxyOptions): Promise<void> {
  await app.register(replyFrom, {
    undici: { connections: 256, pipelining: 1, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000 },
    disableRequestLogging: true,
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (request, payload, done) => {
    const multipart = (request.headers['content-type'] ?? '').startsWith('multipart/');
    const limit = multipart ? options.uploadBodyLimitBytes : options.bodyLimitBytes;
    const declared = Number(request.headers['content-length'] ?? Number.NaN);
    if (declared > limit) {
      done(tooLarge(limit), undefined);
      return;
    }
    // A declared length is enforced by Node's parser; only chunked bodies need counting.
    done(null, Number.isFinite(declared) ? payload : payload.pipe(new ByteLimit(limit)));
  });

  for (const name of SERVICE_NAMES) {
    const base = options.upstreams[name];
    // One options object per service, not one per request.
    const fromOptions: Parameters<FastifyReply['from']>[1] = {
      timeout: options.timeoutMs,
      rewriteRequestHeaders: (req, headers) => upstreamHeaders(req, headers, options.internalAuthSecret, name, base),
      onError: (res, { error }) => res.send(upstreamProblem(name, error)),
    };
    // reply-from caches the parsed upstream URL by source; the query string is left out of the source
    // (reply-from appends the request's own, byte for byte) so `/api/search/v1/search?q=…` is one cache
    // entry instead of a new URL parse and an LRU eviction on every search.
    const handler = base
      ? (request: FastifyRequest, reply: FastifyReply) => reply.from(`${base}${pathOf(request.url)}`, fromOptions)
      : async () => {
          throw problem('service_unavailable', {
            message: { vi: `Dịch vụ ${name} chưa được bật.`, en: `The ${name} service is not enabled.` },
            detail: `no upstream configured for ${name}`,
          });
        };
    app.route({ method: METHODS, url: `/api/${name}`, handler });
    app.route({ method: METHODS, url: `/api/${name}/*`, handler });
  }
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

type ProxiedRequest = Pick<
  FastifyRequest,
  'requestId' | 'traceId' | 'headers' | 'ip' | 'protocol' | 'host' | 'principal' | 'method' | 'url'
>;

function upstreamHeaders(
  request: ProxiedRequest,
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  service: ServiceName,
  base: string | undefined,
): Record<string, string | string[] | undefined> {
  for (const header of STRIPPED_REQUEST_HEADERS) delete headers[header];
  headers['x-request-id'] = request.requestId;
  headers.traceparent = childTraceparent(request.traceId, request.headers.traceparent);
  const forwardedFor = request.headers['x-forwarded-for'];
  headers['x-forwarded-for'] = forwardedFor ? `${forwardedFor}, ${request.ip}` : request.ip;
  headers['x-forwarded-proto'] = request.protocol;
  headers['x-forwarded-host'] = request.host;
  if (request.principal) {
    // Bound to this service, method and path as the upstream will read them (URL-normalised, as reply-from sends it).
    const path = new URL(`${base}${pathOf(request.url)}`).pathname;
    Object.assign(
      headers,
      signPrincipal(request.principal, secret, { audience: service, method: request.method, path }),
    );
  }
  return headers;
}

/** Same trace, a new parent (span) id for the gateway's hop; sampled flag kept from the caller. */
function childTraceparent(traceId: string, incoming: string | string[] | undefined): string {
  const flags =
    typeof incoming === 'string' && /^00-[0-9a-f]{32}-[0-9a-f]{16}-([0-9a-f]{2})$/.test(incoming)
      ? incoming.slice(-2)
      : '01';
  return `00-${traceId}-${spanId()}-${flags}`;
}

// Span ids from a pooled random buffer: one randomFillSync per 512 requests instead of one each.
const spanPool = Buffer.alloc(4096);
let spanOffset = spanPool.length;
function spanId(): string {
  if (spanOffset + 8 > spanPool.length) {
    randomFillSync(spanPool);
    spanOffset = 0;
  }
  const id = spanPool.toString('hex', spanOffset, spanOffset + 8);
  spanOffset += 8;
  return id === '0000000000000000' ? spanId() : id;
}

function upstreamProblem(service: string, error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 413) return tooLarge(undefined);
  if (status === 504) {
    return new ProblemError({
      status: 504,
      code: 'upstream_timeout',
      title: { vi: 'Dịch vụ phản hồi quá lâu', en: 'Gateway timeout' },
      message: {
        vi: `Dịch vụ ${service} phản hồi quá lâu. Vui lòng thử lại.`,
        en: `The ${service} service took too long to answer. Please try again.`,
      },
      cause: error,
    });
  }
  return new ProblemError({
    status: 502,
    code: 'upstream_unavailable',
    title: { vi: 'Dịch vụ tạm thời không khả dụng', en: 'Bad gateway' },
    message: {
      vi: `Không kết nối được dịch vụ ${service}. Vui lòng thử lại sau.`,
      en: `The ${service} service cannot be reached. Please try again later.`,
    },
    detail: error instanceof Error ? error.message : undefined,
    cause: error,
  });
}

function tooLarge(limit: number | undefined): ProblemError {
  return problem(
    'payload_too_large',
    limit === undefined ? {} : { detail: `the limit is ${limit} bytes`, extensions: { limitBytes: limit } },
  );
}

/** Passes bytes through and fails once more than `limit` went by (chunked bodies have no length). */
class ByteLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) callback(Object.assign(tooLarge(this.limit), { statusCode: 413 }));
    else callback(null, chunk);
  }
}
