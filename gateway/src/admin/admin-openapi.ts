// The admin API's OpenAPI document, merged into /api/openapi.json like a service's. Request schemas come
// from the same zod schemas the routes parse with.
import { z } from 'zod';
import type { ServiceDocument } from '../openapi/openapi-aggregator.js';
import { ADMIN_AUDIT_PATH, ADMIN_USERS_PATH, createBody, patchBody } from './user-admin-routes.js';

type JsonObject = ServiceDocument['document'];

const json = (schema: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as JsonObject;

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const errors = {
  '400': problemResponse('validation_failed'),
  '401': problemResponse('unauthenticated'),
  '403': problemResponse('forbidden'),
  '404': problemResponse('not_found'),
  '409': problemResponse('conflict, or managed_by_keycloak in distributed mode'),
};

const user = { $ref: '#/components/schemas/User' };
const ok = (schema: JsonObject, description = 'ok') => ({
  description,
  content: { 'application/json': { schema } },
});
const idParameter = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const security = [{ bearer: [] }];

const action = (summary: string, roles: string) => ({
  post: {
    operationId: summary.replace(/\W+/g, '_').toLowerCase(),
    summary: `${summary} (${roles})`,
    tags: ['users'],
    security,
    parameters: idParameter,
    responses: { '200': ok(user), ...errors },
  },
});

export function adminOpenApiDocument(): ServiceDocument {
  const withPassword = {
    type: 'object',
    required: ['user', 'temporaryPassword'],
    properties: {
      user,
      temporaryPassword: { type: 'string', description: 'shown once; must be changed at the first sign-in' },
    },
  };
  const document: JsonObject = {
    openapi: '3.0.3',
    info: {
      title: 'Quản trị tài khoản / Account administration',
      version: '1.0.0',
      description:
        'Embedded mode: the built-in identity provider’s accounts, every change audited. Distributed mode: ' +
        'GET answers the Keycloak admin console URL and the user attributes to set; changes answer 409 managed_by_keycloak.',
    },
    servers: [{ url: '/' }],
    paths: {
      [ADMIN_USERS_PATH]: {
        get: {
          operationId: 'listUsers',
          summary: 'List and search accounts (admin; officers: status=pending only)',
          tags: ['users'],
          security,
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 100 } },
            {
              name: 'role',
              in: 'query',
              schema: { type: 'string', enum: ['business', 'researcher', 'officer', 'reviewer', 'admin'] },
            },
            { name: 'status', in: 'query', schema: { type: 'string', enum: ['enabled', 'disabled', 'pending'] } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': ok({
              type: 'object',
              properties: { items: { type: 'array', items: user }, nextCursor: { type: 'string', nullable: true } },
            }),
            ...errors,
          },
        },
        post: {
          operationId: 'createUser',
          summary: 'Create an account with a temporary password (admin)',
          tags: ['users'],
          security,
          requestBody: { required: true, content: { 'application/json': { schema: json(createBody) } } },
          responses: { '201': ok(withPassword, 'created'), ...errors },
        },
      },
      [`${ADMIN_USERS_PATH}/{id}`]: {
        get: {
          operationId: 'getUser',
          summary: 'One account (admin)',
          tags: ['users'],
          security,
          parameters: idParameter,
          responses: { '200': ok(user), ...errors },
        },
        patch: {
          operationId: 'updateUser',
          summary: 'Change roles, organisation, locality, name or e-mail (admin)',
          tags: ['users'],
          security,
          parameters: idParameter,
          requestBody: { required: true, content: { 'application/json': { schema: json(patchBody) } } },
          responses: { '200': ok(user), ...errors },
        },
      },
      [`${ADMIN_USERS_PATH}/{id}/disable`]: action('Disable an account', 'admin'),
      [`${ADMIN_USERS_PATH}/{id}/enable`]: action('Enable an account', 'admin'),
      [`${ADMIN_USERS_PATH}/{id}/verify`]: action('Verify a registered business account', 'officer, admin'),
      [`${ADMIN_USERS_PATH}/{id}/reset-password`]: {
        post: {
          operationId: 'resetPassword',
          summary: 'Reset to a temporary password the user must change (admin)',
          tags: ['users'],
          security,
          parameters: idParameter,
          responses: { '200': ok(withPassword), ...errors },
        },
      },
      [ADMIN_AUDIT_PATH]: {
        get: {
          operationId: 'readAuditLog',
          summary: 'The account audit log, newest first (admin)',
          tags: ['audit'],
          security,
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 } },
            { name: 'before', in: 'query', description: 'the previous page’s nextCursor', schema: { type: 'integer' } },
            { name: 'userId', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': ok({
              type: 'object',
              properties: {
                items: { type: 'array', items: { $ref: '#/components/schemas/AuditEntry' } },
                nextCursor: { type: 'integer', nullable: true },
              },
            }),
            ...errors,
          },
        },
      },
    },
    components: {
      schemas: {
        User: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            username: { type: 'string' },
            displayName: { type: 'string' },
            email: { type: 'string' },
            roles: { type: 'array', items: { type: 'string' } },
            organisationId: { type: 'string', nullable: true },
            organisationName: { type: 'string', nullable: true },
            localityCode: { type: 'string', nullable: true },
            enabled: { type: 'boolean' },
            pending: { type: 'boolean', description: 'registered, not yet verified by an officer' },
            mustChangePassword: { type: 'boolean' },
            createdAt: { type: 'string', format: 'date-time' },
            updatedAt: { type: 'string', format: 'date-time' },
          },
        },
        AuditEntry: {
          type: 'object',
          properties: {
            at: { type: 'string', format: 'date-time' },
            actor: { type: 'object', properties: { id: { type: 'string' }, username: { type: 'string' } } },
            action: { type: 'string' },
            target: { type: 'object', properties: { id: { type: 'string' }, username: { type: 'string' } } },
            detail: { type: 'object' },
            ip: { type: 'string' },
          },
        },
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            message: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } } },
            detail: { type: 'string' },
          },
        },
      },
    },
  };
  return { service: 'admin', document };
}
