import { describe, expect, it } from 'vitest';
import { MODERATOR_ROLES } from '@sti/platform';
import { BUILT_IN_ROLE_GUARDS, loadGatewayConfig, parseRoleGuards } from './gateway-config.js';

const SECRET = 'x'.repeat(32);

describe('loadGatewayConfig', () => {
  it('refuses to start without an explicit auth mode (no silent embedded provider)', () => {
    expect(() => loadGatewayConfig({ INTERNAL_AUTH_SECRET: SECRET, PORT: '3000' })).toThrow(/AUTH_MODE: required/);
  });

  it('runs the embedded provider without demo accounts unless DEMO=true', () => {
    const plain = loadGatewayConfig({ INTERNAL_AUTH_SECRET: SECRET, AUTH_MODE: 'embedded' });
    expect(plain.auth).toMatchObject({ mode: 'embedded', demo: false, initialAdminPassword: undefined });
    const demo = loadGatewayConfig({
      INTERNAL_AUTH_SECRET: SECRET,
      AUTH_MODE: 'embedded',
      DEMO: 'true',
      INITIAL_ADMIN_PASSWORD: 'a-long-first-password',
    });
    expect(demo.auth).toMatchObject({ demo: true, initialAdminPassword: 'a-long-first-password' });
    expect(() =>
      loadGatewayConfig({ INTERNAL_AUTH_SECRET: SECRET, AUTH_MODE: 'embedded', INITIAL_ADMIN_PASSWORD: 'short' }),
    ).toThrow(/INITIAL_ADMIN_PASSWORD/);
  });

  it('reads upstreams and rate limits of the embedded provider', () => {
    const config = loadGatewayConfig({
      INTERNAL_AUTH_SECRET: SECRET,
      AUTH_MODE: 'embedded',
      PORT: '3000',
      TECHMART_URL: 'http://127.0.0.1:4001/',
      SEARCH_URL: 'http://127.0.0.1:4002',
    });
    expect(config.auth.mode).toBe('embedded');
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(config.upstreams).toEqual({ techmart: 'http://127.0.0.1:4001', search: 'http://127.0.0.1:4002' });
    expect(config.rateLimit).toEqual({
      enabled: true,
      anonymousPerMinute: 600,
      userPerMinute: 1200,
      tokenPerMinute: 30,
    });
  });

  it('selects Keycloak when KEYCLOAK_URL is set', () => {
    const config = loadGatewayConfig({
      INTERNAL_AUTH_SECRET: SECRET,
      KEYCLOAK_URL: 'http://127.0.0.1:8080',
      ROLE_GUARDS: '/api/insights/v1/admin=admin;/api/techmart/v1/moderation=officer|admin',
    });
    expect(config.auth).toEqual({
      mode: 'keycloak',
      keycloakUrl: 'http://127.0.0.1:8080',
      keycloakInternalUrl: undefined,
    });
    expect(config.roleGuards).toEqual([
      { prefix: '/api/techmart/v1/moderation', roles: ['officer'] },
      { prefix: '/api/insights/v1/admin', roles: ['admin'] },
      { prefix: '/api/techmart/v1/moderation', roles: ['officer', 'admin'] },
    ]);
  });

  it('names every bad variable', () => {
    expect(() => loadGatewayConfig({ INTERNAL_AUTH_SECRET: 'short', SEARCH_URL: 'nope' })).toThrow(
      /INTERNAL_AUTH_SECRET[\s\S]*SEARCH_URL|SEARCH_URL[\s\S]*INTERNAL_AUTH_SECRET/,
    );
  });

  it('guards moderation with the moderator roles whatever the configuration says (first match wins)', () => {
    expect(MODERATOR_ROLES).toEqual(['officer']);
    const config = loadGatewayConfig({
      INTERNAL_AUTH_SECRET: SECRET,
      AUTH_MODE: 'embedded',
      ROLE_GUARDS: '/api/techmart/v1/moderation=officer|admin',
    });
    expect(config.roleGuards[0]).toEqual({ prefix: '/api/techmart/v1/moderation', roles: [...MODERATOR_ROLES] });
    expect(loadGatewayConfig({ INTERNAL_AUTH_SECRET: SECRET, AUTH_MODE: 'embedded' }).roleGuards).toEqual([
      ...BUILT_IN_ROLE_GUARDS,
    ]);
  });

  it('parses no guards from nothing', () => {
    expect(parseRoleGuards(undefined)).toEqual([]);
  });
});
