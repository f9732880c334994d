import { BadRequestException, ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pickLanguage } from './localized-text.js';
import { PROBLEM_CATALOGUE, problem } from './problem-catalogue.js';
import { ProblemError } from './problem-error.js';
import { renderProblem, toProblemError } from './problem-response.js';
import { zodIssuesToFieldErrors } from './zod-field-errors.js';

const context = { instance: '/api/x/v1/y', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' };

describe('pickLanguage', () => {
  it('defaults to Vietnamese and honours a preference for English', () => {
    expect(pickLanguage(undefined)).toBe('vi');
    expect(pickLanguage('fr-FR')).toBe('vi');
    expect(pickLanguage('en')).toBe('en');
    expect(pickLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(pickLanguage('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(pickLanguage('vi;q=0.5,en;q=0.8')).toBe('en');
    expect(pickLanguage('en;q=0')).toBe('vi');
  });
});

describe('catalogue', () => {
  it('has the common problems with vi and en texts', () => {
    const expected = {
      validation_failed: 400,
      unauthenticated: 401,
      forbidden: 403,
      not_found: 404,
      conflict: 409,
      stale_revision: 409,
      payload_too_large: 413,
      unsupported_media_type: 415,
      rate_limited: 429,
      internal: 500,
    };
    for (const [code, status] of Object.entries(expected)) {
      const entry = PROBLEM_CATALOGUE[code as keyof typeof PROBLEM_CATALOGUE];
      expect(entry.status).toBe(status);
      for (const text of [entry.title, entry.message]) {
        expect(text.vi).not.toBe('');
        expect(text.en).not.toBe('');
        expect(text.vi).not.toBe(text.en);
      }
    }
  });
});

describe('renderProblem', () => {
  it('renders RFC 9457 members plus code, message, errors, traceId and extensions', () => {
    const error = new ProblemError({
      status: 422,
      code: 'offer_not_editable',
      message: { vi: 'Không thể sửa tin đã lưu trữ.', en: 'An archived offer cannot be edited.' },
      detail: 'offer 0191 is archived',
      errors: [{ field: 'status', code: 'invalid', message: { vi: 'v', en: 'e' } }],
      extensions: { status: 'spoof', offerStatus: 'archived' },
    });
    const body = renderProblem(error, { ...context, acceptLanguage: 'en' });
    expect(body).toEqual({
      type: 'urn:sti:problem:offer_not_editable',
      title: 'Unprocessable content',
      status: 422,
      code: 'offer_not_editable',
      detail: 'offer 0191 is archived',
      message: { vi: 'Không thể sửa tin đã lưu trữ.', en: 'An archived offer cannot be edited.' },
      errors: [{ field: 'status', code: 'invalid', message: { vi: 'v', en: 'e' } }],
      traceId: context.traceId,
      instance: '/api/x/v1/y',
      offerStatus: 'archived',
    });
  });

  it('uses the catalogue title in Vietnamese by default', () => {
    expect(renderProblem(problem('stale_revision'), context).title).toBe('Dữ liệu đã bị thay đổi');
  });
});

describe('toProblemError', () => {
  it('maps zod errors to validation_failed with field errors', () => {
    const result = z.object({ a: z.object({ b: z.string() }) }).safeParse({ a: { b: 1 } });
    const { problem: p } = toProblemError(result.error);
    expect(p.status).toBe(400);
    expect(p.errors).toEqual([
      { field: 'a.b', code: 'invalid_type', message: { vi: 'Phải là chuỗi ký tự.', en: 'Must be a string.' } },
    ]);
  });

  it('maps Nest HttpExceptions by status, keeping client-error details only', () => {
    expect(toProblemError(new NotFoundException('offer 1')).problem).toMatchObject({
      status: 404,
      code: 'not_found',
      detail: 'offer 1',
    });
    expect(toProblemError(new NotFoundException()).problem.detail).toBeUndefined();
    expect(toProblemError(new ConflictException()).problem.code).toBe('conflict');
    expect(toProblemError(new BadRequestException(['a is bad', 'b is bad'])).problem.detail).toBe('a is bad; b is bad');
    const server = toProblemError(new HttpException('db password wrong', 502));
    expect(server.problem.detail).toBeUndefined();
    expect(server.unexpected).toBe(true);
  });

  it('maps Fastify content errors', () => {
    const fastifyError = (code: string) => Object.assign(new Error('x'), { code, name: 'FastifyError' });
    expect(toProblemError(fastifyError('FST_ERR_CTP_BODY_TOO_LARGE')).problem.status).toBe(413);
    expect(toProblemError(fastifyError('FST_ERR_CTP_INVALID_MEDIA_TYPE')).problem.status).toBe(415);
    expect(toProblemError(fastifyError('FST_ERR_CTP_INVALID_JSON_BODY')).problem.code).toBe('invalid_json');
  });

  it('hides unknown errors behind internal', () => {
    const { problem: p, unexpected } = toProblemError(new TypeError('cannot read x of undefined at /srv/app.js:1'));
    expect(unexpected).toBe(true);
    expect(p).toMatchObject({ status: 500, code: 'internal', detail: undefined });
    expect(JSON.stringify(renderProblem(p, context))).not.toContain('/srv/app.js');
  });
});

describe('zodIssuesToFieldErrors', () => {
  it('gives vi and en texts for common issue codes', () => {
    const schema = z.strictObject({
      title: z.string().max(3),
      tags: z.array(z.string()).min(1),
      kind: z.literal('x'),
      count: z.number().gt(0),
      id: z.uuid(),
      agree: z.string().refine((v) => v === 'yes', { params: { vi: 'Phải đồng ý.', en: 'You must agree.' } }),
    });
    const result = schema.safeParse({ title: 'abcd', tags: [], kind: 'y', count: 0, id: 'no', agree: 'no', extra: 1 });
    const errors = zodIssuesToFieldErrors(result.error?.issues ?? []);
    const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
    expect(byField.title?.message).toEqual({ vi: 'Không được quá 3 ký tự.', en: 'Must be at most 3 characters.' });
    expect(byField.tags?.message.en).toBe('Must have at least 1 item(s).');
    expect(byField.kind?.message.en).toBe('Must be one of: "x".');
    expect(byField.count?.message).toEqual({ vi: 'Phải lớn hơn 0.', en: 'Must be greater than 0.' });
    expect(byField.id?.message.en).toBe('Must be a valid UUID.');
    expect(byField.agree).toEqual({
      field: 'agree',
      code: 'invalid',
      message: { vi: 'Phải đồng ý.', en: 'You must agree.' },
    });
    expect(byField['(body)']?.code).toBe('unrecognized_keys');
  });

  it('keeps the stable code a refinement names in its params', () => {
    const schema = z.object({ shares: z.array(z.number()) }).superRefine((value, ctx) => {
      const sum = value.shares.reduce((a, b) => a + b, 0);
      if (sum !== 100) {
        const texts = {
          vi: `Tổng tỷ lệ đóng góp phải bằng 100 (đang là ${sum}).`,
          en: `Shares must sum to 100 (${sum}).`,
        };
        ctx.addIssue({ code: 'custom', path: ['shares'], message: texts.en, params: { code: 'shares.sum', ...texts } });
      }
    });
    const [error] = zodIssuesToFieldErrors(schema.safeParse({ shares: [60, 30] }).error?.issues ?? []);
    expect(error).toEqual({
      field: 'shares',
      code: 'shares.sum',
      message: { vi: 'Tổng tỷ lệ đóng góp phải bằng 100 (đang là 90).', en: 'Shares must sum to 100 (90).' },
    });
  });
});
