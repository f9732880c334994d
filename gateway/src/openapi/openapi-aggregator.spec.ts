import { describe, expect, it } from 'vitest';
import { aggregateOpenApi, pascalCase } from './openapi-aggregator.js';

describe('aggregateOpenApi', () => {
  it('prefixes paths served relative to a server path, component names and refs', () => {
    const merged = aggregateOpenApi(
      [
        {
          service: 'ip-support',
          document: {
            openapi: '3.0.0',
            servers: [{ url: '/api/ip-support' }],
            paths: {
              '/v1/requests': {
                get: {
                  operationId: 'list',
                  responses: {
                    '200': {
                      description: 'ok',
                      content: {
                        'application/json': {
                          schema: { type: 'array', items: { $ref: '#/components/schemas/Request' } },
                        },
                      },
                    },
                  },
                },
              },
            },
            components: {
              schemas: {
                Request: { type: 'object', properties: { owner: { $ref: '#/components/schemas/Owner' } } },
                Owner: { type: 'object' },
              },
            },
          },
        },
      ],
      { oidcBase: 'http://x/realms/sti/protocol/openid-connect', unavailable: [] },
      // biome-ignore lint/suspicious/noExplicitAny: a JSON document read for assertions
    ) as Record<string, any>;
    expect(Object.keys(merged.paths)).toEqual(['/api/ip-support/v1/requests']);
    const operation = merged.paths['/api/ip-support/v1/requests'].get;
    expect(operation.operationId).toBe('ip-support_list');
    expect(operation.tags).toEqual(['ip-support']);
    expect(operation.responses['200'].content['application/json'].schema.items.$ref).toBe(
      '#/components/schemas/IpSupport_Request',
    );
    expect(merged.components.schemas.IpSupport_Request.properties.owner.$ref).toBe(
      '#/components/schemas/IpSupport_Owner',
    );
    expect(merged).not.toHaveProperty('x-sti-unavailable');
  });

  it('names services in PascalCase', () => {
    expect(pascalCase('ip-support')).toBe('IpSupport');
    expect(pascalCase('techmart')).toBe('Techmart');
  });
});
