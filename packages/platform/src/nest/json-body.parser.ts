// Body parsers of every service app: Fastify's JSON parser, except that an empty body is "no body".
// Many clients send `content-type: application/json` on every POST, also on actions without a body
// (`…/submit`, `…/publish`); Fastify's default answers those with 400 FST_ERR_CTP_EMPTY_JSON_BODY.
import { parse as parseQueryString } from 'node:querystring';
import type { FastifyAdapter } from '@nestjs/platform-fastify';

export function registerBodyParsers(adapter: FastifyAdapter, bodyLimit: number): void {
  const fastify = adapter.getInstance();
  // Fastify's own parser for everything else: same errors (invalid_json) and prototype-poisoning checks.
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  adapter.useBodyParser('application/json', false, { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
  // useBodyParser marks Nest's parsers as registered, so the form parser Nest would add is added here.
  adapter.useBodyParser('application/x-www-form-urlencoded', false, { bodyLimit }, (_request, body, done) => {
    done(null, { ...parseQueryString(body.toString('utf8')) });
  });
}
