import { describe, expect, it } from 'vitest';
import { hashClientSecret, newClientSecret, verifyClientSecret } from './client-secret.js';

describe('exchange client secrets', () => {
  it('verifies the secret against its salted hash and nothing else', () => {
    const secret = newClientSecret();
    const stored = hashClientSecret(secret);
    expect(stored).not.toContain(secret);
    expect(hashClientSecret(secret)).not.toBe(stored);
    expect(verifyClientSecret(secret, stored)).toBe(true);
    expect(verifyClientSecret(`${secret}x`, stored)).toBe(false);
    expect(verifyClientSecret(secret, 'plain')).toBe(false);
  });
});
