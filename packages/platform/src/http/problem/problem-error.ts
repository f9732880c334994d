import type { LocalizedText } from './localized-text.js';

export interface FieldError {
  /** dotted path into the request, e.g. `contact.email` or `keywords.3` */
  field: string;
  code: string;
  message: LocalizedText;
}

export interface ProblemInit {
  status: number;
  /** stable machine-readable code, snake_case (`stale_revision`) */
  code: string;
  message: LocalizedText;
  /** short summary of the problem type; defaults to the catalogue title for the code or status */
  title?: LocalizedText;
  detail?: string;
  errors?: FieldError[];
  /** extra members placed in the problem body (RFC 9457 extensions), e.g. `{ currentRevision: 4 }` */
  extensions?: Record<string, unknown>;
  cause?: unknown;
}

/** Throw from anywhere in a request; the problem filter renders it as application/problem+json. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly localized: LocalizedText;
  readonly title: LocalizedText | undefined;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extensions: Record<string, unknown> | undefined;

  constructor(init: ProblemInit) {
    super(init.message.en, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ProblemError';
    this.status = init.status;
    this.code = init.code;
    this.localized = init.message;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors;
    this.extensions = init.extensions;
  }
}
