import { describe, expect, it } from 'vitest';
import { type Principal, signPrincipal, verifyPrincipalHeaders } from './principal.js';

const secret = 'a-shared-secret-of-at-least-32-chars!';
const principal: Principal = {
  userId: '0191d1a8-3c3a-7cc1-8b8f-2a0c7d4e5f60',
  displayName: 'Trần Thị Bích',
  roles: ['business'],
  organisationId: 'org-1',
  organisationName: 'HTX Nông nghiệp Tháp Mười',
  localityCode: '87',
};

describe('signed principal headers', () => {
  it('round-trips a principal (Vietnamese text included)', () => {
    const headers = signPrincipal(principal, secret);
    expect(headers['x-sti-principal']).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(verifyPrincipalHeaders({ ...headers }, secret)).toEqual({ ok: true, principal });
  });

  it('treats no headers as anonymous', () => {
    expect(verifyPrincipalHeaders({}, secret)).toEqual({ ok: true, principal: undefined });
  });

  it('rejects a wrong secret, a missing signature, tampering, expiry and unknown roles', () => {
    const headers = signPrincipal(principal, secret);
    expect(verifyPrincipalHeaders({ ...headers }, `${secret}x`)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyPrincipalHeaders({ 'x-sti-principal': headers['x-sti-principal'] }, secret)).toEqual({
      ok: false,
      reason: 'missing_signature',
    });
    expect(verifyPrincipalHeaders({ 'x-sti-principal-sig': headers['x-sti-principal-sig'] }, secret).ok).toBe(false);
    const expired = signPrincipal(principal, secret, { ttlSeconds: 60, now: new Date(Date.now() - 120_000) });
    expect(verifyPrincipalHeaders({ ...expired }, secret)).toEqual({ ok: false, reason: 'expired' });
    const badRole = signPrincipal({ ...principal, roles: ['superuser' as never] }, secret);
    expect(verifyPrincipalHeaders({ ...badRole }, secret)).toEqual({ ok: false, reason: 'malformed' });
  });
});
