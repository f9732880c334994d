// GET /api/portal-config: what the portal needs to sign in, so one build works in both modes
// (the embedded provider on the gateway's origin, or Keycloak elsewhere).
import type { FastifyInstance } from 'fastify';

export interface PortalConfig {
  authMode: 'embedded' | 'keycloak';
  oidc: { authority: string; clientId: string; scope: string };
}

export function registerPortalConfigRoute(app: FastifyInstance, config: PortalConfig): void {
  const body = JSON.stringify(config);
  app.get('/api/portal-config', (_request, reply) => {
    reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(body);
  });
}
