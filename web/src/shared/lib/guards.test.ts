// Source-level guards: user text is only ever rendered as text, and fixture code stays out of the bundle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULE_CATALOGUES } from '../i18n/registry.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}
const src = join(import.meta.dirname, '..', '..');

describe('source guards', () => {
  it('never uses dangerouslySetInnerHTML, innerHTML or eval', () => {
    for (const f of files(src)) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|\beval\(|new Function\(/);
    }
  });
  it('never imports the dev fixtures', () => {
    for (const f of files(src)) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"][./]*dev\//);
  });
  it('has an English text for every Vietnamese one in every module, none empty', () => {
    for (const [name, c] of Object.entries(MODULE_CATALOGUES)) {
      expect(Object.keys(c.en).sort(), name).toEqual(Object.keys(c.vi).sort());
      for (const [k, v] of [...Object.entries(c.vi), ...Object.entries(c.en)]) {
        const forms = typeof v === 'string' ? [v] : Object.values(v);
        for (const form of forms) expect(form.trim(), `${name}: ${k}`).not.toBe('');
      }
    }
  });
});
