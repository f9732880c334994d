// The Keycloak realm file and the embedded provider must describe the same users and clients, so
// both modes issue the same principal for the same demo account.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

const realmFile = new URL('../../../infra/keycloak/realm/sti-realm.json', import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: a JSON document read for assertions
const realm = JSON.parse(readFileSync(realmFile, 'utf8')) as any;
const demoFile = new URL('../../../infra/keycloak/demo/sti-demo-users.json', import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: a JSON document read for assertions
const demo = JSON.parse(readFileSync(demoFile, 'utf8')) as any;

describe('infra/keycloak/realm/sti-realm.json', () => {
  it('is realm sti with the five platform roles', () => {
    expect(realm.realm).toBe('sti');
    expect(realm.accessTokenLifespan).toBe(300);
    expect(realm.roles.realm.map((r: { name: string }) => r.name)).toEqual([
      'business',
      'researcher',
      'officer',
      'reviewer',
      'admin',
    ]);
    // fail closed: no account with a published password in the realm itself
    expect(realm.users).toBeUndefined();
  });

  it('opens Keycloak’s pages in Vietnamese with English selectable, and lets businesses register', () => {
    expect(realm).toMatchObject({
      internationalizationEnabled: true,
      defaultLocale: 'vi',
      supportedLocales: ['vi', 'en'],
      registrationAllowed: true,
      resetPasswordAllowed: true,
    });
    expect(realm.defaultRole.composites.realm).toContain('business');
  });

  it('rotates refresh tokens like the embedded provider (a used one is refused)', () => {
    expect(realm).toMatchObject({ revokeRefreshToken: true, refreshTokenMaxReuse: 0 });
  });

  it('has the public portal client with PKCE S256 and the gateway audience', () => {
    const portal = realm.clients.find((c: { clientId: string }) => c.clientId === 'sti-portal');
    expect(portal).toMatchObject({
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
    });
    expect(portal.attributes['pkce.code.challenge.method']).toBe('S256');
    const audience = portal.protocolMappers.find(
      (m: { protocolMapper: string }) => m.protocolMapper === 'oidc-audience-mapper',
    );
    expect(audience.config['included.client.audience']).toBe('sti-gateway');
    expect(audience.config['access.token.claim']).toBe('true');
    const claims = portal.protocolMappers
      .filter((m: { protocolMapper: string }) => m.protocolMapper === 'oidc-usermodel-attribute-mapper')
      .map((m: { config: Record<string, string> }) => m.config['claim.name']);
    expect(claims).toEqual(['organisation_id', 'organisation_name', 'locality_code']);
    const gateway = realm.clients.find((c: { clientId: string }) => c.clientId === 'sti-gateway');
    expect(gateway).toMatchObject({ bearerOnly: true, publicClient: false });
  });

  it('declares the organisation and locality attributes in the user profile', () => {
    const config = JSON.parse(
      realm.components['org.keycloak.userprofile.UserProfileProvider'][0].config['kc.user.profile.config'][0],
    );
    const names = config.attributes.map((a: { name: string }) => a.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'username',
        'email',
        'firstName',
        'lastName',
        'organisation_id',
        'organisation_name',
        'locality_code',
      ]),
    );
  });

  it('keeps the same demo users as the embedded provider in the demo import (infra/keycloak/demo)', () => {
    expect(demo.ifResourceExists).toBe('SKIP');
    expect(demo.users).toHaveLength(DEMO_USERS.length);
    for (const user of DEMO_USERS) {
      const seeded = demo.users.find((u: { username: string }) => u.username === user.username);
      expect(seeded, user.username).toBeDefined();
      expect(seeded.id).toBe(user.id);
      expect(`${seeded.firstName} ${seeded.lastName}`).toBe(user.displayName);
      expect(seeded.realmRoles).toEqual(user.roles);
      expect(seeded.attributes).toEqual({
        organisation_id: [user.organisationId],
        organisation_name: [user.organisationName],
        locality_code: [user.localityCode],
      });
      expect(seeded.credentials).toEqual([{ type: 'password', value: DEMO_PASSWORD, temporary: false }]);
    }
  });
});
