import { describe, expect, it } from 'vitest';
import { migrationChecksum, scriptMatchesChecksum } from './migration-runner.js';

describe('migration checksums', () => {
  it('is the SHA-256 hex of the script, as Prisma records it', () => {
    expect(migrationChecksum('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(migrationChecksum('SELECT 1;\n')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches across LF / CRLF line endings and not across content changes', () => {
    const lf = 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(scriptMatchesChecksum(crlf, migrationChecksum(lf))).toBe(true);
    expect(scriptMatchesChecksum(lf, migrationChecksum(crlf))).toBe(true);
    expect(scriptMatchesChecksum(`${lf} `, migrationChecksum(lf))).toBe(false);
  });
});
