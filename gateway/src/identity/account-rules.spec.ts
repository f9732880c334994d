import { describe, expect, it } from 'vitest';
import { registrationProblem } from './account-forms.js';
import { passwordProblem } from './password-policy.js';

const valid = {
  organisationName: 'HTX Dừa Sáp Cầu Kè',
  displayName: 'Lâm Thị Hoa',
  email: 'hoa@dusap.example.vn',
  username: 'htx.dusap',
};

describe('registrationProblem', () => {
  it('accepts a complete registration', () => {
    expect(registrationProblem(valid)).toBeUndefined();
  });

  it.each([
    ['a two-letter organisation', { organisationName: 'AB' }, 'organisation'],
    ['a one-letter name', { displayName: 'H' }, 'name'],
    ['an e-mail without a domain', { email: 'hoa@' }, 'e-mail'],
    ['an upper-case username', { username: 'HTX' }, 'username'],
    ['a username with accents', { username: 'dừa' }, 'username'],
  ])('refuses %s, saying what is wrong in both languages', (_name, change, word) => {
    const problem = registrationProblem({ ...valid, ...change });
    expect(problem?.en).toContain(word);
    expect(problem?.vi).toBeTruthy();
  });
});

describe('passwordProblem', () => {
  it('wants 10 characters, a matching confirmation and no username inside', () => {
    expect(passwordProblem('dua-sap-2026', 'dua-sap-2026', 'htx.dusap')).toBeUndefined();
    expect(passwordProblem('ngan', 'ngan', 'htx')?.en).toContain('10 characters');
    expect(passwordProblem('htx.dusap-2026', 'htx.dusap-2026', 'htx.dusap')?.en).toContain('username');
    expect(passwordProblem('dua-sap-2026', 'dua-sap-2027', 'htx')?.en).toContain('do not match');
    // characters, not UTF-16 units or bytes: ten Vietnamese letters are enough
    expect(passwordProblem('ươếủỳđặổàá', 'ươếủỳđặổàá', 'x')).toBeUndefined();
  });
});
