import { describe, expect, it } from 'vitest';
import { type Principal, type PrincipalBinding, signPrincipal, verifyPrincipalHeaders } from './principal.js';

const secret = 'a-shared-secret-of-at-least-32-chars!';
const principal: Principal = {
  userId: '0191d1a8-3c3a-7cc1-8b8f-2a0c7d4e5f60',
  displayName: 'Trần Thị Bích',
  roles: ['business'],
  organisationId: 'org-1',
  organisationName: 'HTX Nông nghiệp Tháp Mười',
  localityCode: '87',
};
const request: PrincipalBinding = { audience: 'techmart', method: 'GET', path: '/api/techmart/v1/my/offers' };

describe('signed principal headers', () => {
  it('round-trips a principal (Vietnamese text included) for the request it was signed for', () => {
    const headers = signPrincipal(principal, secret, request);
    expect(headers['x-sti-principal']).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(verifyPrincipalHeaders({ ...headers }, secret, request)).toEqual({ ok: true, principal });
    // the query string is not part of the binding (the path is)
    expect(verifyPrincipalHeaders({ ...headers }, secret, { ...request, path: `${request.path}?limit=5` }).ok).toBe(
      true,
    );
  });

  it('treats no headers as anonymous', () => {
    expect(verifyPrincipalHeaders({}, secret, request)).toEqual({ ok: true, principal: undefined });
  });

  it('rejects a wrong secret, a missing signature, tampering, expiry and unknown roles', () => {
    const headers = signPrincipal(principal, secret, request);
    expect(verifyPrincipalHeaders({ ...headers }, `${secret}x`, request)).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifyPrincipalHeaders({ 'x-sti-principal': headers['x-sti-principal'] }, secret, request)).toEqual({
      ok: false,
      reason: 'missing_signature',
    });
    expect(verifyPrincipalHeaders({ 'x-sti-principal-sig': headers['x-sti-principal-sig'] }, secret, request).ok).toBe(
      false,
    );
    const expired = signPrincipal(principal, secret, request, { now: new Date(Date.now() - 120_000) });
    expect(verifyPrincipalHeaders({ ...expired }, secret, request)).toEqual({ ok: false, reason: 'expired' });
    const future = signPrincipal(principal, secret, request, { now: new Date(Date.now() + 600_000) });
    expect(verifyPrincipalHeaders({ ...future }, secret, request)).toEqual({ ok: false, reason: 'not_yet_valid' });
    const badRole = signPrincipal({ ...principal, roles: ['superuser' as never] }, secret, request);
    expect(verifyPrincipalHeaders({ ...badRole }, secret, request)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('signs for a short window: a pair is dead 30 seconds (plus skew) after the gateway sent it', () => {
    const headers = signPrincipal(principal, secret, request, { now: new Date(Date.now() - 31_000) });
    expect(verifyPrincipalHeaders({ ...headers }, secret, request)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['another service', { ...request, audience: 'search' }],
    ['another method', { ...request, method: 'DELETE' }],
    ['another path', { ...request, path: '/api/techmart/v1/moderation/queue' }],
  ])('refuses a captured pair replayed to %s', (_name, replay) => {
    const captured = signPrincipal(principal, secret, request);
    expect(verifyPrincipalHeaders({ ...captured }, secret, replay)).toEqual({ ok: false, reason: 'wrong_request' });
  });
});
