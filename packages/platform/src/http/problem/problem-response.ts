import { HttpException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import {
  type CatalogueCode,
  catalogueCodeForStatus,
  catalogueEntry,
  PROBLEM_CATALOGUE,
  problem,
} from './problem-catalogue.js';
import { type Language, type LocalizedText, pickLanguage } from './localized-text.js';
import { type FieldError, ProblemError } from './problem-error.js';
import { type ZodIssueLike, zodIssuesToFieldErrors } from './zod-field-errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
export const PROBLEM_TYPE_PREFIX = 'urn:sti:problem:';

/** The RFC 9457 body every service answers errors with. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  message: LocalizedText;
  errors?: FieldError[];
  traceId: string;
  instance: string;
  [extension: string]: unknown;
}

export interface ProblemContext {
  acceptLanguage?: string | string[];
  /** the request path, used as `instance` */
  instance: string;
  traceId: string;
}

/**
 * Maps anything thrown during a request to a ProblemError:
 * ProblemError as is; zod errors → 400 with field errors; HttpExceptions and Fastify errors by status;
 * anything else → 500 with nothing of the original leaked.
 */
export function toProblemError(error: unknown): { problem: ProblemError; unexpected: boolean } {
  if (error instanceof ProblemError) return { problem: error, unexpected: false };

  const zodIssues = zodIssuesOf(error);
  if (zodIssues) {
    return { problem: problem('validation_failed', { errors: zodIssuesToFieldErrors(zodIssues) }), unexpected: false };
  }

  const fastifyCode = fastifyErrorCode(error);
  if (fastifyCode) return { problem: problem(fastifyCode), unexpected: false };

  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code: CatalogueCode =
      status === 400 && /JSON/.test(error.message) ? 'invalid_json' : catalogueCodeForStatus(status);
    const entry = PROBLEM_CATALOGUE[code];
    const detail = status < 500 ? httpExceptionDetail(error, entry.title.en) : undefined;
    return {
      problem: new ProblemError({ status, code, title: entry.title, message: entry.message, detail, cause: error }),
      unexpected: status >= 500,
    };
  }

  return { problem: problem('internal', { cause: error }), unexpected: true };
}

export function renderProblem(error: ProblemError, context: ProblemContext): ProblemBody {
  const language: Language = pickLanguage(context.acceptLanguage);
  const title =
    error.title ?? catalogueEntry(error.code)?.title ?? PROBLEM_CATALOGUE[catalogueCodeForStatus(error.status)].title;
  const body: ProblemBody = {
    ...error.extensions,
    type: `${PROBLEM_TYPE_PREFIX}${error.code}`,
    title: title[language],
    status: error.status,
    code: error.code,
    message: error.localized,
    traceId: context.traceId,
    instance: context.instance,
  };
  if (error.detail !== undefined) body.detail = error.detail;
  if (error.errors !== undefined && error.errors.length > 0) body.errors = error.errors;
  return body;
}

function zodIssuesOf(error: unknown): ZodIssueLike[] | undefined {
  const candidate = error instanceof ZodValidationException ? error.getZodError() : error;
  if (
    candidate instanceof Error &&
    (candidate.name === 'ZodError' || candidate.name === '$ZodError') &&
    Array.isArray((candidate as { issues?: unknown }).issues)
  ) {
    return (candidate as unknown as { issues: ZodIssueLike[] }).issues;
  }
  return undefined;
}

const FASTIFY_CODES: Record<string, CatalogueCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
};

function fastifyErrorCode(error: unknown): CatalogueCode | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code in FASTIFY_CODES) return FASTIFY_CODES[code];
  if (error instanceof SyntaxError && (error as { statusCode?: unknown }).statusCode === 400) return 'invalid_json';
  return undefined;
}

function httpExceptionDetail(error: HttpException, defaultTitle: string): string | undefined {
  const response = error.getResponse();
  let detail: unknown = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  if (Array.isArray(detail)) detail = detail.join('; ');
  if (typeof detail !== 'string' || detail === '' || detail.toLowerCase() === defaultTitle.toLowerCase()) {
    return undefined;
  }
  return detail;
}
