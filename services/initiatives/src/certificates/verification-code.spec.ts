import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, checkSymbols, createVerificationCodes, VERIFICATION_CODE_LENGTH } from './verification-code.js';

const SECRET = 'test-secret-0123456789-abcdefghijklmnop';
const codes = createVerificationCodes(SECRET);
const compact = (code: string) => code.replaceAll('-', '');
const withCheck = (body: string) => body + checkSymbols(body);

describe('certificate verification codes', () => {
  it('issues short grouped codes that verify and carry a lookup id', () => {
    const code = codes.issue();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(compact(code)).toHaveLength(VERIFICATION_CODE_LENGTH);
    expect(codes.parse(code)).toEqual({ ok: true, code, id: compact(code).slice(0, 6) });
  });

  it('issues a different code each time', () => {
    const issued = new Set(Array.from({ length: 500 }, () => codes.issue()));
    expect(issued.size).toBe(500);
  });

  it('accepts what people type: lower case, spaces, no hyphens, O for 0, I or L for 1', () => {
    const fixed = createVerificationCodes(SECRET, () => Buffer.from([0, 0x10, 0x42, 0x08, 0x21, 0x08, 0, 0]));
    const code = fixed.issue();
    expect(code.slice(0, 6)).toMatch(/[01]/);
    const typed = compact(code).toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l');
    expect(codes.parse(` ${typed.slice(0, 7)} ${typed.slice(7)} `)).toMatchObject({ ok: true, code });
  });

  it('catches every single mistyped symbol as a typo, before any lookup', () => {
    const symbols = compact(codes.issue());
    for (let i = 0; i < symbols.length; i++) {
      for (const other of CODE_ALPHABET) {
        if (other === symbols[i]) continue;
        const typed = symbols.slice(0, i) + other + symbols.slice(i + 1);
        expect(codes.parse(typed)).toEqual({ ok: false, reason: 'typo' });
      }
    }
  });

  it('catches every swap of two neighbouring symbols', () => {
    const symbols = compact(codes.issue());
    for (let i = 0; i + 1 < symbols.length; i++) {
      if (symbols[i] === symbols[i + 1]) continue;
      const typed = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
      expect(codes.parse(typed).ok).toBe(false);
    }
  });

  it('rejects a tampered code whose checksum was recomputed: the signature does not match', () => {
    const symbols = compact(codes.issue());
    const id = symbols.slice(0, 6);
    const otherId = (id[0] === 'A' ? 'B' : 'A') + id.slice(1);
    // someone changes the id and fixes the check symbols, keeping the old tag
    expect(codes.parse(withCheck(otherId + symbols.slice(6, 13)))).toEqual({ ok: false, reason: 'forged' });
    // or invents a tag for an id
    expect(codes.parse(withCheck(`${id}0000000`))).toEqual({ ok: false, reason: 'forged' });
  });

  it('rejects codes signed with another secret', () => {
    const foreign = createVerificationCodes('another-secret-0123456789-abcdefghijk').issue();
    expect(codes.parse(foreign)).toEqual({ ok: false, reason: 'forged' });
  });

  it('calls input that cannot be a code malformed', () => {
    for (const input of ['', 'abc', `${compact(codes.issue())}X`, 'K7M2Q-9XD4F-8HJ3U', '<script>']) {
      expect(codes.parse(input)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuses a weak secret', () => {
    expect(() => createVerificationCodes('short')).toThrow(/at least 32/);
  });
});
