// The moderation rule at the gateway, with no ROLE_GUARDS configured (the embedded host's case):
// officers reach the moderation routes; admins, businesses and anonymous callers do not. Techmart's
// canModerate is tested against the same MODERATOR_ROLES.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayConfig } from '../config/gateway-config.js';
import { createGateway, type GatewayApp } from '../create-gateway.js';
import { demoUser } from '../identity/demo-users.js';
import { generateSigningKey, type SigningKey } from '../identity/signing-key-store.js';
import { freePort, startUpstreamStub } from '../testing/upstream-stub.js';

const SECRET = 'test-internal-auth-secret-0123456789abcdef';

let gateway: GatewayApp;
let stub: Awaited<ReturnType<typeof startUpstreamStub>>;
let base: string;
let key: SigningKey;
let dataDir: string;

async function tokenOf(username: string): Promise<string> {
  const user = demoUser(username);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    typ: 'Bearer',
    azp: 'sti-portal',
    realm_access: { roles: user.roles },
    name: user.displayName,
    organisation_id: user.organisationId,
    locality_code: user.localityCode,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(`${base}/realms/sti`)
    .setAudience('sti-gateway')
    .setSubject(user.id)
    .setIssuedAt(now - 10)
    .setExpirationTime(now + 300)
    .sign(key.privateKey);
}

async function status(path: string, username?: string): Promise<number> {
  const headers: Record<string, string> = username ? { authorization: `Bearer ${await tokenOf(username)}` } : {};
  const response = await fetch(`${base}${path}`, { headers });
  await response.arrayBuffer();
  return response.status;
}

beforeAll(async () => {
  key = await generateSigningKey();
  dataDir = await mkdtemp(join(tmpdir(), 'gateway-moderation-'));
  stub = await startUpstreamStub(['techmart'], SECRET);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  gateway = await createGateway(
    gatewayConfig({
      port,
      logLevel: 'silent',
      internalAuthSecret: SECRET,
      auth: { mode: 'embedded', dataDir },
      upstreams: { techmart: stub.url },
    }),
    { signingKey: key },
  );
  await gateway.listen({ host: '127.0.0.1', port });
});

afterAll(async () => {
  await gateway?.close();
  await stub?.app.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('moderation rule at the gateway (no configured guards)', () => {
  it('lets provincial and commune officers through to the service (which narrows their scope)', async () => {
    expect(await status('/api/techmart/v1/moderation/queue?type=offer', 'canbo')).toBe(200);
    expect(await status('/api/techmart/v1/moderation/queue?type=offer', 'canbo.xa')).toBe(200);
  });

  it('refuses admins and businesses (403) and anonymous callers (401)', async () => {
    expect(await status('/api/techmart/v1/moderation/queue?type=offer', 'quantri')).toBe(403);
    expect(await status('/api/techmart/v1/moderation/queue?type=offer', 'doanhnghiep')).toBe(403);
    expect(await status('/api/techmart/v1/moderation/queue?type=offer')).toBe(401);
  });
});
