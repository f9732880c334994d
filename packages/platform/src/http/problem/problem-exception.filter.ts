import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { currentTraceId, newTraceId } from '../../logging/trace-context.js';
import { PROBLEM_CONTENT_TYPE, renderProblem, toProblemError } from './problem-response.js';

/** Global filter: every error leaves a service as application/problem+json. */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger?: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { problem, unexpected } = toProblemError(exception);
    const traceId = (request as { traceId?: string }).traceId ?? currentTraceId() ?? newTraceId();
    const instance = (request.url ?? '').split('?')[0] ?? '';

    if (unexpected) {
      this.logger?.error({ err: exception, traceId, method: request.method, url: instance }, 'unhandled error');
    } else if (problem.status >= 500) {
      this.logger?.warn({ err: exception, traceId, code: problem.code }, 'request failed');
    }

    if (reply.sent) return;
    const body = renderProblem(problem, { acceptLanguage: request.headers?.['accept-language'], instance, traceId });
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer');
    reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
