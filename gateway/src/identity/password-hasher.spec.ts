import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hasher.js';

describe('password hashing', () => {
  it('verifies the right password only, with a salt per hash', async () => {
    const hash = await hashPassword('demo123');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('demo123', hash)).toBe(true);
    expect(await verifyPassword('demo124', hash)).toBe(false);
    expect(await hashPassword('demo123')).not.toBe(hash);
  });

  it('treats NFC and NFD spellings of a Vietnamese password alike', async () => {
    const hash = await hashPassword('mật khẩu'.normalize('NFC'));
    expect(await verifyPassword('mật khẩu'.normalize('NFD'), hash)).toBe(true);
  });

  it('refuses unknown hash formats', async () => {
    expect(await verifyPassword('demo123', 'plain$demo123')).toBe(false);
  });
});
